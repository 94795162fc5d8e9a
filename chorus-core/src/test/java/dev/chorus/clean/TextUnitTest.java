package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.text.SharedTexts;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * #5: a {@link TextUnit} reads a short plain ASCII text once for its word count, key words and
 * link count; every feature must equal that of the {@link TextFeatures} function it replaces,
 * whatever the order in which the rules ask for them.
 */
class TextUnitTest {

  /** ASCII pieces for every branch of the one-pass scan, and a few that make it give up. */
  private static final String[] PIECES = {
    "a", "z", "A", "Z", "0", "9", "the", "Said", "U.S.", "x.com", "@h", "#t", "/", ".", "...",
    "www.e.org", "t.co/x", "j@e.org", "(", ")", "'", "\"", "-", "_", ",", " ", " ", "  ", "\t",
    "\n", "\u000b", "\f", "\r", "\u0000", "\u007f", "~",
    // Not plain ASCII: the unit falls back to the separate functions.
    "\u001c", "\u001f", "é", "İ", "\u00a0", "\u2003", "’"
  };

  @Test
  void features_agree_with_the_text_feature_functions_on_random_text() {
    Random random = new Random(21);
    int scanned = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      boolean plain = random.nextInt(4) > 0;
      for (int k = random.nextInt(40); k > 0; k--) {
        String piece = PIECES[random.nextInt(plain ? PIECES.length - 7 : PIECES.length)];
        text.append(piece);
      }
      String t = text.toString();
      scanned += t.length() <= TextUnit.MAX_SCANNED_CHARS && t.chars().allMatch(
          c -> c < 0x80 && (c < 0x1c || c > 0x1f)) ? 1 : 0;
      assertSameFeatures(t, random.nextInt(4), "seed 21, text #" + i);
    }
    assertThat(scanned).as("texts read in one pass").isGreaterThan(10_000);
  }

  @Test
  void long_units_are_counted_alike() {
    String sentence = "The Mayor said: visit www.example.org or write to j@example.org. ";
    String text = sentence.repeat(TextUnit.MAX_SCANNED_CHARS / sentence.length() + 2);
    for (int order = 0; order < 4; order++) {
      assertSameFeatures(text, order, "long text");
      assertSameFeatures(text.substring(0, TextUnit.MAX_SCANNED_CHARS), order, "at the limit");
    }
  }

  @Test
  void features_agree_with_the_text_feature_functions_on_real_sentences() throws IOException {
    int i = 0;
    for (String sentence : SharedTexts.multiNewsSentences(200)) {
      assertSameFeatures(sentence, i++ % 4, sentence);
    }
  }

  /** The word count is exact up to {@link TextUnit#COUNTED_WORDS}, above it past that. */
  private static void assertWordCount(TextUnit unit, String text, String description) {
    int words = TextFeatures.wordCount(text);
    if (words <= TextUnit.COUNTED_WORDS) {
      assertThat(unit.wordCount()).as(description).isEqualTo(words);
    } else {
      assertThat(unit.wordCount()).as(description).isGreaterThan(TextUnit.COUNTED_WORDS);
    }
  }

  @Test
  void word_counts_stop_past_the_largest_word_cap() {
    for (int cap : new int[] {LineRules.MAX_HEADING_WORDS, LineRules.MAX_CAPTION_WORDS,
        LineRules.MAX_TWEET_WORDS, SentenceRules.MAX_CAPTION_WORDS,
        NoiseTests.MAX_BOILERPLATE_WORDS, NoiseTests.MAX_CALL_TO_ACTION_WORDS,
        NoiseTests.MAX_COPYRIGHT_WORDS, NoiseTests.MAX_COPYRIGHT_MARK_WORDS,
        NoiseTests.MAX_CONTACT_WORDS, NoiseTests.MAX_EMAIL_WORDS, NoiseTests.MAX_LINK_DENSE_WORDS,
        NoiseTests.MAX_DATELINE_WORDS}) {
      assertThat(cap).isLessThanOrEqualTo(TextUnit.COUNTED_WORDS);
    }
    // U+2003 is stripped at the start but a word of its own inside: 1 + 2 * 199 words.
    String text = " \u2003 a".repeat(200) + " \u001c";
    assertThat(TextFeatures.wordCount(text)).isEqualTo(399);
    for (int limit : new int[] {0, 1, 80, 398, 399, 400}) {
      assertThat(TextFeatures.wordCountUpTo(text, limit)).isEqualTo(Math.min(399, limit + 1));
    }
    assertThat(new TextUnit(text).wordCount()).isEqualTo(TextUnit.COUNTED_WORDS + 1);
    assertThat(new TextUnit("a b c").wordCount()).isEqualTo(3);
  }

  /** Asks for the features in one of four orders (the first request triggers the scan). */
  private static void assertSameFeatures(String text, int order, String description) {
    TextUnit unit = new TextUnit(text);
    String[] keyWords = TextFeatures.keyWords(text);
    switch (order) {
      case 0 -> assertWordCount(unit, text, description);
      case 1 -> assertThat(unit.keyWordCount()).as(description).isEqualTo(keyWords.length);
      case 2 -> assertThat(unit.linkCount()).as(description)
          .isEqualTo(TextFeatures.linkCount(text));
      default -> assertThat(unit.words()).as(description)
          .containsExactly(TextFeatures.words(text));
    }
    assertWordCount(unit, text, description);
    assertThat(unit.linkCount()).as(description).isEqualTo(TextFeatures.linkCount(text));
    assertThat(unit.keyWordCount()).as(description).isEqualTo(keyWords.length);
    assertThat(unit.firstKeyWord()).as(description)
        .isEqualTo(keyWords.length == 0 ? "" : keyWords[0]);
    for (int w = 0; w < keyWords.length; w++) {
      assertThat(unit.keyWordHash(w)).as(description).isEqualTo(keyWords[w].hashCode());
      assertThat(unit.keyWordIs(w, keyWords[w])).as(description).isTrue();
      assertThat(unit.keyWordIs(w, keyWords[w] + "a")).as(description).isFalse();
      assertThat(unit.keyWordIs(w, "x" + keyWords[w].substring(1))).as(description)
          .isEqualTo(keyWords[w].charAt(0) == 'x');
      String upper = keyWords[w].toUpperCase(Locale.ROOT);
      assertThat(unit.keyWordIs(w, upper)).as(description).isEqualTo(upper.equals(keyWords[w]));
      assertThat(unit.keyWordStartsWith(w, keyWords[w].substring(0, 1))).as(description).isTrue();
      assertThat(unit.keyWordStartsWith(w, keyWords[w] + "a")).as(description).isFalse();
    }
    assertThat(unit.keyWords()).as(description).containsExactly(keyWords);
    assertThat(Arrays.asList(unit.words())).as(description)
        .containsExactly(TextFeatures.words(text));
  }
}
