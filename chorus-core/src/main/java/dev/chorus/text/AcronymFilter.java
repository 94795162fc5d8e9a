package dev.chorus.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Normalises acronyms so that outlets writing "U.S." and "US" share a term, and protects them from
 * stopword removal and stemming.
 *
 * <p>A token of two or more single letters joined by periods ({@code StandardTokenizer} turns
 * "U.S." into "U.S", "p.m." into "p.m") loses its periods; it and the exact token "US" (the
 * country, not the pronoun "us") are marked as keywords. Without this, the Porter stemmer turns
 * "u.s" into "u." and the pronoun stopword "us" swallows the country. Must run before lowercasing,
 * which it needs to tell "US" from "us". Not thread-safe, like every Lucene token stream.
 */
final class AcronymFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  AcronymFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (isDottedAcronym(term)) {
      int length = 0;
      char[] buffer = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (buffer[i] != '.') {
          buffer[length++] = buffer[i];
        }
      }
      term.setLength(length);
      keyword.setKeyword(true);
    } else if (term.length() == 2 && term.charAt(0) == 'U' && term.charAt(1) == 'S') {
      keyword.setKeyword(true);
    }
    return true;
  }

  /** Letter, then one or more of (period, letter), optionally a final period: "U.S", "p.m.". */
  private static boolean isDottedAcronym(CharSequence token) {
    int n = token.length();
    if (n > 0 && token.charAt(n - 1) == '.') {
      n--;
    }
    if (n < 3 || n % 2 == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }
}
