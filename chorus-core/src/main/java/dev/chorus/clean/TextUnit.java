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
    return words().length;
  }

  /** The words of the key form: lowercase letter-and-digit runs; empty for no such run. */
  String[] keyWords() {
    if (keyWords == null) {
      String key = TextFeatures.key(text).strip();
      keyWords = key.isEmpty() ? new String[0] : key.split(" ");
    }
    return keyWords;
  }

  /** The first key word, or "" when there is none. */
  String firstKeyWord() {
    return keyWords().length == 0 ? "" : keyWords()[0];
  }
}
