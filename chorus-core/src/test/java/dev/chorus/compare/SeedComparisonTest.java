package dev.chorus.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.ingest.ArticleLoader;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.text.AnalyzedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * #6: "who says what" on the five real seed articles in {@code <chorus.shared>/seeds}, read at run
 * time (the articles stay outside the repository). Files 000 to 002 carry one AP wire text; 003 is
 * The Hill, 004 The Washington Times.
 */
class SeedComparisonTest {

  private static Story story;
  private static AnalyzedStory analyzed;
  private static StoryComparison comparison;

  static String outlet(Article article) {
    String id = article.id();
    if (id.startsWith("003_")) {
      return "The Hill";
    }
    if (id.startsWith("004_")) {
      return "The Washington Times";
    }
    if (id.startsWith("002_")) {
      return "PoliticusUSA";
    }
    return id;
  }

  private static String missing;

  @BeforeAll
  static void compare() {
    String shared = System.getProperty("chorus.shared");
    Path seeds = shared == null ? null : Path.of(shared, "seeds");
    if (seeds == null || !Files.isDirectory(seeds)) {
      missing = "seed articles not found (system property chorus.shared=" + shared + ")";
      return;
    }
    List<Article> articles = new ArrayList<>();
    for (IngestResult<Article> result : new ArticleLoader().load(List.of(seeds))) {
      if (result instanceof IngestResult.Ingested<Article> ok) {
        articles.add(ok.value());
      }
    }
    if (articles.size() != 5) {
      missing = "expected the 5 seed articles in " + seeds + ", found " + articles.size();
      return;
    }
    story = new Story("seeds", articles);
    analyzed = Pipeline.english().analyze(story);
    comparison = new StoryComparer().compare(analyzed, SeedComparisonTest::outlet);
  }

  @BeforeEach
  void requireSeeds() {
    assumeTrue(missing == null, missing);
  }

  private static List<String> onlyIn(String outlet) {
    return comparison.onlyIn().stream()
        .filter(e -> e.outlet().equals(outlet))
        .map(Exclusive::text)
        .toList();
  }

  @Test
  void only_the_washington_times_gives_the_us_forces_in_eastern_europe() {
    assertThat(onlyIn("The Washington Times"))
        .anySatisfy(
            text -> assertThat(text).contains("6,000", "Eastern Europe", "4,000", "Poland"));
  }

  @Test
  void only_the_hill_gives_the_nato_russia_council_and_the_osce() {
    assertThat(onlyIn("The Hill"))
        .anySatisfy(
            text ->
                assertThat(text).contains("NATO-Russia Council", "Wednesday", "OSCE", "Thursday"));
  }

  @Test
  void wire_copies_have_no_exclusives_of_their_own() {
    // 000 to 002 print the same wire text under three names: what they share is not "only in".
    assertThat(comparison.onlyIn())
        .extracting(Exclusive::outlet)
        .containsOnly("The Hill", "The Washington Times");
    assertThat(comparison.onlyIn()).hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void tens_of_thousands_against_thousands_of_troops_is_the_one_disagreement() {
    assertThat(comparison.disagreements()).hasSize(1);
    Disagreement troops = comparison.disagreements().get(0);
    assertThat(troops.subject()).isEqualTo("troops");
    assertThat(troops.claims())
        .filteredOn(c -> c.phrase().equals("tens of thousands of troops"))
        .extracting(Claim::outlet)
        .containsExactly(
            "000_4f4c3af6fec04ba5", "001_8b78feb1611e0eb2", "PoliticusUSA");
    assertThat(troops.claims())
        .filteredOn(c -> c.phrase().equals("thousands of troops"))
        .extracting(Claim::outlet)
        .containsExactly("The Hill");
  }

  @Test
  void defence_against_defense_is_not_reported() {
    assertThat(comparison.disagreements())
        .flatExtracting(Disagreement::claims)
        .extracting(Claim::phrase)
        .noneMatch(p -> p.toLowerCase(Locale.ROOT).contains("defen"));
  }

  @Test
  void quotes_name_their_speakers_and_carriers() {
    assertThat(comparison.quotes())
        .anySatisfy(
            q -> {
              assertThat(q.speaker()).contains("Michael Carpenter");
              assertThat(q.outlets()).containsExactly("The Hill");
            });
    // The official's "reach an understanding" quotation: two wire copies, The Hill and The
    // Washington Times (which lost its opening mark).
    assertThat(comparison.quotes())
        .anySatisfy(
            q -> {
              assertThat(q.text()).contains("reach an understanding");
              assertThat(q.outlets())
                  .containsExactly(
                      "000_4f4c3af6fec04ba5", "001_8b78feb1611e0eb2", "The Hill",
                      "The Washington Times");
              assertThat(q.speaker()).contains("official");
            });
    // Embedded tweets were dropped by cleaning, and their quotations with them.
    assertThat(comparison.quotes()).noneMatch(q -> q.text().contains("more than ready"));
  }

  @Test
  void every_span_points_at_its_text() {
    for (Exclusive e : comparison.onlyIn()) {
      assertThat(e.span().of(story.article(e.documentId()).text())).isEqualTo(e.text());
    }
    for (Disagreement d : comparison.disagreements()) {
      for (Claim c : d.claims()) {
        String text = story.article(c.documentId()).text();
        assertThat(c.span().of(text)).isEqualTo(c.phrase());
        assertThat(text).contains(c.sentence());
      }
    }
    for (Quote q : comparison.quotes()) {
      assertThat(q.span().of(story.article(q.documentId()).text())).isEqualTo(q.text());
    }
  }

  @Test
  void deterministic_and_thread_safe() throws Exception {
    StoryComparer comparer = new StoryComparer();
    Function<Article, String> outlets = SeedComparisonTest::outlet;
    List<CompletableFuture<StoryComparison>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(CompletableFuture.supplyAsync(() -> comparer.compare(analyzed, outlets)));
    }
    for (CompletableFuture<StoryComparison> run : runs) {
      assertThat(run.get()).isEqualTo(comparison);
    }
  }
}
