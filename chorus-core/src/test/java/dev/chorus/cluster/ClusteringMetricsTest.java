package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {

  private static final double EPS = 1e-12;

  /** item -> its labels, written as "a:X", "b:X,Y", ... */
  private static Map<String, Set<String>> labels(String... entries) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String entry : entries) {
      String[] parts = entry.split(":");
      map.put(parts[0], Set.of(parts[1].split(",")));
    }
    return map;
  }

  @Test
  void hand_computed_single_class_case() {
    // Gold {a,b,c} {d,e}; system {a,b} {c,d,e}.
    Map<String, Set<String>> gold = labels("a:X", "b:X", "c:X", "d:Y", "e:Y");
    Map<String, Set<String>> system = labels("a:1", "b:1", "c:2", "d:2", "e:2");

    ClusteringScores s = ClusteringMetrics.score(gold, system);

    // Precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15.
    assertThat(s.bcubedPrecision()).isCloseTo(11.0 / 15, within(EPS));
    // Recall per item: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15.
    assertThat(s.bcubedRecall()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.bcubedF1()).isCloseTo(11.0 / 15, within(EPS));
    // Pairs put together: ab cd ce de; belonging together: ab ac bc de; both: ab de.
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(EPS));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, within(EPS));
    assertThat(s.pairwiseF1()).isCloseTo(0.5, within(EPS));
    assertThat(s.items()).isEqualTo(5);
    assertThat(s.goldClasses()).isEqualTo(2);
    assertThat(s.systemClusters()).isEqualTo(2);
  }

  @Test
  void item_in_two_gold_classes_all_in_one_cluster() {
    // a is in X and Y, b in X, c in Y; the system puts all three together.
    Map<String, Set<String>> gold = labels("a:X,Y", "b:X", "c:Y");
    Map<String, Set<String>> system = labels("a:1", "b:1", "c:1");

    ClusteringScores s = ClusteringMetrics.score(gold, system);

    // Precision: a: (1 + 1 + 1)/3 = 1; b: (a 1, b 1, c 0)/3; c likewise -> (1 + 2/3 + 2/3)/3.
    assertThat(s.bcubedPrecision()).isCloseTo(7.0 / 9, within(EPS));
    // Recall: a with itself min(1, 2)/2 = 1/2, with b 1, with c 1 -> 5/6; b: 1; c: 1.
    assertThat(s.bcubedRecall()).isCloseTo(17.0 / 18, within(EPS));
    double p = 7.0 / 9;
    double r = 17.0 / 18;
    assertThat(s.bcubedF1()).isCloseTo(2 * p * r / (p + r), within(EPS));
    // Pairs together: ab ac bc; belonging: ab (X), ac (Y).
    assertThat(s.pairwisePrecision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.pairwiseRecall()).isCloseTo(1.0, within(EPS));
    assertThat(s.pairwiseF1()).isCloseTo(0.8, within(EPS));
  }

  @Test
  void item_in_two_gold_classes_split_from_one() {
    // a is in X and Y; the system puts a with b (X) and c (Y) alone.
    Map<String, Set<String>> gold = labels("a:X,Y", "b:X", "c:Y");
    Map<String, Set<String>> system = labels("a:1", "b:1", "c:2");

    ClusteringScores s = ClusteringMetrics.score(gold, system);

    assertThat(s.bcubedPrecision()).isCloseTo(1.0, within(EPS));
    // Recall: a: (itself 1/2, b 1, c 0)/3 = 1/2; b: 1; c: (a 0, itself 1)/2 = 1/2 -> 2/3.
    assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.bcubedF1()).isCloseTo(0.8, within(EPS));
    assertThat(s.pairwisePrecision()).isCloseTo(1.0, within(EPS));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, within(EPS));
    assertThat(s.pairwiseF1()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void perfect_clustering_scores_one() {
    Map<String, Set<String>> gold = labels("a:X", "b:X", "c:Y");
    ClusteringScores s = ClusteringMetrics.score(gold, labels("a:p", "b:p", "c:q"));
    assertThat(
            List.of(
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.bcubedF1(),
                s.pairwisePrecision(),
                s.pairwiseRecall(),
                s.pairwiseF1()))
        .allSatisfy(v -> assertThat(v).isCloseTo(1.0, within(EPS)));
  }

  @Test
  void all_singletons_and_one_cluster_are_the_extremes() {
    Map<String, Set<String>> gold = labels("a:X", "b:X", "c:X", "d:Y");

    ClusteringScores singletons = ClusteringMetrics.score(gold, labels("a:1", "b:2", "c:3", "d:4"));
    assertThat(singletons.bcubedPrecision()).isCloseTo(1.0, within(EPS));
    // Recall: a, b, c 1/3 each, d 1 -> (1 + 1) / 4.
    assertThat(singletons.bcubedRecall()).isCloseTo(0.5, within(EPS));
    assertThat(singletons.pairwisePrecision()).isCloseTo(1.0, within(EPS)); // nothing claimed
    assertThat(singletons.pairwiseRecall()).isCloseTo(0.0, within(EPS));
    assertThat(singletons.pairwiseF1()).isCloseTo(0.0, within(EPS));

    ClusteringScores one = ClusteringMetrics.score(gold, labels("a:1", "b:1", "c:1", "d:1"));
    assertThat(one.bcubedRecall()).isCloseTo(1.0, within(EPS));
    // Precision: a, b, c 3/4 each, d 1/4 -> 10/16.
    assertThat(one.bcubedPrecision()).isCloseTo(10.0 / 16, within(EPS));
    assertThat(one.pairwisePrecision()).isCloseTo(3.0 / 6, within(EPS));
  }

  @Test
  void stories_are_scored_by_their_articles() {
    Map<String, Set<String>> gold = labels("a:X", "b:X", "c:Y");
    List<Story> stories =
        List.of(
            new Story("s1", List.of(Article.of("a", "x"), Article.of("c", "y"))),
            new Story("s2", List.of(Article.of("b", "x"))));

    ClusteringScores s = ClusteringMetrics.score(gold, stories);

    assertThat(s.bcubedPrecision()).isCloseTo((0.5 + 0.5 + 1) / 3, within(EPS));
    assertThat(s.bcubedRecall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(EPS));
  }

  @Test
  void empty_input_is_perfect_by_convention() {
    ClusteringScores s = ClusteringMetrics.score(Map.of(), Map.<String, Set<String>>of());
    assertThat(s.items()).isZero();
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void refuses_different_items_and_items_without_labels() {
    assertThatThrownBy(() -> ClusteringMetrics.score(labels("a:X", "b:X"), labels("a:1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only in gold: 'b'");
    assertThatThrownBy(
            () -> ClusteringMetrics.score(Map.of("a", Set.of()), Map.of("a", Set.of("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 'a' has no gold class");
    List<Story> twice =
        List.of(
            new Story("s1", List.of(Article.of("a", "x"))),
            new Story("s2", List.of(Article.of("a", "x"))));
    assertThatThrownBy(() -> ClusteringMetrics.score(labels("a:X"), twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than one story");
  }
}
