package dev.chorus.compare;

import dev.chorus.model.Span;
import java.util.Objects;

/**
 * One outlet's statement of a quantity: the verbatim phrase ("tens of thousands of troops") and
 * where it stands. Immutable and thread-safe.
 *
 * @param outlet the outlet of the article
 * @param documentId the article
 * @param span character offsets of {@code phrase} in the article text
 * @param phrase the quantity phrase, verbatim: qualifier ("about", "more than"), number and the
 *     noun it counts
 * @param sentence the sentence that holds the phrase, verbatim
 */
public record Claim(String outlet, String documentId, Span span, String phrase, String sentence) {

  public Claim {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sentence, "sentence");
    if (span.length() != phrase.length()) {
      throw new IllegalArgumentException(
          "span " + span + " has length " + span.length() + " but phrase has " + phrase.length());
    }
  }
}
