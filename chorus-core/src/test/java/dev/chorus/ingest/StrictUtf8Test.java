package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
}
