package dev.chorus.text;

import dev.chorus.model.Span;
import java.util.List;

/**
 * Splits a text into sentences.
 *
 * <p>Returned spans are in text order, do not overlap, are trimmed of surrounding whitespace and
 * are never empty. Implementations must be thread-safe.
 */
public interface SentenceSplitter {

  /** The sentence spans of {@code text}; empty for blank text. */
  List<Span> split(String text);
}
