package dev.chorus.rouge;

import java.util.Objects;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * Where the bootstrap gets its random cluster indices.
 *
 * <p>{@link #rouge155()} reproduces ROUGE-1.5.5 exactly: before resample number {@code i} the
 * script calls Perl's {@code srand(i)} and then draws {@code int(rand(N))} N times; Perl (5.20 and
 * later, on every platform) implements {@code rand} with its own drand48, which {@link #rouge155()}
 * re-implements. With it, confidence intervals and averages match the script's output digit for
 * digit. {@link #of(Random)} draws from a caller's seeded {@link Random} instead.
 */
@FunctionalInterface
public interface ResampleSource {

  /**
   * The index generator for resample number {@code sample} (0-based): applied to a bound N it
   * returns an index in [0, N). Called once per resample, in resample order, from one thread.
   */
  IntUnaryOperator draws(int sample);

  /** Perl's drand48 seeded with the resample number, as ROUGE-1.5.5. Thread-safe. */
  static ResampleSource rouge155() {
    return sample -> {
      Drand48 random = new Drand48(sample);
      return bound -> (int) (bound * random.next());
    };
  }

  /**
   * Indices from {@code random}, consumed in order across resamples; deterministic for a seeded
   * {@link Random}. Not thread-safe (nor is {@link Random}'s sequence when shared).
   */
  static ResampleSource of(Random random) {
    Objects.requireNonNull(random, "random");
    return sample -> random::nextInt;
  }

  /**
   * The 48-bit linear congruential generator of POSIX drand48, as Perl seeds it: state = 0x330E +
   * (seed << 16); next state = (0x5DEECE66D * state + 0xB) mod 2^48; value = state / 2^48. Not
   * thread-safe.
   */
  final class Drand48 {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    /** Seeded like Perl's {@code srand(seed)} (the seed taken as an unsigned 32-bit value). */
    public Drand48(int seed) {
      state = 0x330EL + ((seed & 0xFFFFFFFFL) << 16);
    }

    /** The next value in [0, 1). */
    public double next() {
      state = (state * MULTIPLIER + INCREMENT) & MASK;
      return state * 0x1.0p-48;
    }
  }
}
