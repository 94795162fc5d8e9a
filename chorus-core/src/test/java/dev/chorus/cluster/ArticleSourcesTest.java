package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.ingest.IngestResult;
import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

  @TempDir Path dir;

  private List<IngestResult<Article>> read(Path... paths) {
    List<IngestResult<Article>> results = new ArrayList<>();
    new ArticleSources().read(List.of(paths), results::add);
    return results;
  }

  private static List<String> ids(List<IngestResult<Article>> results) {
    List<String> ids = new ArrayList<>();
    for (IngestResult<Article> result : results) {
      if (result instanceof Ingested<Article> ok) {
        ids.add(ok.value().id());
      }
    }
    return ids;
  }

  private static List<String> rejected(List<IngestResult<Article>> results) {
    List<String> reasons = new ArrayList<>();
    for (IngestResult<Article> result : results) {
      if (result instanceof Rejected<Article> bad) {
        reasons.add(bad.toString());
      }
    }
    return reasons;
  }

  @Test
  void article_lines_with_a_bad_line_in_the_middle() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a1\", \"text\": \"First article.\", \"published\": \"2026-03-12T08:00:00Z\","
            + " \"source\": \"The Courier\", \"title\": \"One\"}\n"
            + "\n"
            + "{\"id\": \"a2\", \"text\": \n"
            + "{\"text\": \"No id here.\"}\n"
            + "{\"id\": \"a4\", \"text\": \"   \"}\n"
            + "{\"id\": \"a5\", \"text\": \"Last one, with a CRLF ending.\"}\r\n");

    List<IngestResult<Article>> results = read(file);

    assertThat(ids(results)).containsExactly("a1", "feed-L4", "a5");
    assertThat(rejected(results))
        .hasSize(2)
        .anySatisfy(r -> assertThat(r).startsWith(file + ":3: invalid JSON"))
        .anySatisfy(r -> assertThat(r).isEqualTo(file + ":5: field 'text' is blank"));
    Article first = ((Ingested<Article>) results.get(0)).value();
    assertThat(first.published()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    assertThat(first.outlet()).isEqualTo("The Courier");
    assertThat(results.get(0).source()).isEqualTo(file + ":1");
  }

  @Test
  void invalid_utf8_rejects_its_line_only() throws IOException {
    Path file = dir.resolve("bytes.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\": \"ok\", \"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(
          new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
      out.write(
          "{\"id\": \"ok2\", \"text\": \"fine too, café\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    List<IngestResult<Article>> results = read(file);

    assertThat(ids(results)).containsExactly("ok", "ok2");
    assertThat(rejected(results)).containsExactly(file + ":2: not valid UTF-8");
  }

  @Test
  void cluster_files_give_their_documents_and_gzip_is_detected() throws IOException {
    Path file = dir.resolve("clusters.jsonl.gz");
    String lines =
        "{\"id\": \"c1\", \"documents\": [{\"id\": \"d1\", \"title\": null, \"text\": \"One.\"},"
            + " {\"id\": \"d2\", \"title\": \"T\", \"text\": \"Two.\"}], \"summaries\": []}\n"
            + "{\"id\": \"c2\", \"documents\": []}\n"
            + "{\"id\": \"c3\", \"documents\": [{\"id\": \"d3\", \"text\": \"Three.\"}]}\n";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }

    List<IngestResult<Article>> results = read(file);

    assertThat(ids(results)).containsExactly("d1", "d2", "d3");
    assertThat(rejected(results)).containsExactly(file + ":2: field 'documents' is empty");
    assertThat(results.get(1).source()).isEqualTo(file + ":1");
  }

  @Test
  void files_and_directories_come_first_in_time_order() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(
        folder.resolve("zeta.json"), "{\"text\": \"Early.\", \"published\": \"2026-03-01\"}");
    Files.writeString(
        folder.resolve("alpha.json"), "{\"text\": \"Late.\", \"published\": \"2026-03-09\"}");
    Files.writeString(folder.resolve("undated.txt"), "Headline\n\nNo date.\n");
    Files.writeString(folder.resolve("empty.txt"), "");
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\": \"f1\", \"text\": \"From the feed.\"}\n");

    List<IngestResult<Article>> results = read(feed, folder);

    assertThat(ids(results)).containsExactly("zeta", "alpha", "undated", "f1");
    assertThat(rejected(results)).singleElement().asString().contains("empty.txt");
  }

  @Test
  void a_missing_file_is_reported_not_thrown() {
    Path missing = dir.resolve("nope.jsonl");

    List<IngestResult<Article>> results = read(missing);

    assertThat(ids(results)).isEmpty();
    assertThat(rejected(results)).singleElement().asString().startsWith(missing.toString());
  }
}
