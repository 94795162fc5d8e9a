package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.clean.PhraseMatcher.Phrase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private final PhraseMatcher matcher =
      new PhraseMatcher(
          List.of(
              new Phrase("a", "sign up"),
              new Phrase("b", "sign up for our"),
              new Phrase("c", "to subscrib*")));

  @Test
  void matches_at_word_boundaries_ignoring_case_and_punctuation() {
    assertThat(matcher.find("Please SIGN-UP today").phrase().label()).isEqualTo("a");
    assertThat(matcher.find("signup today")).isNull();
    assertThat(matcher.find("design up")).isNull();
  }

  @Test
  void the_first_phrase_in_list_order_wins_at_the_same_position() {
    assertThat(matcher.find("sign up for our newsletter").phrase().label()).isEqualTo("a");
  }

  @Test
  void a_prefix_word_matches_any_word_with_that_prefix() {
    assertThat(matcher.find("click to subscribe now").phrase().label()).isEqualTo("c");
    assertThat(matcher.find("ask to subscribers").word()).isEqualTo(1);
    assertThat(matcher.find("to sub")).isNull();
  }

  @Test
  void start_matching_only_looks_at_the_first_word() {
    assertThat(matcher.findAtStart(new TextUnit("• Sign up now"))).isNotNull();
    assertThat(matcher.findAtStart(new TextUnit("Please sign up"))).isNull();
    assertThat(matcher.findAtStart(new TextUnit(""))).isNull();
  }

  @Test
  void phrases_must_be_in_key_form() {
    assertThatThrownBy(() -> new Phrase("x", "Sign Up"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Phrase("x", "subscrib*"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Phrase("x", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
