package dev.chorus.cli;

import static dev.chorus.cli.ClusterCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.cli.ClusterCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClusterCommandTest {

  @TempDir Path dir;
  private Path clusters;

  /** Three invented gold clusters; document "shared" belongs to two of them. */
  @BeforeEach
  void writeClusters() throws IOException {
    clusters = dir.resolve("gold.jsonl");
    Files.writeString(
        clusters,
        line(
                "dam",
                doc(
                    "dam-1",
                    "The Kessel River dam opened, its reservoir supplies 90,000"
                        + " homes in the Kessel valley."),
                doc(
                    "dam-2",
                    "Kessel valley residents celebrated the Kessel River dam and its"
                        + " reservoir for 90,000 homes."),
                doc("shared", "The Kessel River dam opened as Ines Varga won the Marlow vote."))
            + line(
                "vote",
                doc(
                    "vote-1",
                    "Ines Varga won the Marlow mayoral vote against mayor" + " Tomas Brenner."),
                doc("vote-2", "Mayor Tomas Brenner conceded the Marlow vote to Ines Varga."),
                doc("shared", "The Kessel River dam opened as Ines Varga won the Marlow vote."))
            + line(
                "outage",
                doc(
                    "outage-1",
                    "Orbis Telecom's mobile network went down for six"
                        + " hours for two million customers."),
                doc(
                    "outage-2",
                    "Orbis Telecom apologised to two million customers for the six-hour"
                        + " mobile network outage.")));
  }

  private static String doc(String id, String text) {
    return "{\"id\": \"" + id + "\", \"title\": null, \"text\": \"" + text + "\"}";
  }

  private static String line(String id, String... documents) {
    return "{\"id\": \""
        + id
        + "\", \"documents\": ["
        + String.join(", ", documents)
        + "], \"summaries\": []}\n";
  }

  private static List<String> rows(Run run) {
    return run.out()
        .lines()
        .filter(l -> !l.startsWith("#") && !l.startsWith("pool\tthreshold"))
        .toList();
  }

  @Test
  void scores_the_pooled_documents_against_the_gold_clusters() {
    Run run = run("eval-cluster", clusters.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# mode=batch half=all seed=7 terms=cleaned");
    List<String> rows = rows(run);
    assertThat(rows).hasSize(1);
    String[] cells = rows.get(0).split("\t");
    assertThat(cells[0]).isEqualTo("gold");
    assertThat(cells[2]).isEqualTo("7"); // documents: "shared" counted once
    assertThat(cells[3]).isEqualTo("3"); // gold clusters
    for (int c = 5; c <= 10; c++) {
      assertThat(Double.parseDouble(cells[c])).isBetween(0.0, 1.0);
    }
    // The two events without overlap are easy: precision stays high.
    assertThat(Double.parseDouble(cells[5])).isGreaterThan(0.7);
  }

  @Test
  void several_thresholds_online_and_halves() {
    Run thresholds = run("eval-cluster", "--thresholds", "0,0.1,1", clusters.toString());
    assertThat(thresholds.exitCode()).as(thresholds.err()).isZero();
    assertThat(rows(thresholds)).hasSize(3);
    // A threshold so high that nothing merges leaves every document alone.
    assertThat(rows(thresholds).get(2).split("\t")[4]).isEqualTo("7");

    Run online = run("eval-cluster", "--mode", "online", "--seed", "3", clusters.toString());
    assertThat(online.exitCode()).as(online.err()).isZero();
    assertThat(online.out()).startsWith("# mode=online half=all seed=3");

    Run a = run("eval-cluster", "--half", "a", clusters.toString());
    Run b = run("eval-cluster", "--half", "b", clusters.toString());
    int documents = 0;
    for (Run half : List.of(a, b)) {
      if (half.exitCode() != 0) {
        // Three clusters may all fall into one half: the other has nothing to score.
        assertThat(half.err()).contains("no document to cluster");
        continue;
      }
      documents += Integer.parseInt(rows(half).get(0).split("\t")[2]);
    }
    // Every cluster is in one half; "shared" may be in both.
    assertThat(documents).isBetween(7, 8);

    Run together = run("eval-cluster", "--together", clusters.toString(), clusters.toString());
    assertThat(together.exitCode()).as(together.err()).isZero();
    assertThat(rows(together)).singleElement().asString().startsWith("pooled\t");
  }

  @Test
  void bad_input_and_usage_exit_2() throws IOException {
    assertThat(run("eval-cluster", dir.resolve("missing.jsonl").toString()).exitCode())
        .isEqualTo(2);
    assertThat(run("eval-cluster", "--half", "c", clusters.toString()).exitCode()).isEqualTo(2);
    Run threshold = run("eval-cluster", "--thresholds", "0.1,3", clusters.toString());
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err()).contains("threshold must be in [-1, 1], was 3.0");

    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(broken, Files.readString(clusters) + "{not json\n");
    Run run = run("eval-cluster", broken.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("skipped " + broken + ":4: invalid JSON");
    assertThat(rows(run)).hasSize(1); // the rest is still scored
  }
}
