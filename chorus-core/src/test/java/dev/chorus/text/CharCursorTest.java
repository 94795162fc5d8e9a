package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** #5: the cursor answers what a test of every character answers, queries in any order. */
class CharCursorTest {

  @Test
  void finds_and_counts_like_a_scan_of_every_character() {
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(".\"a \n".charAt(random.nextInt(5)));
      }
      String t = text.toString();
      char c = random.nextBoolean() ? '.' : '"';
      CharCursor cursor = new CharCursor(t, c);
      int from = 0;
      while (from <= t.length()) {
        int to = from + random.nextInt(t.length() - from + 2);
        if (random.nextBoolean()) {
          assertThat(cursor.next(from)).as("seed 3, '%s' from %d", t, from)
              .isEqualTo(t.indexOf(c, from));
        } else {
          assertThat(cursor.count(from, to)).as("seed 3, '%s' [%d, %d)", t, from, to)
              .isEqualTo(count(t, from, Math.min(to, t.length()), c));
        }
        // Mostly forward, as the splitter asks, sometimes back.
        from += random.nextInt(10) == 0 ? -Math.min(from, 3) : random.nextInt(4);
        if (random.nextInt(50) == 0) {
          break;
        }
      }
    }
  }

  @Test
  void a_text_without_the_character() {
    CharCursor cursor = new CharCursor("no periods here", '.');
    assertThat(cursor.next(0)).isEqualTo(-1);
    assertThat(cursor.count(3, 15)).isZero();
    assertThat(new CharCursor("", '.').count(0, 0)).isZero();
  }

  private static int count(String text, int from, int to, char c) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += text.charAt(i) == c ? 1 : 0;
    }
    return count;
  }
}
