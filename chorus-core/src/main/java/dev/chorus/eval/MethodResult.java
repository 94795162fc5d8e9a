package dev.chorus.eval;

import dev.chorus.rouge.RougeReport;
import java.util.Objects;

/**
 * The scores of one method over an evaluation set. Immutable and thread-safe.
 *
 * @param method the method's name, e.g. "lexrank" or "oracle"
 * @param report per ROUGE metric, the bootstrap average with its confidence interval and the
 *     per-cluster scores
 * @param meanWords the mean length of the method's summaries in whitespace-separated words (before
 *     any {@code -l}/{@code -b} truncation by the scorer)
 */
public record MethodResult(String method, RougeReport report, double meanWords) {

  public MethodResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(report, "report");
    if (!(meanWords >= 0)) {
      throw new IllegalArgumentException("meanWords must be >= 0, was " + meanWords);
    }
  }
}
