package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** #5: the ASCII scan makes exactly the tokens of Lucene's StandardTokenizer, or declines. */
class AsciiWordBreaksTest {

  /** Every word-break class of ASCII, in runs and alone, and characters that break words. */
  private static final String[] PIECES = {
    "a", "Z", "word", "U", "S", "0", "9", "2022", "_", "__", ":", ".", "'", ",", ";", "..", "''",
    " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "-", "\"", "@", "#", "*", "/", "(", ")", "$",
    "%", "&", "!", "?", "`", "\u0000", "\u007f", "~", "|", "+", "="
  };

  @Test
  void simple_words_numbers_and_joiners() {
    assertThat(tokens("U.S. officials' 6,000 troops: don't a_b 3.5mm x:y 1:2 a.1 1.a __ _x"))
        .containsExactly("U.S", "officials", "6,000", "troops", "don't", "a_b", "3.5mm", "x:y",
            "1", "2", "a", "1", "1", "a", "_x");
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" -- ")).isEmpty();
    assertThat(AsciiWordBreaks.tokens("naïve".toCharArray(), 5)).isNull();
    String longWord = "x".repeat(StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH + 1);
    assertThat(AsciiWordBreaks.tokens(longWord.toCharArray(), longWord.length())).isNull();
    String limit = "x".repeat(StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
    assertThat(tokens(limit + " a")).containsExactly(limit, "a");
  }

  @Test
  void tokens_are_those_of_the_standard_tokenizer_on_random_ascii() throws IOException {
    Random random = new Random(29);
    int tokens = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      List<String> expected = standardTokens(t);
      assertThat(tokens(t)).as("seed 29, '%s'", t).isEqualTo(expected);
      tokens += expected.size();
    }
    assertThat(tokens).isGreaterThan(50_000);
  }

  @Test
  void tokens_are_those_of_the_standard_tokenizer_on_real_sentences() throws IOException {
    int scanned = 0;
    for (String sentence : SharedTexts.multiNewsSentences(300)) {
      int[] found = AsciiWordBreaks.tokens(sentence.toCharArray(), sentence.length());
      if (found == null) {
        continue;
      }
      scanned++;
      assertThat(strings(sentence, found)).as(sentence).isEqualTo(standardTokens(sentence));
    }
    assertThat(scanned).isGreaterThan(1_000);
  }

  /** The tokens as strings, which the scan must find (it may not decline plain ASCII text). */
  private static List<String> tokens(String text) {
    int[] found = AsciiWordBreaks.tokens(text.toCharArray(), text.length());
    assertThat(found).as("declined '%s'", text).isNotNull();
    return strings(text, found);
  }

  private static List<String> strings(String text, int[] found) {
    List<String> tokens = new ArrayList<>();
    for (int k = 0; k < AsciiWordBreaks.count(found); k++) {
      String token =
          text.substring(AsciiWordBreaks.start(found, k), AsciiWordBreaks.end(found, k));
      // The hash summed during the scan is the token's own, which the term cache relies on.
      assertThat(AsciiWordBreaks.hash(found, k)).as("hash of '%s'", token)
          .isEqualTo(token.hashCode());
      tokens.add(token);
    }
    return tokens;
  }

  /** The tokens of Lucene's tokenizer, checked to be verbatim pieces of the text. */
  private static List<String> standardTokens(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      tokenizer.setReader(new StringReader(text));
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        assertThat(term.toString()).isEqualTo(
            text.substring(offset.startOffset(), offset.endOffset()));
        tokens.add(term.toString());
      }
      tokenizer.end();
    }
    return tokens;
  }
}
