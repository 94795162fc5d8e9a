package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class MmrSummarizerTest {

  private final AnalyzedStory volcano = Stories.of(Stories.VOLCANO);

  // Cosine to the centroid: sentence 1: 0.582, 4: 0.553, 6: 0.529, the others 0.293.
  // Between fact sentences: cos(1, 4) = 0.534, cos(1, 6) = 0.453.

  @Test
  void with_lambda_one_ranks_by_relevance_alone() {
    assertThat(
            Stories.selected(
                volcano, new MmrSummarizer(1.0).summarize(volcano, Budget.sentences(2))))
        .containsExactly(1, 4);
  }

  @Test
  void default_lambda_prefers_the_less_redundant_of_two_relevant_sentences() {
    // After 1: sentence 4 scores 0.7 * 0.553 - 0.3 * 0.534 = 0.226, sentence 6 scores 0.7 * 0.529
    // - 0.3 * 0.453 = 0.234, a one-off sentence 0.7 * 0.293 = 0.205.
    assertThat(
            Stories.selected(volcano, new MmrSummarizer().summarize(volcano, Budget.sentences(2))))
        .containsExactly(1, 6);
  }

  @Test
  void low_lambda_moves_away_from_the_selected_topic() {
    assertThat(
            Stories.selected(
                volcano, new MmrSummarizer(0.3).summarize(volcano, Budget.sentences(2))))
        .first()
        .isEqualTo(1);
    assertThat(
            Stories.selected(
                volcano, new MmrSummarizer(0.3).summarize(volcano, Budget.sentences(2))))
        .element(1)
        .isNotIn(Stories.VOLCANO_FACT);
  }

  @Test
  void rejects_lambda_outside_zero_one() {
    assertThatThrownBy(() -> new MmrSummarizer(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda")
        .hasMessageContaining("1.5");
  }
}
