package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.ingest.IngestResult.Ingested;
import dev.chorus.ingest.IngestResult.Rejected;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterReaderTest {

  private final ClusterReader reader = new ClusterReader();

  @TempDir Path dir;

  private List<IngestResult<ClusterRecord>> readAll(Path file) throws IOException {
    try (Stream<IngestResult<ClusterRecord>> results = reader.read(file)) {
      return results.toList();
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ClusterReaderTest.class.getResource("/ingest/" + name).toURI());
  }

  private static final List<String> GOOD_IDS = List.of("c001", "c003", "c004");

  private static void assertTestClusters(List<IngestResult<ClusterRecord>> results, Path file) {
    assertThat(results).hasSize(4);
    assertThat(results.get(1)).isInstanceOf(Rejected.class);
    assertThat(results.get(1).source()).isEqualTo(file + ":2");
    assertThat(((Rejected<ClusterRecord>) results.get(1)).reason())
        .isEqualTo(
            "invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker"
                + " at [line: 1, column: 1]) (at line 1, column 105)");
    List<IngestResult<ClusterRecord>> good =
        List.of(results.get(0), results.get(2), results.get(3));
    assertThat(good)
        .extracting(IngestResult::source)
        .containsExactly(file + ":1", file + ":4", file + ":5");
    assertThat(good)
        .extracting(r -> ((Ingested<ClusterRecord>) r).value().story().id())
        .isEqualTo(GOOD_IDS);

    ClusterRecord first = ((Ingested<ClusterRecord>) results.get(0)).value();
    assertThat(first)
        .isEqualTo(
            new ClusterRecord(
                new Story(
                    "c001",
                    List.of(
                        Article.of("c001-a", "The ferry resumed service on Tuesday."),
                        new Article(
                            "c001-b",
                            null,
                            null,
                            "Pier repaired",
                            null,
                            "Crews repaired the pier."))),
                List.of("Ferry service resumed after pier repairs.")));
    ClusterRecord third = ((Ingested<ClusterRecord>) results.get(2)).value();
    assertThat(third.references()).isEmpty();
    assertThat(third.story().articles())
        .containsExactly(
            Article.of("c003-a", ""), Article.of("c003-b", "Second document of c003."));
    ClusterRecord fourth = ((Ingested<ClusterRecord>) results.get(3)).value();
    assertThat(fourth.references()).containsExactly("Warning lifted.", "The wind warning ended.");
  }

  @Test
  void reads_jsonl_and_reports_the_bad_line_with_its_number() throws Exception {
    Path file = resource("clusters/clusters.jsonl");

    assertTestClusters(readAll(file), file);
  }

  @Test
  void reads_the_same_content_gzipped() throws Exception {
    byte[] plain = Files.readAllBytes(resource("clusters/clusters.jsonl"));
    Path file = Files.write(dir.resolve("clusters.jsonl.gz"), gzip(plain));

    assertTestClusters(readAll(file), file);
  }

  @Test
  void detects_gzip_by_content_not_name() throws Exception {
    byte[] plain = Files.readAllBytes(resource("clusters/clusters.jsonl"));
    Path file = Files.write(dir.resolve("clusters.data"), gzip(plain));

    assertTestClusters(readAll(file), file);
  }

  @Test
  void truncated_gzip_keeps_complete_lines_and_reports_the_rest() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      jsonl.append(
          String.format(
              "{\"id\": \"c%04d\", \"documents\": [{\"id\": \"d\", \"title\": null,"
                  + " \"text\": \"Document %d says something about event %d.\"}]}\n",
              i, i, i * 7919));
    }
    byte[] gz = gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));

    List<IngestResult<ClusterRecord>> results = readAll(file);

    IngestResult<ClusterRecord> last = results.get(results.size() - 1);
    List<IngestResult<ClusterRecord>> read = results.subList(0, results.size() - 1);
    assertThat(read).isNotEmpty().hasSizeLessThan(2000).allMatch(r -> r instanceof Ingested);
    assertThat(last).isInstanceOf(Rejected.class);
    assertThat(last.source()).isEqualTo(file + ":" + (read.size() + 1));
    assertThat(((Rejected<ClusterRecord>) last).reason())
        .startsWith("cannot read the file past line " + read.size() + " (truncated or corrupt?): ")
        .contains("EOFException")
        .endsWith("; the rest of the file is lost");
  }

  @Test
  void file_cut_inside_the_gzip_trailer_is_reported_after_all_lines() throws IOException {
    String jsonl = "{\"id\": \"c1\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}\n";
    byte[] gz = gzip(jsonl.getBytes(StandardCharsets.UTF_8));
    // The last 8 bytes are the CRC and length trailer; keep all data but cut the trailer.
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length - 4));

    List<IngestResult<ClusterRecord>> results = readAll(file);

    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(Ingested.class);
    assertThat(results.get(1)).isInstanceOf(Rejected.class);
    assertThat(results.get(1).source()).isEqualTo(file + ":2");
  }

  @Test
  void each_kind_of_bad_line_is_rejected_and_reading_continues() throws IOException {
    List<String> lines =
        List.of(
            "[1, 2]",
            "{\"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}",
            "{\"id\": \" \", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}",
            "{\"id\": \"c\"}",
            "{\"id\": \"art\", \"text\": \"An article line.\"}",
            "{\"id\": \"c\", \"documents\": {}}",
            "{\"id\": \"c\", \"documents\": []}",
            "{\"id\": \"c\", \"documents\": [\"text\"]}",
            "{\"id\": \"c\", \"documents\": [{\"text\": \"x\"}]}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"title\": null}]}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": 5}]}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": \"x\", \"title\": 1}]}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"},"
                + " {\"id\": \"e\", \"text\": \"y\"}, {\"id\": \"d\", \"text\": \"z\"}]}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}], \"summaries\":"
                + " \"s\"}",
            "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}], \"summaries\":"
                + " [null]}",
            "{\"id\": \"ok\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}",
            "{\"id\": \"ok\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}",
            "{\"title\": \"An article without id\", \"text\": \"Body.\"}");
    Path file = write("bad.jsonl", String.join("\n", lines) + "\n");

    List<String> results = readAll(file).stream().map(Object::toString).toList();

    String f = file.toString();
    assertThat(results)
        .containsExactly(
            f + ":1: expected a JSON object, found an array",
            f + ":2: field 'id' is missing",
            f + ":3: field 'id' is blank",
            f + ":4: field 'documents' is missing",
            f + ":5: line is an article, not a cluster (expected 'documents')",
            f + ":6: field 'documents' must be an array, was an object",
            f + ":7: field 'documents' is empty",
            f + ":8: documents[0] must be an object, was a string",
            f + ":9: documents[0]: field 'id' is missing",
            f + ":10: documents[0] ('d'): field 'text' is missing",
            f + ":11: documents[0] ('d'): field 'text' must be a string, was a number 5",
            f + ":12: documents[0] ('d'): field 'title' must be a string, was a number 1",
            f + ":13: duplicate document id 'd' (documents[0] and documents[2])",
            f + ":14: field 'summaries' must be an array, was a string",
            f + ":15: summaries[0] must be a string, was null",
            "Ingested[value="
                + new ClusterRecord(new Story("ok", List.of(Article.of("d", "x"))), List.of())
                + ", source="
                + f
                + ":16]",
            f + ":17: duplicate cluster id 'ok' (first on line 16)",
            f + ":18: line is an article, not a cluster (expected 'documents')");
  }

  @Test
  void invalid_utf8_rejects_only_its_line() throws IOException {
    byte[] good =
        "{\"id\": \"c1\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] good2 =
        "{\"id\": \"c2\", \"documents\": [{\"id\": \"d\", \"text\": \"y\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(good);
    content.writeBytes(bad);
    content.writeBytes(good2);
    Path file = Files.write(dir.resolve("mixed.jsonl"), content.toByteArray());

    List<IngestResult<ClusterRecord>> results = readAll(file);

    assertThat(results).hasSize(3);
    assertThat(results.get(1))
        .isEqualTo(new Rejected<>(file + ":2", "not valid UTF-8 at byte offset 2 of the line"));
    // The last line has no newline at the end and is still read.
    assertThat(((Ingested<ClusterRecord>) results.get(2)).value().story().id()).isEqualTo("c2");
  }

  @Test
  void crlf_lines_blank_lines_and_empty_files_are_handled() throws IOException {
    Path crlf =
        write(
            "crlf.jsonl",
            "\r\n{\"id\": \"c1\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}\r\n\r\n");
    Path empty = write("empty.jsonl", "");

    List<IngestResult<ClusterRecord>> results = readAll(crlf);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).source()).isEqualTo(crlf + ":2");
    assertThat(readAll(empty)).isEmpty();
  }

  @Test
  void over_long_line_is_rejected_without_parsing_and_the_next_is_read() throws IOException {
    String longLine =
        "{\"id\": \"long\", \"documents\": [{\"id\": \"d\", \"text\": \""
            + "x".repeat(200)
            + "\"}]}";
    String shortLine = "{\"id\": \"s\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}";
    Path file = write("long.jsonl", longLine + "\n" + shortLine + "\n");
    ClusterReader small = new ClusterReader(100);

    List<IngestResult<ClusterRecord>> results;
    try (Stream<IngestResult<ClusterRecord>> stream = small.read(file)) {
      results = stream.toList();
    }

    assertThat(results.get(0))
        .isEqualTo(
            new Rejected<>(
                file + ":1", "line is longer than 100 bytes (" + longLine.length() + " bytes)"));
    assertThat(results.get(1)).isInstanceOf(Ingested.class);
  }

  @Test
  void unopenable_files_throw_io_exception_naming_the_file() throws IOException {
    Path missing = dir.resolve("missing.jsonl.gz");
    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot open cluster file " + missing + ": no such file");

    Path fake = write("fake.jsonl.gz", "{\"id\": \"c\"}\n");
    assertThatThrownBy(() -> reader.read(fake))
        .isInstanceOf(IOException.class)
        .hasMessage("cluster file " + fake + " is named .gz but is not in gzip format");
  }

  @Test
  void iterator_follows_the_iterator_contract() throws IOException {
    Path file =
        write("one.jsonl", "{\"id\": \"c1\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]}\n");
    try (Stream<IngestResult<ClusterRecord>> stream = reader.read(file)) {
      Iterator<IngestResult<ClusterRecord>> iterator = stream.iterator();
      assertThat(iterator.hasNext()).isTrue();
      assertThat(iterator.hasNext()).isTrue();
      assertThat(iterator.next().source()).isEqualTo(file + ":1");
      assertThat(iterator.hasNext()).isFalse();
      assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void recognises_cluster_file_names() {
    assertThat(ClusterReader.isClusterFile(Path.of("a/b.jsonl"))).isTrue();
    assertThat(ClusterReader.isClusterFile(Path.of("b.JSONL.GZ"))).isTrue();
    assertThat(ClusterReader.isClusterFile(Path.of("b.json"))).isFalse();
    assertThat(ClusterReader.isClusterFile(Path.of("b.gz"))).isFalse();
  }

  @Test
  void rejects_a_non_positive_line_limit() {
    assertThatThrownBy(() -> new ClusterReader(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLineBytes must be >= 1, was 0");
  }

  private static Path shared(String relative) {
    String shared = System.getProperty("chorus.shared");
    Path file = shared == null ? null : Path.of(shared, relative);
    Assumptions.assumeTrue(
        file != null && Files.isRegularFile(file),
        relative + " not found (system property chorus.shared=" + shared + ")");
    return file;
  }

  /** Counts clusters, documents, rejections, references and empty documents in one pass. */
  private long[] counts(Path file) throws IOException {
    long[] counts = new long[5];
    try (Stream<IngestResult<ClusterRecord>> results = reader.read(file)) {
      results.forEach(
          result -> {
            if (result instanceof Ingested<ClusterRecord> ok) {
              counts[0]++;
              counts[1] += ok.value().story().articles().size();
              counts[3] += ok.value().references().size();
              counts[4] +=
                  ok.value().story().articles().stream().filter(a -> a.text().isEmpty()).count();
            } else {
              counts[2]++;
            }
          });
    }
    return counts;
  }

  @Test
  void reads_the_multi_news_validation_split() throws IOException {
    Path file = shared("datasets/multinews/multinews.val.jsonl.gz");

    // clusters, documents, rejected, references, empty documents (README of the data set)
    assertThat(counts(file)).containsExactly(5_622, 15_367, 0, 5_622, 50);
  }

  @Test
  void reads_duc_2004() throws IOException {
    Path file = shared("datasets/duc2004/duc2004.task2.jsonl.gz");

    assertThat(counts(file)).containsExactly(50, 500, 0, 200, 0);
    try (Stream<IngestResult<ClusterRecord>> results = reader.read(file)) {
      ClusterRecord first = ((Ingested<ClusterRecord>) results.findFirst().orElseThrow()).value();
      assertThat(first.story().id()).isEqualTo("d30001t");
      assertThat(first.story().articles().get(0).id()).isEqualTo("APW19981016.0240");
      assertThat(first.story().articles().get(0).title()).isNull();
      assertThat(first.story().articles().get(0).text()).startsWith("Cambodian leader Hun Sen");
    }
  }

  // #5: pinned while trying a byte-level fast path for ASCII lines (dropped: too little gain):
  // an escaped line and the same line in raw UTF-8 read alike, and errors keep their messages.
  @Test
  void ascii_lines_read_as_the_same_lines_in_utf8() throws IOException {
    String escaped = "{\"id\": \"a\", \"documents\": [{\"id\": \"d\", \"title\": \"Caf\\u00e9\","
        + " \"text\": \"Z\\u00fcrich \\u2014 \\ud83d\\ude00 talks.\"}], \"summaries\": [\"s\"]}";
    String raw = "{\"id\": \"b\", \"documents\": [{\"id\": \"d\", \"title\": \"Café\","
        + " \"text\": \"Zürich — 😀 talks.\"}], \"summaries\": [\"s\"]}";
    List<IngestResult<ClusterRecord>> results =
        readAll(write("mixed.jsonl", escaped + "\n \t\r\n" + raw + "\n"));
    assertThat(results).hasSize(2);
    Article fromAscii = ((Ingested<ClusterRecord>) results.get(0)).value().story().articles()
        .get(0);
    Article fromUtf8 = ((Ingested<ClusterRecord>) results.get(1)).value().story().articles()
        .get(0);
    assertThat(fromAscii).isEqualTo(fromUtf8);
    assertThat(fromAscii.text()).isEqualTo("Zürich — 😀 talks.");
  }

  @Test
  void ascii_lines_with_errors_get_the_general_messages() throws IOException {
    // The messages the reader gives (and gave before issue #5's changes).
    List<List<String>> cases =
        List.of(
            List.of("{\"id\": \"a\", \"id\": \"b\", \"documents\": []}",
                "invalid JSON: Duplicate field 'id' (at line 1, column 17)"),
            List.of("{\"id\": \"a\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}]} trailing",
                "invalid JSON: Unrecognized token 'trailing': was expecting (JSON String, Number,"
                    + " Array, Object or token 'null', 'true' or 'false') (at line 1, column 54)"),
            List.of("[1, 2]", "expected a JSON object, found an array"),
            List.of("{\"id\": \"a\", \"documents\": [{\"id\": \"d\", \"text\": \"x\"}",
                "invalid JSON: Unexpected end-of-input: expected close marker for Array (start"
                    + " marker at [line: 1, column: 26]) (at line 1, column 51)"),
            List.of("{\"id\": \"a\u0000\", \"documents\": []}",
                "invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 0)): has to be"
                    + " escaped using backslash to be included in string value (at line 1, column"
                    + " 10)"),
            List.of("{\"id\": \"a\", \"documents\": [{\"id\": \"d\", \"text\": 5}]}",
                "documents[0] ('d'): field 'text' must be a string, was a number 5"));
    for (List<String> c : cases) {
      List<IngestResult<ClusterRecord>> results = readAll(write("bad.jsonl", c.get(0) + "\n"));
      assertThat(results).as(c.get(0)).hasSize(1);
      assertThat(((Rejected<ClusterRecord>) results.get(0)).reason()).isEqualTo(c.get(1));
    }
  }
}
