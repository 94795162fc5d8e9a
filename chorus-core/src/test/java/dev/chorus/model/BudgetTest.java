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
