package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void decodes_valid_utf8_including_supplementary_characters() throws IngestException {
    String text = "Zürich \uD83D\uDE00 \u201cok\u201d";
    assertThat(StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
  }

  @Test
  void reports_the_byte_offset_of_the_first_bad_sequence() {
    // "ab" then a Latin-1 'é' (0xE9) followed by an ASCII letter: not a UTF-8 sequence.
    byte[] latin1 = {'a', 'b', (byte) 0xE9, 't', 'e'};
    assertThatThrownBy(() -> StrictUtf8.decode(latin1))
        .isInstanceOf(IngestException.class)
        .hasMessage("not valid UTF-8 at byte offset 2");

    // Overlong encoding of '/' and a sequence cut off at the end are refused too.
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'x', (byte) 0xC0, (byte) 0xAF}))
        .hasMessage("not valid UTF-8 at byte offset 1");
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'x', 'y', (byte) 0xE2, (byte) 0x80}))
        .hasMessage("not valid UTF-8 at byte offset 2");
  }

  @Test
  void offset_is_relative_to_the_decoded_range() {
    byte[] bytes = {'q', 'q', 'a', (byte) 0xFF, 'q'};
    assertThatThrownBy(() -> StrictUtf8.decode(bytes, 2, 4))
        .hasMessage("not valid UTF-8 at byte offset 1");
  }

  @Test
  void strips_only_one_leading_byte_order_mark() {
    assertThat(StrictUtf8.stripByteOrderMark("\uFEFF\uFEFFx")).isEqualTo("\uFEFFx");
    assertThat(StrictUtf8.stripByteOrderMark("x\uFEFF")).isEqualTo("x\uFEFF");
    assertThat(StrictUtf8.stripByteOrderMark("")).isEmpty();
  }

  @Test
  void a_real_replacement_character_is_kept_and_encoded_surrogates_are_refused()
      throws IngestException {
    String text = "a \uFFFD b";
    assertThat(StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'a', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80}))
        .hasMessage("not valid UTF-8 at byte offset 1");
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}))
        .hasMessage("not valid UTF-8 at byte offset 0");
  }

  /** The fast path against a strict JDK decoder alone, on random mostly-UTF-8 byte strings. */
  @Test
  void agrees_with_a_strict_decoder_on_random_bytes() {
    SplittableRandom random = new SplittableRandom(11);
    String[] pieces = {"a", " ", "é", "\u201c", "\uFFFD", "\uD83D\uDE00", "\u00FF", "Z"};
    int errors = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      // Corrupt one byte in most strings: a random byte, often a lead or continuation byte.
      if (bytes.length > 0 && random.nextInt(4) > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      String expected;
      try {
        expected =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        expected = null;
      }
      if (expected == null) {
        errors++;
        assertThatThrownBy(() -> StrictUtf8.decode(bytes)).isInstanceOf(IngestException.class);
      } else {
        try {
          assertThat(StrictUtf8.decode(bytes)).isEqualTo(expected);
        } catch (IngestException e) {
          throw new AssertionError("refused valid input " + text, e);
        }
      }
    }
    // Both kinds of input were tried.
    assertThat(errors).isBetween(10_000, 90_000);
  }
}
