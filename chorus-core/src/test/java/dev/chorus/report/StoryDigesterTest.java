package dev.chorus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.attribute.Attributor;
import dev.chorus.attribute.Outlets;
import dev.chorus.cluster.StoryClusterer;
import dev.chorus.compare.StoryComparer;
import dev.chorus.model.Article;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StoryDigester}: order, bounds, headlines, and one failing story among good ones. */
class StoryDigesterTest {

  /** Groups articles by the part of their id before '-': a clusterer whose answer we know. */
  private static final StoryClusterer BY_PREFIX =
      articles -> {
        Map<String, List<Article>> groups = new LinkedHashMap<>();
        for (Article article : articles) {
          groups.computeIfAbsent(article.id().split("-")[0], k -> new ArrayList<>()).add(article);
        }
        return groups.entrySet().stream()
            .map(group -> new Story("story-" + group.getKey(), group.getValue()))
            .toList();
      };

  private static Article article(String id, String outlet, String title, String text) {
    return new Article(id, outlet, null, title, null, text);
  }

  private static List<Article> pile() {
    return List.of(
        article("ferry-1", "Harbor Post", "Ferry service resumes",
            "The harbor ferry resumed service on Monday after a two-week strike ended. "
                + "Ferry crews accepted a new contract with a raise of four percent."),
        article("quake-1", "Daily Wire", "Earthquake shakes coastal town",
            "A magnitude 5.1 earthquake shook the coastal town of Arden early on Tuesday. "
                + "No injuries were reported, the county sheriff said in a statement."),
        article("quake-2", "Coast News", null,
            "An earthquake of magnitude 5.1 struck near Arden on Tuesday morning. "
                + "Officials said no one was hurt and damage was light."),
        article("quake-3", "Valley Times", "Arden quake rattles windows",
            "Residents of Arden woke to shaking on Tuesday as a magnitude 5.1 quake hit. "
                + "The sheriff said there were no injuries."),
        article("bridge-1", "Harbor Post", "Bridge closes for repairs",
            "The old river bridge closed on Wednesday for six months of repairs to its deck. "
                + "Drivers will use a detour through the industrial park."),
        article("bridge-2", "Daily Wire", "River bridge shut",
            "City engineers shut the river bridge on Wednesday to repair its cracked deck. "
                + "A detour sends traffic through the industrial park for six months."));
  }

  private static StoryDigester digester(Summarizer summarizer) {
    return digester(summarizer, 1);
  }

  private static StoryDigester digester(Summarizer summarizer, int threads) {
    Attributor attributor = Attributor.lexical();
    StoryReporter reporter =
        new StoryReporter(summarizer, attributor, new StoryComparer(), Outlets::of);
    return new StoryDigester(BY_PREFIX, Pipeline.english(), reporter, threads);
  }

  @Test
  void stories_come_biggest_first_with_ties_by_id_and_every_article_once() {
    Digest digest = digester(Summarizers.byName("auto")).digest(pile(), Budget.words(30));

    assertThat(digest.articles()).isEqualTo(6);
    assertThat(digest.storyCount()).isEqualTo(3);
    assertThat(digest.failures()).isEmpty();
    assertThat(digest.stories())
        .extracting(story -> story.report().storyId())
        .containsExactly("story-quake", "story-bridge", "story-ferry");
    assertThat(digest.stories())
        .flatExtracting(DigestStory::articles)
        .extracting(DigestArticle::id)
        .containsExactlyInAnyOrder("ferry-1", "quake-1", "quake-2", "quake-3", "bridge-1",
            "bridge-2");
    assertThat(digest.stories().get(0).articles())
        .extracting(DigestArticle::outlet)
        .containsExactly("Daily Wire", "Coast News", "Valley Times");
    assertThat(digest.stories()).allSatisfy(story -> assertThat(story.report().summary())
        .isNotEmpty());
  }

  @Test
  void three_threads_give_the_same_digest_as_one() {
    Digest one = digester(Summarizers.byName("auto"), 1).digest(pile(), Budget.words(30));
    Digest three = digester(Summarizers.byName("auto"), 3).digest(pile(), Budget.words(30));

    assertThat(ReportFormat.JSON.render(three)).isEqualTo(ReportFormat.JSON.render(one));
  }

