package dev.chorus.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of sets of 64-bit hashes (Broder, "On the resemblance and containment of
 * documents", SEQUENCES 1997): for each of {@code n} hash functions, the minimum hash over the set.
 * The share of positions where two signatures agree is an unbiased estimate of the sets' Jaccard
 * similarity, with standard error about sqrt(J(1-J)/n).
 *
 * <p>Hash function i is {@code x -> mix(x ^ seed_i)}, where {@code mix} is the MurmurHash3
 * finalizer (a bijection on 64-bit values, so each function permutes the hash space) and the
 * seeds come from a {@link SplittableRandom} with the given seed: the same seed gives the same
 * signatures on every run and machine.
 *
 * <p>Immutable, hence thread-safe. A signature costs O(n·|set|).
 */
public final class MinHasher {

  private final long[] seeds;

  /**
   * A hasher with {@code functions} hash functions drawn from {@code seed}.
   *
   * @param functions at least 1
   */
  public MinHasher(int functions, long seed) {
    if (functions < 1) {
      throw new IllegalArgumentException("functions must be >= 1, was " + functions);
    }
    SplittableRandom random = new SplittableRandom(seed);
    seeds = new long[functions];
    for (int i = 0; i < functions; i++) {
      seeds[i] = random.nextLong();
    }
  }

  /** Number of hash functions, the signature length. */
  public int functions() {
    return seeds.length;
  }

  /**
   * The signature of {@code set} (64-bit hashes, e.g. {@link Shingles#of}); all {@code
   * Long.MAX_VALUE} for the empty set.
   */
  public long[] signature(long[] set) {
    long[] signature = new long[seeds.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long x : set) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Shingles.mix(x ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The share of positions where two signatures of this hasher agree: the Jaccard estimate. */
  public static double estimate(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return a.length == 0 ? 0 : (double) same / a.length;
  }
}
