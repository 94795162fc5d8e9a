package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class RankedSummarizerTest {

  private final AnalyzedStory volcano = Stories.of(Stories.VOLCANO);

  @Test
  void follows_the_model_score() {
    // Only the first candidate of each article scores: the summary is the three openings.
    RankedSummarizer openings =
        new RankedSummarizer(LinearRankerTest.only("first_of_article", 2.0), 0.0);
    assertThat(Stories.selected(volcano, openings.summarize(volcano, Budget.sentences(3))))
        .containsExactlyInAnyOrder(0, 3, 6);
  }

  @Test
  void redundancy_pushes_away_from_what_is_said() {
    // Centrality alone ranks the three tellings of the eruption first; with β = 1 the second
    // pick is another topic, since every other telling repeats the first.
    LinearRanker central = LinearRankerTest.only("centroid", 1.0);
    assertThat(
            Stories.selected(
                volcano, new RankedSummarizer(central, 0.0).summarize(volcano, Budget.sentences(2))))
        .allMatch(Stories.VOLCANO_FACT::contains);
    assertThat(
            Stories.selected(
                volcano, new RankedSummarizer(central, 1.0).summarize(volcano, Budget.sentences(2))))
        .element(1)
        .isNotIn(Stories.VOLCANO_FACT);
  }

  @Test
  void the_shipped_model_puts_the_repeated_fact_first() {
    assertThat(
            Stories.selected(
                volcano, new RankedSummarizer().summarize(volcano, Budget.sentences(1))))
        .allMatch(Stories.VOLCANO_FACT::contains);
  }

  @Test
  void takes_any_scorer_of_the_feature_rows() {
    // The same rule as follows_the_model_score, written as a function: same three openings.
    int first = SentenceFeatures.NAMES.indexOf("first_of_article");
    RankedSummarizer openings = new RankedSummarizer(x -> x[first], 0.0);
    assertThat(Stories.selected(volcano, openings.summarize(volcano, Budget.sentences(3))))
        .containsExactlyInAnyOrder(0, 3, 6);
  }

  @Test
  void a_linear_ranker_and_its_probability_function_agree() {
    LinearRanker shipped = LinearRanker.shipped();
    RankedSummarizer asModel = new RankedSummarizer(shipped, 0.3);
    RankedSummarizer asFunction =
        new RankedSummarizer(x -> 1.0 / (1.0 + Math.exp(-shipped.score(x))), 0.3);
    assertThat(asFunction.summarize(volcano, Budget.words(40)))
        .isEqualTo(asModel.summarize(volcano, Budget.words(40)));
  }

  @Test
  void rejects_a_scorer_that_is_not_finite() {
    RankedSummarizer broken = new RankedSummarizer(x -> Double.NaN, 0.3);
    assertThatThrownBy(() -> broken.summarize(volcano, Budget.sentences(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> new RankedSummarizer((ToDoubleFunction<double[]>) null, 0.3))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejects_redundancy_outside_zero_one() {
    assertThatThrownBy(() -> new RankedSummarizer(LinearRanker.shipped(), 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redundancy");
  }
}
