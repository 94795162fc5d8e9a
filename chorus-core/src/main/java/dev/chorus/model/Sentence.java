package dev.chorus.model;

import java.util.Objects;

/**
 * A sentence of one article, verbatim.
 *
 * <p>{@code text} equals {@code span.of(article.text())} for the article whose id is {@code
 * documentId}: the exact source characters, never re-joined tokens. Immutable and thread-safe.
 *
 * @param text the verbatim characters of the sentence
 * @param documentId id of the article it belongs to
 * @param span character offsets into that article's text
 * @param position 0-based index of the sentence within its article
 */
public record Sentence(String text, String documentId, Span span, int position) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " has length " + span.length() + " but text has " + text.length());
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, was " + position);
    }
  }
}
