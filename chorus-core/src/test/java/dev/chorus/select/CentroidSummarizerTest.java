package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Budget;
import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class CentroidSummarizerTest {

  private final AnalyzedStory volcano = Stories.of(Stories.VOLCANO);

  @Test
  void prefers_the_lead_that_tells_the_repeated_fact() {
    // Centroid values (idf 2.10 for the fact's five terms, 3.20 for one-off terms, 3 articles):
    // sentence 6 has 5 * 2.10 + 5 * 3.20 / 3 = 15.8, the most of its article (P = 15.8), and
    // overlaps itself as its article's lead (F = 10): 41.6. Next is article 1's lead, 26.1.
    AnalyzedStory story = volcano;
    assertThat(
            Stories.selected(story, new CentroidSummarizer().summarize(story, Budget.sentences(2))))
        .containsExactly(6, 3);
  }

  @Test
  void penalizes_sentences_that_repeat_a_selected_one() {
    // Centroid value alone ranks 6 (15.8), 4 (13.7), 1 (11.6), then the one-off sentences (6.4).
    // Sentence 4 shares 5 of its 8 terms with 6's 10: R = 10 / 18, penalty 0.56 * 15.8 = 8.8,
    // leaving 4.9 < 6.4, so the second pick is a fresh sentence (0: first of the 6.4 ties).
    CentroidSummarizer centroidOnly = new CentroidSummarizer(1, 0, 0);
    assertThat(Stories.selected(volcano, centroidOnly.summarize(volcano, Budget.sentences(2))))
        .containsExactly(6, 0);
  }

  @Test
  void rejects_negative_weights() {
    assertThatThrownBy(() -> new CentroidSummarizer(1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positionWeight")
        .hasMessageContaining("-1.0");
  }
}
