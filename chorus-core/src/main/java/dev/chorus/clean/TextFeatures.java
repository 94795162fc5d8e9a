package dev.chorus.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface features of a line or sentence that the cleaning rules test: word counts, link and
 * handle density, whether it ends like a sentence, a phrase-matching key, dates and times.
 *
 * <p>All methods are pure functions of their arguments; the patterns are immutable constants.
 * Thread-safe. Each method is linear in the length of its input.
 */
final class TextFeatures {

  private TextFeatures() {}

  /** Top-level domains that make "name.tld" a web address rather than a word with a period. */
  private static final Set<String> DOMAINS =
      Set.of("com", "org", "net", "gov", "edu", "io", "ly", "tv", "co", "uk", "us",
          "ca", "de", "fr", "info", "news", "example");

  /** An e-mail address anywhere in a token. */
  static final Pattern EMAIL =
      Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-zA-Z]{2,}");

  private static final String MONTH =
      "(?:january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";

  private static final String WEEKDAY =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";

  /** A calendar date: "January 8, 2022", "8 January 2022", "Jan. 8", "1/8/2022", "2022-01-08". */
  static final String DATE =
      "(?:"
          + MONTH
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*\\d{4}|\\s+\\d{4})?"
          + "|\\d{1,2}\\s+"
          + MONTH
          + "(?:\\s+\\d{4})?"
          + "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})";

  /** A clock time: "2:18 p.m.", "4:45 PM", "11 a.m.", "09:30 GMT". */
  static final String TIME =
      "(?:\\d{1,2}(?::\\s?\\d{2})?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)"
          + "|\\d{1,2}:\\d{2}(?:\\s*(?:et|edt|est|gmt|utc|bst|pt|pdt|pst|ct|cdt|cst))?)";

  /** Dates, times and weekdays, to be removed when testing what else a line holds. */
  static final Pattern DATE_OR_TIME =
      Pattern.compile("(?i)(?<![\\w])(?:" + DATE + "|" + TIME + "|" + WEEKDAY + ")(?![\\w])");

  /**
   * Where a match of {@link #DATE_OR_TIME} may start: every alternative starts with an ASCII digit
   * ({@code \d} is {@code [0-9]}) or with a month or weekday name, hence with one of {@link
   * #DATE_WORD_PREFIXES} ({@code (?i)} folds ASCII letters only), and the look-behind rejects a
   * position after a character of {@code [A-Za-z0-9_]}, as {@code \w} does. Far fewer attempts
   * than at every position, for the same matches (issue #5).
   */
  static final InlineRules.StartFilter DATE_OR_TIME_STARTS =
      (text, lowerCase) -> InlineRules.positionsWhere(text,
          (t, p) -> (p == 0 || !isAsciiWordCharacter(t.charAt(p - 1)))
              && (isAsciiDigit(t.charAt(p)) || startsWithDateWord(t, p)));

  /** The first three letters of every month and weekday name in {@link #DATE_OR_TIME}. */
  private static final Set<String> DATE_WORD_PREFIXES =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
          "mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private static boolean startsWithDateWord(String text, int p) {
    if (p + 3 > text.length()) {
      return false;
    }
    for (int i = p; i < p + 3; i++) {
      if (!isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return DATE_WORD_PREFIXES.contains(text.substring(p, p + 3).toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiWordCharacter(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '_';
  }

  /**
   * Whitespace-separated tokens: exactly {@code text.strip().split("\\s+")} (an empty array for a
   * blank text), without the regex, which made this the cleaner's hottest line. {@code strip}
   * trims {@link Character#isWhitespace} characters; {@code \s} is {@code [ \t\n\x0B\f\r]}.
   */
  static String[] words(String text) {
    int end = text.length();
    int start = 0;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String[] words = new String[countRuns(text, start, end)];
    int n = 0;
    int i = start;
    while (i < end) {
      while (i < end && isRegexSpace(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && !isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (i > wordStart) {
        words[n++] = text.substring(wordStart, i);
      }
    }
    return words;
  }

  /** Number of whitespace-separated tokens: {@code words(text).length}. */
  static int wordCount(String text) {
    int end = text.length();
    int start = 0;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return countRuns(text, start, end);
  }

  /**
   * {@code min(wordCount(text), limit + 1)}: the count stops past {@code limit}, so a long text
   * costs what its first words do.
   */
  static int wordCountUpTo(String text, int limit) {
    int end = text.length();
    int start = 0;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return countRuns(text, start, end, limit);
  }

  /** Runs of characters other than {@link #isRegexSpace} in {@code [start, end)}. */
  private static int countRuns(String text, int start, int end) {
    return countRuns(text, start, end, Integer.MAX_VALUE - 1);
  }

  /** {@link #countRuns(String, int, int)}, but at most {@code limit + 1}. */
  private static int countRuns(String text, int start, int end, int limit) {
    int runs = 0;
    boolean inRun = false;
    for (int i = start; i < end; i++) {
      boolean space = isRegexSpace(text.charAt(i));
      if (!space && !inRun && ++runs > limit) {
        break;
      }
      inRun = !space;
    }
    return runs;
  }

  /**
   * The regex class {@code \s} (without UNICODE_CHARACTER_CLASS): space and {@code \t} to {@code
   * \r}.
   */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * Whether a token is a URL or bare domain ("https://t.co/x", "www.x.org", "azcentral.com"), a
   * handle ({@code @name}), a hashtag or an e-mail address, ignoring surrounding quotes, brackets
   * and punctuation. Plain string tests, no regex: this runs on every word of every short unit.
   */
  static boolean isLinkLike(String token) {
    if (!hasLinkCharacter(token)) {
      // Every branch below needs one of them: most words are rejected here, allocation-free.
      return false;
    }
    int start = 0;
    int end = token.length();
    while (start < end && "([\"'“‘".indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ")]\"'”’.,:;!?".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    if (start >= end) {
      return false;
    }
    String core = token.substring(start, end);
    char first = core.charAt(0);
    if ((first == '@' || first == '#') && core.length() > 1 && isWordRun(core, 1)) {
      return true;
    }
    if (core.indexOf('@') > 0) {
      return EMAIL.matcher(core).find();
    }
    String lower = core.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
        || lower.startsWith("pic.twitter.com/") || lower.startsWith("t.co/")) {
      return true;
    }
    int slash = lower.indexOf('/');
    String host = slash < 0 ? lower : lower.substring(0, slash);
    int dot = host.lastIndexOf('.');
    // "name.tld": a label before the dot, a known top-level domain after it.
    return dot > 0 && DOMAINS.contains(host.substring(dot + 1));
  }

  /** Whether {@code token} holds one of {@code @ # . /}. */
  private static boolean hasLinkCharacter(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '@' || c == '#' || c == '.' || c == '/') {
        return true;
      }
    }
    return false;
  }

  /** Whether every character from {@code from} on is a letter, digit or underscore. */
  private static boolean isWordRun(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * Number of {@link #words} of {@code text} that are {@link #isLinkLike link-like}, without making
   * a string of each word that has no link character.
   */
  static int linkCount(String text) {
    int end = text.length();
    int start = 0;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int links = 0;
    int i = start;
    while (i < end) {
      while (i < end && isRegexSpace(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      boolean linkCharacter = false;
      while (i < end && !isRegexSpace(text.charAt(i))) {
        char c = text.charAt(i);
        linkCharacter |= c == '@' || c == '#' || c == '.' || c == '/';
        i++;
      }
      if (linkCharacter && isLinkLike(text.substring(wordStart, i))) {
        links++;
      }
    }
    return links;
  }

  /**
   * Whether the last character, after closing quotes and brackets, ends a sentence or introduces
   * what follows ({@code . ! ? … : ;}).
   */
  static boolean endsLikeSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?', '…', ':', ';':
          return true;
        case '"', '\'', '”', '’', ')', ']', '»', ' ', '\t', '\n', '\r', '\u00a0':
          continue;
        default:
          return false;
      }
    }
    return false;
  }

  /**
   * The phrase-matching key of a text: lowercased, every run of characters other than letters and
   * digits folded to one space, with one space at each end. Phrases are matched as {@code " " +
   * phrase + " "} inside it, so at word boundaries, whatever the punctuation, curly quotes or
   * Multi-News tokenization ("we ' ll") of the text.
   */
  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length() + 2);
    key.append(' ');
    boolean space = true;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isLetterOrDigit(c)) {
        key.append(c);
        space = false;
      } else if (!space) {
        key.append(' ');
        space = true;
      }
    }
    if (!space) {
      key.append(' ');
    }
    return key.toString();
  }

  /**
   * The words of {@link #key}: its lowercase letter-and-digit runs, in order; empty when there is
   * none. The same as {@code key(text).strip().split(" ")}, without building the key.
   */
  static String[] keyWords(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      boolean letter = isLetterOrDigit(lower.charAt(i));
      if (letter && !inRun) {
        runs++;
      }
      inRun = letter;
    }
    String[] words = new String[runs];
    int w = 0;
    int i = 0;
    while (w < runs) {
      while (!isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      words[w++] = lower.substring(start, i);
    }
    return words;
  }

  /** {@code text.toLowerCase(Locale.ROOT)}: the lowercasing of {@link #key}. */
  static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** {@link Character#isLetterOrDigit(char)}, with the ASCII answer computed inline. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }

  /** Whether a token starts with an uppercase letter or a digit (title case, numbers). */
  static boolean isCapitalized(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c) || Character.isDigit(c);
      }
    }
    return true; // punctuation only, e.g. "-" or "&"
  }
}
