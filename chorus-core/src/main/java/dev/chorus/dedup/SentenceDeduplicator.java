package dev.chorus.dedup;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the near-duplicate sentences of a story ({@link SentenceSimilarity}: content-term sets
 * with Jaccard at least 0.7, or one at least 90 % contained in the other) and groups them; see
 * {@link SentenceDuplicates}.
 *
 * <p>Stories of at most {@code exactLimit} sentences (default 2,000) are searched exactly, every
 * pair compared: O(n² · t) for n sentences of t terms. Larger ones use MinHash signatures of the
 * term sets (64 functions) and LSH banding ({@link LshBands}, 16 bands of 4 rows); each candidate
 * pair is then verified with the exact criterion, so no false pair is reported. A pair at Jaccard
 * 0.7 becomes a candidate with probability 1 − (1 − 0.7⁴)¹⁶ ≈ 0.99; a containment pair of low
 * Jaccard similarity (a short sentence repeated inside a long one) can be missed. Sentences
 * without content terms are grouped by their folded text, in both modes. Seeded, hence
 * deterministic. Immutable, hence thread-safe.
 */
public final class SentenceDeduplicator {

  /** Default largest story (in sentences) searched exactly. */
  public static final int DEFAULT_EXACT_LIMIT = 2_000;

  /** LSH bands and rows of the default search. */
  public static final int DEFAULT_BANDS = 16;

  public static final int DEFAULT_ROWS = 4;

  private static final long SEED = 0x5e47_e9ce_d0c5L;

  private final int exactLimit;
  private final int bands;
  private final int rows;
  private final MinHasher hasher;

  /** The defaults: exact up to 2,000 sentences, else 16 bands of 4 rows. */
  public SentenceDeduplicator() {
    this(DEFAULT_EXACT_LIMIT, DEFAULT_BANDS, DEFAULT_ROWS);
  }

  /**
   * A deduplicator with the given search parameters.
   *
   * @param exactLimit largest number of sentences searched exactly, at least 0
   * @param bands LSH bands, at least 1
   * @param rows rows per band, at least 1
   */
  public SentenceDeduplicator(int exactLimit, int bands, int rows) {
    if (exactLimit < 0 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "need exactLimit >= 0, bands >= 1, rows >= 1, were " + exactLimit + ", " + bands
              + ", " + rows);
    }
    this.exactLimit = exactLimit;
    this.bands = bands;
    this.rows = rows;
    this.hasher = new MinHasher(bands * rows, SEED);
  }

  /** The near-duplicate groups of {@code story}'s sentences. */
  public SentenceDuplicates find(AnalyzedStory story) {
    Objects.requireNonNull(story, "story");
    List<AnalyzedSentence> sentences = story.sentences();
    int n = sentences.size();
    int[][] terms = termSets(sentences);
    UnionFind groups = new UnionFind(n);

    // Sentences without terms: equal folded text.
    Map<String, Integer> firstByText = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (terms[i].length == 0) {
        Integer first =
            firstByText.putIfAbsent(SentenceSimilarity.emptyKey(sentences.get(i).text()), i);
        if (first != null) {
          groups.union(first, i);
        }
      }
    }

    boolean exact = n <= exactLimit;
    if (exact) {
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (SentenceSimilarity.areNearDuplicates(terms[a], terms[b])) {
            groups.union(a, b);
          }
        }
      }
    } else {
      long[][] signatures = new long[n][];
      boolean[] empty = new boolean[n];
      for (int i = 0; i < n; i++) {
        long[] set = new long[terms[i].length];
        for (int k = 0; k < set.length; k++) {
          set[k] = Shingles.mix(terms[i][k] + 0x9e3779b97f4a7c15L);
        }
        signatures[i] = hasher.signature(set);
        empty[i] = set.length == 0;
      }
      for (long code : LshBands.candidates(signatures, empty, bands, rows)) {
        int a = (int) (code / n);
        int b = (int) (code % n);
        if (SentenceSimilarity.areNearDuplicates(terms[a], terms[b])) {
          groups.union(a, b);
        }
      }
    }
    return new SentenceDuplicates(story, groups.labels(), exact);
  }

  /** Each sentence's distinct term ids, ascending; ids by first occurrence in story order. */
  static int[][] termSets(List<AnalyzedSentence> sentences) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] sets = new int[sentences.size()][];
    for (int i = 0; i < sets.length; i++) {
      List<String> terms = sentences.get(i).terms();
      int[] set = new int[terms.size()];
      for (int k = 0; k < set.length; k++) {
        set[k] = ids.computeIfAbsent(terms.get(k), t -> ids.size());
      }
      Arrays.sort(set);
      int distinct = 0;
      for (int k = 0; k < set.length; k++) {
        if (k == 0 || set[k] != set[k - 1]) {
          set[distinct++] = set[k];
        }
      }
      sets[i] = Arrays.copyOf(set, distinct);
    }
    return sets;
  }
}
