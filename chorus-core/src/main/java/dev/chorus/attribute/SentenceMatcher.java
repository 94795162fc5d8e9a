package dev.chorus.attribute;

import dev.chorus.embed.SentenceEncoder;
import dev.chorus.embed.Vectors;
import dev.chorus.model.Budget;
import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribution decision for pairs of sentences of one story, shared by {@link Attributor} and
 * {@link Calibration} so that the threshold is calibrated on exactly the decision it is used in.
 *
 * <p>A sentence b of another document supports sentence a when b is <em>eligible</em> (at least
 * {@link Attributor#MIN_WORDS} words and a content term) and b is a verbatim copy of a, or a
 * near-duplicate ({@link NearDuplicateIndex}), or their cosine similarity reaches the threshold.
 *
 * <p>Built for one call: it encodes the sentences it is given in one {@link SentenceEncoder#encode}
 * call, each distinct text once. Immutable after construction. Building costs the near-duplicate
 * index (O(T log T) for T term occurrences) plus the encoding.
 */
final class SentenceMatcher {

  private final AnalyzedStory story;
  private final NearDuplicateIndex duplicates;
  private final String[] normalized;
  private final float[][] vectors;

  /**
   * @param encode story indexes of the sentences whose vectors {@link #cosine} will need
   * @throws IndexOutOfBoundsException if an index is not a sentence of the story
   */
  SentenceMatcher(AnalyzedStory story, SentenceEncoder encoder, int[] encode) {
    this.story = story;
    this.duplicates = NearDuplicateIndex.of(story);
    List<AnalyzedSentence> sentences = story.sentences();
    normalized = new String[sentences.size()];
    for (int i = 0; i < normalized.length; i++) {
      normalized[i] = Budget.normalizeSpace(sentences.get(i).text());
    }
    vectors = new float[sentences.size()][];
    boolean[] wanted = new boolean[sentences.size()];
    for (int i : encode) {
      wanted[i] = true;
    }
    // Distinct texts only, in story order: syndicated copies are common and get identical rows.
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    for (int i = 0; i < wanted.length; i++) {
      if (wanted[i]) {
        byText.computeIfAbsent(sentences.get(i).text(), t -> new ArrayList<>()).add(i);
      }
    }
    List<String> texts = new ArrayList<>(byText.keySet());
    float[][] rows = encoder.encode(texts);
    if (rows.length != texts.size()) {
      throw new IllegalStateException(
          "encoder " + encoder.name() + " returned " + rows.length + " rows for " + texts.size());
    }
    int row = 0;
    for (List<Integer> same : byText.values()) {
      for (int i : same) {
        vectors[i] = rows[row];
      }
      row++;
    }
  }

  /** Whether a sentence can support another: long enough to state a fact, with a content term. */
  static boolean eligible(AnalyzedSentence sentence) {
    return sentence.words() >= Attributor.MIN_WORDS && !sentence.terms().isEmpty();
  }

  /**
   * {@link Match#VERBATIM} or {@link Match#NEAR_DUPLICATE} when {@code b} is one of {@code a}
   * whatever the threshold, else null. Does not check eligibility or documents.
   */
  Match copyMatch(int a, int b) {
    if (normalized[a].equals(normalized[b])) {
      return Match.VERBATIM;
    }
    return duplicates.areNearDuplicates(a, b) ? Match.NEAR_DUPLICATE : null;
  }

  /** The cosine similarity of two sentences given to the constructor, clamped to [-1, 1]. */
  double cosine(int a, int b) {
    float[] va = vectors[a];
    float[] vb = vectors[b];
    if (va == null || vb == null) {
      throw new IllegalStateException("sentence " + (va == null ? a : b) + " was not encoded");
    }
    // Unit vectors in float: the dot product may stray a rounding error beyond 1.
    return Math.max(-1, Math.min(1, Vectors.dot(va, vb)));
  }

  /** How {@code b} supports {@code a} at {@code threshold}, or null if it does not. */
  Match match(int a, int b, double threshold) {
    AnalyzedSentence sb = story.sentences().get(b);
    if (story.sentences().get(a).documentIndex() == sb.documentIndex() || !eligible(sb)) {
      return null;
    }
    Match copy = copyMatch(a, b);
    if (copy != null) {
      return copy;
    }
    return cosine(a, b) >= threshold ? Match.PARAPHRASE : null;
  }
}
