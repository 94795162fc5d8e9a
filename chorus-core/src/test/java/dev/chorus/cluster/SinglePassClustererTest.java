package dev.chorus.cluster;

import static dev.chorus.cluster.NearestNeighborClustererTest.expected;
import static dev.chorus.cluster.NearestNeighborClustererTest.groups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SinglePassClustererTest {

  private static List<Article> inTimeOrder() {
    List<Article> articles = new ArrayList<>(Newsroom.articles());
    articles.sort(StoryIds.ARTICLE_ORDER);
    return articles;
  }

  private static List<Story> run(SinglePassClusterer clusterer, List<Article> articles) {
    List<Story> stories = new ArrayList<>();
    for (Article article : articles) {
      stories.addAll(clusterer.add(article));
    }
    stories.addAll(clusterer.finish());
    return stories;
  }

  @Test
  void finds_the_three_events_in_one_pass() {
    List<Story> stories = run(new SinglePassClusterer(), inTimeOrder());

    assertThat(groups(stories)).isEqualTo(expected(Newsroom.events()));
  }

  @Test
  void a_story_closes_once_the_window_has_passed_without_a_new_article() {
    SinglePassClusterer clusterer =
        new SinglePassClusterer(
            ArticleTerms.cleaned(),
            ClusterOptions.onlineDefaults().withWindow(Duration.ofHours(2)));
    List<Article> dam = inTimeOrder().stream().filter(a -> a.id().startsWith("dam")).toList();
    for (Article article : dam) {
      assertThat(clusterer.add(article)).isEmpty(); // hourly articles keep the story open
    }
    assertThat(clusterer.openStories()).isEqualTo(1);

    // Five hours after the last dam article, the dam story closes as the chess article arrives.
    Article chess = Newsroom.article("late-chess", 16, null, "The club chess final was drawn.");
    List<Story> closed = clusterer.add(chess);

    assertThat(groups(closed)).containsExactly(Set.of("dam-1", "dam-2", "dam-3", "dam-4"));
    assertThat(clusterer.openArticles()).isEqualTo(1);
    assertThat(groups(clusterer.finish())).containsExactly(Set.of("late-chess"));
    assertThat(clusterer.openStories()).isZero();
  }

  @Test
  void memory_stays_within_the_limit_of_open_articles() {
    SinglePassClusterer clusterer =
        new SinglePassClusterer(
            ArticleTerms.cleaned(), ClusterOptions.onlineDefaults().withMaxOpenArticles(3));
    List<Story> stories = new ArrayList<>();
    for (Article article : inTimeOrder()) {
      stories.addAll(clusterer.add(article));
      assertThat(clusterer.openArticles()).isLessThanOrEqualTo(3);
    }
    stories.addAll(clusterer.finish());

    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum())
        .isEqualTo(Newsroom.articles().size());
  }

  @Test
  void without_times_input_order_is_time_and_only_the_limit_closes_stories() {
    List<Article> untimed = new ArrayList<>();
    for (Article a : inTimeOrder()) {
      untimed.add(new Article(a.id(), null, null, a.title(), null, a.text()));
    }
    SinglePassClusterer clusterer =
        new SinglePassClusterer(
            ArticleTerms.cleaned(),
            ClusterOptions.onlineDefaults().withWindow(Duration.ofSeconds(1)));
    for (Article article : untimed) {
      assertThat(clusterer.add(article)).isEmpty();
    }
    assertThat(groups(clusterer.finish())).isEqualTo(expected(Newsroom.events()));
  }

  @Test
  void the_same_stream_gives_the_same_stories() {
    List<Article> order = inTimeOrder();
    order.sort(Comparator.comparing(Article::id)); // another order, the same each time
    List<Story> first = run(new SinglePassClusterer(), order);
    List<Story> second = run(new SinglePassClusterer(), order);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void refuses_an_id_already_open_but_accepts_it_after_its_story_closed() {
    SinglePassClusterer clusterer =
        new SinglePassClusterer(
            ArticleTerms.cleaned(),
            ClusterOptions.onlineDefaults().withWindow(Duration.ofHours(1)));
    Article first = Newsroom.article("x", 1, null, "The Kessel River dam opened.");
    clusterer.add(first);

    assertThatThrownBy(() -> clusterer.add(Newsroom.article("x", 1, null, "Another text.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate article id 'x'");

    clusterer.add(Newsroom.article("y", 5, null, "Unrelated chess news."));
    assertThat(clusterer.add(Newsroom.article("x", 9, null, "The dam again."))).hasSize(1);
  }
}
