package dev.chorus.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Agreement with the official ROUGE-1.5.5 output on real data (skipped when the shared data
 * directory is absent): every per-cluster R, P, F, every average and every confidence bound must
 * print the same 5 decimals.
 */
class RougeGoldenAgreementTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static Path shared;
  private static RougeResources resources;

  @BeforeAll
  static void loadResources() throws IOException {
    String property = System.getProperty("chorus.shared");
    shared = property == null ? null : Path.of(property);
    if (shared != null && Files.isDirectory(shared.resolve("rouge-data"))) {
      resources = RougeResources.load(shared.resolve("rouge-data"));
    }
  }

  private static void assumeData(Path path) {
    assumeTrue(
        resources != null && Files.exists(path),
        "shared ROUGE data not found (system property chorus.shared=" + shared + "): " + path);
  }

  @TestFactory
  Stream<DynamicTest> golden_json_files_agree_to_the_last_digit() throws IOException {
    Path golden = shared == null ? Path.of("missing") : shared.resolve("rouge-golden");
    if (resources == null || !Files.isDirectory(golden)) {
      return Stream.of(DynamicTest.dynamicTest("golden data absent", () -> assumeData(golden)));
    }
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("duc2004", "multinews-val-200")) {
      try (Stream<Path> list = Files.list(golden.resolve(folder))) {
        list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSize(10);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(), () -> checkGoldenFile(file)));
  }

  private void checkGoldenFile(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    RougeOptions options =
        RougeOptions.fromOfficialFlags(officialFlags(root.get("command").asText()));
    String system = file.getFileName().toString().split("\\.")[1];
    Path folder = file.getParent();
    List<RougeInput> inputs = new ArrayList<>();
    for (JsonNode id : root.get("clusters")) {
      inputs.add(
          new RougeInput(
              id.asText(),
              systemSentences(folder.resolve("sys-" + system), id.asText()),
              references(folder.resolve("refs"), id.asText())));
    }
    RougeReport report =
        new RougeScorer(options, resources).scoreAll(inputs, ResampleSource.rouge155());

    Map<String, Map<String, RougeScore>> ourClusters = report.perCluster();
    assertThat(ourClusters.keySet())
        .containsExactlyElementsOf(iterable(root.get("per_cluster").fieldNames()));
    Agreement agreement = new Agreement(file.getFileName().toString());
    for (Map.Entry<String, JsonNode> metric : root.get("per_cluster").properties()) {
      for (Map.Entry<String, JsonNode> cluster : metric.getValue().properties()) {
        RougeScore ours = ourClusters.get(metric.getKey()).get(cluster.getKey());
        for (char which : new char[] {'R', 'P', 'F'}) {
          agreement.check(
              metric.getKey() + " " + cluster.getKey() + " " + which,
              cluster.getValue().get(String.valueOf(which)).decimalValue(),
              ours.get(which));
        }
      }
    }
    for (Map.Entry<String, JsonNode> metric : root.get("average").properties()) {
      RougeAverage ours = report.averages().get(metric.getKey());
      JsonNode node = metric.getValue();
      for (char which : new char[] {'R', 'P', 'F'}) {
        agreement.check(
            metric.getKey() + " average " + which,
            node.get(String.valueOf(which)).decimalValue(),
            ours.average().get(which));
        agreement.checkCi(
            metric.getKey() + " lower " + which,
            node.get(which + "_ci").get(0).decimalValue(),
            ours.lower().get(which));
        agreement.checkCi(
            metric.getKey() + " upper " + which,
            node.get(which + "_ci").get(1).decimalValue(),
            ours.upper().get(which));
      }
    }
    agreement.assertAllAgree();
  }

  @Test
  void duc2004_thirteen_systems_agree_with_the_official_output() throws IOException {
    Path folder = shared == null ? Path.of("missing") : shared.resolve("datasets/duc2004");
    Path official = folder.resolve("duc2004.task2.rouge155.out.gz");
    assumeData(official);
    Map<String, List<List<String>>> references = new TreeMap<>();
    for (JsonNode cluster : readJsonLines(folder.resolve("duc2004.task2.jsonl.gz"))) {
      List<List<String>> summaries = new ArrayList<>();
      for (JsonNode summary : cluster.get("summaries")) {
        summaries.add(lines(summary.asText()));
      }
      references.put(evalId(cluster.get("id").asText()), summaries);
    }
    Map<String, List<RougeInput>> bySystem = new TreeMap<>();
    for (JsonNode peer : readJsonLines(folder.resolve("duc2004.task2.peers.jsonl.gz"))) {
      String id = evalId(peer.get("cluster_id").asText());
      bySystem
          .computeIfAbsent(peer.get("system").asText(), k -> new ArrayList<>())
          .add(new RougeInput(id, lines(peer.get("summary").asText()), references.get(id)));
    }
    assertThat(bySystem).hasSize(13);
    // The README's command: -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d.
    RougeScorer scorer =
        new RougeScorer(
            RougeOptions.fromOfficialFlags(
                "-n", "4", "-x", "-m", "-l", "100", "-p", "0.5", "-c", "95", "-r", "1000", "-f",
                "A", "-t", "0", "-a", "-d"),
            resources);

    Pattern average =
        Pattern.compile(
            "^(\\S+) (ROUGE-\\d) Average_([RPF]): ([0-9.]+) \\(95%-conf.int. ([0-9.]+) -"
                + " ([0-9.]+)\\)$");
    Pattern eval =
        Pattern.compile(
            "^(\\S+) (ROUGE-\\d) Eval (\\S+)\\.(\\S+) R:([0-9.]+) P:([0-9.]+) F:([0-9.]+)$");
    Map<String, RougeReport> reports = new LinkedHashMap<>();
    Agreement agreement = new Agreement("duc2004.task2.rouge155.out");
    int lines = 0;
    try (BufferedReader reader = gzipReader(official)) {
      for (String line; (line = reader.readLine()) != null; ) {
        Matcher m;
        if ((m = average.matcher(line)).matches()) {
          RougeAverage ours =
              report(reports, bySystem, scorer, m.group(1)).averages().get(m.group(2));
          char which = m.group(3).charAt(0);
          agreement.check(line, new BigDecimal(m.group(4)), ours.average().get(which));
          agreement.checkCi(line + " lower", new BigDecimal(m.group(5)), ours.lower().get(which));
          agreement.checkCi(line + " upper", new BigDecimal(m.group(6)), ours.upper().get(which));
          lines++;
        } else if ((m = eval.matcher(line)).matches()) {
          RougeScore ours =
              report(reports, bySystem, scorer, m.group(1))
                  .perCluster()
                  .get(m.group(2))
                  .get(m.group(3));
          agreement.check(line + " R", new BigDecimal(m.group(5)), ours.recall());
          agreement.check(line + " P", new BigDecimal(m.group(6)), ours.precision());
          agreement.check(line + " F", new BigDecimal(m.group(7)), ours.f());
          lines++;
        }
      }
    }
    // 13 systems x 4 metrics x (3 average lines + 50 cluster lines).
    assertThat(lines).isEqualTo(13 * 4 * 53);
    agreement.assertAllAgree();
  }

  private static RougeReport report(
      Map<String, RougeReport> reports,
      Map<String, List<RougeInput>> bySystem,
      RougeScorer scorer,
      String system) {
    return reports.computeIfAbsent(
        system, s -> scorer.scoreAll(bySystem.get(s), ResampleSource.rouge155()));
  }

  /** "d30001t" is "d30001" in the official output's configuration. */
  private static String evalId(String clusterId) {
    return clusterId.endsWith("t") ? clusterId.substring(0, clusterId.length() - 1) : clusterId;
  }

  /** Compares printed values and counts them; CI bounds are also reported separately. */
  static final class Agreement {
    private final String name;
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> ciMismatches = new ArrayList<>();
    private int values;
    private int ciValues;
    private double worstCi;

    Agreement(String name) {
      this.name = name;
    }

    void check(String what, BigDecimal expected, double actual) {
      values++;
      String want = expected.setScale(5, RoundingMode.UNNECESSARY).toPlainString();
      String got = Rouge155Format.decimal5(actual);
      if (!want.equals(got)) {
        mismatches.add(what + ": official " + want + ", ours " + got);
      }
    }

    void checkCi(String what, BigDecimal expected, double actual) {
      ciValues++;
      String want = expected.setScale(5, RoundingMode.UNNECESSARY).toPlainString();
      String got = Rouge155Format.decimal5(actual);
      worstCi = Math.max(worstCi, Math.abs(expected.doubleValue() - actual));
      if (!want.equals(got)) {
        ciMismatches.add(what + ": official " + want + ", ours " + got);
      }
    }

    void assertAllAgree() {
      System.out.printf(
          "%s: %d/%d values agree, CI bounds %d/%d exact (worst diff %.6f)%n",
          name,
          values - mismatches.size(),
          values,
          ciValues - ciMismatches.size(),
          ciValues,
          worstCi);
      assertThat(mismatches).as(name + " values").isEmpty();
      // The intervals depend on the random resamples; with Perl's generator they are exact.
      assertThat(worstCi).as(name + " CI bounds " + ciMismatches).isLessThan(0.005);
      assertThat(ciMismatches).as(name + " CI bounds").isEmpty();
    }
  }

  // ---------------------------------------------------------------- data helpers

  /** The command's flags without the script name, the "-e <dir>" and the config file. */
  static String[] officialFlags(String command) {
    String flags =
        command
            .replaceAll("-e <[^>]*>", "")
            .replaceAll("<[^>]*>", "")
            .replace("ROUGE-1.5.5.pl", "")
            .trim();
    return flags.split("\\s+");
  }

  private static List<String> systemSentences(Path folder, String id) throws IOException {
    Path file = folder.resolve(id);
    if (!Files.exists(file)) {
      file = folder.resolve(id + ".txt");
    }
    return lines(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<List<String>> references(Path folder, String id) throws IOException {
    List<List<String>> references = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file :
          list.filter(p -> p.getFileName().toString().startsWith(id + ".")).sorted().toList()) {
        references.add(lines(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(references).as("references of " + id).isNotEmpty();
    return references;
  }

  static List<String> lines(String text) {
    return PerlText.chompedLines(text);
  }

  private static List<JsonNode> readJsonLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader reader = gzipReader(file)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static BufferedReader gzipReader(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
  }

  private static <T> List<T> iterable(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
