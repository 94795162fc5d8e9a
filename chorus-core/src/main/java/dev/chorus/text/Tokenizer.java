package dev.chorus.text;

import dev.chorus.model.Span;
import java.util.List;

/**
 * Splits a text (usually one sentence) into word and punctuation tokens.
 *
 * <p>Returned spans are in text order, do not overlap and are never empty. Implementations must be
 * thread-safe.
 */
public interface Tokenizer {

  /** The token spans of {@code text}; empty for blank text. */
  List<Span> tokenize(String text);
}
