package dev.chorus.learn;

import java.util.Arrays;
import java.util.Objects;

/**
 * L2-regularized logistic regression fitted by Newton's method (iteratively reweighted least
 * squares), on standardized features.
 *
 * <p>Why by hand: the model is a few dozen weights and the data fit in memory, so Newton's method
 * converges in about ten passes to the exact optimum, deterministically, with no tuning of learning
 * rates or epochs; a library would add a dependency for fifty lines. Each iteration accumulates the
 * gradient and the Hessian ({@code Σ p(1−p) z zᵀ + λI}) in one pass and solves the Newton system by
 * Cholesky decomposition, then halves the step while it would raise the penalized loss
 * (backtracking line search), which keeps Newton's method from diverging on heavy-tailed features.
 * The intercept is not penalized.
 *
 * <p>Cost: O(n·d²) per iteration for n examples of d features, plus O(d³) for the solve and O(n·d)
 * per loss evaluation of the line search.
 * Stateless; {@link #fit} is thread-safe.
 */
public final class LogisticRegression {

  /** The fitted model on standardized features: {@code logit = bias + Σ w_j (x_j − μ_j) / σ_j}. */
  public record Fit(
      double[] means, double[] scales, double[] weights, double bias, int iterations,
      double logLoss) {}

  private static final int MAX_ITERATIONS = 50;
  private static final double TOLERANCE = 1e-8;
  /** Most halvings of one Newton step (a step of 2^-30 of Newton's is as good as none). */
  private static final int MAX_HALVINGS = 30;

  private final double l2;

