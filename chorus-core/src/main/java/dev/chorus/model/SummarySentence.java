package dev.chorus.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a summary, with the source sentences it stands for.
 *
 * <p>{@code sources.get(0)} is the sentence that was selected; {@code text} is its verbatim text,
 * or a prefix of it when the budget truncated the summary. Further sources are sentences of other
 * articles that carry the same text (syndicated copies and near-duplicates), in story order.
 * Immutable and thread-safe.
 *
 * @param text what the summary shows: the selected sentence's text, or a prefix of it
 * @param sources at least one; the first is the selected sentence
 * @param truncated whether {@code text} was cut at the budget
 */
public record SummarySentence(String text, List<Sentence> sources, boolean truncated) {

  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one source");
    }
    if (!sources.get(0).text().startsWith(text)) {
      throw new IllegalArgumentException(
          "text must be the selected sentence or a prefix of it: '" + text + "'");
    }
  }

  /** A whole sentence, not truncated, with no other sources. */
  public static SummarySentence of(Sentence selected) {
    return new SummarySentence(selected.text(), List.of(selected), false);
  }

  /** The selected source sentence. */
  public Sentence selected() {
    return sources.get(0);
  }
}
