package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.extract.ExtractionMetric.BenchmarkScore;
import dev.chorus.extract.ExtractionMetric.PageScore;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

  private final ExtractionMetric metric = new ExtractionMetric();

  @Test
  void tokens_are_runs_of_word_characters_as_python_splits_them() {
    assertThat(ExtractionMetric.tokens("Zoë’s café_1, 3½ — ok!"))
        .containsExactly("Zoë", "s", "café_1", "3½", "ok");
    // A combining accent is not a word character in Python's \w, so it splits the token.
    assertThat(ExtractionMetric.tokens("cafe\u0301 bar")).containsExactly("cafe", "bar");
    assertThat(ExtractionMetric.tokens("日本語 テキスト")).containsExactly("日本語", "テキスト");
    assertThat(ExtractionMetric.tokens("  \n\t ")).isEmpty();
  }

  @Test
  void identical_texts_score_one_and_are_exact() {
    PageScore score = metric.score("The pier reopens on Monday.", "The  pier\nreopens on Monday!");

    assertThat(score.exact()).isTrue();
    assertThat(score.precision()).isEqualTo(OptionalDouble.of(1));
    assertThat(score.recall()).isEqualTo(OptionalDouble.of(1));
    assertThat(score.f1()).isEqualTo(1);
  }

  @Test
  void missing_tail_halves_recall() {
    // Truth "a b c d e": shingles "a b c d", "b c d e". Predicted "a b c d": one shingle, found.
    // TP = 1, FP = 0, FN = 1, normalised to 1/2, 0, 1/2.
    PageScore score = metric.score("a b c d e", "a b c d");

    assertThat(score.tp()).isEqualTo(0.5);
    assertThat(score.fp()).isZero();
    assertThat(score.fn()).isEqualTo(0.5);
    assertThat(score.precision()).isEqualTo(OptionalDouble.of(1));
    assertThat(score.recall()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(score.exact()).isFalse();
  }

  @Test
  void extra_text_lowers_precision() {
    // Truth: 1 shingle. Predicted "a b c d x y": 3 shingles, one right. TP 1, FP 2 -> P = 1/3.
    PageScore score = metric.score("a b c d", "a b c d x y");

    assertThat(score.precision().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(score.recall()).isEqualTo(OptionalDouble.of(1));
  }

  @Test
  void shingles_are_a_multiset() {
    // "x x x x x" has the shingle "x x x x" twice; predicting it once finds one of two.
    PageScore score = metric.score("x x x x x", "x x x x");

    assertThat(score.recall()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(score.precision()).isEqualTo(OptionalDouble.of(1));
  }

  @Test
  void text_shorter_than_a_shingle_is_one_shingle_of_all_its_tokens() {
    assertThat(metric.score("two words", "two words").precision()).isEqualTo(OptionalDouble.of(1));
    PageScore wrong = metric.score("two words", "two other");
    assertThat(wrong.precision()).isEqualTo(OptionalDouble.of(0));
    assertThat(wrong.recall()).isEqualTo(OptionalDouble.of(0));
  }

  @Test
  void empty_prediction_has_no_precision_and_zero_recall() {
    PageScore score = metric.score("a b c d", "");

    assertThat(score.precision()).isEmpty();
    assertThat(score.recall()).isEqualTo(OptionalDouble.of(0));
  }

  @Test
  void both_empty_is_perfect() {
    PageScore score = metric.score("", " ");

    assertThat(score.precision()).isEqualTo(OptionalDouble.of(1));
    assertThat(score.recall()).isEqualTo(OptionalDouble.of(1));
    assertThat(score.exact()).isTrue();
  }

  @Test
  void aggregate_averages_defined_page_values_then_takes_f1_of_the_means() {
    List<PageScore> pages =
        List.of(
            metric.score("a b c d e", "a b c d"), // P = 1, R = 1/2
            metric.score("a b c d", ""), // P undefined (skipped), R = 0
            metric.score("p q r s", "p q r s")); // P = 1, R = 1, exact

    BenchmarkScore score = ExtractionMetric.aggregate(pages);

    assertThat(score.precision()).isEqualTo(1);
    assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(score.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(score.pages()).isEqualTo(3);
  }

  @Test
  void aggregate_of_nothing_is_refused() {
    assertThatThrownBy(() -> ExtractionMetric.aggregate(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pages must not be empty");
  }

  @Test
  void reproduces_the_published_scores_of_the_peer_extractors() throws IOException {
    BenchmarkData data = BenchmarkData.loadOrSkip();
    // The benchmark README's table: F1, precision, recall, to three decimals.
    Map<String, double[]> published =
        Map.of(
            "rs_trafilatura", new double[] {0.970, 0.951, 0.990},
            "trafilatura", new double[] {0.958, 0.938, 0.978},
            "newspaper", new double[] {0.949, 0.964, 0.934},
            "readability_js", new double[] {0.947, 0.914, 0.982},
            "boilerpipe", new double[] {0.860, 0.850, 0.870},
            "justext", new double[] {0.804, 0.858, 0.756});
    for (Map.Entry<String, double[]> peer : published.entrySet()) {
      Map<String, String> output = data.peer(peer.getKey());
      BenchmarkScore score = data.score(output::get);
      System.out.printf(
          "%s: F1 %.4f P %.4f R %.4f%n",
          peer.getKey(), score.f1(), score.precision(), score.recall());
      double[] measured = {round3(score.f1()), round3(score.precision()), round3(score.recall())};
      assertThat(measured)
          .as(peer.getKey())
          .containsExactly(peer.getValue());
    }
  }

  private static double round3(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
