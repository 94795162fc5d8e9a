package dev.chorus.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small regular tokenizer with offsets, for the pattern matching of this package (numbers, quote
 * attributions), where the content-term analyzer's stemmed terms lose what is needed: case,
 * punctuation and the digits' grouping. Thread-safe (stateless).
 */
final class Tokens {

  private static final Pattern TOKEN =
      Pattern.compile(
          // Dotted acronyms first ("U.S.", "p.m."), with their final dot.
          "(?:\\p{L}\\.){2,}"
              // Words and numbers with inner joiners: "co-operation", "Russia’s", and between
              // digits only "6,000", "8.2" (so "said.Olivera" in unspaced text is two words).
              + "|[\\p{L}\\p{N}]+(?:(?:['’\\-]|(?<=\\d)[.,](?=\\d))[\\p{L}\\p{N}]+)*"
              // Anything else, one character at a time (whitespace excluded).
              + "|[^\\s\\p{L}\\p{N}]");

  private Tokens() {}

  /** The tokens of {@code text}, in order; offsets are into {@code text}. Linear time. */
  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }

  /** The tokens of {@code text.substring(from, to)}, with offsets into {@code text}. */
  static List<Token> of(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }
}
