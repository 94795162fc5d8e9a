package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;

/**
 * KL-Sum: Haghighi and Vanderwende, "Exploring content models for multi-document summarization",
 * NAACL-HLT 2009.
 *
 * <p>The summary should have the story's term distribution: each step adds the candidate that
 * minimizes {@code KL(P_story || P_summary)}, until the budget is full. P_story is the relative
 * frequency of content terms over all sentences; P_summary is Lidstone-smoothed over the story
 * vocabulary V, {@code (c(w) + δ) / (N + δ|V|)}, because the divergence is infinite wherever the
 * summary lacks a story term. δ defaults to {@value #DEFAULT_SMOOTHING}: small enough that covering
 * a new frequent term pays far more than repeating one, large enough that adding a long sentence is
 * not free. A candidate that does not fit is dropped and the next best tried; near-duplicates are
 * rejected (see {@link SummaryBuilder}). The summary is in selection order.
 *
 * <p>Evaluating a candidate costs O(t) for its t distinct terms: with counts c and length N, only
 * the candidate's terms and the normalizer change, {@code KL = Σ P log P - Σ_w P(w) log(c(w) + δ) +
 * log(N + δ|V|)}. So a step is O(T) for T term occurrences of the candidates. Immutable and
 * thread-safe.
 */
public final class KlSumSummarizer implements Summarizer {

  public static final double DEFAULT_SMOOTHING = 0.1;

  private final double smoothing;

  /** Lidstone smoothing δ = 0.1. */
  public KlSumSummarizer() {
    this(DEFAULT_SMOOTHING);
  }

  /**
   * @param smoothing Lidstone δ added to every summary term count, > 0
   */
  public KlSumSummarizer(double smoothing) {
    this.smoothing = Arguments.positive("smoothing", smoothing);
  }

  @Override
  public String name() {
    return "klsum";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    StoryIndex index = selection.index;
    int[] candidates = selection.candidates;
    double[] storyProbability = SumBasicSummarizer.probabilities(index);
    int[] summaryCounts = new int[index.vocabularySize()];
    long[] summaryLength = {0};
    double smoothedVocabulary = smoothing * index.vocabularySize();
    selection.greedy(
        alive -> {
          if (index.vocabularySize() == 0) {
            // No terms anywhere (the short-sentence fallback): every summary diverges equally.
            return firstAlive(alive);
          }
          int best = -1;
          double bestChange = Double.POSITIVE_INFINITY;
          double base = Math.log(summaryLength[0] + smoothedVocabulary);
          for (int k = 0; k < candidates.length; k++) {
            if (!alive[k]) {
              continue;
            }
            int c = candidates[k];
            int[] terms = index.termIds(c);
            int[] counts = index.termCounts(c);
            double gain = 0;
            for (int j = 0; j < terms.length; j++) {
              int t = terms[j];
              gain +=
                  storyProbability[t]
                      * (Math.log(summaryCounts[t] + counts[j] + smoothing)
                          - Math.log(summaryCounts[t] + smoothing));
            }
            double change =
                Math.log(summaryLength[0] + index.termTotal(c) + smoothedVocabulary) - base - gain;
            if (change < bestChange) {
              best = k;
              bestChange = change;
            }
          }
          return best;
        },
        added -> {
          int c = candidates[added];
          int[] terms = index.termIds(c);
          int[] counts = index.termCounts(c);
          for (int j = 0; j < terms.length; j++) {
            summaryCounts[terms[j]] += counts[j];
          }
          summaryLength[0] += index.termTotal(c);
        });
    return selection.build(name());
  }

  private static int firstAlive(boolean[] alive) {
    for (int k = 0; k < alive.length; k++) {
      if (alive[k]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * {@code KL(P_story || P_summary)} for a summary of the given sentences (story indexes); what
   * each step minimizes, exposed for tests.
   */
  double divergence(StoryIndex index, int[] summary) {
    double[] storyProbability = SumBasicSummarizer.probabilities(index);
    double[] counts = new double[index.vocabularySize()];
    long length = 0;
    for (int s : summary) {
      int[] terms = index.termIds(s);
      int[] c = index.termCounts(s);
      for (int j = 0; j < terms.length; j++) {
        counts[terms[j]] += c[j];
      }
      length += index.termTotal(s);
    }
    double normalizer = length + smoothing * index.vocabularySize();
    double kl = 0;
    for (int t = 0; t < counts.length; t++) {
      double p = storyProbability[t];
      if (p > 0) {
        kl += p * Math.log(p / ((counts[t] + smoothing) / normalizer));
      }
    }
    return kl;
  }
}
