package dev.chorus.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  private static double probability(LogisticRegression.Fit fit, double x) {
    double logit = fit.bias() + fit.weights()[0] * (x - fit.means()[0]) / fit.scales()[0];
    return 1 / (1 + Math.exp(-logit));
  }

  @Test
  void unpenalized_fit_of_a_binary_feature_reproduces_the_observed_rates() {
    // x = 0: 1 positive in 5; x = 1: 4 positives in 5. With one binary feature the model is
    // saturated, so the maximum-likelihood probabilities are the observed rates exactly.
    float[][] rows = new float[10][];
    double[] targets = new double[10];
    for (int i = 0; i < 10; i++) {
      rows[i] = new float[] {i < 5 ? 0 : 1};
      targets[i] = i < 5 ? (i == 0 ? 1 : 0) : (i == 5 ? 0 : 1);
    }
    LogisticRegression.Fit fit = new LogisticRegression(0).fit(rows, targets);
    assertThat(probability(fit, 0)).isCloseTo(0.2, within(1e-9));
    assertThat(probability(fit, 1)).isCloseTo(0.8, within(1e-9));
    assertThat(fit.means()[0]).isEqualTo(0.5);
    assertThat(fit.scales()[0]).isEqualTo(0.5);
  }

  @Test
  void graded_targets_are_fitted_like_repeated_labels() {
    // Target 0.2 on x = 0 and 0.8 on x = 1 has the same optimum as the labels above.
    float[][] rows = {{0}, {1}};
    LogisticRegression.Fit fit = new LogisticRegression(0).fit(rows, new double[] {0.2, 0.8});
    assertThat(probability(fit, 0)).isCloseTo(0.2, within(1e-9));
    assertThat(probability(fit, 1)).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void the_penalty_shrinks_weights() {
    float[][] rows = {{0}, {0}, {1}, {1}};
    double[] targets = {0, 0.5, 0.5, 1};
    double free = new LogisticRegression(0).fit(rows, targets).weights()[0];
    double penalized = new LogisticRegression(10).fit(rows, targets).weights()[0];
    assertThat(free).isPositive();
    assertThat(penalized).isPositive().isLessThan(free);
  }

  @Test
  void a_constant_feature_gets_scale_one_and_no_weight_with_a_penalty() {
    float[][] rows = {{3, 0}, {3, 1}, {3, 0}, {3, 1}};
    LogisticRegression.Fit fit = new LogisticRegression(1).fit(rows, new double[] {0, 1, 1, 1});
    assertThat(fit.scales()[0]).isEqualTo(1.0);
    assertThat(fit.weights()[0]).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void rejects_bad_input() {
    LogisticRegression model = new LogisticRegression(1);
    assertThatThrownBy(() -> model.fit(new float[][] {{0}, {1}}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all 0");
    assertThatThrownBy(() -> model.fit(new float[][] {{0}, {1, 2}}, new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> model.fit(new float[][] {{0}, {1}}, new double[] {0, 1.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new LogisticRegression(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void solves_a_symmetric_system() {
    double[] x =
        LogisticRegression.solveSymmetric(new double[][] {{4, 2}, {2, 3}}, new double[] {2, 1});
    assertThat(x[0]).isCloseTo(0.5, within(1e-12));
    assertThat(x[1]).isCloseTo(0.0, within(1e-12));
  }

  /**
   * A rare, strongly predictive feature far out in the tail (every 53rd row, 12 to 36 where the
   * rest is 0: about 7 standard deviations out): the first full Newton step overshoots, and without
   * the line search the fit ended after 50 iterations at a log-loss of 26.
   */
  @Test
  void a_heavy_tailed_feature_does_not_make_newton_diverge() {
    Random random = new Random(33);
    int n = 3000;
    float[][] rows = new float[n][2];
    double[] targets = new double[n];
    for (int i = 0; i < n; i++) {
      double x = random.nextGaussian();
      boolean rare = i % 53 == 0;
      rows[i][0] = (float) x;
      rows[i][1] = rare ? (float) (24 * (0.5 + random.nextDouble())) : 0f;
      double p = rare ? 0.9 : 1 / (1 + Math.exp(-(x - 5)));
      targets[i] = random.nextDouble() < p ? 1 : 0;
    }

    LogisticRegression.Fit fit = new LogisticRegression(1).fit(rows, targets);

    assertThat(fit.iterations()).isLessThan(20);
    assertThat(fit.logLoss()).isLessThan(0.1);
    assertThat(fit.weights()[1]).isPositive();
  }
}
