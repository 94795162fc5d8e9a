package dev.chorus.cli;

import static dev.chorus.cli.SummarizeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.cli.SummarizeCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus summarize --no-clean} and {@code --explain-cleaning}. */
class CleaningOptionsTest {

  @TempDir Path dir;
  private Path story;

  /** Two invented articles with page furniture. */
  @BeforeEach
  void writeStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(
        story.resolve("a.txt"),
        "Dam opens early\n\n"
            + "Getty Images\n\n"
            + "The new Kessel River dam opened on Tuesday after four years of construction"
            + " work.\n\n"
            + "Please read our comment policy before commenting.\n");
    Files.writeString(
        story.resolve("b.txt"),
        "Valley celebrates its dam\n\n"
            + "Residents gathered on Tuesday as the Kessel River dam opened to the public.\n\n"
            + "Copyright © 2026 The Valley Courier. All rights reserved.\n");
  }

  @Test
  void explain_cleaning_lists_every_dropped_line_on_stderr() {
    Run run = run("summarize", "--explain-cleaning", "--sentences", "5", story.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Getty").doesNotContain("comment policy")
        .doesNotContain("©");
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("cleaning-summary\tstory\tkept=2\tdropped=0\toff-topic=-");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "cleaning\tstory\ta\tline\t0\t12\tphoto-credit\tshort capitalized line with"
                + " 'getty'\tGetty Images",
            "cleaning\tstory\ta\tline\t97\t146\tcall-to-action\tstarts with 'please read'"
                + "\tPlease read our comment policy before commenting.",
            "cleaning\tstory\tb\tline\t77\t134\tcopyright\t'©'\tCopyright © 2026 The Valley"
                + " Courier. All rights reserved.");
  }

  @Test
  void no_clean_keeps_the_furniture() {
    Run run = run("summarize", "--no-clean", "--sentences", "5", story.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Please read our comment policy").contains("Copyright ©");
    assertThat(run.err()).isEmpty();
    assertThat(run("summarize", "--no-clean", "--explain-cleaning", story.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void batch_explanations_come_in_input_order_whatever_the_thread_count() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int c = 0; c < 8; c++) {
      jsonl.append("{\"id\": \"c").append(c).append("\", \"documents\": [")
          .append("{\"id\": \"c").append(c).append("-d0\", \"text\": \"Getty Images\\n\\n")
          .append("Story ").append(c).append(" begins with a long enough sentence here.\"}")
          .append("]}\n");
    }
    Path clusters = dir.resolve("clusters.jsonl");
    Files.writeString(clusters, jsonl, StandardCharsets.UTF_8);
    String one = explanations(clusters, "1");
    String four = explanations(clusters, "4");
    assertThat(four).isEqualTo(one);
    assertThat(one.lines().filter(l -> l.startsWith("cleaning-summary")))
        .extracting(l -> l.split("\t")[1])
        .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
    assertThat(one.lines().filter(l -> l.startsWith("cleaning\t"))).hasSize(8);
  }

  private String explanations(Path clusters, String threads) {
    Path out = dir.resolve("out" + threads);
    Run run = run("summarize", "--clusters", clusters.toString(), "--out", out.toString(),
        "--threads", threads, "--explain-cleaning");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return String.join("\n",
        run.err().lines().filter(l -> l.startsWith("cleaning")).toList());
  }
}
