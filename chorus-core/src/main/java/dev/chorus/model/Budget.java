package dev.chorus.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A summary length limit, in words, sentences or bytes.
 *
 * <p>Lengths are counted as follows, so that a budget means the same thing to every summarizer and
 * a summary within budget {@code N} is never cut by the ROUGE scorer's {@code -l N} or {@code -b
 * N} (ROUGE-1.5.5 counts words the same way, and bytes without the spaces between lines, so it
 * counts at most what we count):
 *
 * <ul>
 *   <li>{@link Unit#WORDS}: whitespace-separated tokens of the sentence text;
 *   <li>{@link Unit#SENTENCES}: summary sentences;
 *   <li>{@link Unit#BYTES}: UTF-8 bytes of the sentences joined by single spaces (whitespace runs
 *       inside a sentence count as one space).
 * </ul>
 *
 * <p>Without {@code truncate}, a summary holds only whole sentences whose total fits the limit.
 * With it, the sentence that crosses the limit is cut at the limit (at a word boundary for words,
 * at a character boundary for bytes), as ROUGE truncates. With {@code trim}, summarizers may drop
 * content-free stretches of a sentence (a trailing ", the official said.", a short parenthetical)
 * and count the sentence at its trimmed length, so the words saved go to facts; see {@code
 * dev.chorus.select.SentenceTrimmer}. Immutable and thread-safe.
 */
public record Budget(Unit unit, int limit, boolean truncate, boolean trim) {

  /** What a budget counts. */
  public enum Unit {
    WORDS,
    SENTENCES,
    BYTES
  }

  public Budget {
    Objects.requireNonNull(unit, "unit");
    if (limit < 1) {
      throw new IllegalArgumentException("budget limit must be >= 1, was " + limit);
    }
  }

  /** A budget that does not trim sentences. */
  public Budget(Unit unit, int limit, boolean truncate) {
    this(unit, limit, truncate, false);
  }

  public static Budget words(int limit) {
    return new Budget(Unit.WORDS, limit, false);
  }

  public static Budget sentences(int limit) {
    return new Budget(Unit.SENTENCES, limit, false);
  }

  public static Budget bytes(int limit) {
    return new Budget(Unit.BYTES, limit, false);
  }

  /** The same limit, cutting the last sentence at the limit instead of leaving it out. */
  public Budget truncating() {
    return new Budget(unit, limit, true, trim);
  }

  /** The same limit, letting summarizers trim content-free stretches of sentences. */
  public Budget trimming() {
    return new Budget(unit, limit, truncate, true);
  }

  /** The cost of one sentence in this budget's unit, not counting the separator before it. */
  public int cost(String sentenceText) {
    return switch (unit) {
      case WORDS -> countWords(sentenceText);
      case SENTENCES -> 1;
      case BYTES -> normalizeSpace(sentenceText).getBytes(StandardCharsets.UTF_8).length;
    };
  }

  /** The separator's cost when a sentence follows another: one space in the byte unit. */
  public int separatorCost() {
    return unit == Unit.BYTES ? 1 : 0;
  }

  /** Whitespace-separated tokens in {@code text}. */
  public static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Character.isWhitespace, with the ASCII answer inline: this runs on every character, and
      // most are above ' ' and below U+0080, never whitespace, settled by the first two tests.
      boolean space =
          c > ' '
              ? c >= 0x80 && Character.isWhitespace(c)
              : c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1c;
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * Trims and folds every whitespace run, line breaks included, to one space: exactly {@code
   * text.strip().replaceAll("\\s+", " ")}, where {@code strip} trims {@link
   * Character#isWhitespace} characters and {@code \s} is {@code [ \t\n\x0B\f\r]}. Without
   * the regex (issue #5): it runs on every summary sentence written, and most need no change.
   */
  public static String normalizeSpace(String text) {
    String stripped = text.strip();
    int n = stripped.length();
    int i = 0;
    // Find the first place that changes: a whitespace character other than a lone space.
    while (i < n) {
      char c = stripped.charAt(i);
      // Most characters are above ' ', so no \s: one test.
      if (c <= ' ' && isRegexSpace(c) && (c != ' ' || isRegexSpace(stripped.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return stripped;
    }
    StringBuilder out = new StringBuilder(n).append(stripped, 0, i);
    while (i < n) {
      char c = stripped.charAt(i);
      if (isRegexSpace(c)) {
        out.append(' ');
        while (i < n && isRegexSpace(stripped.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The regex class {@code \s}: space and {@code \t} to {@code \r}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase(java.util.Locale.ROOT) + (truncate ? " (truncate)" : "")
        + (trim ? " (trim)" : "");
  }
}
