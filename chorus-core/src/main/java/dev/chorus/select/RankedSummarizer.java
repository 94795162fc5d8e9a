package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Objects;

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
 * SummaryBuilder#buildInReadingOrder}). Immutable and thread-safe. Cost:
 * O(T) for the features and O(T) per selected sentence, T the term occurrences of the story: no
 * similarity matrix.
 */
public final class RankedSummarizer implements Summarizer {

  /** Weight of redundancy against the ranker's probability; chosen on the dev sets. */
  public static final double DEFAULT_REDUNDANCY = 0.3;

  /** A system property naming a model file to use instead of the shipped one. */
  public static final String MODEL_PROPERTY = "chorus.ranker";

  private final LinearRanker ranker;
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
    this.ranker = Objects.requireNonNull(ranker, "ranker");
    this.redundancy = Arguments.inRange("redundancy", redundancy, 0.0, 1.0);
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
    double[] probability = new double[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      probability[k] = 1.0 / (1.0 + Math.exp(-ranker.score(features.rows()[k])));
    }

    selection.maximalMarginalRelevance(probability, 1.0, redundancy);
    return selection.buildInReadingOrder(name());
  }
}
