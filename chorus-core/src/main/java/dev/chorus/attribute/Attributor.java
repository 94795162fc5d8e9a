package dev.chorus.attribute;

import dev.chorus.embed.HashedTermEncoder;
import dev.chorus.embed.SentenceEncoder;
import dev.chorus.model.Article;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds, for every sentence of an extractive summary, every document of the story that carries the
 * same information: "who says what".
 *
 * <p>For a summary sentence whose selected source is sentence a of document A, each other document
 * B contributes at most one sentence b: among its sentences that support a (see {@link Match}: a
 * verbatim copy, a near-duplicate, or a paraphrase whose cosine similarity with a reaches {@code
 * paraphraseThreshold}), the one most similar to a (a verbatim copy counts as similarity 1), ties
 * going to the stronger kind of match, then to the earlier sentence. Similarity rather than kind
 * decides because a near-duplicate may be a shorter sentence that a merely contains ("officials
 * will discuss exercises" in "officials will discuss exercises and missiles"), while another
 * sentence of B paraphrases all of a. Only sentences of at least {@link #MIN_WORDS} words with a
 * content term can support: shorter ones are datelines, bylines and fragments. Sentences of A
 * itself never count (a document repeating itself is no second source). A truncated summary
 * sentence is matched through its whole selected sentence, so truncation does not change its
 * supports.
 *
 * <p>Preconditions: {@code summary} was made from {@code story}: every selected source is one of
 * its sentences (same document and span), as for a summary by {@code Pipeline.summarize} and the
 * story {@code Pipeline.prepare} or {@code Pipeline.analyze} returns for the same input.
 *
 * <p>Cost per call: the near-duplicate index of the story (O(T log T) for T term occurrences), one
 * encoder call over the distinct texts of the selected and eligible sentences (each story sentence
 * encoded at most once), and O(k·n·d) dot products for k summary sentences, n sentences and d
 * dimensions. Deterministic: the same story and summary give equal results. Thread-safe when the
 * encoder and the outlet function are (Chorus's are): the attributor holds no mutable state.
 */
public final class Attributor {

  /**
   * The calibrated paraphrase threshold for {@link HashedTermEncoder} (cosine of hashed
   * content-term vectors).
   *
   * <p>How it was chosen: {@link Calibration#bestF1} over all 216 hand-labeled sentence pairs of
   * {@code chorus-core/src/test/resources/dev/chorus/attribute/pairs.tsv} (seed story plus 20
   * Multi-News validation clusters): the threshold of highest F1, midway between the two pair
   * scores around it, rounded to 3 decimals inside that gap. On those pairs: precision 0.551,
   * recall 0.745, F1 0.633; two-fold cross-validation over clusters estimates F1 0.45 on unseen
   * clusters. {@code CalibrationSetTest} checks it is still the F1-best threshold; {@code
   * docs/attribution.md} has the details.
   */
  public static final double LEXICAL_THRESHOLD = 0.325;

  /**
   * The calibrated paraphrase threshold for all-MiniLM-L6-v2 (int8; {@code OnnxSentenceEncoder} in
   * chorus-embed), chosen as {@link #LEXICAL_THRESHOLD} was, on the same pairs: precision 0.839,
   * recall 0.510, F1 0.634 on them; cross-validated F1 0.55. Checked by {@code
   * MiniLmCalibrationTest} in chorus-embed.
   */
  public static final double MINILM_THRESHOLD = 0.713;

  /** Fewest whitespace-separated words a sentence needs to support a summary sentence. */
  public static final int MIN_WORDS = 5;

  private final SentenceEncoder encoder;
  private final double paraphraseThreshold;
  private final Function<Article, String> outlets;

  /**
   * An attributor.
   *
   * @param encoder maps sentences to unit vectors; its thread-safety is the attributor's
   * @param paraphraseThreshold cosine at or above which a sentence is a paraphrase, in (0, 1];
   *     calibrated per encoder ({@link #LEXICAL_THRESHOLD}, {@link #MINILM_THRESHOLD})
   * @param outlets names an article's outlet, e.g. {@link Outlets#of} or {@link Outlets#with}; must
   *     not return null or blank
   */
  public Attributor(
      SentenceEncoder encoder, double paraphraseThreshold, Function<Article, String> outlets) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    if (!(paraphraseThreshold > 0 && paraphraseThreshold <= 1)) {
      throw new IllegalArgumentException(
          "paraphraseThreshold must be in (0, 1], was " + paraphraseThreshold);
    }
    this.paraphraseThreshold = paraphraseThreshold;
  }

  /** The dependency-free attributor: {@link HashedTermEncoder} at {@link #LEXICAL_THRESHOLD}. */
  public static Attributor lexical() {
    return new Attributor(new HashedTermEncoder(), LEXICAL_THRESHOLD, Outlets::of);
  }

  public SentenceEncoder encoder() {
    return encoder;
  }

  public double paraphraseThreshold() {
    return paraphraseThreshold;
  }

  /**
   * The supports of every sentence of {@code summary}, in summary order.
   *
   * @param story the analyzed story the summary was made from
   * @param summary a summary of it
   * @return one entry per summary sentence; immutable
   * @throws IllegalArgumentException if the summary is of another story, or a selected source is
   *     not a sentence of {@code story}
   */
  public List<AttributedSentence> attribute(AnalyzedStory story, Summary summary) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(summary, "summary");
    if (!summary.storyId().equals(story.story().id())) {
      throw new IllegalArgumentException(
          "summary is of story '" + summary.storyId() + "', not of '" + story.story().id() + "'");
    }
    if (summary.sentences().isEmpty()) {
      return List.of();
    }
    List<AnalyzedSentence> sentences = story.sentences();
    int[] selected = selectedIndexes(story, summary);

    boolean[] encode = new boolean[sentences.size()];
    for (int s : selected) {
      encode[s] = true;
    }
    for (AnalyzedSentence sentence : sentences) {
      if (SentenceMatcher.eligible(sentence)) {
        encode[sentence.index()] = true;
      }
    }
    SentenceMatcher matcher = new SentenceMatcher(story, encoder, indexesOf(encode));

    // Sentence indexes of each document, in position order, for the per-document best match.
    int documents = story.documentCount();
    List<List<Integer>> byDocument = new ArrayList<>(documents);
    for (int d = 0; d < documents; d++) {
      byDocument.add(new ArrayList<>());
    }
    for (AnalyzedSentence sentence : sentences) {
      byDocument.get(sentence.documentIndex()).add(sentence.index());
    }
    String[] outletOf = new String[documents];

    List<AttributedSentence> result = new ArrayList<>(selected.length);
    for (int k = 0; k < selected.length; k++) {
      int a = selected[k];
      AnalyzedSentence source = sentences.get(a);
      List<Support> supports = new ArrayList<>();
      supports.add(
          Support.of(
              source.sentence(),
              outlet(story, source.documentIndex(), outletOf),
              Match.SELECTED,
              1.0));
      for (int d = 0; d < documents; d++) {
        if (d == source.documentIndex()) {
          continue;
        }
        int best = -1;
        Match bestMatch = null;
        double bestCosine = 0;
        for (int b : byDocument.get(d)) {
          Match match = matcher.match(a, b, paraphraseThreshold);
          if (match == null) {
            continue;
          }
          double cosine = match == Match.VERBATIM ? 1.0 : matcher.cosine(a, b);
          // b runs in position order, so full ties keep the earlier sentence.
          if (best < 0
              || cosine > bestCosine
              || (cosine == bestCosine && match.compareTo(bestMatch) < 0)) {
            best = b;
            bestMatch = match;
            bestCosine = cosine;
          }
        }
        if (best >= 0) {
          supports.add(
              Support.of(
                  sentences.get(best).sentence(),
                  outlet(story, d, outletOf),
                  bestMatch,
                  bestCosine));
        }
      }
      result.add(new AttributedSentence(summary.sentences().get(k), supports));
    }
    return List.copyOf(result);
  }

  /** The story index of each summary sentence's selected source. */
  private static int[] selectedIndexes(AnalyzedStory story, Summary summary) {
    Map<String, Map<Span, Integer>> index = new HashMap<>();
    for (AnalyzedSentence sentence : story.sentences()) {
      index
          .computeIfAbsent(sentence.sentence().documentId(), id -> new HashMap<>())
          .put(sentence.sentence().span(), sentence.index());
    }
    List<SummarySentence> summarySentences = summary.sentences();
    int[] selected = new int[summarySentences.size()];
    for (int k = 0; k < selected.length; k++) {
      Sentence source = summarySentences.get(k).selected();
      Integer i = index.getOrDefault(source.documentId(), Map.of()).get(source.span());
      if (i == null || !story.sentences().get(i).text().equals(source.text())) {
        throw new IllegalArgumentException(
            "summary sentence "
                + k
                + ": its source "
                + source.documentId()
                + " "
                + source.span()
                + " is not a sentence of story '"
                + story.story().id()
                + "'");
      }
      selected[k] = i;
    }
    return selected;
  }

  private static int[] indexesOf(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    int[] indexes = new int[count];
    int next = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        indexes[next++] = i;
      }
    }
    return indexes;
  }

  private String outlet(AnalyzedStory story, int document, String[] cache) {
    if (cache[document] == null) {
      Article article = story.story().articles().get(document);
      String outlet = outlets.apply(article);
      if (outlet == null || outlet.isBlank()) {
        throw new IllegalArgumentException(
            "outlets returned '" + outlet + "' for article '" + article.id() + "'");
      }
      cache[document] = outlet;
    }
    return cache[document];
  }
}