  /**
   * @param l2 the L2 penalty λ on the standardized weights (a prior of variance 1/λ), ≥ 0
   */
  public LogisticRegression(double l2) {
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be finite and >= 0, was " + l2);
    }
    this.l2 = l2;
  }

  /**
   * Fits the model.
   *
   * @param rows n feature vectors of equal length d; not modified
   * @param targets n targets in [0, 1]: labels (0 or 1) or graded ones, fitted by cross-entropy
   * @throws IllegalArgumentException when there are no rows, rows differ in length, a target is
   *     outside [0, 1], or all targets are 0 or all are 1 (the optimum is then at infinity)
   */
  public Fit fit(float[][] rows, double[] targets) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(targets, "targets");
    int n = rows.length;
    if (n == 0 || targets.length != n) {
      throw new IllegalArgumentException(
          "need at least one row and one target per row; got " + n + " rows, " + targets.length
              + " targets");
    }
    int d = rows[0].length;
    double sumOfTargets = 0;
    boolean someBelowOne = false;
    for (int i = 0; i < n; i++) {
      if (rows[i].length != d) {
        throw new IllegalArgumentException(
            "row " + i + " has " + rows[i].length + " features, row 0 has " + d);
      }
      if (!(targets[i] >= 0 && targets[i] <= 1)) {
        throw new IllegalArgumentException("target " + i + " must be in [0, 1], was " + targets[i]);
      }
      sumOfTargets += targets[i];
      someBelowOne |= targets[i] < 1;
    }
    if (sumOfTargets == 0 || !someBelowOne) {
      throw new IllegalArgumentException("targets must not be all 0 or all 1");
    }
    double[] means = new double[d];
    double[] scales = new double[d];
    standardization(rows, means, scales);

    // Parameters: [0] the intercept, [1..d] the weights of the standardized features.
    int p = d + 1;
    double[] beta = new double[p];
    double prior = sumOfTargets / n;
    beta[0] = Math.log(prior / (1 - prior));
    double[] z = new double[p];
    double logLoss = Double.NaN;
    int iteration = 0;
    while (iteration < MAX_ITERATIONS) {
      iteration++;
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      double loss = 0;
      for (int i = 0; i < n; i++) {
        z[0] = 1;
        for (int j = 0; j < d; j++) {
          z[j + 1] = (rows[i][j] - means[j]) / scales[j];
        }
        double logit = 0;
        for (int j = 0; j < p; j++) {
          logit += beta[j] * z[j];
        }
        double prob = 1 / (1 + Math.exp(-logit));
        loss += targets[i] * softplus(-logit) + (1 - targets[i]) * softplus(logit);
        double residual = prob - targets[i];
        double weight = Math.max(prob * (1 - prob), 1e-12);
        for (int a = 0; a < p; a++) {
          gradient[a] += residual * z[a];
          double wa = weight * z[a];
          double[] row = hessian[a];
          for (int b = 0; b <= a; b++) {
            row[b] += wa * z[b];
          }
        }
      }
      for (int a = 1; a < p; a++) {
        gradient[a] += l2 * beta[a];
        hessian[a][a] += l2;
        loss += 0.5 * l2 * beta[a] * beta[a];
      }
      for (int a = 0; a < p; a++) {
        for (int b = a + 1; b < p; b++) {
          hessian[a][b] = hessian[b][a];
        }
      }
      logLoss = loss / n;
      double[] step = solveSymmetric(hessian, gradient);
      // Backtracking: halve the Newton step until the penalized loss does not grow. The full step
      // is nearly always taken; a heavy-tailed column (mostly 0, sometimes dozens of standard
      // deviations out) can make it overshoot from the starting point, and undamped Newton then
      // diverges.
      double scale = 1;
      double[] trial = new double[p];
      for (int halving = 0; ; halving++) {
        for (int j = 0; j < p; j++) {
          trial[j] = beta[j] - scale * step[j];
        }
        if (halving == MAX_HALVINGS || penalizedLoss(rows, targets, means, scales, trial) <= loss) {
          break;
        }
        scale /= 2;
      }
      double largest = 0;
      for (int j = 0; j < p; j++) {
        largest = Math.max(largest, Math.abs(beta[j] - trial[j]));
        beta[j] = trial[j];
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return new Fit(means, scales, Arrays.copyOfRange(beta, 1, p), beta[0], iteration, logLoss);
  }

  /** The cross-entropy summed over the rows plus the L2 penalty, at {@code beta}. */
  private double penalizedLoss(
      float[][] rows, double[] targets, double[] means, double[] scales, double[] beta) {
    int d = means.length;
    double loss = 0;
    for (int i = 0; i < rows.length; i++) {
      double logit = beta[0];
      for (int j = 0; j < d; j++) {
        logit += beta[j + 1] * (rows[i][j] - means[j]) / scales[j];
      }
      loss += targets[i] * softplus(-logit) + (1 - targets[i]) * softplus(logit);
    }
    for (int a = 1; a < beta.length; a++) {
      loss += 0.5 * l2 * beta[a] * beta[a];
    }
    return loss;
  }

  private static double softplus(double x) {
    return x > 30 ? x : Math.log1p(Math.exp(x));
  }

  /** Column means and standard deviations; a constant column gets scale 1. */
  private static void standardization(float[][] rows, double[] means, double[] scales) {
    int n = rows.length;
    int d = means.length;
    for (float[] row : rows) {
      for (int j = 0; j < d; j++) {
        means[j] += row[j];
      }
    }
    for (int j = 0; j < d; j++) {
      means[j] /= n;
    }
    for (float[] row : rows) {
      for (int j = 0; j < d; j++) {
        double delta = row[j] - means[j];
        scales[j] += delta * delta;
      }
    }
    for (int j = 0; j < d; j++) {
      double sd = Math.sqrt(scales[j] / n);
      scales[j] = sd > 1e-12 ? sd : 1.0;
    }
  }

  /**
   * Solves {@code A x = b} for symmetric positive definite A by Cholesky decomposition.
   *
   * @throws IllegalStateException when A is not positive definite (collinear features with λ = 0)
   */
  static double[] solveSymmetric(double[][] a, double[] b) {
    int p = b.length;
    double[][] l = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalStateException(
                "the Hessian is not positive definite (collinear features?); use l2 > 0");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] y = new double[p];
    for (int i = 0; i < p; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < p; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }
}
