package dev.chorus.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorsTest {

  @Test
  void dot_product() {
    assertThat(Vectors.dot(new float[] {1, 2, 3}, new float[] {4, 5, 6})).isEqualTo(32.0);
    assertThat(Vectors.dot(new float[0], new float[0])).isEqualTo(0.0);
  }

  @Test
  void normalize_three_four_five() {
    float[] v = {3, 4};
    assertThat(Vectors.normalizeInPlace(v)).isSameAs(v).containsExactly(0.6f, 0.8f);
    assertThat(Vectors.normalizeInPlace(new float[] {0, 0})).containsExactly(0f, 0f);
  }

  @Test
  void centroid_is_the_normalised_sum() {
    float[] c = Vectors.centroid(new float[][] {{1, 0}, {0, 1}, {1, 0}}, 2);
    // Sum (2, 1), norm sqrt 5.
    assertThat(c).containsExactly((float) (2 / Math.sqrt(5)), (float) (1 / Math.sqrt(5)));
    assertThat(Vectors.centroid(new float[0][], 3)).containsExactly(0f, 0f, 0f);
    assertThat(Vectors.centroid(new float[][] {{1, -1}, {-1, 1}}, 2)).containsExactly(0f, 0f);
  }

  @Test
  void mismatched_lengths_are_rejected_with_the_lengths() {
    assertThatThrownBy(() -> Vectors.dot(new float[2], new float[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("were 2 and 3");
    assertThatThrownBy(() -> Vectors.centroid(new float[][] {{1, 0}, {1}}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has length 1, expected 2");
    assertThatThrownBy(() -> Vectors.centroid(new float[0][], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }
}
