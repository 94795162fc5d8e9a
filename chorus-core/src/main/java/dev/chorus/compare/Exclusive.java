package dev.chorus.compare;

import dev.chorus.model.Span;
import java.util.Objects;

/**
 * A sentence whose information only one outlet carries: no other outlet prints a near-duplicate of
 * it, and none of the other outlets' documents covers much of its salient content (numbers, names,
 * story-rare terms). See {@link StoryComparer} for the detector. Immutable and thread-safe.
 *
 * @param outlet the outlet that alone carries the information
 * @param documentId the article the sentence is from
 * @param sentencePosition 0-based position of the sentence among the article's analyzed sentences
 * @param span character offsets of the sentence in the article text
 * @param text the sentence, verbatim
 * @param salience how much salient content no other outlet carries; higher ranks first; > 0
 */
public record Exclusive(
    String outlet,
    String documentId,
    int sentencePosition,
    Span span,
    String text,
    double salience) {

  public Exclusive {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (sentencePosition < 0) {
      throw new IllegalArgumentException(
          "sentencePosition must be >= 0, was " + sentencePosition);
    }
    if (!(salience > 0) || Double.isInfinite(salience)) {
      throw new IllegalArgumentException("salience must be finite and > 0, was " + salience);
    }
  }
}
