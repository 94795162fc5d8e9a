package dev.chorus.text;

/**
 * Finds the occurrences of one character in a text with {@link String#indexOf(int, int)},
 * remembering the last answer. Under the quick JIT compiler (C1, as the launcher runs Chorus)
 * indexOf's loop is several times faster than a test of each character with {@link
 * String#charAt} (issue #5), but it cannot be told where to stop: asked about consecutive ranges
 * of a text with few occurrences, it would scan past each range to the next occurrence, again and
 * again. With the last answer remembered, such queries cost time linear in the text length.
 *
 * <p>Queries may come in any order; forward ones are the cheap ones. Not thread-safe: one instance
 * per text and thread.
 */
final class CharCursor {

  private final String text;
  private final char c;
  // The last answer: the first occurrence at or after knownFrom is knownNext (-1: none).
  private int knownFrom;
  private int knownNext;

  /** A cursor over the occurrences of {@code c} in {@code text}. */
  CharCursor(String text, char c) {
    this.text = text;
    this.c = c;
    this.knownFrom = 0;
    this.knownNext = text.indexOf(c);
  }

  /** The first occurrence at or after {@code from}, or -1 if none: {@code indexOf(c, from)}. */
  int next(int from) {
    // No occurrence lies in [knownFrom, knownNext), so the answer stands for all of it.
    if (from >= knownFrom && (knownNext < 0 || from <= knownNext)) {
      return knownNext;
    }
    knownFrom = from;
    knownNext = text.indexOf(c, from);
    return knownNext;
  }

  /** Number of occurrences in {@code [from, to)}. */
  int count(int from, int to) {
    int count = 0;
    for (int i = next(from); i >= 0 && i < to; i = next(i + 1)) {
      count++;
    }
    return count;
  }
}
