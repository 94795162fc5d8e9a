package dev.chorus.cli;

import dev.chorus.model.Budget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The {@code --words | --sentences | --bytes} and {@code --truncate} options, shared by commands. */
final class BudgetOptions {

  static final int DEFAULT_WORDS = 120;

  static final class Limit {
    @Option(names = "--words", paramLabel = "N", description = "Budget in words (summarize: 120 by default).")
    Integer words;

    @Option(names = "--sentences", paramLabel = "N", description = "Budget in sentences.")
    Integer sentences;

    @Option(
        names = "--bytes",
        paramLabel = "N",
        description = "Budget in UTF-8 bytes (sentences joined by one space).")
    Integer bytes;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Limit limit;

  @Option(
      names = "--truncate",
      description = "Cut the last sentence at the budget, as ROUGE does, instead of leaving it out.")
  boolean truncate;

  @Option(
      names = "--trim",
      description =
          "Leave out content-free stretches of sentences (a trailing \", the official said.\","
              + " a short parenthetical) and count sentences at their trimmed length.")
  boolean trim;

  /** The budget asked for, or {@code defaultWords} words. */
  Budget budget(int defaultWords) {
    Budget budget;
    if (limit == null || (limit.words == null && limit.sentences == null && limit.bytes == null)) {
      budget = Budget.words(defaultWords);
    } else if (limit.words != null) {
      budget = Budget.words(limit.words);
    } else if (limit.sentences != null) {
      budget = Budget.sentences(limit.sentences);
    } else {
      budget = Budget.bytes(limit.bytes);
    }
    budget = truncate ? budget.truncating() : budget;
    return trim ? budget.trimming() : budget;
  }
}
