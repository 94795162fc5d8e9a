package dev.chorus.clean;

import java.util.Arrays;

/**
 * A line or sentence under test, with its features computed once and shared by every rule: the
 * whitespace-separated words and their count, the {@link TextFeatures#key} words, and the number
 * of link-like words.
 *
 * <p>Key words are kept as bounds in the lowercased text, with the {@link String#hashCode} of
 * each, so that phrase lookups ({@link PhraseMatcher}) need no string per word: the rules test
 * every short sentence of a story, and making those strings cost more than the tests (issue #5).
 *
 * <p>A short unit of plain ASCII (the usual sentence) is read once for all three features
 * ({@link #scanPlainAscii}); others are read by the {@link TextFeatures} function of each feature.
 * Both give the same answers (tested): a plain ASCII text lowercases character by character, and
 * its {@code strip()} trims exactly the characters that separate its words.
 *
 * <p>Not thread-safe (features are computed lazily); one instance per unit and thread.
 */
final class TextUnit {

  /**
   * Longest unit (characters) read in one pass for all features. A longer one is mostly past the
   * 50-word cap of the rules that need key words or links (a Multi-News document is one line),
   * and indexing its key words would be wasted work: its features are computed as asked.
   */
  static final int MAX_SCANNED_CHARS = 400;

  /** Most words {@link #wordCount} counts exactly: the largest word cap of any rule. */
  static final int COUNTED_WORDS = Math.max(LineRules.MAX_CAPTION_WORDS, LineRules.MAX_TWEET_WORDS);

  private final String text;
  private String[] words;
  private int wordCount = -1;
  private int linkCount = -1;
  private String lower; // text.toLowerCase(ROOT); left null for plain ASCII, where it is implied
  private boolean asciiKeys; // key word bounds index text itself, lowercased in place
  private byte scan; // 0: not tried, 1: scanPlainAscii set the features, 2: it could not
  private int[] keyBounds; // start and end of each key word, flattened
  private int[] keyHashes;
  private int keyCount;
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

  /**
   * Number of {@link #words}: exact up to {@link #COUNTED_WORDS}, any larger number above it.
   * Rules only compare it with their word caps, none above that, so counting the words of a
   * whole Multi-News document (one line) to the end would be wasted work.
   */
  int wordCount() {
    if (wordCount < 0) {
      if (words != null) {
        wordCount = words.length;
      } else if (!scanned()) {
        wordCount = TextFeatures.wordCountUpTo(text, COUNTED_WORDS);
      }
    }
    return wordCount;
  }

  /** Number of {@link #words} that are {@link TextFeatures#isLinkLike link-like}. */
  int linkCount() {
    if (linkCount < 0 && !scanned()) {
      linkCount = TextFeatures.linkCount(text);
    }
    return linkCount;
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
    return keyCount;
  }

  /** Key word {@code i} as a string. */
  String keyWord(int i) {
    index();
    int start = keyBounds[2 * i];
    int end = keyBounds[2 * i + 1];
    return asciiKeys
        ? TextFeatures.lowerCase(text.substring(start, end))
        : lower.substring(start, end);
  }

  /**
   * The {@link String#hashCode}s of the key words, in its first {@link #keyWordCount} entries:
   * the unit's own array, read-only, for the phrase lookups that probe every key word.
   */
  int[] keyWordHashes() {
    index();
    return keyHashes;
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
    return keyBounds[2 * i + 1] - start == word.length() && keyRegionIs(start, word);
  }

  /** Whether key word {@code i} starts with {@code prefix}. */
  boolean keyWordStartsWith(int i, String prefix) {
    index();
    int start = keyBounds[2 * i];
    return keyBounds[2 * i + 1] - start >= prefix.length() && keyRegionIs(start, prefix);
  }

  /** The first key word, or "" when there is none. */
  String firstKeyWord() {
    return keyWordCount() == 0 ? "" : keyWord(0);
  }

