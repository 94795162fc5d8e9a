package dev.chorus.clean;

/**
 * A line or sentence under test, with its features computed once and shared by every rule: the
 * whitespace-separated words and the {@link TextFeatures#key} words.
 *
 * <p>Not thread-safe (features are computed lazily); one instance per unit and thread.
 */
final class TextUnit {

  private final String text;
  private String[] words;
  private String[] keyWords;
  private int wordCount = -1;

  TextUnit(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** Whitespace-separated tokens. */
  String[] words() {
    if (words == null) {
      words = TextFeatures.words(text);
    }
    return words;
  }

  int wordCount() {
    if (wordCount < 0) {
      wordCount = words != null ? words.length : TextFeatures.wordCount(text);
    }
    return wordCount;
  }

  /** The words of the key form: lowercase letter-and-digit runs; empty for no such run. */
  String[] keyWords() {
    if (keyWords == null) {
      keyWords = TextFeatures.keyWords(text);
    }
    return keyWords;
  }

  /** The first key word, or "" when there is none. */
  String firstKeyWord() {
    return keyWords().length == 0 ? "" : keyWords()[0];
  }
}
