package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;

/**
 * Selects sentences of a story into a summary within a budget.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>the summary holds only sentences of the story, verbatim (a prefix of one when the budget
 *       truncates);
 *   <li>the budget is honoured exactly (see {@link Budget});
 *   <li>no two summary sentences are near-duplicates of each other;
 *   <li>deterministic: the same story and budget give the same summary;
 *   <li>thread-safe: one instance may summarize many stories at once.
 * </ul>
 */
public interface Summarizer {

  /** The name users select the method by ({@code --method}), lowercase. */
  String name();

  Summary summarize(AnalyzedStory story, Budget budget);
}
