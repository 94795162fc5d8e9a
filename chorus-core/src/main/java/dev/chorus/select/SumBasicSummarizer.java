package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;

/**
 * SumBasic: Nenkova and Vanderwende, "The impact of frequency on summarization", Microsoft Research
 * MSR-TR-2005-101, 2005.
 *
 * <p>Following the paper:
 *
 * <ol>
 *   <li>the probability of each content term is its share of all term occurrences in the story;
 *   <li>a sentence's weight is the average probability of its distinct terms;
 *   <li>among the sentences containing the currently most probable term, pick the one of highest
 *       weight;
 *   <li>square the probability of every term of the picked sentence, so that what the summary
 *       already says counts less;
 *   <li>repeat until the budget is full.
 * </ol>
 *
 * When no live candidate contains the most probable term, the most probable term that a live
 * candidate contains is used instead; a candidate that does not fit is dropped before the
 * probabilities change. Ties go to the lower term id (first occurrence in the story), then to the
 * earlier sentence. Near-duplicates are rejected (see {@link SummaryBuilder}); the summary is in
 * selection order.
 *
 * <p>Stateless and thread-safe. O(T) per step for T term occurrences of the candidates.
 */
public final class SumBasicSummarizer implements Summarizer {

  @Override
  public String name() {
    return "sumbasic";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    StoryIndex index = selection.index;
    int[] candidates = selection.candidates;
    double[] probability = probabilities(index);
    selection.greedy(
        alive -> pick(index, candidates, alive, probability),
        added -> {
          for (int t : index.termIds(candidates[added])) {
            probability[t] *= probability[t];
          }
        });
    return selection.build(name());
  }

  /** Each term's share of the story's term occurrences. */
  static double[] probabilities(StoryIndex index) {
    double[] probability = new double[index.vocabularySize()];
    long total = 0;
    for (int i = 0; i < index.size(); i++) {
      int[] terms = index.termIds(i);
      int[] counts = index.termCounts(i);
      for (int k = 0; k < terms.length; k++) {
        probability[terms[k]] += counts[k];
        total += counts[k];
      }
    }
    for (int t = 0; t < probability.length; t++) {
      probability[t] /= total; // total > 0: every vocabulary term occurs somewhere
    }
    return probability;
  }

  /** Position of the candidate SumBasic picks next, or -1 when none is alive. */
  static int pick(StoryIndex index, int[] candidates, boolean[] alive, double[] probability) {
    int topTerm = -1;
    int fallback = -1;
    for (int k = 0; k < candidates.length; k++) {
      if (!alive[k]) {
        continue;
      }
      fallback = fallback < 0 ? k : fallback;
      for (int t : index.termIds(candidates[k])) {
        if (topTerm < 0
            || probability[t] > probability[topTerm]
            || (probability[t] == probability[topTerm] && t < topTerm)) {
          topTerm = t;
        }
      }
    }
    if (topTerm < 0) {
      // Only the short-sentence fallback can leave candidates without terms: story order.
      return fallback;
    }
    int best = -1;
    double bestWeight = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < candidates.length; k++) {
      int[] terms = index.termIds(candidates[k]);
      if (!alive[k] || Arrays.binarySearch(terms, topTerm) < 0) {
        continue;
      }
      double sum = 0;
      for (int t : terms) {
        sum += probability[t];
      }
      double weight = sum / terms.length;
      if (weight > bestWeight) {
        best = k;
        bestWeight = weight;
      }
    }
    return best;
  }
}
