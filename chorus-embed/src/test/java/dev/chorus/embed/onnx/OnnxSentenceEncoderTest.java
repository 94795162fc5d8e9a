package dev.chorus.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.embed.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxSentenceEncoderTest {

  /** Anchor, paraphrase, unrelated sentence on a neighbouring news topic. Written for this test. */
  static final List<List<String>> TRIPLES =
      List.of(
          List.of(
              "The central bank raised interest rates by half a percentage point on Wednesday.",
              "On Wednesday the central bank lifted borrowing costs by 0.5 points.",
              "The bank's headquarters will move to a new building next spring."),
          List.of(
              "A magnitude 6.1 earthquake struck off the coast early Monday, officials said.",
              "Officials said a strong quake of magnitude 6.1 hit offshore on Monday morning.",
              "Officials said the coastal road will be closed for repairs on Monday."),
          List.of(
              "The senator announced she will not seek re-election next year.",
              "The senator said she is retiring and won't run again in next year's race.",
              "The senator announced a new bill on farm subsidies next year."),
          List.of(
              "Firefighters contained the wildfire after it burned 2,000 acres.",
              "The blaze, which scorched about 2,000 acres, was brought under control by crews.",
              "Firefighters held a charity football match to raise 2,000 dollars."),
          List.of(
              "The company recalled 300,000 cars because of faulty airbags.",
              "Some 300,000 vehicles are being called back over defective air bags.",
              "The company opened a car factory that will employ 300,000 people."),
          List.of(
              "Police arrested two men suspected of robbing the jewellery store.",
              "Two suspects in the jewelry shop robbery were taken into custody by officers.",
              "Police officers received new uniforms and radios this week."));

  /** The defaults: one text per ONNX Runtime call, one thread. */
  private static OnnxSentenceEncoder minilm;

  /** Batches of 32 on 2 intra-op threads. */
  private static OnnxSentenceEncoder batched;

  @BeforeAll
  static void open() throws IOException {
    minilm = OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q);
    batched = OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 128, 32, 2);
  }

  @AfterAll
  static void close() {
    minilm.close();
    batched.close();
  }

  @Test
  void name_dimension_and_defaults() {
    assertThat(minilm.name()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(minilm.dimension()).isEqualTo(384);
    assertThat(minilm.maxTokens()).isEqualTo(128);
    assertThat(batched.name()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(minilm.model()).isSameAs(EmbeddingModel.ALL_MINILM_L6_V2_Q);
    assertThat(EmbeddingModel.byId("bge-small-en-v1.5-q"))
        .isSameAs(EmbeddingModel.BGE_SMALL_EN_V15_Q);
    assertThatThrownBy(() -> EmbeddingModel.byId("gpt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gpt'")
        .hasMessageContaining("all-minilm-l6-v2-q");
  }

  @Test
  void empty_list_gives_no_rows() {
    assertThat(minilm.encode(List.of())).isEmpty();
  }

  @Test
  void every_row_is_unit_length_even_for_empty_text() {
    float[][] rows = minilm.encode(List.of("", "   ", "Rain.", TRIPLES.get(0).get(0), "🙂"));
    for (float[] row : rows) {
      assertThat(row).hasSize(384);
      assertThat(Vectors.dot(row, row)).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void paraphrases_are_closer_than_unrelated_sentences_on_the_same_topic() {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    float[][] rows = minilm.encode(texts);
    for (int t = 0; t < TRIPLES.size(); t++) {
      double paraphrase = Vectors.dot(rows[3 * t], rows[3 * t + 1]);
      double unrelated = Vectors.dot(rows[3 * t], rows[3 * t + 2]);
      assertThat(paraphrase)
          .as("triple %d: paraphrase %.3f vs unrelated %.3f", t, paraphrase, unrelated)
          .isGreaterThan(unrelated + 0.1);
    }
  }

  @Test
  void repeated_calls_and_any_input_order_give_identical_rows_even_in_batches() {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    List<String> reversed = new ArrayList<>(texts);
    Collections.reverse(reversed);
    for (OnnxSentenceEncoder encoder : List.of(minilm, batched)) {
      float[][] first = encoder.encode(texts);
      float[][] again = encoder.encode(texts);
      float[][] backwards = encoder.encode(reversed);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(again[i]).containsExactly(first[i]);
        assertThat(backwards[texts.size() - 1 - i]).containsExactly(first[i]);
      }
    }
  }

  @Test
  void thread_count_does_not_change_rows() throws IOException {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    float[][] expected = batched.encode(texts);
    try (OnnxSentenceEncoder single =
        OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 128, 32, 1)) {
      float[][] rows = single.encode(texts);
      for (int i = 0; i < rows.length; i++) {
        assertThat(rows[i]).containsExactly(expected[i]);
      }
    }
  }

  @Test
  void by_default_a_row_depends_on_its_own_text_only() {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    float[][] together = minilm.encode(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(minilm.encode(List.of(texts.get(i)))[0]).containsExactly(together[i]);
    }
  }

  @Test
  void batch_neighbours_move_a_row_only_by_quantization_noise() {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    float[][] alone = minilm.encode(texts);
    float[][] inBatches = batched.encode(texts);
    double lowest = 1;
    for (int i = 0; i < texts.size(); i++) {
      lowest = Math.min(lowest, Vectors.dot(alone[i], inBatches[i]));
    }
    // Dynamic int8 quantization scales per batch tensor; see the class documentation.
    assertThat(lowest).isGreaterThan(0.95).isLessThan(1.0);
  }

  @Test
  void text_beyond_max_tokens_is_ignored() {
    String prefix = String.join(" ", Collections.nCopies(200, "The river flooded the town."));
    float[] a = minilm.encode(List.of(prefix + " Rescue teams arrived."))[0];
    float[] b = minilm.encode(List.of(prefix + " Stocks rallied on Wall Street."))[0];
    assertThat(a).containsExactly(b);
    float[] shortText = minilm.encode(List.of("The river flooded the town."))[0];
    assertThat(a).isNotEqualTo(shortText);
  }

  @Test
  void max_tokens_overrides_the_tokenizer_json() throws IOException {
    // 8 pieces: [CLS], six words, [SEP]; the words after "all" are cut.
    try (OnnxSentenceEncoder eight =
        OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 8, 1, 1)) {
      float[][] rows =
          eight.encode(
              List.of(
                  "Rain fell on the town all night and then stopped",
                  "Rain fell on the town all day, but snow followed",
                  "Rain fell on the town"));
      assertThat(eight.maxTokens()).isEqualTo(8);
      assertThat(rows[0]).containsExactly(rows[1]);
      assertThat(rows[0]).isNotEqualTo(rows[2]);
    }
  }

  @Test
  void non_ascii_text_is_normalised_like_the_model_was_trained() {
    // The BERT normaliser lowercases and strips accents: Zürich and ZURICH are one word piece.
    float[] umlaut = minilm.encode(List.of("Flooding in Zürich"))[0];
    float[] plain = minilm.encode(List.of("flooding in ZURICH"))[0];
    assertThat(umlaut).containsExactly(plain);
    float[][] rows =
        minilm.encode(List.of("Наводнение в Москве", "東京で地震が発生した", "Flooding in Moscow"));
    for (float[] row : rows) {
      assertThat(Vectors.dot(row, row)).isCloseTo(1.0, within(1e-5));
    }
    assertThat(rows[0]).isNotEqualTo(rows[1]);
  }

  @Test
  void concurrent_calls_give_the_sequential_rows() throws Exception {
    List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (OnnxSentenceEncoder encoder : List.of(minilm, batched)) {
        float[][] expected = encoder.encode(texts);
        List<Future<float[][]>> futures =
            IntStream.range(0, 6).mapToObj(k -> pool.submit(() -> encoder.encode(texts))).toList();
        for (Future<float[][]> future : futures) {
          float[][] rows = future.get();
          for (int i = 0; i < rows.length; i++) {
            assertThat(rows[i]).containsExactly(expected[i]);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bge_ranks_paraphrases_first_too() throws IOException {
    try (OnnxSentenceEncoder bge = OnnxSentenceEncoder.open(EmbeddingModel.BGE_SMALL_EN_V15_Q)) {
      assertThat(bge.name()).isEqualTo("bge-small-en-v1.5-q");
      List<String> texts = TRIPLES.stream().flatMap(List::stream).toList();
      float[][] rows = bge.encode(texts);
      for (int t = 0; t < TRIPLES.size(); t++) {
        assertThat(Vectors.dot(rows[3 * t], rows[3 * t])).isCloseTo(1.0, within(1e-5));
        assertThat(Vectors.dot(rows[3 * t], rows[3 * t + 1]))
            .as("triple %d", t)
            .isGreaterThan(Vectors.dot(rows[3 * t], rows[3 * t + 2]));
      }
    }
  }

  @Test
  void bad_arguments_and_closed_encoders_are_rejected() throws IOException {
    assertThatThrownBy(() -> OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 2");
    assertThatThrownBy(
            () -> OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 513, 1, 1))
        .hasMessageContaining("was 513");
    assertThatThrownBy(() -> OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 8, 0, 1))
        .hasMessageContaining("batchSize must be >= 1, was 0");
    assertThatThrownBy(() -> OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 8, 1, 0))
        .hasMessageContaining("threads must be >= 1, was 0");
    assertThatThrownBy(() -> minilm.encode(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("texts[1]");
    OnnxSentenceEncoder closed =
        OnnxSentenceEncoder.open(EmbeddingModel.ALL_MINILM_L6_V2_Q, 16, 4, 1);
    closed.close();
    closed.close();
    assertThatThrownBy(() -> closed.encode(List.of("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
