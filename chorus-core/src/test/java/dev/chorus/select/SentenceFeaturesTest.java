package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.text.AnalyzedStory;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  private static double feature(SentenceFeatures.Matrix m, int row, String name) {
    return m.rows()[row][SentenceFeatures.NAMES.indexOf(name)];
  }

  @Test
  void every_row_has_one_value_per_named_feature() {
    AnalyzedStory story = Stories.of(Stories.VOLCANO);
    SentenceFeatures.Matrix m = SentenceFeatures.of(story);
    assertThat(m.sentences()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    for (double[] row : m.rows()) {
      assertThat(row).hasSize(SentenceFeatures.NAMES.size());
      for (double v : row) {
        assertThat(v).isFinite();
      }
    }
    assertThat(SentenceFeatures.NAMES).doesNotHaveDuplicates();
  }

  @Test
  void position_features_count_candidates_within_each_article() {
    SentenceFeatures.Matrix m = SentenceFeatures.of(Stories.of(Stories.VOLCANO));
    // Sentence 3 opens the second article; sentence 5 is its third.
    assertThat(feature(m, 3, "position=0")).isEqualTo(1.0);
    assertThat(feature(m, 3, "first_of_article")).isEqualTo(1.0);
    assertThat(feature(m, 5, "position=2")).isEqualTo(1.0);
    assertThat(feature(m, 5, "position=0")).isEqualTo(0.0);
    assertThat(feature(m, 5, "relative_position")).isEqualTo(1.0);
    assertThat(feature(m, 4, "relative_position")).isEqualTo(0.5);
  }

  @Test
  void the_repeated_fact_is_the_most_central_and_the_best_supported() {
    SentenceFeatures.Matrix m = SentenceFeatures.of(Stories.of(Stories.VOLCANO));
    for (int fact : Stories.VOLCANO_FACT) {
      assertThat(feature(m, fact, "centroid_rank")).isGreaterThanOrEqualTo(0.75);
      assertThat(feature(m, fact, "term_support")).isGreaterThanOrEqualTo(0.5);
      assertThat(feature(m, fact, "other_articles_centroid")).isGreaterThan(0.5);
    }
    // "Bakers sold sweet buns near the square." shares no term with another article.
    assertThat(feature(m, 2, "term_support")).isEqualTo(0.0);
    assertThat(feature(m, 2, "other_articles_centroid")).isEqualTo(0.0);
    assertThat(feature(m, 2, "pair_support")).isEqualTo(0.0);
  }

  @Test
  void surface_features_read_the_text() {
    AnalyzedStory story =
        Stories.of(
            "But the council said the bridge would reopen in 2025. "
                + "\"We are ready,\" the mayor told reporters today. "
                + "Will the ferry keep running all winter?",
            "The council said the bridge would reopen in 2025.");
    SentenceFeatures.Matrix m = SentenceFeatures.of(story);
    assertThat(feature(m, 0, "context_opener")).isEqualTo(1.0);
    assertThat(feature(m, 0, "says")).isEqualTo(1.0);
    assertThat(feature(m, 0, "numbers")).isCloseTo(1.0 / 10, within(1e-12));
    assertThat(feature(m, 1, "starts_with_quote")).isEqualTo(1.0);
    assertThat(feature(m, 1, "has_quote")).isEqualTo(1.0);
    assertThat(feature(m, 1, "first_person")).isEqualTo(1.0);
    assertThat(feature(m, 2, "question")).isEqualTo(1.0);
    assertThat(feature(m, 2, "context_opener")).isEqualTo(0.0);
    // The council sentence is reprinted by the other article.
    assertThat(feature(m, 0, "reprints")).isCloseTo(Math.log(2), within(1e-12));
    assertThat(feature(m, 2, "reprints")).isEqualTo(0.0);
  }
}
