package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;

/**
 * The lead baseline for multiple documents: the first sentence of every article in story order,
 * then the second of every article, and so on, until the budget is full.
 *
 * <p>News puts its most important facts first (the inverted pyramid), which makes this a strong
 * baseline for news summarization. Sentences count from the first informative one (see {@link
 * Candidates}: datelines and bylines are skipped); a sentence that a reprint already put in the
 * summary is skipped as a near-duplicate. The summary is in this round-robin order.
 *
 * <p>Stateless and thread-safe. O(n log n) for n sentences, plus near-duplicate lookups.
 */
public final class LeadSummarizer implements Summarizer {

  @Override
  public String name() {
    return "lead";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    selection.offerInOrder(Candidates.roundRobin(story, selection.candidates));
    return selection.build(name());
  }
}
