package dev.chorus.rouge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Corpus-level ROUGE averages with bootstrap confidence intervals, computed as ROUGE-1.5.5 does.
 *
 * <p>For each of {@code resamples} resamples, N cluster scores are drawn with replacement (N =
 * number of clusters) and their mean taken, separately for R, P and F. The resample means are
 * sorted; the reported average is the mean of all resample means (not the plain cluster mean), and
 * the bounds are the percentiles at {@code delta = resamples * (100 - confidence) / 200}: the lower
 * bound is element {@code floor(delta)} and the upper bound element {@code floor(resamples - delta
 * - 1)} of the sorted means, each moved toward the next element by the fraction {@code resamples -
 * delta - 1 - floor(resamples - delta - 1)} (0 for 95% of 1,000). With {@link
 * ResampleSource#rouge155()} and the clusters in the script's order (sorted by id) the results are
 * the script's to the last digit.
 *
 * <p>Reference: B. Efron, R. Tibshirani, An Introduction to the Bootstrap, 1993 (percentile
 * interval). Complexity O(resamples * N * metrics) time, O(resamples * metrics) memory. Instances
 * are immutable; thread-safety of {@link #averages} is that of the {@link ResampleSource}.
 */
public final class RougeBootstrap {

  private final double confidence;
  private final int resamples;
  private final ResampleSource source;

  /**
   * @param confidence interval level in percent, in [0, 100]
   * @param resamples number of resamples, at least 1
   * @param source the random indices
   */
  public RougeBootstrap(double confidence, int resamples, ResampleSource source) {
    if (!(confidence >= 0 && confidence <= 100)) {
      throw new IllegalArgumentException("confidence must be in [0, 100], was " + confidence);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
    }
    this.confidence = confidence;
    this.resamples = resamples;
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The bootstrap of one metric's cluster scores, in the order given. */
  public RougeAverage average(List<RougeScore> scores) {
    return averages(Map.of("metric", scores)).get("metric");
  }

  /**
   * The bootstrap of several metrics over the same clusters: every resample draws one set of
   * indices and uses it for all metrics (as the script, which reseeds identically for each).
   *
   * @param scoresByMetric per metric, the cluster scores in the same cluster order, non-empty
   * @return per metric, in the iteration order of {@code scoresByMetric}
   */
  public Map<String, RougeAverage> averages(Map<String, List<RougeScore>> scoresByMetric) {
    if (scoresByMetric.isEmpty()) {
      return Map.of();
    }
    List<String> metrics = List.copyOf(scoresByMetric.keySet());
    int n = -1;
    double[][][] values = new double[metrics.size()][][];
    for (int m = 0; m < metrics.size(); m++) {
      List<RougeScore> scores = scoresByMetric.get(metrics.get(m));
      if (scores.isEmpty()) {
        throw new IllegalArgumentException("no cluster scores for " + metrics.get(m));
      }
      if (n >= 0 && scores.size() != n) {
        throw new IllegalArgumentException(
            "metrics have different cluster counts: "
                + n
                + " and "
                + scores.size()
                + " ("
                + metrics.get(m)
                + ")");
      }
      n = scores.size();
      values[m] = new double[3][n];
      for (int i = 0; i < n; i++) {
        RougeScore score = scores.get(i);
        values[m][0][i] = score.recall();
        values[m][1][i] = score.precision();
        values[m][2][i] = score.f();
      }
    }
    double[][][] means = new double[metrics.size()][3][resamples];
    int[] drawn = new int[n];
    for (int sample = 0; sample < resamples; sample++) {
      IntUnaryOperator draws = source.draws(sample);
      for (int k = 0; k < n; k++) {
        int index = draws.applyAsInt(n);
        if (index < 0 || index >= n) {
          throw new IllegalStateException("resample index " + index + " outside [0, " + n + ")");
        }
        drawn[k] = index;
      }
      for (int m = 0; m < metrics.size(); m++) {
        for (int v = 0; v < 3; v++) {
          double[] column = values[m][v];
          double sum = 0;
          // Summed in draw order, then divided, as the script does.
          for (int k = 0; k < n; k++) {
            sum += column[drawn[k]];
          }
          means[m][v][sample] = sum / n;
        }
      }
    }
    Map<String, RougeAverage> result = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      double[] average = new double[3];
      double[] plain = new double[3];
      double[] lower = new double[3];
      double[] upper = new double[3];
      for (int v = 0; v < 3; v++) {
        double total = 0;
        for (double value : values[m][v]) {
          total += value;
        }
        plain[v] = total / n;
        double[] sorted = means[m][v];
        Arrays.sort(sorted);
        double sum = 0;
        for (double mean : sorted) {
          sum += mean;
        }
        average[v] = sum / resamples;
        double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int) (resamples - delta - 1);
        int lowerA = (int) delta;
        double fraction = resamples - delta - 1 - upperA;
        lower[v] = at(sorted, lowerA) + (at(sorted, lowerA + 1) - at(sorted, lowerA)) * fraction;
        upper[v] = at(sorted, upperA) + (at(sorted, upperA + 1) - at(sorted, upperA)) * fraction;
      }
      result.put(
          metrics.get(m),
          new RougeAverage(
              new RougeScore(average[0], average[1], average[2]),
              new RougeScore(lower[0], lower[1], lower[2]),
              new RougeScore(upper[0], upper[1], upper[2]),
              new RougeScore(plain[0], plain[1], plain[2]),
              n));
    }
    return result;
  }

  /** Element {@code i}, or 0 past the end (a missing Perl array element is 0 in arithmetic). */
  private static double at(double[] sorted, int i) {
    return i >= 0 && i < sorted.length ? sorted[i] : 0;
  }
}
