package dev.chorus.dedup;

import dev.chorus.model.Budget;
import java.util.Locale;

/**
 * When two sentences are near-duplicates: the one criterion that the summarizers' duplicate check
 * ({@code dev.chorus.select.NearDuplicateIndex}) and {@link SentenceDeduplicator} share, so that a
 * summary's sources and the carriers reported here agree.
 *
 * <p>Two sentences with content-term sets A and B (distinct terms) are near-duplicates when
 *
 * <ul>
 *   <li>their Jaccard similarity |A∩B| / |A∪B| is at least {@link #JACCARD} (0.7), or
 *   <li>the smaller set has at least {@link #MIN_CONTAINED_TERMS} (4) terms and at least {@link
 *       #CONTAINMENT} (0.9) of them are in the other set: one sentence says nothing the other does
 *       not;
 *   <li>both sets are empty and the whitespace-normalized, lowercased texts are equal.
 * </ul>
 *
 * Term sets rather than word shingles make the test robust to reordering and small edits ("said on
 * Tuesday" / "said Tuesday"); the size floor keeps a short generic sentence from counting as a copy
 * of every longer sentence that happens to contain its few terms. Stateless and thread-safe; a test
 * costs O(|A|+|B|).
 */
public final class SentenceSimilarity {

  /** Jaccard similarity of term sets at which two sentences are near-duplicates. */
  public static final double JACCARD = 0.7;

  /** Share of the smaller term set found in the larger one at which it counts as contained. */
  public static final double CONTAINMENT = 0.9;

  /** Fewest distinct terms a sentence needs for the containment criterion to apply. */
  public static final int MIN_CONTAINED_TERMS = 4;

  // Slack for comparing a ratio of small integers with a decimal threshold.
  private static final double EPSILON = 1e-9;

  private SentenceSimilarity() {}

  /**
   * Whether two non-empty term sets, given as sorted arrays of distinct term ids, are
   * near-duplicates by the Jaccard or the containment criterion.
   */
  public static boolean areNearDuplicates(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int common = overlap(a, b);
    int union = a.length + b.length - common;
    if (common >= JACCARD * union - EPSILON) {
      return true;
    }
    int smaller = Math.min(a.length, b.length);
    return smaller >= MIN_CONTAINED_TERMS && common >= CONTAINMENT * smaller - EPSILON;
  }

  /**
   * The fewest shared terms any near-duplicate pair whose smaller set has {@code size} terms has:
   * the bound that prefix filtering relies on.
   */
  public static int minOverlap(int size) {
    return Math.max(1, (int) Math.ceil(Math.min(JACCARD, CONTAINMENT) * size - EPSILON));
  }

  /** The key under which sentences without content terms are compared: folded text. */
  public static String emptyKey(String text) {
    return Budget.normalizeSpace(text).toLowerCase(Locale.ROOT);
  }

  /** Number of distinct ids two sorted arrays share. */
  public static int overlap(int[] a, int[] b) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }
}
