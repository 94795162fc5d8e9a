package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.select.LinearRanker;
import dev.chorus.select.SentenceFeatures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new TrainCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static Path rougeData(Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("rouge-data"));
    Files.writeString(data.resolve("smart_common_words.txt"), "the\n");
    for (String list : List.of("adj.exc", "adv.exc", "verb.exc")) {
      Files.writeString(data.resolve(list), "");
    }
    Files.writeString(data.resolve("noun.exc"), "geese goose\n");
    return data;
  }

  /** Invented clusters whose reference repeats each story's opening sentence. */
  private static Path clusters(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] towns = {"Harlow", "Brenton", "Castmoor", "Delby"};
    for (int c = 0; c < towns.length; c++) {
      String t = towns[c];
      lines.add(
          "{\"id\": \"c" + c + "\", \"documents\": ["
              + "{\"id\": \"a\", \"text\": \"The " + t + " library reopened on Monday after a"
              + " long renovation. A choir sang in the lobby during the morning.\"},"
              + "{\"id\": \"b\", \"text\": \"The " + t + " library reopened its doors on"
              + " Monday. Parking near the square was difficult all afternoon.\"}],"
              + " \"summaries\": [\"The " + t + " library reopened on Monday.\"]}");
    }
    lines.add("not json");
    Path file = dir.resolve("towns.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void trains_a_model_the_ranked_method_can_load(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("out/ranker.json");
    Run run =
        run(
            "--clusters", clusters(dir).toString(),
            "--out", model.toString(),
            "--preset", "multinews",
            "--words", "20",
            "--threads", "2",
            "--rouge-data", rougeData(dir).toString());
    // The line that is not JSON is reported and makes the exit code 2; the rest is trained.
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("towns.jsonl").contains("4 clusters");
    LinearRanker read = LinearRanker.read(model);
    assertThat(read.features()).isEqualTo(SentenceFeatures.NAMES);
    assertThat(read.provenance()).containsEntry("data", "towns.jsonl").containsEntry("limit", "all");
    assertThat(run.out()).contains("centroid_rank").contains("(bias)");
  }

  @Test
  void a_missing_file_is_bad_input(@TempDir Path dir) {
    Run run = run("--clusters", dir.resolve("nope.jsonl").toString(), "--out", "x.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cluster file not found").contains("nope.jsonl");
  }
}
