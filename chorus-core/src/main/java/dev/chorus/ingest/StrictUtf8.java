package dev.chorus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that reports where the input goes wrong.
 *
 * <p>{@link String#String(byte[], java.nio.charset.Charset)} replaces bad bytes with U+FFFD, which
 * would silently change the text that summaries quote; a {@link CharsetDecoder} set to {@link
 * CodingErrorAction#REPORT} refuses them instead (including overlong forms and encoded surrogates).
 * Stateless and thread-safe: every call makes its own decoder.
 */
final class StrictUtf8 {

  /** U+FEFF, which some editors write at the start of UTF-8 files. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private StrictUtf8() {}

  /**
   * Decodes {@code bytes[from, to)}.
   *
   * @throws IngestException "not valid UTF-8 at byte offset N", N counted from {@code from}
   */
  static String decode(byte[] bytes, int from, int to) throws IngestException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    // UTF-8 never yields more UTF-16 units than bytes (a 4-byte sequence gives 2 units), so one
    // buffer of the input length always suffices and the decoder never reports overflow.
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // On error the decoder leaves the input positioned at the first bad byte.
      throw new IngestException("not valid UTF-8 at byte offset " + (in.position() - from));
    }
    out.flip();
    return out.toString();
  }

  /** Decodes all of {@code bytes}; see {@link #decode(byte[], int, int)}. */
  static String decode(byte[] bytes) throws IngestException {
    return decode(bytes, 0, bytes.length);
  }

  /** {@code text} without one leading byte-order mark, if it has one. */
  static String stripByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
