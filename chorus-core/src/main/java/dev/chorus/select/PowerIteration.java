package dev.chorus.select;

import java.util.Arrays;

/**
 * PageRank by power iteration over a weighted graph given as a transition operator.
 *
 * <p>Iterates {@code p' = (1 - d) / n + d * (P^T p + m / n)} from the uniform vector, where P is
 * the row-normalized weight matrix, d the damping factor and m the mass on dangling nodes (rows
 * without edges), which jumps anywhere like the teleport. Stops when the L1 change drops below the
 * tolerance or after a fixed number of iterations, whichever comes first, so the run time is
 * bounded and the result deterministic. O(iterations * cost of one transition).
 */
final class PowerIteration {

  /** Computes {@code out[j] = sum over non-dangling i of p[i] * P[i][j]} into a zeroed array. */
  interface Transition {
    void apply(double[] p, double[] out);
  }

  private PowerIteration() {}

  /**
   * The stationary distribution over {@code n} nodes.
   *
   * @param dangling nodes without outgoing weight
   * @param damping probability of following an edge, e.g. 0.85
   * @param tolerance L1 change at which to stop
   * @param maxIterations iterations after which to stop regardless
   */
  static double[] stationary(
      int n,
      boolean[] dangling,
      Transition transition,
      double damping,
      double tolerance,
      int maxIterations) {
    double[] p = new double[n];
    if (n == 0) {
      return p;
    }
    Arrays.fill(p, 1.0 / n);
    double[] next = new double[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      Arrays.fill(next, 0.0);
      transition.apply(p, next);
      double danglingMass = 0;
      for (int i = 0; i < n; i++) {
        if (dangling[i]) {
          danglingMass += p[i];
        }
      }
      double base = (1 - damping) / n + damping * danglingMass / n;
      double change = 0;
      for (int j = 0; j < n; j++) {
        // Rounding in factorized transitions can leave tiny negatives; probabilities are >= 0.
        double value = base + damping * Math.max(0.0, next[j]);
        change += Math.abs(value - p[j]);
        next[j] = value;
      }
      double[] swap = p;
      p = next;
      next = swap;
      if (change < tolerance) {
        break;
      }
    }
    return p;
  }
}
