package dev.chorus.text;

import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The tokens that Lucene's {@link StandardTokenizer} makes of a text of ASCII characters, found by
 * a direct scan: its scanner, generated from the Unicode word-break rules (UAX #29), was the
 * costliest part of term analysis under the quick JIT compiler (C1, as the launcher runs Chorus;
 * issue #5). A text with any other character is left to the tokenizer.
 *
 * <p>In ASCII the word-break properties that matter are ALetter ({@code [A-Za-z]}), Numeric
 * ({@code [0-9]}), ExtendNumLet ({@code _}), MidLetter ({@code :}), MidNum ({@code , ;}),
 * MidNumLet ({@code .}) and Single_Quote ({@code '}); every other character breaks words. Under
 * rules WB5 to WB13b, letters, digits and {@code _} join their neighbours of those kinds; a
 * single {@code : . '} joins two letters (WB6, WB7) and a single {@code , ; . '} two digits
 * (WB11, WB12). A token is a maximal joined run holding a letter or a digit: the tokenizer skips
 * runs of {@code _} alone. Tokens longer than the tokenizer's default limit (255 characters) are
 * left to it too. The same tokens as the tokenizer's on random and real text (tested).
 *
 * <p>Pure functions; thread-safe. Linear in the text length.
 */
final class AsciiWordBreaks {

  private AsciiWordBreaks() {}

  /**
   * The tokens of {@code chars[0, length)}, read with {@link #count}, {@link #start}, {@link
   * #end} and {@link #hash}; null when a character is not ASCII or a token is longer than {@link
   * StandardAnalyzer#DEFAULT_MAX_TOKEN_LENGTH}.
   */
  static int[] tokens(char[] chars, int length) {
    // The count, then the bounds and the hash of each token. The hash is summed here, where each
    // character is read anyway, to spare the term cache a second pass over it (issue #5).
    int[] bounds = new int[1 + 3 * 8];
    int count = 0;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      if (c >= 0x80) {
        return null;
      }
      if (!isLetterOrDigit(c) && c != '_') {
        i++;
        continue;
      }
      int start = i;
      boolean letterOrDigit = false;
      int hash = 0;
      while (i < length) {
        char d = chars[i];
        if (isLetterOrDigit(d)) {
          letterOrDigit = true;
          hash = 31 * hash + d;
          i++;
        } else if (d == '_') {
          hash = 31 * hash + d;
          i++;
        } else if (i > start && i + 1 < length && joinsAcross(chars[i - 1], d, chars[i + 1])) {
          hash = 31 * (31 * hash + d) + chars[i + 1];
          i += 2; // the middle character and the letter or digit after it
        } else {
          break;
        }
      }
      if (!letterOrDigit) {
        continue;
      }
      if (i - start > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) {
        return null;
      }
      if (3 * count + 4 > bounds.length) {
        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
      }
      bounds[1 + 3 * count] = start;
      bounds[2 + 3 * count] = i;
      bounds[3 + 3 * count] = hash;
      count++;
    }
    bounds[0] = count;
    return bounds;
  }

  /** Number of tokens in an array from {@link #tokens}. */
  static int count(int[] tokens) {
    return tokens[0];
  }

  /** Start of token {@code k} of an array from {@link #tokens}. */
  static int start(int[] tokens, int k) {
    return tokens[1 + 3 * k];
  }

  /** End of token {@code k} of an array from {@link #tokens}. */
  static int end(int[] tokens, int k) {
    return tokens[2 + 3 * k];
  }

  /**
   * {@link String#hashCode} of token {@code k} of an array from {@link #tokens}: the polynomial
   * sum {@code 31 * h + c} over its characters, as {@link TokenTermCache#rawHash} computes it.
   */
  static int hash(int[] tokens, int k) {
    return tokens[3 + 3 * k];
  }

  /** Whether {@code middle} joins {@code before} and {@code after} into one word (WB6-7, 11-12). */
  private static boolean joinsAcross(char before, char middle, char after) {
    if (isLetter(before) && isLetter(after)) {
      return middle == ':' || middle == '.' || middle == '\'';
    }
    if (isDigit(before) && isDigit(after)) {
      return middle == ',' || middle == ';' || middle == '.' || middle == '\'';
    }
    return false;
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
