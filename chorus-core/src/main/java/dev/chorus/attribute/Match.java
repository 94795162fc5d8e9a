package dev.chorus.attribute;

/**
 * How a source sentence relates to a summary sentence, strongest first.
 *
 * <p>The kinds are tested in this order and the first that holds is reported, so a verbatim copy is
 * never reported as a near-duplicate, nor a near-duplicate as a paraphrase.
 */
public enum Match {
  /** The sentence the summarizer selected: the summary sentence's own source. */
  SELECTED,
  /**
   * The same text after whitespace normalization ({@link dev.chorus.model.Budget#normalizeSpace}):
   * a syndicated copy.
   */
  VERBATIM,
  /**
   * A lightly edited copy, as {@link dev.chorus.select.NearDuplicateIndex} decides: term-set
   * Jaccard at least 0.7, or one term set (4+ terms) nearly contained in the other.
   */
  NEAR_DUPLICATE,
  /**
   * The same information in other words: the encoder's cosine similarity is at least the {@link
   * Attributor}'s calibrated paraphrase threshold.
   */
  PARAPHRASE
}