  @Test
  void the_headline_is_that_of_the_article_the_summary_opens_with() {
    Digest digest = digester(Summarizers.byName("lead")).digest(pile(), Budget.sentences(1));

    DigestStory quake = digest.stories().get(0);
    String opening = quake.report().summary().get(0).supports().get(0).documentId();
    String expected =
        pile().stream().filter(a -> a.id().equals(opening)).findFirst().orElseThrow().title();
    // quake-2 has no headline: then the story's first article with one stands in.
    assertThat(quake.headline()).isEqualTo(expected == null ? "Earthquake shakes coastal town"
        : expected);
  }

  @Test
  void without_any_headline_the_summary_opening_stands_in() {
    List<Article> untitled =
        List.of(
            article("a-1", "X", null,
                "Talks between the two delegations began in Geneva on Monday morning after weeks"
                    + " of preparation by both foreign ministries."),
            article("a-2", "Y", " ",
                "The two delegations began their talks in Geneva on Monday after weeks of"
                    + " preparation."));
    DigestStory story =
        digester(Summarizers.byName("lead")).digest(untitled, Budget.sentences(1)).stories()
            .get(0);

    assertThat(story.headline())
        .isEqualTo("Talks between the two delegations began in Geneva on Monday morning after …");
    assertThat(StoryDigester.opening("Short and sweet.")).isEqualTo("Short and sweet.");
  }

  @Test
  void min_articles_and_max_stories_bound_what_is_reported_but_not_the_count() {
    Digest digest =
        digester(Summarizers.byName("auto")).digest(pile(), Budget.words(30), 2, 1);

    assertThat(digest.storyCount()).isEqualTo(3);
    assertThat(digest.stories()).extracting(s -> s.report().storyId())
        .containsExactly("story-quake");
    assertThat(digest.articles()).isEqualTo(6);
  }

  @Test
  void one_failing_story_is_listed_with_its_articles_and_the_others_are_reported() {
    Summarizer auto = Summarizers.byName("auto");
    Summarizer failsOnBridges =
        new Summarizer() {
          @Override
          public String name() {
            return "auto";
          }

          @Override
          public Summary summarize(AnalyzedStory story, Budget budget) {
            if (story.story().id().equals("story-bridge")) {
              throw new IllegalStateException("boom");
            }
            return auto.summarize(story, budget);
          }
        };

    Digest digest = digester(failsOnBridges, 2).digest(pile(), Budget.words(30));

    assertThat(digest.stories()).extracting(s -> s.report().storyId())
        .containsExactly("story-quake", "story-ferry");
    assertThat(digest.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.storyId()).isEqualTo("story-bridge");
      assertThat(failure.articleIds()).containsExactly("bridge-1", "bridge-2");
      assertThat(failure.reason()).isEqualTo("IllegalStateException: boom");
    });
  }

  @Test
  void publication_times_give_the_story_span() {
    List<Article> articles =
        List.of(
            new Article("a-1", "X", null, "T", Instant.parse("2022-01-09T10:00:00Z"),
                "Talks began in Geneva on Monday between the two delegations."),
            new Article("a-2", "Y", null, null, null,
                "The delegations met in Geneva on Monday for talks."),
            new Article("a-3", "Z", null, null, Instant.parse("2022-01-08T22:00:00Z"),
                "Delegations will meet in Geneva on Monday for the talks."));
    DigestStory story =
        digester(Summarizers.byName("auto")).digest(articles, Budget.words(20)).stories().get(0);

    assertThat(story.firstPublished()).isEqualTo(Instant.parse("2022-01-08T22:00:00Z"));
    assertThat(story.lastPublished()).isEqualTo(Instant.parse("2022-01-09T10:00:00Z"));
    assertThat(ReportText.dates(story)).isEqualTo(" · 2022-01-08 to 2022-01-09");
  }

  @Test
  void bounds_below_one_are_rejected() {
    StoryDigester digester = digester(Summarizers.byName("auto"));
    assertThatThrownBy(() -> digester.digest(pile(), Budget.words(30), 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> digester.digest(pile(), Budget.words(30), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
