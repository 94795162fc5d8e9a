package dev.chorus.cluster;

import dev.chorus.dedup.DocumentDeduplicator;
import dev.chorus.dedup.Shingles;
import dev.chorus.model.Article;

/**
 * The near-duplicate test of story clustering: the criterion of {@link DocumentDeduplicator} (word
 * 3-shingle sets with Jaccard similarity at least {@value DocumentDeduplicator#DEFAULT_JACCARD}, or
 * the smaller set, of at least {@value DocumentDeduplicator#MIN_CONTAINED_SHINGLES} shingles,
 * contained at least {@value DocumentDeduplicator#DEFAULT_CONTAINMENT} in the other), applied only
 * to pairs whose term vectors are already close ({@link #MIN_COSINE}), which the neighbour search
 * finds anyway: no separate all-pairs or LSH pass. Syndicated copies, reprints and truncated copies
 * of one article are one report of one event, so they always share a story. Stateless and
 * thread-safe.
 */
final class NearDuplicates {

  /**
   * Pairs below this cosine of their TF-IDF vectors are not tested. Half the shingles in common
   * means most of the words in common, far above this cosine; a copy cut to a fifth of the original
   * still reaches it (docs/clustering.md).
   */
  static final double MIN_COSINE = 0.4;

  private NearDuplicates() {}

  /** The shingle set the test compares: word 3-shingles of the body. */
  static long[] shingles(Article article) {
    return Shingles.of(article.text(), Shingles.DEFAULT_SIZE);
  }

  /** Whether two shingle sets are near-duplicates by {@link DocumentDeduplicator}'s criterion. */
  static boolean test(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int common = Shingles.intersection(a, b);
    double jaccard = (double) common / (a.length + b.length - common);
    int smaller = Math.min(a.length, b.length);
    return jaccard >= DocumentDeduplicator.DEFAULT_JACCARD
        || (smaller >= DocumentDeduplicator.MIN_CONTAINED_SHINGLES
            && (double) common / smaller >= DocumentDeduplicator.DEFAULT_CONTAINMENT);
  }
}
