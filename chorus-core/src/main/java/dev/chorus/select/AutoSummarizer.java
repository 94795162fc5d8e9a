package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.Objects;

/**
 * Chorus's default: the learned {@link RankedSummarizer} when the story is of the kind its model
 * was trained on, else MMR with a lead bonus ({@link MmrSummarizer}).
 *
 * <p>What decides is the budget's share of the story: {@code budget limit / total cost of the
 * candidate sentences} in the budget's unit. When the budget covers much of the story, the task is
 * deciding what to leave out, and the ranker, trained on exactly that (Multi-News clusters of about
 * 430 words with oracle summaries of 37 to 300 words: shares from about {@value #MIN_SHARE} up),
 * is measurably best. When the budget is a small share of a long story (DUC 2004: 100 words of
 * about 6,000; ten full articles summarized in 120 words), the model is outside its training range
 * and does poorly (ROUGE-1 recall 33 against 39 on DUC 2004, see docs/ranker.md), while centrality
 * with redundancy control and a lead bonus is best. The threshold comes from the training data, not
 * from tuning on a benchmark.
 *
 * <p>Summaries carry the method name {@code auto}. Immutable and thread-safe; the cost is that of
 * the method chosen plus one pass over the candidates.
 */
public final class AutoSummarizer implements Summarizer {

  /** Smallest budget share of the story for which the ranker is used. */
  public static final double MIN_SHARE = 0.09;

  private final Summarizer ranked;
  private final Summarizer centrality;

  /** The shipped ranker and MMR with the default lead bonus. */
  public AutoSummarizer() {
    this(new RankedSummarizer(), MmrSummarizer.withLeadBonus());
  }

  /**
   * @param ranked used when the budget covers at least {@value #MIN_SHARE} of the story
   * @param centrality used otherwise
   */
  public AutoSummarizer(Summarizer ranked, Summarizer centrality) {
    this.ranked = Objects.requireNonNull(ranked, "ranked");
    this.centrality = Objects.requireNonNull(centrality, "centrality");
  }

  @Override
  public String name() {
    return "auto";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Summarizer chosen = budgetShare(story, budget) >= MIN_SHARE ? ranked : centrality;
    Summary summary = chosen.summarize(story, budget);
    return new Summary(summary.storyId(), name(), summary.budget(), summary.sentences());
  }

  /**
   * The budget's share of the story: its limit over the cost of all candidate sentences in its
   * unit, separators included; infinite for a story without candidates.
   */
  static double budgetShare(AnalyzedStory story, Budget budget) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(budget, "budget");
    long total = 0;
    int[] candidates = Candidates.of(story);
    boolean words = budget.unit() == Budget.Unit.WORDS;
    for (int c : candidates) {
      AnalyzedSentence s = story.sentences().get(c);
      // The analyzer already counted each sentence's words as the budget does.
      total += words ? s.words() : budget.cost(s.text());
    }
    total += (long) Math.max(0, candidates.length - 1) * budget.separatorCost();
    return total == 0 ? Double.POSITIVE_INFINITY : (double) budget.limit() / total;
  }
}
