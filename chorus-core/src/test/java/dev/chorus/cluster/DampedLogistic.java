package dev.chorus.cluster;

import dev.chorus.learn.LogisticRegression;

/**
 * L2-regularized logistic regression on standardized features by Newton's method with a
 * backtracking line search (halve the step until the penalized loss drops). Plain Newton ({@link
 * LogisticRegression}) diverged on the pair features of {@link PairModelExperiment}, whose
 * heavy-tailed columns (shared rare terms: mostly 0, sometimes 60 standard deviations out) make the
 * first full step overshoot. Same model and output as {@link LogisticRegression#fit}. Stateless.
 */
final class DampedLogistic {

  private DampedLogistic() {}

  static LogisticRegression.Fit fit(float[][] rows, double[] targets, double l2) {
    int n = rows.length;
    int d = rows[0].length;
    double[] means = new double[d];
    double[] scales = new double[d];
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
    double[][] z = new double[n][d + 1];
    double positives = 0;
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        z[i][j + 1] = (rows[i][j] - means[j]) / scales[j];
      }
      positives += targets[i];
    }
    int p = d + 1;
    double[] beta = new double[p];
    beta[0] = Math.log(positives / (n - positives));
    double loss = loss(z, targets, beta, l2);
    int iteration = 0;
    while (iteration < 100) {
      iteration++;
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      for (int i = 0; i < n; i++) {
        double prob = 1 / (1 + Math.exp(-dot(beta, z[i])));
        double residual = prob - targets[i];
        double weight = Math.max(prob * (1 - prob), 1e-12);
        for (int a = 0; a < p; a++) {
          gradient[a] += residual * z[i][a];
          for (int b = 0; b <= a; b++) {
            hessian[a][b] += weight * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 1; a < p; a++) {
        gradient[a] += l2 * beta[a];
        hessian[a][a] += l2;
      }
      for (int a = 0; a < p; a++) {
        for (int b = a + 1; b < p; b++) {
          hessian[a][b] = hessian[b][a];
        }
      }
      double[] step = Cholesky.solve(hessian, gradient);
      double factor = 1;
      double[] next = new double[p];
      double nextLoss = Double.POSITIVE_INFINITY;
      for (int halving = 0; halving < 30; halving++) {
        for (int j = 0; j < p; j++) {
          next[j] = beta[j] - factor * step[j];
        }
        nextLoss = loss(z, targets, next, l2);
        if (nextLoss <= loss) {
          break;
        }
        factor /= 2;
      }
      if (!(nextLoss <= loss)) {
        break;
      }
      double change = loss - nextLoss;
      System.arraycopy(next, 0, beta, 0, p);
      loss = nextLoss;
      if (change < 1e-10 * n) {
        break;
      }
    }
    double[] weights = new double[d];
    System.arraycopy(beta, 1, weights, 0, d);
    return new LogisticRegression.Fit(means, scales, weights, beta[0], iteration, loss / n);
  }

  private static double dot(double[] beta, double[] z) {
    double s = 0;
    for (int j = 0; j < beta.length; j++) {
      s += beta[j] * z[j];
    }
    return s;
  }

  private static double loss(double[][] z, double[] targets, double[] beta, double l2) {
    double loss = 0;
    for (int i = 0; i < z.length; i++) {
      double logit = dot(beta, z[i]);
      loss += targets[i] * softplus(-logit) + (1 - targets[i]) * softplus(logit);
    }
    for (int j = 1; j < beta.length; j++) {
      loss += 0.5 * l2 * beta[j] * beta[j];
    }
    return loss;
  }

  private static double softplus(double x) {
    return x > 30 ? x : x < -30 ? Math.exp(x) : Math.log1p(Math.exp(x));
  }

  /** Solves a symmetric positive definite system by Cholesky decomposition. */
  static final class Cholesky {
    private Cholesky() {}

    static double[] solve(double[][] a, double[] b) {
      int p = b.length;
      double[][] l = new double[p][p];
      for (int i = 0; i < p; i++) {
        for (int j = 0; j <= i; j++) {
          double sum = a[i][j];
          for (int k = 0; k < j; k++) {
            sum -= l[i][k] * l[j][k];
          }
          if (i == j) {
            l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
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
}
