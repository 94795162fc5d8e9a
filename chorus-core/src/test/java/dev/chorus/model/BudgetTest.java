package dev.chorus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetTest {

  @Test
  void counts_whitespace_separated_words() {
    assertThat(Budget.countWords("")).isZero();
    assertThat(Budget.countWords("   ")).isZero();
    assertThat(Budget.countWords("U.S. officials met\nin Geneva.")).isEqualTo(5);
    assertThat(Budget.words(10).cost(" a  b\tc ")).isEqualTo(3);
  }

  @Test
  void every_char_that_is_whitespace_separates_words() {
    // #5: countWords answers ASCII inline; it must agree with Character.isWhitespace everywhere.
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Budget.countWords("a" + c + "b"))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.isWhitespace(c) ? 2 : 1);
    }
  }

  @Test
  void normalizing_space_is_strip_then_folding_regex_whitespace() {
    assertThat(Budget.normalizeSpace("  a \n\t b  c ")).isEqualTo("a b c");
    assertThat(Budget.normalizeSpace("a b")).isEqualTo("a b");
    assertThat(Budget.normalizeSpace(" \u2003 ")).isEmpty();
    // #5: the hand-written fold must agree with the regex it replaced.
    String alphabet = "ab \t\n\u000b\f\r\u001c\u00a0\u2003\u3000é";
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(Budget.normalizeSpace(t)).as("seed 3, '%s'", t)
          .isEqualTo(t.strip().replaceAll("\\s+", " "));
    }
  }

  @Test
  void bytes_are_utf8_after_folding_whitespace() {
    // "Zürich  talks" folds to "Zürich talks": 12 characters, ü is two bytes.
    assertThat(Budget.bytes(100).cost("Zürich  talks")).isEqualTo(13);
    assertThat(Budget.bytes(100).separatorCost()).isEqualTo(1);
    assertThat(Budget.words(100).separatorCost()).isZero();
  }

  @Test
  void rejects_non_positive_limits() {
    assertThatThrownBy(() -> Budget.words(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }
}
