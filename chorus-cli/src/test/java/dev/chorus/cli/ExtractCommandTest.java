package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.cli.SummarizeCommandTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String BODY =
      "The town council voted five to two on Monday to fund repairs to the storm-damaged pier,"
          + " ending a debate that had run since the autumn storms.\n\n"
          + "Work is expected to start in April, the harbour master said, and the pier should"
          + " reopen before the summer season.";

  @TempDir Path dir;
  private Path page;

  @BeforeEach
  void writePage() throws IOException {
    page =
        write(
            "pier.html",
            "<html><head><title>Pier repairs | Northport Ledger</title>"
                + "<meta property='og:site_name' content='Northport Ledger'>"
                + "<meta name='author' content='Ann Example'>"
                + "<link rel='canonical' href='https://ledger.example/pier'>"
                + "<meta property='article:published_time' content='2031-03-04T09:30:00-05:00'>"
                + "</head><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
                + "<article><h1>Pier repairs</h1><p>"
                + BODY.replace("\n\n", "</p><p>")
                + "</p></article><footer>© 2031 Ledger</footer></body></html>");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void prints_the_body_of_one_page() {
    Run run = SummarizeCommandTest.run("extract", page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(BODY + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void json_has_all_fields() throws IOException {
    Run run = SummarizeCommandTest.run("extract", "--json", page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode node = MAPPER.readTree(run.out());
    assertThat(node.fieldNames())
        .toIterable()
        .containsExactly("file", "title", "byline", "published", "url", "site_name", "text");
    assertThat(node.get("file").asText()).isEqualTo(page.toString());
    assertThat(node.get("title").asText()).isEqualTo("Pier repairs");
    assertThat(node.get("byline").asText()).isEqualTo("Ann Example");
    assertThat(node.get("published").asText()).isEqualTo("2031-03-04T14:30:00Z");
    assertThat(node.get("url").asText()).isEqualTo("https://ledger.example/pier");
    assertThat(node.get("site_name").asText()).isEqualTo("Northport Ledger");
    assertThat(node.get("text").asText()).isEqualTo(BODY);
  }

  @Test
  void several_pages_to_standard_output_get_a_header_each() throws IOException {
    Path other = write("ferry.htm", "<article><p>Ferry runs again.</p></article>");

    Run run = SummarizeCommandTest.run("extract", page.toString(), other.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "==> " + page + " <==\n" + BODY + "\n\n==> " + other + " <==\nFerry runs again.\n");
  }

  @Test
  void out_writes_one_file_per_page_named_after_it() throws IOException {
    Path gz = dir.resolve("ferry.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("<p>Ferry runs again.</p>".getBytes(StandardCharsets.UTF_8));
    }
    Path outDir = dir.resolve("out/nested");

    Run text =
        SummarizeCommandTest.run(
            "extract", "--out", outDir.toString(), page.toString(), gz.toString());
    Run json =
        SummarizeCommandTest.run("extract", "--json", "--out", outDir.toString(), page.toString());

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).isEmpty();
    assertThat(text.err()).contains("2 pages extracted", "0 skipped");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(Files.readString(outDir.resolve("pier.txt"))).isEqualTo(BODY + "\n");
    assertThat(Files.readString(outDir.resolve("ferry.txt"))).isEqualTo("Ferry runs again.\n");
    assertThat(MAPPER.readTree(outDir.resolve("pier.json").toFile()).get("text").asText())
        .isEqualTo(BODY);
    // Temporary files were moved into place, none left behind.
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("ferry.txt", "pier.json", "pier.txt");
    }
  }

  @Test
  void bad_pages_are_reported_and_the_others_still_extracted() throws IOException {
    Path empty = write("empty.html", "");
    Path scriptOnly = write("script.html", "<body><script>render()</script></body>");
    Path missing = dir.resolve("missing.html");
    Path sameName = Files.createDirectories(dir.resolve("sub")).resolve("pier.html");
    Files.writeString(sameName, "<p>Another pier story.</p>");
    Path outDir = dir.resolve("out");

    Run run =
        SummarizeCommandTest.run(
            "extract",
            "--out",
            outDir.toString(),
            empty.toString(),
            page.toString(),
            scriptOnly.toString(),
            missing.toString(),
            sameName.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "chorus: skipped " + empty + ": file is empty",
            "chorus: skipped " + scriptOnly + ": no article text found",
            "chorus: skipped " + missing + ": no such file",
            "chorus: skipped " + sameName + ": output name pier.txt is already taken by " + page,
            "chorus: 1 pages extracted into " + outDir + ", 4 skipped");
    assertThat(Files.readString(outDir.resolve("pier.txt"))).isEqualTo(BODY + "\n");
  }

  @Test
  void no_page_is_bad_usage() {
    Run run = SummarizeCommandTest.run("extract");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }

  @Test
  void the_example_broadcaster_page_loses_its_planted_noise() {
    Path root = Path.of(System.getProperty("chorus.root", ".."));
    Path example = root.resolve(ExampleCluster.PATH).resolve("03_broadcaster.html");

    Run run = SummarizeCommandTest.run("extract", example.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> paragraphs = List.of(run.out().strip().split("\n\n"));
    assertThat(paragraphs).hasSize(8);
    assertThat(paragraphs.get(0)).startsWith("BRINDLECOVE — Anyone who crosses");
    assertThat(run.out())
        .doesNotContain("Most Popular", "Load more", "See all Video", "@Brindlecove");
  }
}
