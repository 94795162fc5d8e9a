package dev.chorus.report;

import dev.chorus.attribute.AttributedSentence;
import dev.chorus.attribute.Support;
import dev.chorus.compare.StoryComparison;
import dev.chorus.model.Budget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who says what in one story: the summary with the outlets behind every sentence, what single
 * outlets alone report, where outlets disagree, and key quotes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param storyId the story's id
 * @param method the summarizer that wrote the summary
 * @param budget the summary's budget
 * @param outlets every outlet of the story, in story order (an outlet with several articles once)
 * @param summary the summary sentences, each with its supporting sources
 * @param comparison exclusive facts, disagreements and quotes across outlets
 */
public record StoryReport(
    String storyId,
    String method,
    Budget budget,
    List<String> outlets,
    List<AttributedSentence> summary,
    StoryComparison comparison) {

  public StoryReport {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(budget, "budget");
    outlets = List.copyOf(outlets);
    summary = List.copyOf(summary);
    Objects.requireNonNull(comparison, "comparison");
  }

  /** The distinct outlets supporting summary sentence {@code point}, in source order. */
  public Set<String> outletsOf(int point) {
    Set<String> result = new LinkedHashSet<>();
    for (Support support : summary.get(point).supports()) {
      result.add(support.outlet());
    }
    return result;
  }

  /** Whether {@code outlet} carries summary sentence {@code point}: the coverage table's cell. */
  public boolean carries(String outlet, int point) {
    return outletsOf(point).contains(outlet);
  }
}
