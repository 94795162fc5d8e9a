package dev.chorus.attribute;

import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import java.util.Objects;

/**
 * One document's evidence for a summary sentence: the sentence of that document that carries the
 * same information, where it is, and how it matches.
 *
 * <p>{@code text} is verbatim: {@code text.equals(span.of(article.text()))} for the article whose
 * id is {@code documentId}. Immutable and thread-safe.
 *
 * @param documentId the article's id
 * @param outlet who published it, as a reader would name it (see {@link Outlets}); never blank
 * @param sentencePosition 0-based position of the sentence among its article's analyzed sentences
 * @param span character offsets of the sentence in the article's text
 * @param text the sentence, verbatim
 * @param match how the sentence matches the summary sentence
 * @param similarity the encoder's cosine similarity with the summary sentence's source, in [-1, 1];
 *     exactly 1 for {@link Match#SELECTED} and {@link Match#VERBATIM}
 */
public record Support(
    String documentId,
    String outlet,
    int sentencePosition,
    Span span,
    String text,
    Match match,
    double similarity) {

  public Support {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(match, "match");
    if (outlet.isBlank()) {
      throw new IllegalArgumentException("outlet must not be blank for document " + documentId);
    }
    if (sentencePosition < 0) {
      throw new IllegalArgumentException("sentencePosition must be >= 0, was " + sentencePosition);
    }
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " has length " + span.length() + " but text has " + text.length());
    }
    if (!(similarity >= -1 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [-1, 1], was " + similarity);
    }
  }

  /** The support of {@code sentence}, published by {@code outlet}. */
  static Support of(Sentence sentence, String outlet, Match match, double similarity) {
    return new Support(
        sentence.documentId(),
        outlet,
        sentence.position(),
        sentence.span(),
        sentence.text(),
        match,
        similarity);
  }
}
