package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.text.SharedTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * #5: the shortcuts in {@link NoiseTests} must not change an answer: a necessary condition checked
 * before a regex search, a search run only where a match may start, an inline ASCII test.
 */
class NoiseTestsTest {

  /** The copyright-year pattern of {@link NoiseTests}. */
  private static final Pattern COPYRIGHT_YEAR =
      Pattern.compile("(?i)(?:\\bcopyright\\b\\s*(?:©|\\(c\\))?\\s*\\d{4}|\\(c\\)\\s*\\d{4})");

  /** Pieces for dates, times and copyright notices, in odd cases and with odd neighbours. */
  private static final String[] PIECES = {
    "January", "jan", "JAN.", "Sept", "sep.", "may", "Mar", "dec", "thurs", "Tues.", "monday",
    "SUN", "fri", "wed", "8", "14", "2022", "1/8/2022", "2022-01-08", "2:18", "p.m.", "am", "PM",
    "a. m.", "gmt", "EDT", "th", "st", ",", ", ", " ", " ", "  ", "\n", "\t", ":", "/", "-", "_",
    "x", "the", "Updated", "at", "copyright", "Copyright", "COPYRIGHT", "©", "(c)", "(C)", "(",
    ")", "c", "opyright", "İ", "ı", "\u212a", "１", "٣", "é", "\u0301", "’", "\u00a0", "a"
  };

  @Test
  void has_digit_is_character_is_digit_for_every_char() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(NoiseTests.hasDigit("x" + c)).as("U+%04X", (int) c)
          .isEqualTo(Character.isDigit(c));
    }
    assertThat(NoiseTests.hasDigit("")).isFalse();
  }

  @Test
  void copyright_year_needs_a_parenthesis_or_the_word() throws IOException {
    Random random = new Random(31);
    int found = 0;
    List<String> texts = randomTexts(random, 40_000);
    texts.addAll(SharedTexts.multiNewsSentences(100));
    for (String text : texts) {
      if (COPYRIGHT_YEAR.matcher(text).find()) {
        found++;
        assertThat(NoiseTests.mayHoldCopyrightYear(text)).as("seed 31, '%s'", text).isTrue();
      }
    }
    assertThat(found).as("texts with a copyright year").isGreaterThan(100);
    assertThat(NoiseTests.mayHoldCopyrightYear("the copyright office said")).isTrue();
    assertThat(NoiseTests.mayHoldCopyrightYear("COPYRIGHT")).isTrue();
    assertThat(NoiseTests.mayHoldCopyrightYear("a (b)")).isTrue();
    assertThat(NoiseTests.mayHoldCopyrightYear("© 2016 the journal")).isFalse();
  }

  @Test
  void dates_and_times_searched_at_word_starts_are_those_find_finds() throws IOException {
    Random random = new Random(37);
    List<String> texts = randomTexts(random, 40_000);
    texts.addAll(SharedTexts.multiNewsSentences(100));
    int matches = 0;
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher all = TextFeatures.DATE_OR_TIME.matcher(text);
      while (all.find()) {
        expected.add(all.start() + "-" + all.end());
      }
      List<String> actual = new ArrayList<>();
      Matcher m = TextFeatures.DATE_OR_TIME.matcher(text).useTransparentBounds(true);
      java.util.BitSet starts = TextFeatures.DATE_OR_TIME_STARTS.candidates(text, null);
      int from = 0;
      while (InlineRules.findFiltered(m, starts, from, text.length())) {
        actual.add(m.start() + "-" + m.end());
        from = m.end();
      }
      assertThat(actual).as("seed 37, '%s'", text).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).as("dates and times found").isGreaterThan(5_000);
  }

  private static List<String> randomTexts(Random random, int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
