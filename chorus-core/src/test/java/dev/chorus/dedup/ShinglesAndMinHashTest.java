package dev.chorus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShinglesAndMinHashTest {

  @Test
  void words_are_lowercase_letter_and_digit_runs() {
    assertThat(Shingles.words("The U.S. said: “Zoë’s 14,000 cars!”"))
        .containsExactly("the", "u", "s", "said", "zoë", "s", "14", "000", "cars");
    assertThat(Shingles.words(" \n—…")).isEmpty();
  }

  @Test
  void three_word_shingles_of_a_small_text() {
    // a b c d a b c: shingles abc, bcd, cda, dab, abc → 4 distinct.
    assertThat(Shingles.of("a b c d a b c", 3)).hasSize(4);
    // Fewer words than the size: one shingle of all of them; none for no words.
    assertThat(Shingles.of("a b", 3)).hasSize(1);
    assertThat(Shingles.of("", 3)).isEmpty();
    assertThat(Shingles.of("A, B!", 3)).isEqualTo(Shingles.of("a b", 3));
    long[] set = Shingles.of("one two three four five six", 2);
    assertThat(set).isSorted().hasSize(5);
    assertThatThrownBy(() -> Shingles.of("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @Test
  void jaccard_and_containment_by_hand() {
    long[] a = Shingles.of("a b c d e", 3); // abc bcd cde
    long[] b = Shingles.of("a b c d x", 3); // abc bcd cdx
    // 2 shared of 4 in the union.
    assertThat(Shingles.jaccard(a, b)).isEqualTo(0.5);
    assertThat(Shingles.containment(a, b)).isCloseTo(2.0 / 3, within(1e-12));
    long[] prefix = Shingles.of("a b c d", 3); // abc bcd: all in a
    assertThat(Shingles.containment(prefix, a)).isEqualTo(1.0);
    assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
  }

  @Test
  void minhash_estimates_jaccard_and_is_deterministic() {
    // Sets {0..999} and {500..1499}: Jaccard 500 / 1500 = 1/3.
    long[] a = LongStream.range(0, 1000).map(Shingles::mix).sorted().toArray();
    long[] b = LongStream.range(500, 1500).map(Shingles::mix).sorted().toArray();
    assertThat(Shingles.jaccard(a, b)).isCloseTo(1.0 / 3, within(1e-12));
    MinHasher hasher = new MinHasher(512, 1);
    double estimate = MinHasher.estimate(hasher.signature(a), hasher.signature(b));
    // Standard error sqrt(J(1-J)/512) ≈ 0.021; allow four of them.
    assertThat(estimate).isCloseTo(1.0 / 3, within(0.085));
    assertThat(new MinHasher(512, 1).signature(a)).isEqualTo(hasher.signature(a));
    assertThat(new MinHasher(512, 2).signature(a)).isNotEqualTo(hasher.signature(a));
    assertThat(MinHasher.estimate(hasher.signature(a), hasher.signature(a))).isEqualTo(1.0);
  }

  @Test
  void minhash_of_the_empty_set_and_bad_arguments() {
    MinHasher hasher = new MinHasher(4, 0);
    assertThat(hasher.signature(new long[0])).containsOnly(Long.MAX_VALUE);
    assertThatThrownBy(() -> new MinHasher(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MinHasher.estimate(new long[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lsh_pairs_copies_linearly_and_never_pairs_skipped_items() {
    MinHasher hasher = new MinHasher(12, 3);
    long[] set = Shingles.of("the same wire story printed by many outlets today", 3);
    long[][] signatures = new long[6][];
    for (int i = 0; i < 5; i++) {
      signatures[i] = hasher.signature(set);
    }
    signatures[5] = hasher.signature(Shingles.of("something else entirely here now", 3));
    boolean[] skip = new boolean[6];
    long[] pairs = LshBands.candidates(signatures, skip, 4, 3);
    // One bucket of five copies: first with each (4 pairs) and each with the one before (3 new).
    assertThat(Arrays.stream(pairs).mapToObj(c -> (c / 6) + "-" + (c % 6)))
        .containsExactly("0-1", "0-2", "0-3", "0-4", "1-2", "2-3", "3-4");
    skip[0] = true;
    assertThat(Arrays.stream(LshBands.candidates(signatures, skip, 4, 3)))
        .noneMatch(c -> c / 6 == 0);
    assertThatThrownBy(() -> LshBands.candidates(signatures, skip, 5, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void random_sets_lsh_candidates_contain_every_identical_pair() {
    Random random = new Random(11);
    MinHasher hasher = new MinHasher(64, 5);
    long[][] sets = new long[40][];
    for (int i = 0; i < sets.length; i++) {
      // Every fourth set repeats the one before it.
      sets[i] =
          i % 4 == 3 ? sets[i - 1]
              : LongStream.generate(random::nextLong).limit(30).sorted().distinct().toArray();
    }
    long[][] signatures = Arrays.stream(sets).map(hasher::signature).toArray(long[][]::new);
    long[] pairs = LshBands.candidates(signatures, new boolean[40], 16, 4);
    for (int i = 3; i < 40; i += 4) {
      assertThat(pairs).as("seed 11, pair %d-%d", i - 1, i).contains((long) (i - 1) * 40 + i);
    }
  }
}
