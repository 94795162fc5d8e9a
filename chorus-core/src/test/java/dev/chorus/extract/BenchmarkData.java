package dev.chorus.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark in {@code ../shared/datasets/article-extraction}: 181 pages,
 * their hand-checked bodies, and six other extractors' published outputs. Tests that use it skip
 * when the directory is absent.
 */
final class BenchmarkData {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final Path root;
  /** Page id (SHA-256 of the page) to hand-checked body, in id order. */
  final Map<String, String> truth;

  private BenchmarkData(Path root, Map<String, String> truth) {
    this.root = root;
    this.truth = truth;
  }

  /** The benchmark, or a skipped test if it is not there. */
  static BenchmarkData loadOrSkip() throws IOException {
    Path shared = Path.of(System.getProperty("chorus.shared", "../../shared"));
    Path root = shared.resolve("datasets/article-extraction");
    assumeTrue(
        Files.isRegularFile(root.resolve("ground-truth.json.gz")),
        "article-extraction benchmark not found at " + root + "; skipped");
    JsonNode node = readGzipJson(root.resolve("ground-truth.json.gz"));
    Map<String, String> truth = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      truth.put(entry.getKey(), entry.getValue().path("articleBody").asText(""));
    }
    return new BenchmarkData(root, truth);
  }

  /** The HTML source of page {@code id} (all pages are UTF-8). */
  String html(String id) {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(root.resolve("html/" + id + ".html.gz")))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A peer extractor's output per page id; a page it has no output for is "" (the benchmark
   * scores it so). Files come wrapped ({@code {"version", "output": {...}}}) or bare.
   */
  Map<String, String> peer(String name) throws IOException {
    JsonNode node = readGzipJson(root.resolve("peer-output/" + name + ".json.gz"));
    JsonNode output = node.has("output") ? node.get("output") : node;
    Map<String, String> bodies = new TreeMap<>();
    for (String id : truth.keySet()) {
      JsonNode body = output.path(id).path("articleBody");
      bodies.put(id, body.isTextual() ? body.asText() : "");
    }
    return bodies;
  }

  /** The benchmark score of {@code predicted} (page id to extracted text). */
  ExtractionMetric.BenchmarkScore score(Function<String, String> predicted) {
    ExtractionMetric metric = new ExtractionMetric();
    List<ExtractionMetric.PageScore> pages = new ArrayList<>();
    for (Map.Entry<String, String> page : truth.entrySet()) {
      pages.add(metric.score(page.getValue(), predicted.apply(page.getKey())));
    }
    return ExtractionMetric.aggregate(pages);
  }

  private static JsonNode readGzipJson(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return MAPPER.readTree(in);
    }
  }
}
