package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.Budget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

  @TempDir Path dir;
  private Path story;

  /** Three short invented articles on one event, one fact repeated by all of them. */
  @BeforeEach
  void writeStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(
        story.resolve("a.txt"),
        "Dam opens early\n\n"
            + "The new Kessel River dam opened on Tuesday after four years of construction work. "
            + "Officials said the reservoir will supply water to about 90,000 homes in the valley. "
            + "The project cost 210 million euros, slightly over its original budget.\n");
    Files.writeString(
        story.resolve("b.txt"),
        "Valley celebrates its dam\n\n"
            + "Residents gathered on Tuesday as the Kessel River dam opened to the public. "
            + "The reservoir will supply water to about 90,000 homes, officials said. "
            + "Local farmers hope the dam will end the summer droughts of recent years.\n");
    Files.writeString(
        story.resolve("c.txt"),
        "Critics question dam costs\n\n"
            + "Environmental groups criticised the Kessel River dam, which opened on Tuesday. "
            + "They said the 210 million euro project flooded rare wetland habitats. "
            + "The regional government rejected the criticism in a short statement.\n");
  }

  @Test
  void summarizes_a_directory_within_the_word_budget() {
    Run run = run("summarize", "--words", "30", story.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines.stream().mapToInt(Budget::countWords).sum()).isLessThanOrEqualTo(30);
    String allInput = readAll(story);
    // Verbatim: every output line is a sentence of some article.
    assertThat(lines).allSatisfy(line -> assertThat(allInput).contains(line));
  }

  @Test
  void every_method_runs_and_honours_a_sentence_budget() {
    for (String method : dev.chorus.select.Summarizers.names()) {
      Run run = run("summarize", "--method", method, "--sentences", "2", story.toString());
      assertThat(run.exitCode).as(method + ": " + run.err).isZero();
      assertThat(run.out.lines().count()).as(method).isBetween(1L, 2L);
    }
  }

  @Test
  void json_output_names_sources_with_offsets_into_the_article() throws IOException {
    Run run = run("summarize", "--format", "json", "--words", "60", story.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out);
    assertThat(root.get("sentences").size()).isPositive();
    for (JsonNode sentence : root.get("sentences")) {
      JsonNode source = sentence.get("sources").get(0);
      String body = bodyOf(story.resolve(source.get("document").asText() + ".txt"));
      String span = body.substring(source.get("start").asInt(), source.get("end").asInt());
      assertThat(Budget.normalizeSpace(span)).isEqualTo(sentence.get("text").asText());
    }
  }

  @Test
  void a_broken_file_is_named_and_skipped_but_the_rest_is_summarized() throws IOException {
    Files.write(story.resolve("broken.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28});

    Run run = run("summarize", story.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("broken.txt");
    assertThat(run.out).isNotBlank();
  }

  @Test
  void bad_usage_exits_with_2_and_says_why() {
    assertThat(run("summarize").exitCode).isEqualTo(2);
    Run badMethod = run("summarize", "--method", "nonsense", story.toString());
    assertThat(badMethod.exitCode).isEqualTo(2);
    assertThat(badMethod.err).contains("nonsense").contains("lexrank");
    assertThat(run("summarize", "--words", "0", story.toString()).exitCode).isEqualTo(2);
    assertThat(run("summarize", "--words", "5", "--bytes", "5", story.toString()).exitCode)
        .isEqualTo(2);
    assertThat(run("summarize", "--format", "yaml", story.toString()).exitCode).isEqualTo(2);
    assertThat(run("summarize", "--clusters", "x.jsonl").exitCode).isEqualTo(2);
    assertThat(run("summarize", dir.resolve("missing").toString()).exitCode).isEqualTo(2);
  }

  @Test
  void help_is_available_everywhere() {
    assertThat(run("--help").out).contains("summarize");
    assertThat(run("summarize", "--help").out).contains("--clusters").contains("--truncate");
  }

  @Test
  void cluster_batch_skips_a_bad_line_and_writes_every_good_cluster() throws IOException {
    Path clusters = writeClusters(dir.resolve("clusters.jsonl.gz"), 6, 3);
    Path out = dir.resolve("out");

    Run run = run("summarize", "--clusters", clusters.toString(), "--out", out.toString(),
        "--words", "25");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("clusters.jsonl.gz:4").contains("6 clusters done, 1 skipped");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("c0.txt", "c1.txt", "c2.txt", "c4.txt", "c5.txt", "c6.txt");
    }
    for (String line : Files.readAllLines(out.resolve("c0.txt"))) {
      assertThat(line).isNotBlank();
    }
  }

  @Test
  void cluster_batch_output_does_not_depend_on_thread_count() throws IOException {
    Path clusters = writeClusters(dir.resolve("clusters.jsonl"), 12, -1);
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");

    assertThat(run("summarize", "--clusters", clusters.toString(), "--out", one.toString(),
        "--threads", "1").exitCode).isZero();
    assertThat(run("summarize", "--clusters", clusters.toString(), "--out", four.toString(),
        "--threads", "4").exitCode).isZero();

    for (int i = 0; i < 12; i++) {
      assertThat(Files.readString(four.resolve("c" + i + ".txt")))
          .isEqualTo(Files.readString(one.resolve("c" + i + ".txt")));
    }
  }

  /** Writes clusters c0..c{n}, with an invalid JSON line in place of cluster {@code badLine}. */
  private static Path writeClusters(Path file, int good, int badLine) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i <= good; i++) {
      if (i == badLine) {
        jsonl.append("{\"id\": \"broken\", \"documents\": [\n");
        continue;
      }
      var cluster = mapper.createObjectNode().put("id", "c" + i);
      var docs = cluster.putArray("documents");
      for (int d = 0; d < 3; d++) {
        docs.addObject()
            .put("id", "c" + i + "-d" + d)
            .putNull("title")
            .put("text", "Town " + i + " opened a new library on Monday after a long wait. "
                + "The library holds " + (1000 * (d + 1)) + " books and a small cafe. "
                + "Mayor Ana Ruiz said reading rooms will stay open late in winter. "
                + "Outlet " + d + " reports that volunteers painted the walls in spring.");
      }
      cluster.putArray("summaries").add("Town " + i + " opened a library.");
      jsonl.append(mapper.writeValueAsString(cluster)).append('\n');
    }
    byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
    if (file.toString().endsWith(".gz")) {
      try (var gz = new GZIPOutputStream(Files.newOutputStream(file))) {
        gz.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
    return file;
  }

  private static String readAll(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file));
      }
      return String.join("\n", texts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The body of a .txt article: everything after the headline and the blank line. */
  private static String bodyOf(Path file) throws IOException {
    String text = Files.readString(file);
    return text.substring(text.indexOf("\n\n") + 2);
  }

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = ChorusCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
