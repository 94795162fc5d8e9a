package dev.chorus.cluster;

import java.util.Arrays;

/**
 * Approximate k nearest neighbours of unit vectors by cosine, without comparing all pairs: an
 * inverted index over each vector's heaviest terms proposes candidates, which are then compared
 * exactly.
 *
 * <p>Every vector is indexed under its {@code topTerms} heaviest terms. A query walks the postings
 * of its own heaviest terms and accumulates, per document met, the part of the dot product over the
 * terms both index (a lower bound of the cosine that counts the distinctive shared terms); the
 * {@code candidates} best by that score are compared exactly and the {@code keep} most similar
 * kept. Two articles about one event share their names and rare terms, which are what TF-IDF weighs
 * most, so the true neighbours are rarely missed (docs/clustering.md measures it); the cost is the
 * sum over queries of the postings walked, about Σ_t p(t)² for p(t) documents indexed under t,
 * instead of n².
 *
 * <p>Documents whose times are both known and further apart than the window are not neighbours.
 * Results do not depend on the thread count: each query is computed alone, and ties are broken by
 * document number. Stateless; thread-safe.
 */
final class NeighborSearch {

  /** Unknown time. */
  static final long NO_TIME = Long.MIN_VALUE;

  private NeighborSearch() {}

  /**
   * The neighbours of one document, most similar first (ties: lower number first).
   *
   * @param ids document numbers
   * @param cosines their cosines with the document
   */
  record Neighbors(int[] ids, float[] cosines) {

    static final Neighbors NONE = new Neighbors(new int[0], new float[0]);

    int size() {
      return ids.length;
    }
  }

  /**
   * The neighbours of every vector.
   *
   * @param vectors unit vectors (empty ones have no neighbours)
   * @param times epoch seconds per document, or {@link #NO_TIME}
   * @param windowSeconds documents further apart are not neighbours; {@code Long.MAX_VALUE} for no
   *     limit
   */
  static Neighbors[] search(
      SparseVector[] vectors,
      long[] times,
      long windowSeconds,
      int topTerms,
      int candidates,
      int keep,
      int threads) {
    int n = vectors.length;
    int[][] top = new int[n][];
    int maxTerm = -1;
    for (int d = 0; d < n; d++) {
      top[d] = heaviest(vectors[d], topTerms);
      for (int position : top[d]) {
        maxTerm = Math.max(maxTerm, vectors[d].terms[position]);
      }
    }
    // Postings in document order, as flat arrays: term t's entries are [start[t], start[t+1]).
    int[] start = new int[maxTerm + 2];
    for (int d = 0; d < n; d++) {
      for (int position : top[d]) {
        start[vectors[d].terms[position] + 1]++;
      }
    }
    for (int t = 0; t <= maxTerm; t++) {
      start[t + 1] += start[t];
    }
    int[] fill = Arrays.copyOf(start, start.length);
    int[] postingDocs = new int[start[maxTerm + 1]];
    float[] postingWeights = new float[postingDocs.length];
    for (int d = 0; d < n; d++) {
      for (int position : top[d]) {
        int slot = fill[vectors[d].terms[position]]++;
        postingDocs[slot] = d;
        postingWeights[slot] = vectors[d].weights[position];
      }
    }

    Neighbors[] result = new Neighbors[n];
    Parallel.forEach(
        n,
        threads,
        () -> new Scratch(n),
        (scratch, d) -> {
          SparseVector query = vectors[d];
          int touched = 0;
          for (int position : top[d]) {
            int term = query.terms[position];
            float weight = query.weights[position];
            for (int slot = start[term]; slot < start[term + 1]; slot++) {
              int other = postingDocs[slot];
              if (other == d) {
                continue;
              }
              if (scratch.score[other] == 0) {
                scratch.touched[touched++] = other;
              }
              scratch.score[other] += weight * postingWeights[slot];
            }
          }
          result[d] = best(d, vectors, times, windowSeconds, scratch, touched, candidates, keep);
        });
    return result;
  }

  /** Per-worker arrays: accumulated scores (all 0 between queries) and the documents met. */
  private static final class Scratch {
    final float[] score;
    final int[] touched;

    Scratch(int n) {
      score = new float[n];
      touched = new int[n];
    }
  }

  private static Neighbors best(
      int d,
      SparseVector[] vectors,
      long[] times,
      long windowSeconds,
      Scratch scratch,
      int touched,
      int candidates,
      int keep) {
    // Order the documents met by score (descending), then number, in one sort of packed longs:
    // the bits of a positive float order like the float.
    long[] keys = new long[touched];
    int size = 0;
    for (int k = 0; k < touched; k++) {
      int other = scratch.touched[k];
      float score = scratch.score[other];
      scratch.score[other] = 0;
      if (!withinWindow(times, d, other, windowSeconds)) {
        continue;
      }
      keys[size++] = ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - other);
    }
    if (size == 0) {
      return Neighbors.NONE;
    }
    Arrays.sort(keys, 0, size);
    int compared = Math.min(candidates, size);
    long[] exact = new long[compared];
    for (int k = 0; k < compared; k++) {
      int other = Integer.MAX_VALUE - (int) keys[size - 1 - k];
      float cosine = (float) Math.min(1.0, vectors[d].dot(vectors[other]));
      exact[k] = ((long) Float.floatToIntBits(cosine) << 32) | (Integer.MAX_VALUE - other);
    }
    Arrays.sort(exact);
    int kept = Math.min(keep, compared);
    int[] ids = new int[kept];
    float[] cosines = new float[kept];
    for (int k = 0; k < kept; k++) {
      long key = exact[compared - 1 - k];
      ids[k] = Integer.MAX_VALUE - (int) key;
      cosines[k] = Float.intBitsToFloat((int) (key >>> 32));
    }
    return new Neighbors(ids, cosines);
  }

  static boolean withinWindow(long[] times, int a, int b, long windowSeconds) {
    long x = times[a];
    long y = times[b];
    if (x == NO_TIME || y == NO_TIME || windowSeconds == Long.MAX_VALUE) {
      return true;
    }
    return Math.abs(x - y) <= windowSeconds;
  }

  /** Positions of the {@code count} heaviest weights of {@code v} (ties: lower term first). */
  static int[] heaviest(SparseVector v, int count) {
    int size = v.size();
    if (size <= count) {
      int[] all = new int[size];
      for (int k = 0; k < size; k++) {
        all[k] = k;
      }
      return all;
    }
    long[] keys = new long[size];
    for (int k = 0; k < size; k++) {
      // Weights are positive; position order equals term order, so ties go to the lower term.
      keys[k] = ((long) Float.floatToIntBits(v.weights[k]) << 32) | (Integer.MAX_VALUE - k);
    }
    Arrays.sort(keys);
    int[] positions = new int[count];
    for (int k = 0; k < count; k++) {
      positions[k] = Integer.MAX_VALUE - (int) keys[size - 1 - k];
    }
    Arrays.sort(positions);
    return positions;
  }
}
