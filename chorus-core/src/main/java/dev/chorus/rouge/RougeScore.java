package dev.chorus.rouge;

/**
 * Recall, precision and F-measure of one ROUGE metric.
 *
 * <p>Per-cluster scores from {@link RougeScorer} hold exactly the values ROUGE-1.5.5 prints: recall
 * and precision rounded to 5 decimals, and F computed from those rounded values and rounded again
 * (the script keeps the formatted strings and computes F from them). Averages from {@link
 * RougeBootstrap} are not rounded. Immutable and thread-safe.
 *
 * @param recall hits / reference count, in [0, 1]
 * @param precision hits / system count, in [0, 1]
 * @param f the weighted harmonic mean R*P / ((1 - alpha) * P + alpha * R), 0 when both are 0
 */
public record RougeScore(double recall, double precision, double f) {

  /** All three values 0. */
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  public RougeScore {
    if (Double.isNaN(recall) || Double.isNaN(precision) || Double.isNaN(f)) {
      throw new IllegalArgumentException(
          "scores must not be NaN, were R=" + recall + " P=" + precision + " F=" + f);
    }
  }

  /** The value of {@code "R"}, {@code "P"} or {@code "F"}. */
  public double get(char which) {
    return switch (which) {
      case 'R' -> recall;
      case 'P' -> precision;
      case 'F' -> f;
      default -> throw new IllegalArgumentException("expected R, P or F, was " + which);
    };
  }
}
