package dev.chorus.clean;

/**
 * A line or sentence under test, with its features computed once and shared by every rule: the
 * whitespace-separated words and the {@link TextFeatures#key} words.
 *
 * <p>Key words are kept as bounds in the lowercased text, with the {@link String#hashCode} of
 * each, so that phrase lookups ({@link PhraseMatcher}) need no string per word: the rules test
 * every short sentence of a story, and making those strings cost more than the tests (issue #5).
 *
 * <p>Not thread-safe (features are computed lazily); one instance per unit and thread.
 */
final class TextUnit {

  private final String text;
  private String[] words;
  private int wordCount = -1;
  private String lower;
  private int[] keyBounds; // start and end of each key word in lower, flattened
  private int[] keyHashes;
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
    if (wordCount < 0) {
      wordCount = words != null ? words.length : TextFeatures.wordCount(text);
    }
    return wordCount;
  }

  /** The words of the key form: lowercase letter-and-digit runs; empty for no such run. */
  String[] keyWords() {
    if (keyWords == null) {
      int n = keyWordCount();
      keyWords = new String[n];
      for (int i = 0; i < n; i++) {
        keyWords[i] = keyWord(i);
      }
    }
    return keyWords;
  }

  /** Number of {@link #keyWords}. */
  int keyWordCount() {
    index();
    return keyHashes.length;
  }

  /** Key word {@code i} as a string. */
  String keyWord(int i) {
    index();
    return lower.substring(keyBounds[2 * i], keyBounds[2 * i + 1]);
  }

  /** The {@link String#hashCode} of key word {@code i}. */
  int keyWordHash(int i) {
    index();
    return keyHashes[i];
  }

  /** Whether key word {@code i} is {@code word}. */
  boolean keyWordIs(int i, String word) {
    index();
    int start = keyBounds[2 * i];
    return keyBounds[2 * i + 1] - start == word.length()
        && lower.regionMatches(start, word, 0, word.length());
  }

  /** Whether key word {@code i} starts with {@code prefix}. */
  boolean keyWordStartsWith(int i, String prefix) {
    index();
    int start = keyBounds[2 * i];
    return keyBounds[2 * i + 1] - start >= prefix.length()
        && lower.regionMatches(start, prefix, 0, prefix.length());
  }

  /** The first key word, or "" when there is none. */
  String firstKeyWord() {
    return keyWordCount() == 0 ? "" : keyWord(0);
  }

  /** Finds the key words: the letter-and-digit runs of the lowercased text (see TextFeatures). */
  private void index() {
    if (keyHashes != null) {
      return;
    }
    lower = TextFeatures.lowerCase(text);
    int n = lower.length();
    int[] bounds = new int[16];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && !TextFeatures.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && TextFeatures.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (2 * count + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, 2 * bounds.length);
      }
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
    }
    keyBounds = bounds;
    keyHashes = new int[count];
    for (int w = 0; w < count; w++) {
      int h = 0;
      for (int k = bounds[2 * w]; k < bounds[2 * w + 1]; k++) {
        h = 31 * h + lower.charAt(k);
      }
      keyHashes[w] = h;
    }
  }
}
