package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RougeCommandTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new RougeCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static Path tinyCorpus(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sys"));
    Files.createDirectories(dir.resolve("refs"));
    Files.writeString(dir.resolve("sys/c1.txt"), "Police kill the gunman.\n");
    Files.writeString(dir.resolve("refs/c1.A"), "Police killed the gunman.\n");
    Files.writeString(dir.resolve("refs/c1.B"), "The gunman was killed.\n");
    return dir;
  }

  @Test
  void prints_the_official_layout_and_writes_json(@TempDir Path dir) throws IOException {
    tinyCorpus(dir);
    Path json = dir.resolve("out/scores.json");
    Run run =
        run(
            "--system",
            dir.resolve("sys").toString(),
            "--reference",
            dir.resolve("refs").toString(),
            "-n",
            "1",
            "-x",
            "-d",
            "--json",
            json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // ROUGE-1 with -f A: hits 3 (police the gunman) + 2 (the gunman) of 4 + 4 reference words;
    // P = 5 / (4 + 4).
    assertThat(run.out().lines().toList())
        .containsExactly(
            "---------------------------------------------",
            "1 ROUGE-1 Average_R: 0.62500 (95%-conf.int. 0.62500 - 0.62500)",
            "1 ROUGE-1 Average_P: 0.62500 (95%-conf.int. 0.62500 - 0.62500)",
            "1 ROUGE-1 Average_F: 0.62500 (95%-conf.int. 0.62500 - 0.62500)",
            ".............................................",
            "1 ROUGE-1 Eval c1.1 R:0.62500 P:0.62500 F:0.62500");
    JsonNode root = JSON.readTree(json.toFile());
    assertThat(root.fieldNames()).toIterable().containsExactly("ROUGE-1");
    assertThat(root.get("ROUGE-1").get("R").decimalValue()).isEqualByComparingTo("0.625");
    assertThat(root.get("ROUGE-1").get("F_ci").get(1).decimalValue()).isEqualByComparingTo("0.625");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void best_model_and_skip_bigram_flags(@TempDir Path dir) throws IOException {
    tinyCorpus(dir);
    Run run =
        run(
            "--system",
            dir.resolve("sys").toString(),
            "--reference",
            dir.resolve("refs").toString(),
            "-n",
            "1",
            "-f",
            "B",
            "-2",
            "-1",
            "-U");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // -f B keeps reference A (recall 3/4 > 2/4).
    assertThat(run.out())
        .contains("1 ROUGE-1 Average_R: 0.75000 ")
        .contains("1 ROUGE-L Average_R: ")
        .contains("1 ROUGE-S* Average_R: ")
        .contains("1 ROUGE-SU* Average_R: ");
  }

  @Test
  void bad_input_exits_with_2_and_names_the_problem(@TempDir Path dir) throws IOException {
    tinyCorpus(dir);
    String sys = dir.resolve("sys").toString();
    String refs = dir.resolve("refs").toString();

    Run missing = run("--system", dir.resolve("nope").toString(), "--reference", refs);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--system folder not found").contains("nope");

    Run badFlag = run("--system", sys, "--reference", refs, "-n", "7");
    assertThat(badFlag.exitCode()).isEqualTo(2);
    assertThat(badFlag.err()).contains("-n must be in 1..4, was 7");

    Run usage = run("--system", sys);
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("--reference");

    Files.writeString(dir.resolve("sys/c2"), "A summary without reference.\n");
    Run unmatched = run("--system", sys, "--reference", refs);
    assertThat(unmatched.exitCode()).isEqualTo(2);
    assertThat(unmatched.err())
        .contains("1 of 2 system summaries have no reference")
        .contains("c2");
    Files.delete(dir.resolve("sys/c2"));

    Files.write(dir.resolve("sys/c1.txt"), new byte[] {'a', (byte) 0xFF, '\n'});
    Run notUtf8 = run("--system", sys, "--reference", refs);
    assertThat(notUtf8.exitCode()).isEqualTo(2);
    assertThat(notUtf8.err()).contains("c1.txt is not valid UTF-8");
    Files.writeString(dir.resolve("sys/c1.txt"), "Police kill the gunman.\n");

    Run noData =
        run(
            "--system",
            sys,
            "--reference",
            refs,
            "-m",
            "--rouge-data",
            dir.resolve("no-data").toString());
    assertThat(noData.exitCode()).isEqualTo(2);
    assertThat(noData.err()).contains("no-data").contains("--rouge-data");
  }

  @Test
  void reproduces_the_golden_multi_news_run() throws IOException {
    String shared = System.getProperty("chorus.shared");
    Path golden = shared == null ? null : Path.of(shared, "rouge-golden", "multinews-val-200");
    assumeTrue(
        golden != null && Files.isDirectory(golden),
        "golden ROUGE data not found (system property chorus.shared=" + shared + ")");
    JsonNode expected =
        JSON.readTree(golden.resolve("multinews-val-200.lead.multinews.json").toFile());
    // The golden command: -c 95 -m -n 2 -r 1000 -2 4 -u -d -a.
    Run run =
        run(
            "--system",
            golden.resolve("sys-lead").toString(),
            "--reference",
            golden.resolve("refs").toString(),
            "--rouge-data",
            Path.of(shared, "rouge-data").toString(),
            "-c",
            "95",
            "-m",
            "-n",
            "2",
            "-r",
            "1000",
            "-2",
            "4",
            "-u",
            "-d",
            "-a");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> wanted = new ArrayList<>();
    for (Map.Entry<String, JsonNode> metric : iterable(expected.get("average"))) {
      for (String which : List.of("R", "P", "F")) {
        JsonNode node = metric.getValue();
        wanted.add(
            String.format(
                "1 %s Average_%s: %s (95%%-conf.int. %s - %s)",
                metric.getKey(),
                which,
                five(node.get(which)),
                five(node.get(which + "_ci").get(0)),
                five(node.get(which + "_ci").get(1))));
      }
    }
    for (Map.Entry<String, JsonNode> metric : iterable(expected.get("per_cluster"))) {
      for (Map.Entry<String, JsonNode> cluster : iterable(metric.getValue())) {
        JsonNode s = cluster.getValue();
        wanted.add(
            String.format(
                "1 %s Eval %s.1 R:%s P:%s F:%s",
                metric.getKey(),
                cluster.getKey(),
                five(s.get("R")),
                five(s.get("P")),
                five(s.get("F"))));
      }
    }
    assertThat(wanted).hasSize(4 * 3 + 4 * 200);
    assertThat(run.out().lines().toList()).containsAll(wanted);
  }

  private static String five(JsonNode number) {
    return number.decimalValue().setScale(5, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    entries.addAll(node.properties());
    return entries;
  }
}
