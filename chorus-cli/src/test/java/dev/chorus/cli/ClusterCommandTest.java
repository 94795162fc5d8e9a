package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {

  @TempDir Path dir;
  private Path folder;
  private Path feed;

  /** Invented articles: two events in a folder of .json files, a third in a JSONL feed. */
  @BeforeEach
  void writeInput() throws IOException {
    folder = Files.createDirectories(dir.resolve("articles"));
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts =
        Map.of(
            "dam-1",
                "The Kessel River dam opened on Tuesday after four years of construction."
                    + " The reservoir will supply water to 90,000 homes in the Kessel valley.",
            "dam-2",
                "Residents of the Kessel valley celebrated as the Kessel River dam opened;"
                    + " its reservoir will supply water to about 90,000 homes, officials said.",
            "dam-3",
                "Critics say the Kessel River dam, opened on Tuesday, flooded wetlands of"
                    + " the Kessel valley to build its reservoir.",
            "vote-1",
                "Ines Varga won the Marlow mayoral election with 54 percent of the vote,"
                    + " defeating mayor Tomas Brenner.",
            "vote-2",
                "Mayor Tomas Brenner conceded the Marlow election to Ines Varga, who won"
                    + " 54 percent of the vote.");
    int hour = 8;
    for (String id : new TreeSet<>(texts.keySet())) {
      json.writeValue(
          folder.resolve(id + ".json").toFile(),
          Map.of(
              "text",
              texts.get(id),
              "published",
              String.format("2026-03-12T%02d:00:00Z", hour++),
              "source",
              "Outlet " + id));
    }
    feed = dir.resolve("feed.jsonl");
    Files.writeString(
        feed,
        "{\"id\": \"outage-1\", \"text\": \"An outage took down the Orbis Telecom mobile network"
            + " for six hours, leaving two million customers without calls.\"}\n"
            + "{\"id\": \"broken\", \"text\": \n"
            + "{\"id\": \"outage-2\", \"text\": \"Orbis Telecom apologised for the six-hour mobile"
            + " network outage that cut calls for two million customers.\"}\n");
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ChorusCommand());
    cli.addSubcommand("cluster", new ClusterCommand());
    cli.addSubcommand("eval-cluster", new EvalClusterCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  record Run(int exitCode, String out, String err) {}

  static List<Story> stories(Path file) throws IOException {
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(file)) {
      return records.map(r -> ((IngestResult.Ingested<ClusterRecord>) r).value().story()).toList();
    }
  }

  static Set<Set<String>> groups(List<Story> stories) {
    Set<Set<String>> groups = new HashSet<>();
    for (Story story : stories) {
      Set<String> ids = new TreeSet<>();
      for (Article article : story.articles()) {
        ids.add(article.id());
      }
      groups.add(ids);
    }
    return groups;
  }

  private static final Set<Set<String>> EVENTS =
      Set.of(
          Set.of("dam-1", "dam-2", "dam-3"),
          Set.of("vote-1", "vote-2"),
          Set.of("outage-1", "outage-2"));

  @Test
  void clusters_files_and_a_feed_into_stories_and_reports_the_bad_line() throws IOException {
    Path out = dir.resolve("stories.jsonl");

    Run run = run("cluster", folder.toString(), feed.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2); // one line skipped
    assertThat(run.err()).contains("skipped " + feed + ":2: invalid JSON");
    assertThat(run.err()).contains("7 articles in 3 stories (3 with 2 or more articles)");
    List<Story> stories = stories(out);
    assertThat(groups(stories)).isEqualTo(EVENTS);
    // Metadata travels along; the reader of the output ignores it, the file keeps it.
    assertThat(Files.readString(out))
        .contains("\"source\":\"Outlet dam-1\"", "\"published\":\"2026-03-12T08:00:00Z\"");
  }

  @Test
  void writes_to_stdout_and_exits_0_on_clean_input() {
    Run run = run("cluster", folder.toString(), "--out", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"story-"));
  }

  @Test
  void online_mode_gives_the_same_events() throws IOException {
    Path out = dir.resolve("online.jsonl");

    Run run =
        run(
            "cluster",
            "--mode",
            "online",
            "--window",
            "12h",
            folder.toString(),
            feed.toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(groups(stories(out))).isEqualTo(EVENTS);
  }

  @Test
  void output_does_not_depend_on_the_thread_count() throws IOException {
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    run("cluster", "--threads", "1", folder.toString(), "--out", one.toString());
    run("cluster", "--threads", "2", folder.toString(), "--out", two.toString());

    assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
  }

  @Test
  void learned_pairs_find_the_same_events_in_batch_and_are_refused_online() throws IOException {
    Path out = dir.resolve("learned.jsonl");

    Run run =
        run(
            "cluster",
            "--learned-pairs",
            folder.toString(),
            feed.toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2); // the feed's bad line
    assertThat(groups(stories(out))).isEqualTo(EVENTS);
    Path never = dir.resolve("never.jsonl");
    Run online =
        run(
            "cluster",
            "--learned-pairs",
            "--mode",
            "online",
            folder.toString(),
            "--out",
            never.toString());
    assertThat(online.exitCode()).isEqualTo(2);
    assertThat(online.err()).contains("--learned-pairs works in batch mode only");
    Run alone =
        run("cluster", "--pair-threshold", "0.3", folder.toString(), "--out", never.toString());
    assertThat(alone.exitCode()).isEqualTo(2);
    assertThat(alone.err()).contains("--pair-threshold needs --learned-pairs");
    Run bad =
        run(
            "cluster",
            "--learned-pairs",
            "--pair-threshold",
            "2",
            folder.toString(),
            "--out",
            never.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("threshold must be in [0, 1], was 2.0");
    assertThat(never).doesNotExist();
  }

  @Test
  void an_id_read_twice_is_kept_once_or_skipped_if_its_text_differs() throws IOException {
    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(
        twice,
        "{\"id\": \"x\", \"text\": \"Same text.\"}\n{\"id\": \"x\", \"text\": \"Same text.\"}\n"
            + "{\"id\": \"x\", \"text\": \"Other text.\"}\n");

    Run run = run("cluster", twice.toString(), "--out", dir.resolve("o.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("1 repeated ids kept once")
        .contains("skipped " + twice + ":3: article id 'x' was read before with another text");
  }

  @Test
  void bad_usage_exits_2_and_writes_nothing() {
    Path out = dir.resolve("never.jsonl");
    assertThat(
            run("cluster", "--mode", "sideways", folder.toString(), "--out", out.toString())
                .exitCode())
        .isEqualTo(2);
    Run window = run("cluster", "--window", "soon", folder.toString(), "--out", out.toString());
    assertThat(window.exitCode()).isEqualTo(2);
    assertThat(window.err()).contains("--window must be");
    assertThat(
            run("cluster", "--threshold", "7", folder.toString(), "--out", out.toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(run("cluster", folder.toString()).exitCode()).isEqualTo(2); // no --out
    assertThat(out).doesNotExist();
  }

  @Test
  void nothing_readable_exits_2() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run run = run("cluster", empty.toString(), "--out", dir.resolve("o.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no readable article");
  }

  @Test
  void window_accepts_units_and_iso() {
    assertThat(ClusterCommand.Settings.parseDuration(null, "72h").toHours()).isEqualTo(72);
    assertThat(ClusterCommand.Settings.parseDuration(null, "3d").toDays()).isEqualTo(3);
    assertThat(ClusterCommand.Settings.parseDuration(null, "90m").toMinutes()).isEqualTo(90);
    assertThat(ClusterCommand.Settings.parseDuration(null, "PT12H").toHours()).isEqualTo(12);
    assertThat(ClusterCommand.Settings.parseDuration(null, "p2d").toDays()).isEqualTo(2);
  }
}
