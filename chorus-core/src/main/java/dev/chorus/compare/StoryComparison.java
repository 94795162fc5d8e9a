package dev.chorus.compare;

import java.util.List;
import java.util.Objects;

/**
 * What {@link StoryComparer} finds in a story besides its summary: who alone says what, where
 * outlets disagree on a number, and the key quotations. Immutable and thread-safe.
 *
 * @param onlyIn information only one outlet carries: grouped by outlet (outlets in story order),
 *     most salient first within an outlet
 * @param disagreements quantities stated differently by different outlets, in story order of their
 *     first claim
 * @param quotes direct quotations, copies across outlets merged, in story order
 */
public record StoryComparison(
    List<Exclusive> onlyIn, List<Disagreement> disagreements, List<Quote> quotes) {

  public StoryComparison {
    onlyIn = List.copyOf(Objects.requireNonNull(onlyIn, "onlyIn"));
    disagreements = List.copyOf(Objects.requireNonNull(disagreements, "disagreements"));
    quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
  }
}
