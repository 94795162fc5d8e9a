package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.chorus.cli.SummarizeCommandTest.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chorus digest} on piles of articles from several stories: the example story and the
 * seed story in one directory, and pooled Multi-News clusters.
 */
class DigestCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("chorus.root", ".."));
  private static final Path SHARED =
      Path.of(System.getProperty("chorus.shared", ROOT.resolve("../shared").toString()));
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The digest schema, with its reference to the report schema resolved from docs/. */
  private static JsonSchema schema() throws IOException {
    String docs = ROOT.resolve("docs").toAbsolutePath().normalize().toUri().toString();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaMappers(
                    mappers -> mappers.mapPrefix("https://chorus.dev/schema/", docs)));
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/digest.schema.json"))) {
      return factory.getSchema(in);
    }
  }

  /** A directory holding the example story's and the seed story's articles, side by side. */
  private Path exampleAndSeeds() throws IOException {
    Path seeds = SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seed cluster not found at " + seeds + "; skipped");
    Path pile = Files.createDirectories(dir.resolve("pile"));
    for (Path source : List.of(ROOT.resolve(ExampleCluster.PATH), seeds)) {
      try (Stream<Path> files = Files.list(source)) {
        for (Path file : files.toList()) {
          Files.copy(file, pile.resolve(file.getFileName()));
        }
      }
    }
    return pile;
  }

  private static Set<String> ids(JsonNode story) {
    Set<String> ids = new HashSet<>();
    story.get("articles").forEach(article -> ids.add(article.get("id").asText()));
    return ids;
  }

  @Test
  void a_directory_of_two_stories_gives_two_reports_that_follow_the_schema() throws IOException {
    Path pile = exampleAndSeeds();
    Run run = SummarizeCommandTest.run(
        "digest", "--format", "json", "--paraphrase", "lexical", pile.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode digest = MAPPER.readTree(run.out());
    assertThat(schema().validate(digest)).as(run.out()).isEmpty();
    assertThat(digest.get("articles").asInt()).isEqualTo(10);
    assertThat(digest.get("storyCount").asInt()).isEqualTo(2);
    Set<String> seedIds = new HashSet<>();
    try (Stream<Path> files = Files.list(SHARED.resolve("seeds"))) {
      files.forEach(f -> seedIds.add(f.getFileName().toString().replaceFirst("\\.txt$", "")));
    }
    List<Set<String>> stories = new ArrayList<>();
    digest.get("stories").forEach(story -> stories.add(ids(story)));
    assertThat(stories).hasSize(2).contains(seedIds);
    assertThat(stories).allSatisfy(ids -> assertThat(ids).hasSize(5));
    assertThat(run.err()).contains("10 articles in 2 stories, 2 reported, 0 not reported");
    // The reports inside are checked against the report schema too.
    ((com.fasterxml.jackson.databind.node.ObjectNode) digest.get("stories").get(0).get("report"))
        .remove("sentences");
    assertThat(schema().validate(digest)).isNotEmpty();
  }

  @Test
  void markdown_shows_the_biggest_stories_first_and_says_what_it_left_out() throws IOException {
    Path pile = exampleAndSeeds();
    Path stray = Files.writeString(pile.resolve("zz_stray.txt"),
        "Local library extends opening hours\n\nThe town library will open until nine in the"
            + " evening on weekdays from next month, the librarian said on Tuesday.\n");

    Run all = SummarizeCommandTest.run("digest", "--paraphrase", "lexical", pile.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).contains("*11 articles in 3 stories*", "## 3. Local library extends");

    Run top = SummarizeCommandTest.run(
        "digest", "--paraphrase", "lexical", "--min-articles", "2", "--top", "1",
        pile.toString());
    assertThat(top.exitCode()).as(top.err()).isZero();
    assertThat(top.out()).contains("*11 articles in 3 stories; the 1 biggest shown*", "## 1. ")
        .doesNotContain("## 2. ", stray.getFileName().toString().replace(".txt", ""));
  }

  @Test
  void a_broken_file_is_named_and_skipped_and_the_rest_is_digested() throws IOException {
    Path pile = exampleAndSeeds();
    Files.writeString(pile.resolve("broken.json"), "{\"title\": \"cut off");

    Run run = SummarizeCommandTest.run("digest", "--paraphrase", "lexical", pile.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("skipped", "broken.json");
    assertThat(run.out()).contains("*10 articles in 2 stories*");
  }

  @Test
  void pooled_multi_news_clusters_are_regrouped_and_every_document_is_reported_once()
      throws IOException {
    Path val = SHARED.resolve("datasets/multinews/multinews.val.jsonl.gz");
    assumeTrue(Files.isRegularFile(val), "Multi-News val not found at " + val + "; skipped");
    Path pool = dir.resolve("pool.jsonl");
    Set<String> documents = new HashSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(val)), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        String line = in.readLine();
        lines.add(line);
        MAPPER.readTree(line).get("documents")
            .forEach(d -> documents.add(d.get("id").asText()));
      }
      Files.write(pool, lines);
    }

    Run run = SummarizeCommandTest.run(
        "digest", "--format", "json", "--paraphrase", "lexical", "--words", "60",
        pool.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode digest = MAPPER.readTree(run.out());
    assertThat(schema().validate(digest)).isEmpty();
    List<String> reported = new ArrayList<>();
    int previousSize = Integer.MAX_VALUE;
    for (JsonNode story : digest.get("stories")) {
      int size = story.get("articles").size();
      assertThat(size).as("biggest first").isLessThanOrEqualTo(previousSize);
      previousSize = size;
      reported.addAll(ids(story));
    }
    assertThat(reported).doesNotHaveDuplicates();
    assertThat(new HashSet<>(reported)).isEqualTo(documents);
    assertThat(digest.get("storyCount").asInt()).isEqualTo(digest.get("stories").size());
  }

  @Test
  void learned_pairs_give_the_same_two_stories_of_the_example_and_the_seeds() throws IOException {
    Path pile = exampleAndSeeds();
    Run run = SummarizeCommandTest.run(
        "digest", "--format", "json", "--paraphrase", "lexical", "--learned-pairs",
        pile.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode digest = MAPPER.readTree(run.out());
    assertThat(digest.get("storyCount").asInt()).isEqualTo(2);
    assertThat(digest.get("stories")).allSatisfy(story -> assertThat(ids(story)).hasSize(5));
  }

  @Test
  void bad_bounds_are_usage_errors() {
    Run run = SummarizeCommandTest.run(
        "digest", "--top", "0", ROOT.resolve(ExampleCluster.PATH).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--top must be >= 1, was 0");
  }
}
