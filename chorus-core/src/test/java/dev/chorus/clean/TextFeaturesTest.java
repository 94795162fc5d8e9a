package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free word and key functions of {@link TextFeatures} against the plain
 * definitions they replace (issue #5: the regex split was the cleaner's hottest line).
 */
class TextFeaturesTest {

  /** Characters that exercise every branch: ASCII and Unicode spaces, letters, marks, sigma. */
  private static final String ALPHABET =
      " \t\n\u000b\f\r\u001c\u001f\u00a0\u2003\u3000\u0085aZ9.,'’-@#/éÉŁßİΣσ\u00b5\u0301😀";

  @Test
  void words_are_strip_then_split_at_regex_whitespace() {
    assertThat(TextFeatures.words("")).isEmpty();
    assertThat(TextFeatures.words(" \t\n")).isEmpty();
    assertThat(TextFeatures.words(" a  b\tc ")).containsExactly("a", "b", "c");
    // U+2003 is whitespace to strip() but not to the regex \s: inside, it is a word of its own.
    assertThat(TextFeatures.words("\u2003a \u2003 b\u2003")).containsExactly("a", "\u2003", "b");
    assertThat(TextFeatures.words("a\u00a0b")).containsExactly("a\u00a0b");
  }

  @Test
  void words_and_word_count_agree_with_the_regex_split_on_random_text() {
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, random.nextInt(30));
      String stripped = text.strip();
      String[] expected = stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
      assertThat(TextFeatures.words(text)).as("seed 5, text #%d '%s'", i, text)
          .containsExactly(expected);
      assertThat(TextFeatures.wordCount(text)).as("seed 5, text #%d", i)
          .isEqualTo(expected.length);
    }
  }

  @Test
  void key_words_are_the_words_of_the_key() {
    assertThat(TextFeatures.keyWords("")).isEmpty();
    assertThat(TextFeatures.keyWords("-- !")).isEmpty();
    assertThat(TextFeatures.keyWords("We ' ll SIGN-UP, now!")).containsExactly(
        "we", "ll", "sign", "up", "now");
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, random.nextInt(30));
      String key = TextFeatures.key(text).strip();
      String[] expected = key.isEmpty() ? new String[0] : key.split(" ");
      assertThat(TextFeatures.keyWords(text)).as("seed 7, text #%d '%s'", i, text)
          .containsExactly(expected);
    }
  }

  @Test
  void text_units_index_the_key_words_with_their_string_hashes() {
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, random.nextInt(30));
      TextUnit unit = new TextUnit(text);
      String[] expected = TextFeatures.keyWords(text);
      assertThat(unit.keyWords()).as("seed 17, text #%d '%s'", i, text).containsExactly(expected);
      assertThat(unit.keyWordCount()).isEqualTo(expected.length);
      for (int w = 0; w < expected.length; w++) {
        assertThat(unit.keyWordHash(w)).isEqualTo(expected[w].hashCode());
        assertThat(unit.keyWordIs(w, expected[w])).isTrue();
        assertThat(unit.keyWordIs(w, expected[w] + "x")).isFalse();
        assertThat(unit.keyWordStartsWith(w, expected[w].substring(0, 1))).isTrue();
      }
    }
  }

  @Test
  void key_is_lowercase_letter_and_digit_runs_between_single_spaces() {
    assertThat(TextFeatures.key("Hello, World 2!")).isEqualTo(" hello world 2 ");
    assertThat(TextFeatures.key("")).isEqualTo(" ");
    // Every BMP character: the inline ASCII test must agree with Character.isLetterOrDigit.
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = "a" + c + "b";
      assertThat(TextFeatures.key(text)).as("U+%04X", (int) c).isEqualTo(referenceKey(text));
    }
  }

  @Test
  void link_count_counts_the_link_like_words() {
    assertThat(TextFeatures.linkCount("By @someone https://t.co/x.")).isEqualTo(2);
    assertThat(TextFeatures.linkCount("Amazon.com declined to comment.")).isEqualTo(1);
    assertThat(TextFeatures.linkCount("")).isZero();
    String[] pieces = {"a", " ", "\u2003", "@x", "#y", "x.com", "www.", "/", ".", "\t", "z@q.org"};
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      long expected =
          java.util.Arrays.stream(TextFeatures.words(text.toString()))
              .filter(TextFeatures::isLinkLike)
              .count();
      assertThat(TextFeatures.linkCount(text.toString())).as("seed 9, '%s'", text)
          .isEqualTo(expected);
    }
  }

  @Test
  void link_like_tokens_need_one_of_the_link_characters() {
    assertThat(TextFeatures.isLinkLike("azcentral.com")).isTrue();
    assertThat(TextFeatures.isLinkLike("@someone")).isTrue();
    assertThat(TextFeatures.isLinkLike("#lol")).isTrue();
    assertThat(TextFeatures.isLinkLike("https://t.co/x")).isTrue();
    assertThat(TextFeatures.isLinkLike("jane@example.org")).isTrue();
    assertThat(TextFeatures.isLinkLike("comment.")).isFalse();
    assertThat(TextFeatures.isLinkLike("com")).isFalse();
    assertThat(TextFeatures.isLinkLike("")).isFalse();
  }

  private static String referenceKey(String text) {
    StringBuilder key = new StringBuilder(" ");
    boolean space = true;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
        space = false;
      } else if (!space) {
        key.append(' ');
        space = true;
      }
    }
    return space ? key.toString() : key.append(' ').toString();
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.appendCodePoint(ALPHABET.codePointAt(
          ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0,
              ALPHABET.length())))));
    }
    return text.toString();
  }
}