  /** Whether the lowercased text holds {@code s} (lowercase) at {@code start}. */
  private boolean keyRegionIs(int start, String s) {
    if (!asciiKeys) {
      return lower.regionMatches(start, s, 0, s.length());
    }
    for (int k = 0; k < s.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Finds the key words, once: the letter-and-digit runs of the lowercased text. */
  private void index() {
    if (keyHashes != null || scanned()) {
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
        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
      }
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
    }
    keyBounds = bounds;
    keyHashes = new int[count];
    keyCount = count;
    for (int w = 0; w < count; w++) {
      int h = 0;
      for (int k = bounds[2 * w]; k < bounds[2 * w + 1]; k++) {
        h = 31 * h + lower.charAt(k);
      }
      keyHashes[w] = h;
    }
  }

  /** Tries {@link #scanPlainAscii} the first time; whether it set the features. */
  private boolean scanned() {
    if (scan == 0) {
      scan = text.length() <= MAX_SCANNED_CHARS && scanPlainAscii() ? (byte) 1 : (byte) 2;
    }
    return scan == 1;
  }

  /**
   * Reads a plain ASCII text (no character at or above U+0080, none of U+001C..U+001F, which
   * {@code strip()} trims but {@code \s} does not split at) once, and sets the word count, the
   * key words and the link count from it. Returns false, having set none of them, for any other
   * text.
   *
   * <p>For such a text, {@code toLowerCase(Locale.ROOT)} is the ASCII lowercase of each
   * character, so key words are the runs of {@code [A-Za-z0-9]}, lowercased; {@code strip()}
   * trims exactly the {@code \s} characters, so the words of {@link TextFeatures#words} are the
   * runs of other characters. Only words holding one of {@code @ # . /} can be link-like, and
   * only those become strings, as in {@link TextFeatures#linkCount}.
   */
  private boolean scanPlainAscii() {
    int n = text.length();
    // A word and its separator take six characters on average: few units outgrow this.
    int capacity = Math.max(8, n / 4);
    keyBounds = new int[2 * capacity];
    keyHashes = new int[capacity];
    keyCount = 0;
    int keyStart = -1;
    int hash = 0;
    int wordRuns = 0;
    int wordStart = -1;
    boolean linkCharacter = false;
    int links = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        // The usual character, settled first: inside a key word and inside a word.
        if (keyStart < 0) {
          keyStart = i;
          hash = 0;
        }
        hash = 31 * hash + c;
        if (wordStart < 0) {
          wordStart = i;
          linkCharacter = false;
        }
        continue;
      }
      if (c >= 0x80 || (c >= 0x1c && c <= 0x1f)) {
        keyBounds = null;
        keyHashes = null;
        return false;
      }
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= '0' && c <= '9')) {
        if (keyStart < 0) {
          keyStart = i;
          hash = 0;
        }
        hash = 31 * hash + (upper ? c + ('a' - 'A') : c);
      } else if (keyStart >= 0) {
        addKey(keyStart, i, hash);
        keyStart = -1;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (wordStart >= 0) {
          wordRuns++;
          if (linkCharacter && TextFeatures.isLinkLike(text.substring(wordStart, i))) {
            links++;
          }
          wordStart = -1;
        }
      } else {
        if (wordStart < 0) {
          wordStart = i;
          linkCharacter = false;
        }
        linkCharacter |= c == '@' || c == '#' || c == '.' || c == '/';
      }
    }
    if (keyStart >= 0) {
      addKey(keyStart, n, hash);
    }
    if (wordStart >= 0) {
      wordRuns++;
      if (linkCharacter && TextFeatures.isLinkLike(text.substring(wordStart, n))) {
        links++;
      }
    }
    wordCount = wordRuns;
    linkCount = links;
    asciiKeys = true;
    return true;
  }

  private void addKey(int start, int end, int hash) {
    if (keyCount == keyHashes.length) {
      keyHashes = Arrays.copyOf(keyHashes, 2 * keyCount);
      keyBounds = Arrays.copyOf(keyBounds, 4 * keyCount);
    }
    keyBounds[2 * keyCount] = start;
    keyBounds[2 * keyCount + 1] = end;
    keyHashes[keyCount++] = hash;
  }
}
