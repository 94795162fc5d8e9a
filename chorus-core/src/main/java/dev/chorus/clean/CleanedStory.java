package dev.chorus.clean;

import dev.chorus.text.AnalyzedStory;
import java.util.Objects;

/**
 * A story after cleaning: the analyzed sentences that survived, and the report of what went.
 *
 * <p>Every sentence of {@code analyzed} is verbatim text of its original article: {@code
 * sentence.text().equals(sentence.span().of(article.text()))} for the article of the same id in
 * {@code analyzed.story()}, whose texts are the uncleaned originals (only headlines found to be
 * noise are removed). Positions count the kept sentences of each article from 0. Immutable and
 * thread-safe.
 *
 * @param analyzed the kept sentences, the input of the summarizers
 * @param report what was dropped and why
 */
public record CleanedStory(AnalyzedStory analyzed, CleaningReport report) {

  public CleanedStory {
    Objects.requireNonNull(analyzed, "analyzed");
    Objects.requireNonNull(report, "report");
  }
}
