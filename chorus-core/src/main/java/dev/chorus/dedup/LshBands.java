package dev.chorus.dedup;

import java.util.Arrays;

/**
 * Locality-sensitive hashing of MinHash signatures by banding (Indyk and Motwani 1998; Leskovec,
 * Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3.4): the signature is cut into {@code
 * bands} bands of {@code rows} values, and two items are candidates when they agree on all rows of
 * at least one band, which happens with probability 1 − (1 − J^rows)^bands for Jaccard similarity
 * J.
 *
 * <p>To stay linear when thousands of copies share a bucket, a bucket of m items (in item order)
 * yields only its first item paired with every other, and each item paired with the one before
 * it: at most 2m candidate pairs, enough to connect every copy once the pairs are verified, rather
 * than all m(m−1)/2.
 *
 * <p>Stateless and thread-safe. O(bands · n log n) for n signatures, plus the pairs.
 */
final class LshBands {

  private LshBands() {}

  /**
   * Candidate pairs {@code (a, b)}, {@code a < b}, encoded as {@code a * n + b}, sorted and
   * distinct. Items with {@code skip[i]} set (empty sets) are never candidates.
   */
  static long[] candidates(long[][] signatures, boolean[] skip, int bands, int rows) {
    int n = signatures.length;
    if (n > 0 && signatures[0].length < bands * rows) {
      throw new IllegalArgumentException(
          "signatures have " + signatures[0].length + " values, bands x rows needs "
              + bands * rows);
    }
    long[] pairs = new long[16];
    int count = 0;
    long[][] keyed = new long[n][];
    for (int band = 0; band < bands; band++) {
      int size = 0;
      long[] keys = new long[n];
      int[] items = new int[n];
      for (int i = 0; i < n; i++) {
        if (skip[i]) {
          continue;
        }
        long h = band;
        for (int r = 0; r < rows; r++) {
          h = Shingles.mix(h * 31 + signatures[i][band * rows + r]);
        }
        keys[size] = h;
        items[size] = i;
        size++;
      }
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      long[] bandKeys = keys;
      Arrays.sort(order, (x, y) -> {
        int byKey = Long.compare(bandKeys[x], bandKeys[y]);
        return byKey != 0 ? byKey : Integer.compare(items[x], items[y]);
      });
      int runStart = 0;
      for (int k = 1; k <= size; k++) {
        if (k < size && keys[order[k]] == keys[order[runStart]]) {
          continue;
        }
        int first = items[order[runStart]];
        for (int m = runStart + 1; m < k; m++) {
          int item = items[order[m]];
          int previous = items[order[m - 1]];
          if (count + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[count++] = (long) first * n + item;
          if (previous != first) {
            pairs[count++] = (long) previous * n + item;
          }
        }
        runStart = k;
      }
    }
    long[] result = Arrays.copyOf(pairs, count);
    Arrays.sort(result);
    int distinct = 0;
    for (int k = 0; k < result.length; k++) {
      if (k == 0 || result[k] != result[k - 1]) {
        result[distinct++] = result[k];
      }
    }
    return Arrays.copyOf(result, distinct);
  }
}
