package dev.chorus.cluster;

/**
 * How well a clustering recovers gold classes: extended BCubed and pairwise precision, recall and
 * F1, see {@link ClusteringMetrics}. Immutable and thread-safe.
 *
 * @param items items scored
 * @param goldClasses distinct gold classes
 * @param systemClusters distinct system clusters
 * @param bcubedPrecision extended BCubed precision, in [0, 1]
 * @param bcubedRecall extended BCubed recall, in [0, 1]
 * @param bcubedF1 harmonic mean of the two (0 when both are 0)
 * @param pairwisePrecision share of the item pairs put together that share a gold class
 * @param pairwiseRecall share of the item pairs sharing a gold class that were put together
 * @param pairwiseF1 harmonic mean of the two (0 when both are 0)
 */
public record ClusteringScores(
    int items,
    int goldClasses,
    int systemClusters,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1) {

  /** The harmonic mean of {@code precision} and {@code recall}; 0 when both are 0. */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
