package dev.chorus.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.text.LuceneTermAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HashedTermEncoderTest {

  private static final HashedTermEncoder ENCODER = new HashedTermEncoder();
  private static final int D = HashedTermEncoder.DEFAULT_DIMENSION;

  @Test
  void name_and_dimension() {
    assertThat(ENCODER.name()).isEqualTo("hashed-terms-1024");
    assertThat(ENCODER.dimension()).isEqualTo(1024);
    assertThat(new HashedTermEncoder(new LuceneTermAnalyzer(), 7).dimension()).isEqualTo(7);
  }

  @Test
  void hash_is_pinned_so_vectors_stay_comparable_across_versions() {
    // FNV-1a 64 then MurmurHash3 fmix64, checked against an independent implementation.
    assertThat(HashedTermEncoder.hash("")).isEqualTo(0x0cec65640d7cdd1cL);
    assertThat(HashedTermEncoder.hash("a")).isEqualTo(0x78df5b92caece67aL);
    assertThat(HashedTermEncoder.hash("dog")).isEqualTo(0x6fa80fb4db544751L);
    assertThat(HashedTermEncoder.hash("zürich")).isEqualTo(0x34d942d815b94ca5L);
    // 0x6fa8...4751 >>> 1 = 4022849001872827304, mod 1024 = 936; odd, so negative.
    assertThat(HashedTermEncoder.bucket(0x6fa80fb4db544751L, 1024)).isEqualTo(936);
    assertThat(HashedTermEncoder.sign(0x6fa80fb4db544751L)).isEqualTo(-1);
  }

  @Test
  void one_term_is_a_signed_unit_vector_in_its_bucket() {
    long hash = HashedTermEncoder.hash("cat");
    int bucket = HashedTermEncoder.bucket(hash, D);
    float[] row = ENCODER.encode(List.of("Cats!"))[0];
    float[] expected = new float[D];
    expected[bucket] = HashedTermEncoder.sign(hash);
    assertThat(row).containsExactly(expected);
  }

  @Test
  void two_terms_once_each_get_one_over_root_two() {
    long dog = HashedTermEncoder.hash("dog");
    long bark = HashedTermEncoder.hash("bark");
    assertThat(HashedTermEncoder.bucket(dog, D)).isNotEqualTo(HashedTermEncoder.bucket(bark, D));
    float[] row = ENCODER.encode(List.of("The dogs bark."))[0];
    float half = (float) Math.sqrt(0.5);
    assertThat(row[HashedTermEncoder.bucket(dog, D)]).isEqualTo(HashedTermEncoder.sign(dog) * half);
    assertThat(row[HashedTermEncoder.bucket(bark, D)])
        .isEqualTo(HashedTermEncoder.sign(bark) * half);
    assertThat(nonZeros(row)).isEqualTo(2);
  }

  @Test
  void repeated_terms_weigh_one_plus_log_tf() {
    long dog = HashedTermEncoder.hash("dog");
    long bark = HashedTermEncoder.hash("bark");
    float[] row = ENCODER.encode(List.of("dog, dogs, bark"))[0];
    double tf2 = 1 + Math.log(2);
    double norm = Math.sqrt(tf2 * tf2 + 1);
    assertThat(row[HashedTermEncoder.bucket(dog, D)])
        .isCloseTo((float) (HashedTermEncoder.sign(dog) * tf2 / norm), within(1e-7f));
    assertThat(row[HashedTermEncoder.bucket(bark, D)])
        .isCloseTo((float) (HashedTermEncoder.sign(bark) / norm), within(1e-7f));
  }

  @Test
  void cosine_counts_shared_stems() {
    float[][] rows = ENCODER.encode(List.of("The dogs bark loudly", "A dog barks", "Cats sleep"));
    // {dog, bark, loudli} vs {dog, bark}: 2 / (sqrt 3 * sqrt 2).
    assertThat(Vectors.dot(rows[0], rows[1])).isCloseTo(2 / Math.sqrt(6), within(1e-6));
    assertThat(Vectors.dot(rows[0], rows[2])).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void rows_are_unit_length_or_zero_for_text_without_terms() {
    float[][] rows =
        ENCODER.encode(List.of("", "   \n", "It is what they would have done.", "Rain in Spain"));
    assertThat(rows[0]).containsOnly(0f);
    assertThat(rows[1]).containsOnly(0f);
    assertThat(rows[2]).containsOnly(0f);
    assertThat(Vectors.dot(rows[3], rows[3])).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void empty_list_gives_no_rows() {
    assertThat(ENCODER.encode(List.of())).isEmpty();
  }

  @Test
  void word_order_and_list_order_do_not_matter() {
    float[][] a = ENCODER.encode(List.of("markets fell sharply in Tokyo", "the storm hit Florida"));
    float[][] b =
        ENCODER.encode(List.of("Florida was hit by the storm", "in Tokyo, sharply fell markets"));
    assertThat(a[0]).containsExactly(b[1]);
    assertThat(Vectors.dot(a[1], b[0])).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void non_ascii_terms_are_encoded() {
    // Terms: zürich, gdańsk, and one per CJK ideograph (Lucene's UAX #29 tokenizer): 東, 京.
    float[] row = ENCODER.encode(List.of("Zürich and Gdańsk, 東京"))[0];
    assertThat(nonZeros(row)).isEqualTo(4);
    assertThat(Vectors.dot(row, row)).isCloseTo(1.0, within(1e-6));
    float[] other = ENCODER.encode(List.of("Zurich"))[0];
    assertThat(Vectors.dot(row, other)).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void a_huge_text_is_one_unit_row() {
    String huge = String.join(" ", Collections.nCopies(20_000, "protest police city"));
    float[] row = ENCODER.encode(List.of(huge))[0];
    assertThat(nonZeros(row)).isEqualTo(3);
    assertThat(Vectors.dot(row, row)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void concurrent_calls_give_the_sequential_rows() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("Sentence " + i + " about flood number " + (i % 7) + " in the valley");
    }
    float[][] sequential = ENCODER.encode(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[][]>> futures =
          IntStream.range(0, 8).mapToObj(k -> pool.submit(() -> ENCODER.encode(texts))).toList();
      for (Future<float[][]> future : futures) {
        float[][] rows = future.get();
        for (int i = 0; i < rows.length; i++) {
          assertThat(rows[i]).containsExactly(sequential[i]);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bad_arguments_are_rejected_with_the_value() {
    assertThatThrownBy(() -> new HashedTermEncoder(new LuceneTermAnalyzer(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> ENCODER.encode(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("texts[1]");
  }

  private static int nonZeros(float[] row) {
    int n = 0;
    for (float x : row) {
      if (x != 0) {
        n++;
      }
    }
    return n;
  }
}
