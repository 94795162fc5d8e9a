package dev.chorus.text;

import java.util.List;

/**
 * Turns text into the index terms that summarizers compare: lowercased, stopwords removed,
 * stemmed.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TermAnalyzer {

  /** The content terms of {@code text}, in text order, repeats kept. */
  List<String> terms(String text);
}
