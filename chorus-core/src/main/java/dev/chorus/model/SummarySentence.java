package dev.chorus.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a summary, with the source sentences it stands for.
 *
 * <p>{@code sources.get(0)} is the sentence that was selected. {@code text} is made of verbatim
 * pieces of it, listed in {@code parts} as character offsets into its article: the whole sentence
 * (one part, the sentence's span); a prefix of it when the budget truncated the summary (one part
 * from the sentence's start); or, when the summary was trimmed, the sentence without a content-free
 * stretch such as a trailing attribution (", a senior official said on Saturday"), as two or more
 * parts. {@code text} is exactly the parts' characters concatenated, so every character a reader
 * sees can be traced to its source. Further sources are sentences of other articles that carry the
 * same text (syndicated copies and near-duplicates), in story order. Immutable and thread-safe.
 *
 * @param text what the summary shows: the concatenated parts of the selected sentence
 * @param sources at least one; the first is the selected sentence
 * @param truncated whether {@code text} was cut at the budget
 * @param parts document offsets of the pieces of the selected sentence that make up {@code text}:
 *     non-empty, ascending, non-overlapping, inside the selected sentence's span
 */
public record SummarySentence(
    String text, List<Sentence> sources, boolean truncated, List<Span> parts) {

  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    parts = List.copyOf(parts);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one source");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one part");
    }
    Sentence selected = sources.get(0);
    StringBuilder joined = new StringBuilder(text.length());
    int previousEnd = selected.span().start();
    for (Span part : parts) {
      if (part.start() < previousEnd || part.end() > selected.span().end()) {
        throw new IllegalArgumentException(
            "parts " + parts + " must ascend inside the selected sentence " + selected.span());
      }
      previousEnd = part.end();
      joined.append(
          selected.text(),
          part.start() - selected.span().start(),
          part.end() - selected.span().start());
    }
    if (!joined.toString().equals(text)) {
      throw new IllegalArgumentException(
          "text must be the selected sentence's parts " + parts + " joined: '" + text + "'");
    }
  }

  /**
   * The whole selected sentence, or the prefix {@code text} of it when {@code truncated}.
   *
   * @throws IllegalArgumentException when {@code text} is not a prefix of the selected sentence
   */
  public SummarySentence(String text, List<Sentence> sources, boolean truncated) {
    this(text, sources, truncated, List.of(prefixSpan(text, sources)));
  }

  private static Span prefixSpan(String text, List<Sentence> sources) {
    Objects.requireNonNull(text, "text");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one source");
    }
    Sentence selected = sources.get(0);
    if (!selected.text().startsWith(text)) {
      throw new IllegalArgumentException(
          "text must be the selected sentence or a prefix of it: '" + text + "'");
    }
    return new Span(selected.span().start(), selected.span().start() + text.length());
  }

  /** A whole sentence, not truncated, with no other sources. */
  public static SummarySentence of(Sentence selected) {
    return new SummarySentence(selected.text(), List.of(selected), false);
  }

  /** The selected source sentence. */
  public Sentence selected() {
    return sources.get(0);
  }

  /**
   * Whether a stretch of the selected sentence was left out other than the tail a truncation cut:
   * the parts skip characters at its start, between them, or (when not truncated) at its end.
   */
  public boolean trimmed() {
    Span span = selected().span();
    Span first = parts.get(0);
    Span last = parts.get(parts.size() - 1);
    return parts.size() > 1 || first.start() != span.start() || (!truncated && last.end() != span.end());
  }
}
