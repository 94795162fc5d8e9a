package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new EvalCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** A ROUGE data folder with one exception entry: enough for -m on invented text. */
  private static Path rougeData(Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("rouge-data"));
    Files.writeString(data.resolve("smart_common_words.txt"), "the\n");
    Files.writeString(data.resolve("adj.exc"), "");
    Files.writeString(data.resolve("adv.exc"), "");
    Files.writeString(data.resolve("noun.exc"), "geese goose\n");
    Files.writeString(data.resolve("verb.exc"), "");
    return data;
  }

  /** Two invented clusters, a line that is not JSON and a cluster without summaries. */
  private static Path tinyClusters(Path dir, String name) throws IOException {
    String flood =
        "{\"id\": \"c1\", \"documents\": [{\"id\": \"a\", \"text\": \"The river flooded the"
            + " town. Residents fled to the hills.\"}], \"summaries\": [\"The river flooded the"
            + " town.\"]}";
    String storm =
        "{\"id\": \"c2\", \"documents\": [{\"id\": \"a\", \"text\": \"The storm closed the"
            + " harbor. The ferry stopped running.\"}, {\"id\": \"b\", \"text\":"
            + " \"Fishermen stayed home as the storm hit.\"}], \"summaries\": [\"The storm"
            + " closed the harbor.\"]}";
    String noSummary =
        "{\"id\": \"c3\", \"documents\": [{\"id\": \"a\", \"text\": \"Nothing happened.\"}]}";
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", flood, "not json", storm, noSummary) + "\n");
    return file;
  }

  @Test
  void tiny_clusters_are_scored_and_skipped_lines_give_exit_code_2(@TempDir Path dir)
      throws IOException {
    Path data = rougeData(dir);
    Path clusters = tinyClusters(dir, "tiny.multinews.jsonl");
    Run run =
        run(
            "--clusters",
            clusters.toString(),
            "--compare",
            "lead,oracle",
            "--rouge-data",
            data.toString(),
            "--threads",
            "2");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("skipped " + clusters + ":2:")
        .contains("(cluster c3): no reference summary")
        .contains("eval: 2 clusters, 2 methods, 2 skipped");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .startsWith("preset multinews: ROUGE-1.5.5 -n 2 -2 4 -u -m -c 95 -r 1000, F in %")
        .endsWith("budget 300 words; 2 clusters of tiny.multinews.jsonl");
    assertThat(lines.get(1).split(" {2,}"))
        .containsExactly("method", "ROUGE-1 F", "ROUGE-2 F", "ROUGE-L F", "ROUGE-SU4 F", "words");
    assertThat(lines.get(2)).startsWith("lead ");
    // The oracle reproduces both references exactly: F = 100 for every metric.
    assertThat(lines.get(3).split(" {2,}"))
        .containsExactly(
            "oracle",
            "100.00 (100.00-100.00)",
            "100.00 (100.00-100.00)",
            "100.00 (100.00-100.00)",
            "100.00 (100.00-100.00)",
            "5.0");
  }

  @Test
  void budget_options_override_the_preset(@TempDir Path dir) throws IOException {
    Path data = rougeData(dir);
    Path clusters = tinyClusters(dir, "clusters.jsonl");
    Run run =
        run(
            "--clusters", clusters.toString(),
            "--preset", "DUC2004",
            "--method", "lead",
            "--words", "5",
            "--limit", "1",
            "--rouge-data", data.toString());
    // Reading stops after the first cluster: the bad line 2 is never reached.
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("preset duc2004: ROUGE-1.5.5 -n 4 -m -l 100 -f A -p 0.5")
        .contains("recall in %")
        .contains("budget 5 words; 1 clusters of clusters.jsonl");
    assertThat(run.out().lines().toList().get(2).split(" {2,}"))
        .containsExactly(
            "lead",
            "100.00 (100.00-100.00)",
            "100.00 (100.00-100.00)",
            "100.00 (100.00-100.00)",
            "5.0");
  }

  @Test
  void bad_usage_and_missing_input_give_exit_code_2(@TempDir Path dir) throws IOException {
    Path data = rougeData(dir);
    Path clusters = tinyClusters(dir, "tiny.duc2004.jsonl");
    String file = clusters.toString();
    String rouge = data.toString();

    Run unknown = run("--clusters", file, "--method", "nope", "--rouge-data", rouge);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("eval: unknown method 'nope'; valid methods: lead,")
        .contains("oracle");
    assertThat(unknown.out()).isEmpty();

    Run both = run("--clusters", file, "--method", "lead", "--compare", "lead,mmr");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give --method or --compare, not both");

    Run missing = run("--clusters", dir.resolve("none.jsonl").toString(), "--rouge-data", rouge);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cluster file not found: " + dir.resolve("none.jsonl"));

    Path plain = Files.copy(clusters, dir.resolve("clusters.jsonl"));
    Run noPreset = run("--clusters", plain.toString(), "--rouge-data", rouge);
    assertThat(noPreset.exitCode()).isEqualTo(2);
    assertThat(noPreset.err())
        .contains("cannot tell the preset from the file name clusters.jsonl")
        .contains("--preset duc2004|multinews");

    Run badPreset = run("--clusters", file, "--preset", "cnndm", "--rouge-data", rouge);
    assertThat(badPreset.exitCode()).isEqualTo(2);
    assertThat(badPreset.err()).contains("unknown preset 'cnndm'");

    Run noData = run("--clusters", file, "--rouge-data", dir.resolve("nowhere").toString());
    assertThat(noData.exitCode()).isEqualTo(2);
    assertThat(noData.err()).contains("ROUGE data directory not found").contains("--rouge-data");

    assertThat(run("--clusters", file, "--threads", "0", "--rouge-data", rouge).err())
        .contains("--threads must be >= 1, was 0");
    assertThat(run("--clusters", file, "--limit", "0", "--rouge-data", rouge).exitCode())
        .isEqualTo(2);
    assertThat(run("--method", "lead").exitCode()).isEqualTo(2); // --clusters is required

    Path empty = Files.writeString(dir.resolve("empty.duc2004.jsonl"), "\n");
    Run nothing = run("--clusters", empty.toString(), "--rouge-data", rouge);
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("no cluster to evaluate");
  }

  @Test
  void first_20_duc_2004_clusters_give_a_table_and_all_files(@TempDir Path dir) throws IOException {
    String shared = System.getProperty("chorus.shared");
    Path duc =
        shared == null ? null : Path.of(shared, "datasets", "duc2004", "duc2004.task2.jsonl.gz");
    assumeTrue(
        duc != null && Files.isRegularFile(duc),
        "DUC 2004 not found (system property chorus.shared=" + shared + "): test skipped");
    Path out = dir.resolve("results");
    Run run =
        run(
            "--clusters", duc.toString(),
            "--compare", "lead,lexrank,oracle",
            "--limit", "20",
            "--out", out.toString(),
            "--rouge-data", Path.of(shared, "rouge-data").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("budget 100 words; 20 clusters of duc2004.task2.jsonl.gz");
    assertThat(lines.get(1).split(" {2,}"))
        .containsExactly("method", "ROUGE-1 R", "ROUGE-2 R", "ROUGE-L R", "words");
    for (int i = 2; i < 5; i++) {
      assertThat(lines.get(i))
          .matches(
              "(lead|lexrank|oracle) +(\\d+\\.\\d\\d \\(\\d+\\.\\d\\d-\\d+\\.\\d\\d\\) +){3}"
                  + "\\d+\\.\\d");
    }

    assertThat(Files.readString(out.resolve("results.md")))
        .contains(
            "| method | ROUGE-1 R (95% CI) | ROUGE-2 R (95% CI) | ROUGE-L R (95% CI) | words |")
        .contains("| oracle | ");
    JsonNode json = JSON.readTree(out.resolve("results.json").toFile());
    assertThat(json.fieldNames()).toIterable().containsExactly("lead", "lexrank", "oracle");
    assertThat(json.get("lead").fieldNames())
        .toIterable()
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L");
    JsonNode r1 = json.get("oracle").get("ROUGE-1");
    assertThat(r1.fieldNames()).toIterable().containsExactly("R", "P", "F", "R_ci", "P_ci", "F_ci");
    assertThat(r1.get("R").decimalValue())
        .isBetween(r1.get("R_ci").get(0).decimalValue(), r1.get("R_ci").get(1).decimalValue());
    List<String> csv = Files.readAllLines(out.resolve("per-cluster.csv"), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(1 + 20 * 3 * 5);
    assertThat(csv.get(0)).isEqualTo("cluster,method,metric,R,P,F");
    assertThat(csv.get(1)).matches("d30001t,lead,ROUGE-1,0\\.\\d{5},0\\.\\d{5},0\\.\\d{5}");
    byte[] png = Files.readAllBytes(out.resolve("chart.png"));
    assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("results.md", "results.json", "per-cluster.csv", "chart.png");
    }
  }

  @Test
  void is_registered_as_a_subcommand() {
    assertThat(ChorusCommand.commandLine().getSubcommands()).containsKey("eval");
  }
}
