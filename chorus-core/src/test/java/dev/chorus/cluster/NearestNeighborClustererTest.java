package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NearestNeighborClustererTest {

  private final NearestNeighborClusterer clusterer =
      new NearestNeighborClusterer(ArticleTerms.cleaned(), ClusterOptions.defaults(), 2);

  /** The stories as sets of article ids. */
  static Set<Set<String>> groups(List<Story> stories) {
    Set<Set<String>> groups = new HashSet<>();
    for (Story story : stories) {
      Set<String> ids = new TreeSet<>();
      story.articles().forEach(a -> ids.add(a.id()));
      groups.add(ids);
    }
    return groups;
  }

  static Set<Set<String>> expected(Map<String, String> events) {
    Map<String, Set<String>> byEvent = new TreeMap<>();
    events.forEach((id, event) -> byEvent.computeIfAbsent(event, e -> new TreeSet<>()).add(id));
    return new HashSet<>(byEvent.values());
  }

  @Test
  void finds_the_three_events_and_leaves_the_loners_alone() {
    List<Story> stories = clusterer.cluster(Newsroom.articles());

    assertThat(groups(stories)).isEqualTo(expected(Newsroom.events()));
  }

  @Test
  void stories_partition_the_input_and_are_named_by_their_members() {
    List<Article> articles = Newsroom.articles();
    List<Story> stories = clusterer.cluster(articles);

    List<String> ids = new ArrayList<>();
    for (Story story : stories) {
      story.articles().forEach(a -> ids.add(a.id()));
      assertThat(story.id()).isEqualTo(StoryIds.idOf(story.articles()));
      assertThat(story.articles()).isSortedAccordingTo(StoryIds.ARTICLE_ORDER);
    }
    assertThat(ids).hasSize(articles.size()).doesNotHaveDuplicates();
  }

  @Test
  void same_output_for_any_input_order_and_thread_count() {
    List<Story> reference = clusterer.cluster(Newsroom.articles());
    for (long seed = 1; seed <= 5; seed++) {
      List<Article> shuffled = new ArrayList<>(Newsroom.articles());
      Collections.shuffle(shuffled, new Random(seed));
      int threads = 1 + (int) (seed % 3);
      List<Story> stories =
          new NearestNeighborClusterer(ArticleTerms.cleaned(), ClusterOptions.defaults(), threads)
              .cluster(shuffled);
      assertThat(stories).as("seed %d, %d threads", seed, threads).isEqualTo(reference);
    }
  }

  @Test
  void near_duplicates_share_a_story_even_when_nothing_else_may() {
    // #7: syndicated copies are one report; a threshold of 1 forbids every other merge.
    String wire =
        "Fire crews in the harbour town of Lenz fought a warehouse blaze through the night,"
            + " the regional fire service said on Friday. No one was hurt, but the warehouse"
            + " and its stock of furniture were destroyed, and smoke closed the coastal road.";
    List<Article> articles = new ArrayList<>(Newsroom.articles());
    articles.add(Article.of("copy-a", wire));
    articles.add(Article.of("copy-b", wire + " (Reporting by the Lenz Courier.)"));
    NearestNeighborClusterer strict =
        new NearestNeighborClusterer(
            ArticleTerms.cleaned(), ClusterOptions.defaults().withThreshold(1.0), 1);

    Set<Set<String>> groups = groups(strict.cluster(articles));

    assertThat(groups).contains(Set.of("copy-a", "copy-b"));
    assertThat(groups).hasSize(articles.size() - 1);
  }

  @Test
  void articles_further_apart_than_the_window_are_not_linked() {
    List<Article> articles = new ArrayList<>();
    for (Article a : Newsroom.articles()) {
      // The outage coverage goes on a month later: same words, another event.
      Instant when =
          a.id().equals("outage-3") ? a.published().plus(Duration.ofDays(30)) : a.published();
      articles.add(new Article(a.id(), null, null, a.title(), when, a.text()));
    }

    Set<Set<String>> groups = groups(clusterer.cluster(articles));

    assertThat(groups).contains(Set.of("outage-1", "outage-2"), Set.of("outage-3"));
  }

  @Test
  void articles_without_content_stay_alone() {
    List<Article> articles = new ArrayList<>(Newsroom.articles());
    articles.add(Article.of("empty", ""));
    articles.add(Article.of("blank", "   \n  "));
    articles.add(Article.of("stopwords", "It was the one that they had."));

    Set<Set<String>> groups = groups(clusterer.cluster(articles));

    assertThat(groups).contains(Set.of("empty"), Set.of("blank"), Set.of("stopwords"));
  }

  @Test
  void handles_non_ascii_text() {
    List<Article> articles =
        List.of(
            Article.of("de-1", "Der Bürgermeister von Köln eröffnete die neue Rheinbrücke."),
            Article.of("de-2", "Die neue Rheinbrücke in Köln wurde vom Bürgermeister eröffnet."),
            Article.of("jp-1", "東京で大きな地震がありました。"));

    Set<Set<String>> groups = groups(clusterer.cluster(articles));

    assertThat(groups).contains(Set.of("de-1", "de-2"), Set.of("jp-1"));
  }

  @Test
  void empty_and_single_inputs() {
    assertThat(clusterer.cluster(List.of())).isEmpty();
    Article one = Article.of("only", "A single article about the Kessel River dam.");
    assertThat(clusterer.cluster(List.of(one)))
        .containsExactly(new Story(StoryIds.idOf(List.of(one)), List.of(one)));
  }

  @Test
  void refuses_duplicate_ids() {
    List<Article> articles = List.of(Article.of("x", "one text"), Article.of("x", "another"));
    assertThatThrownBy(() -> clusterer.cluster(articles))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate article id 'x'");
  }

  @Test
  void a_lower_threshold_never_splits_a_story() {
    NeighborGraph graph = clusterer.graph(Newsroom.articles());
    Set<Set<String>> strict = groups(graph.stories(0.3));
    Set<Set<String>> loose = groups(graph.stories(0.0));
    for (Set<String> group : strict) {
      assertThat(loose).anySatisfy(bigger -> assertThat(bigger).containsAll(group));
    }
  }
}
