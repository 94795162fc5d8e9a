package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link OffTopicDetector#format} against the formatter it replaces, {@code %.3f}. */
class OffTopicFormatTest {

  private static void assertSame(double value) {
    assertThat(OffTopicDetector.format(value))
        .as("%s", value)
        .isEqualTo(String.format(Locale.ROOT, "%.3f", value));
  }

  @Test
  void edge_cases_print_as_the_formatter_prints_them() {
    double[] values = {
      0.0, -0.0, 1.0, -1.0, 0.0005, -0.0005, 0.0004999, -0.0004, 0.1235, 0.1245, 0.9995,
      -0.9995, 0.12345, 1e-10, -1e-10, 1e-4, 123456.7895, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MAX_VALUE, 0.3, 2.675, 1.0005, 0.0015, 0.0025, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };
    for (double v : values) {
      assertSame(v);
    }
  }

  @Test
  void random_similarities_print_as_the_formatter_prints_them() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 200_000; i++) {
      assertSame(random.nextDouble(-1.0, 1.0));
      // Values on and near a rounding boundary: k/1000 + 0.0005.
      double tie = (random.nextInt(-2000, 2000) + 0.5) / 1000;
      assertSame(tie);
      assertSame(Math.nextUp(tie));
      assertSame(Math.nextDown(tie));
    }
  }
}
