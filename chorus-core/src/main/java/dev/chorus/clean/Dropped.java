package dev.chorus.clean;

import dev.chorus.model.Span;
import java.util.Objects;

/**
 * One piece of text the cleaner dropped, and why.
 *
 * <p>{@code span} indexes the original, uncleaned {@code Article.text()} (or {@code
 * Article.title()} when {@code unit} is {@link Unit#TITLE}), and {@code text} is exactly {@code
 * span.of(...)} of it, so a report can always be checked against the source. Immutable and
 * thread-safe.
 *
 * @param documentId the article's id
 * @param unit what was dropped: a line, an inline phrase, a sentence, a title or a whole document
 * @param span where, in the article's text (in its title for {@link Unit#TITLE})
 * @param rule the rule that fired
 * @param detail the feature or pattern behind the decision, e.g. {@code "links 2 of 3 words"}
 * @param text the dropped characters, verbatim
 */
public record Dropped(
    String documentId, Unit unit, Span span, CleaningRule rule, String detail, String text) {

  /** The kind of text a rule dropped. */
  public enum Unit {
    /** A whole line of the article text. */
    LINE,
    /** A phrase inside a line, cut out before sentence splitting. */
    INLINE,
    /** A sentence, after splitting. */
    SENTENCE,
    /** The headline (the span indexes {@code Article.title()}). */
    TITLE,
    /** Every remaining sentence of an article, e.g. an off-topic one. */
    DOCUMENT
  }

  public Dropped {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " has length " + span.length() + " but text has " + text.length());
    }
  }
}
