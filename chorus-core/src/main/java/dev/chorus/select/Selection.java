package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * The state of one summarizer call: the story's index, its near-duplicates, the candidates and the
 * summary being built. Summarizers create one per call, which is what keeps them thread-safe.
 */
final class Selection {

  /** A relevance that keeps a candidate out of {@link #maximalMarginalRelevance} altogether. */
  static final double NEVER = Double.NEGATIVE_INFINITY;

  final StoryIndex index;
  final NearDuplicateIndex duplicates;
  final int[] candidates;
  final SummaryBuilder builder;

  private Selection(AnalyzedStory story, Budget budget) {
    this.index = StoryIndex.of(story);
    this.duplicates = NearDuplicateIndex.of(index);
    this.candidates = Candidates.of(story);
    this.builder = new SummaryBuilder(story, budget, duplicates);
  }

  static Selection start(AnalyzedStory story, Budget budget) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(budget, "budget");
    return new Selection(story, budget);
  }

  /** Offers {@code order} (story indexes, best first) until the summary is closed. */
  void offerInOrder(int[] order) {
    for (int sentence : order) {
      if (builder.isClosed()) {
        return;
      }
      builder.offer(sentence);
    }
  }

  /**
   * Greedy selection: repeatedly asks {@code best} for the position (in {@link #candidates}) of the
   * best live candidate, or -1 when none is left, and offers it. A candidate dies when it is
   * offered, and when an added sentence makes it a near-duplicate or (without truncation) too long,
   * so each step only considers sentences that can still be added. {@code added} hears the position
   * of every sentence added whole.
   */
  void greedy(ToIntFunction<boolean[]> best, IntConsumer added) {
    boolean[] alive = new boolean[candidates.length];
    Arrays.fill(alive, true);
    builder.prune(candidates, alive);
    while (!builder.isClosed()) {
      int k = best.applyAsInt(alive);
      if (k < 0) {
        return;
      }
      alive[k] = false;
      if (builder.offer(candidates[k]) == SummaryBuilder.Outcome.ADDED) {
        added.accept(k);
        builder.prune(candidates, alive);
      }
    }
  }

  /**
   * The greedy of MMR (Carbonell and Goldstein 1998): repeatedly offers the live candidate
   * maximizing {@code relevanceWeight * relevance[k] - redundancyWeight * redundancy[k]}, where
   * redundancy is the largest TF-IDF cosine with a sentence added so far. O(T) per added sentence,
   * T the candidates' term occurrences: no similarity matrix.
   *
   * @param relevance one value per candidate, aligned with {@link #candidates}; {@link #NEVER}
   *     for a candidate that must not be chosen, even to fill the budget
   */
  void maximalMarginalRelevance(
      double[] relevance, double relevanceWeight, double redundancyWeight) {
    double[] redundancy = new double[candidates.length];
    double[] scratch = new double[index.vocabularySize()];
    greedy(
        alive -> {
          int best = -1;
          double bestValue = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < candidates.length; k++) {
            double value = relevanceWeight * relevance[k] - redundancyWeight * redundancy[k];
            if (alive[k] && value > bestValue && relevance[k] != NEVER) {
              best = k;
              bestValue = value;
            }
          }
          return best;
        },
        added -> {
          int s = candidates[added];
          index.addTo(scratch, s, 1.0);
          for (int k = 0; k < candidates.length; k++) {
            redundancy[k] = Math.max(redundancy[k], index.dot(candidates[k], scratch));
          }
          // Clear only what was set, so the scratch vector costs O(t) per selection.
          for (int t : index.termIds(s)) {
            scratch[t] = 0.0;
          }
        });
  }

  Summary build(String method) {
    return builder.build(method);
  }

  /** See {@link SummaryBuilder#buildInReadingOrder}. */
  Summary buildInReadingOrder(String method) {
    return builder.buildInReadingOrder(method);
  }
}
