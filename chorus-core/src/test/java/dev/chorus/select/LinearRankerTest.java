package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearRankerTest {

  /** A model that scores only one feature, with mean 0 and scale 2. */
  static LinearRanker only(String feature, double weight) {
    int n = SentenceFeatures.NAMES.size();
    double[] means = new double[n];
    double[] scales = new double[n];
    double[] weights = new double[n];
    Arrays.fill(scales, 1.0);
    int j = SentenceFeatures.NAMES.indexOf(feature);
    scales[j] = 2.0;
    weights[j] = weight;
    return new LinearRanker(SentenceFeatures.NAMES, means, scales, weights, -1.0, Map.of());
  }

  @Test
  void scores_standardized_features_and_clips_outliers() {
    LinearRanker model = only("centroid", 0.5);
    double[] x = new double[SentenceFeatures.NAMES.size()];
    int j = SentenceFeatures.NAMES.indexOf("centroid");
    x[j] = 3.0; // z = 1.5
    assertThat(model.score(x)).isCloseTo(-1.0 + 0.75, within(1e-12));
    x[j] = 100.0; // z = 50, clipped to 3
    assertThat(model.score(x)).isCloseTo(-1.0 + 0.5 * LinearRanker.CLIP, within(1e-12));
  }

  @Test
  void round_trips_through_json(@TempDir Path dir) throws IOException {
    LinearRanker model = only("reprints", 0.25);
    Path file = dir.resolve("m.json");
    Files.write(file, model.toJson());
    LinearRanker read = LinearRanker.read(file);
    assertThat(read.weights()).containsExactly(model.weights());
    assertThat(read.scales()).containsExactly(model.scales());
    assertThat(read.bias()).isEqualTo(-1.0);
  }

  @Test
  void refuses_a_model_for_other_features(@TempDir Path dir) throws IOException {
    LinearRanker other =
        new LinearRanker(
            List.of("a"), new double[] {0}, new double[] {1}, new double[] {1}, 0, Map.of());
    Path file = dir.resolve("old.json");
    Files.write(file, other.toJson());
    assertThatThrownBy(() -> LinearRanker.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("old.json")
        .hasMessageContaining("retrain");
  }

  @Test
  void rejects_inconsistent_lengths_and_zero_scales() {
    assertThatThrownBy(
            () ->
                new LinearRanker(
                    List.of("a", "b"), new double[1], new double[] {1}, new double[1], 0,
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 2");
    assertThatThrownBy(
            () ->
                new LinearRanker(
                    List.of("a"), new double[1], new double[] {0}, new double[1], 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'");
  }

  @Test
  void the_shipped_model_matches_this_version_and_prefers_central_sentences() {
    LinearRanker shipped = LinearRanker.shipped();
    assertThat(shipped.features()).isEqualTo(SentenceFeatures.NAMES);
    assertThat(shipped.provenance()).containsKey("data");
    // A sanity check of the training, not of one number: centrality must help.
    assertThat(shipped.weights()[SentenceFeatures.NAMES.indexOf("centroid_rank")]).isPositive();
  }
}
