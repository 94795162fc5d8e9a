package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBoundaryRulesTest {

  @Test
  void recognises_acronyms_with_inner_periods() {
    assertThat(SentenceBoundaryRules.isAcronym("U.S.")).isTrue();
    assertThat(SentenceBoundaryRules.isAcronym("u.n.")).isTrue();
    assertThat(SentenceBoundaryRules.isAcronym("then-U.S.")).isTrue();
    assertThat(SentenceBoundaryRules.isAcronym("p.m.")).isTrue();
    assertThat(SentenceBoundaryRules.isAcronym("Ph.D.")).isTrue();
    assertThat(SentenceBoundaryRules.isAcronym("St.")).isFalse();
    assertThat(SentenceBoundaryRules.isAcronym("U.S")).isFalse();
    assertThat(SentenceBoundaryRules.isAcronym("USA.")).isFalse();
    assertThat(SentenceBoundaryRules.isAcronym("...")).isFalse();
    assertThat(SentenceBoundaryRules.isAcronym("8.2.")).isFalse();
  }

  @Test
  void space_is_whitespace_or_a_space_character_for_every_char() {
    // #5: isSpace answers ASCII inline; it must agree with the two Character tests everywhere.
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(SentenceBoundaryRules.isSpace(c))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
  }

  @Test
  void quotes_and_brackets_are_the_openers_and_closers() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(SentenceBoundaryRules.isQuoteOrBracket(c))
          .as("U+%04X", (int) c)
          .isEqualTo("\"'`‘“«([{".indexOf(c) >= 0 || "”’»)]}".indexOf(c) >= 0);
    }
  }

  @Test
  void recognises_initials() {
    assertThat(SentenceBoundaryRules.isInitial("J.")).isTrue();
    assertThat(SentenceBoundaryRules.isInitial("Ł.")).isTrue();
    assertThat(SentenceBoundaryRules.isInitial("JR.")).isFalse();
    assertThat(SentenceBoundaryRules.isInitial("3.")).isFalse();
  }

  @Test
  void paragraphs_break_at_lines_holding_only_whitespace() {
    String text = "a\nb\n \t\nc\r\n\r\nd\n\n\n";
    // [0,3) "a\nb", [7,8) "c", [12,13) "d", then the empty tail after the last blank lines.
    assertThat(SentenceBoundaryRules.paragraphs(text)).containsExactly(0, 3, 7, 8, 12, 13, 16, 16);
    assertThat(SentenceBoundaryRules.paragraphs("")).containsExactly(0, 0);
    assertThat(SentenceBoundaryRules.paragraphs("one line")).containsExactly(0, 8);
  }

  // #5: paragraphs finds line terminators with indexOf; the same bounds as a scan of every char.
  @Test
  void paragraphs_agree_with_a_scan_of_every_character() {
    String[] pieces = {"a", "b c", " ", "\t", "\u00a0", "\u2003", "\n", "\r", "\r\n", "\n\n",
        " \n", "\u000b", "\f", "\u001c", "\u0085", "\u2028"};
    Random random = new Random(19);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(SentenceBoundaryRules.paragraphs(t)).as("seed 19, '%s'", t)
          .containsExactly(paragraphsDefinition(t));
    }
  }

  /** {@link SentenceBoundaryRules#paragraphs} as first written, testing every character. */
  private static int[] paragraphsDefinition(String text) {
    java.util.List<Integer> bounds = new java.util.ArrayList<>();
    int n = text.length();
    int paragraphStart = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        i++;
        continue;
      }
      int lineEnd = i;
      int next = afterTerminator(text, i);
      boolean blankLines = false;
      while (true) {
        int m = next;
        while (m < n && text.charAt(m) != '\n' && text.charAt(m) != '\r'
            && SentenceBoundaryRules.isSpace(text.charAt(m))) {
          m++;
        }
        if (m < n && (text.charAt(m) == '\n' || text.charAt(m) == '\r')) {
          blankLines = true;
          next = afterTerminator(text, m);
        } else {
          break;
        }
      }
      if (blankLines) {
        bounds.add(paragraphStart);
        bounds.add(lineEnd);
        paragraphStart = next;
      }
      i = next;
    }
    bounds.add(paragraphStart);
    bounds.add(n);
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int afterTerminator(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
        ? i + 2
        : i + 1;
  }

  @Test
  void detects_case_folded_text() {
    String folded =
        "The deaths of three american soldiers in afghanistan this week are a reminder of why"
            + " it matters. Those courageous enough to go into battle should face zero delays"
            + " in getting the benefits they've earned from the u.s. Government.";
    String normal = folded.replace("american", "American").replace("afghanistan", "Afghanistan");
    assertThat(SentenceBoundaryRules.isCaseFolded(folded)).isTrue();
    assertThat(SentenceBoundaryRules.isCaseFolded(normal)).isFalse();
    // Too short to tell: treated as normal text.
    assertThat(SentenceBoundaryRules.isCaseFolded("it is over. we left.")).isFalse();
  }

  // #5: isCaseFolded settles lowercase ASCII letters first and keeps booleans instead of the
  // previous characters; it must give the answer of its plain definition below.
  @Test
  void case_folding_test_agrees_with_its_definition_on_random_text() {
    String[] lowercase = {"a", "the", "said", "x", "é", "ß", "σ", "2022", "u.s.", "we'll", "don’t"};
    String[] other = {"A", "The", "U.S.", "É", "Σ", "iPhone", "McCain", "1,000", "_", "-", "—",
        "\"", "'", "`", "‘", "“", "«", "(", "[", "{", "”", "’", "»", ")", "]", "}", ".", "!", "?",
        ":", ",", ";", "…", "😀", "\u0301", "ǅ", "Ⅸ"};
    String[] spaces = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2007", "\u202f",
        "\u2003", "\u001c", "\u001f", "\u000b"};
    Random random = new Random(11);
    int folded = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int words = 20 + random.nextInt(300);
      // Around one odd piece per hundred words, so that texts fall on both sides of the bound.
      double odd = random.nextDouble() * 0.03;
      for (int w = 0; w < words; w++) {
        if (random.nextDouble() < odd) {
          text.append(other[random.nextInt(other.length)]);
        }
        text.append(lowercase[random.nextInt(lowercase.length)]);
        if (random.nextDouble() < odd) {
          text.append(other[random.nextInt(other.length)]);
        }
        text.append(spaces[random.nextInt(spaces.length)]);
      }
      String t = text.toString();
      boolean expected = isCaseFoldedDefinition(t);
      folded += expected ? 1 : 0;
      assertThat(SentenceBoundaryRules.isCaseFolded(t)).as("seed 11, text #%d '%s'", i, t)
          .isEqualTo(expected);
    }
    // Both answers must occur, or the comparison proves little.
    assertThat(folded).isBetween(500, 4_500);
  }

  @Test
  void case_folding_test_agrees_with_its_definition_on_real_text() throws IOException {
    for (String text : SharedTexts.multiNewsTexts(300)) {
      assertThat(SentenceBoundaryRules.isCaseFolded(text)).as(text)
          .isEqualTo(isCaseFoldedDefinition(text));
    }
  }

  /** {@link SentenceBoundaryRules#isCaseFolded} as it was first written, the definition. */
  private static boolean isCaseFoldedDefinition(String text) {
    int words = 0;
    int innerCapitals = 0;
    char previous = ' ';
    char lastMark = '.';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        previous = c;
        continue;
      }
      if (Character.isWhitespace(previous) || Character.isSpaceChar(previous)) {
        words++;
      }
      if (Character.isUpperCase(c)) {
        boolean wordStart = !Character.isLetterOrDigit(previous);
        if (!wordStart || ".!?:".indexOf(lastMark) < 0) {
          innerCapitals++;
        }
      }
      if ("\"'`‘“«([{”’»)]}".indexOf(c) < 0) {
        lastMark = c;
      }
      previous = c;
    }
    return words >= 30 && innerCapitals * 100 < words;
  }
}
