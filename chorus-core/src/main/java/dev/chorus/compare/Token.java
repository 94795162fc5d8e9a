package dev.chorus.compare;

import java.util.Locale;

/**
 * One token of a text: a word (letters and digits, with inner {@code ' ’ -} as in "co-operation",
 * "Russia’s", inner {@code . ,} between digits as in "6,000", "8.2", or a dotted acronym such as
 * "U.S.") or a single other character. Offsets are into the text that was tokenized. Immutable.
 */
record Token(String text, int start, int end) {

  /** Whether the token holds a letter or digit. */
  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Whether the first character is an uppercase letter. */
  boolean isCapitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether the token is a dotted acronym such as "U.S." or "p.m.". */
  boolean isDottedAcronym() {
    if (text.length() < 4 || text.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i += 2) {
      if (!Character.isLetter(text.charAt(i)) || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is an all-uppercase word of two or more letters ("OSCE", "NATO"). */
  boolean isUpperCaseWord() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether the token is this single character. */
  boolean is(char c) {
    return text.length() == 1 && text.charAt(0) == c;
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
