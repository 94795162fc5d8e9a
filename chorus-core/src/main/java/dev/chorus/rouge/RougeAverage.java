package dev.chorus.rouge;

import java.util.Objects;

/**
 * A corpus-level ROUGE average with its bootstrap confidence interval, per R, P and F.
 *
 * <p>As in ROUGE-1.5.5, {@code average} is the mean of the resample means (not the plain mean of
 * the clusters; they differ by a few 0.0001), and {@code lower}/{@code upper} are percentiles of
 * the resample means. Values are not rounded; format them with {@link
 * Rouge155Format#decimal5(double)} to print what the script prints. Immutable and thread-safe.
 *
 * @param average the mean of the bootstrap resample means, what the script prints
 * @param lower the lower confidence bound of each of R, P, F
 * @param upper the upper confidence bound of each of R, P, F
 * @param clusterMean the plain mean of the cluster scores (not printed by the script)
 * @param clusters the number of clusters averaged, at least 1
 */
public record RougeAverage(
    RougeScore average, RougeScore lower, RougeScore upper, RougeScore clusterMean, int clusters) {

  public RougeAverage {
    Objects.requireNonNull(average, "average");
    Objects.requireNonNull(clusterMean, "clusterMean");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (clusters < 1) {
      throw new IllegalArgumentException("clusters must be >= 1, was " + clusters);
    }
  }
}
