package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Supervised extractive summarization: a {@link LinearRanker} trained on oracle labels scores every
 * candidate from its {@link SentenceFeatures}, then a greedy MMR-style selection (Carbonell and
 * Goldstein 1998) picks by {@code p − β · redundancy}, where {@code p} is the ranker's probability
 * that the oracle keeps the sentence and redundancy the largest TF-IDF cosine with a sentence
 * already selected. This is the recipe of the feature-based supervised systems that beat
 * unsupervised ones on DUC (e.g. Hong and Nenkova, EACL 2014: a learned word/sentence importance
 * model plus redundancy control), with a linear model so that the shipped weights stay small and
 * readable.
 *
 * <p>A candidate that does not fit is dropped and the next best tried; near-duplicates are rejected
 * (see {@link SummaryBuilder}). The summary is in reading order ({@link
 * SummaryBuilder#buildInReadingOrder}). Immutable, and thread-safe when its ranker is. Cost:
 * O(T) for the features and O(T) per selected sentence, T the term occurrences of the story: no
 * similarity matrix.
 */
public final class RankedSummarizer implements Summarizer {

  /** Weight of redundancy against the ranker's probability; chosen on the dev sets. */
  public static final double DEFAULT_REDUNDANCY = 0.3;

  /** A system property naming a model file to use instead of the shipped one. */
  public static final String MODEL_PROPERTY = "chorus.ranker";

  private final ToDoubleFunction<double[]> probability;
  private final double redundancy;

  /**
   * The shipped model, or the one in the file named by the system property {@value
   * #MODEL_PROPERTY}, with β = {@value #DEFAULT_REDUNDANCY}.
   */
  public RankedSummarizer() {
    this(LinearRanker.configured(MODEL_PROPERTY), DEFAULT_REDUNDANCY);
  }

  /**
   * @param ranker scores candidates
   * @param redundancy β, the weight of redundancy, in [0, 1]
   */
  public RankedSummarizer(LinearRanker ranker, double redundancy) {
    this(logistic(Objects.requireNonNull(ranker, "ranker")), redundancy);
  }

  /**
   * A ranker other than a {@link LinearRanker}, e.g. a tree ensemble tried in an experiment.
   *
   * @param probability maps a candidate's {@link SentenceFeatures} row (in the order of {@link
   *     SentenceFeatures#NAMES}; the function must not modify it) to its relevance, on the scale
   *     of a probability: the selection weighs it against a cosine in [0, 1] with weight β. Called
   *     once per candidate; it must be thread-safe when this summarizer is shared between threads
   *     and return a finite value (else {@link #summarize} throws an {@link
   *     IllegalStateException})
   * @param redundancy β, the weight of redundancy, in [0, 1]
   */
  public RankedSummarizer(ToDoubleFunction<double[]> probability, double redundancy) {
    this.probability = Objects.requireNonNull(probability, "probability");
    this.redundancy = Arguments.inRange("redundancy", redundancy, 0.0, 1.0);
  }

  private static ToDoubleFunction<double[]> logistic(LinearRanker ranker) {
    return x -> 1.0 / (1.0 + Math.exp(-ranker.score(x)));
  }

  @Override
  public String name() {
    return "ranked";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    StoryIndex index = selection.index;
    int[] candidates = selection.candidates;
    SentenceFeatures.Matrix features =
        SentenceFeatures.of(index, selection.duplicates, candidates);
    double[] relevance = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      relevance[k] = probability.applyAsDouble(features.rows()[k]);
      if (!Double.isFinite(relevance[k])) {
        throw new IllegalStateException(
            "the ranker scored sentence " + candidates[k] + " " + relevance[k] + ", not finite");
      }
    }
    selection.maximalMarginalRelevance(relevance, 1.0, redundancy);
    return selection.buildInReadingOrder(name());
  }
}
