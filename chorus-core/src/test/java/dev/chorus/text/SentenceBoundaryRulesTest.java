package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
