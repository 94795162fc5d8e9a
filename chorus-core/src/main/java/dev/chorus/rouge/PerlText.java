package dev.chorus.rouge;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Perl string semantics ROUGE-1.5.5 depends on, on byte strings (the script reads files
 * without an encoding layer, so it sees UTF-8 bytes, not characters).
 *
 * <p>Stateless and thread-safe.
 */
final class PerlText {

  private PerlText() {}

  /**
   * Whether {@code b} matches Perl's {@code \s} in a byte string: space, tab, LF, VT (Perl 5.18 and
   * later), FF, CR. Bytes 0x85 and 0xA0 do not match: without {@code use utf8} or {@code
   * unicode_strings} Perl treats them as ordinary bytes, so a no-break space does not separate
   * words when the script counts them for {@code -l}.
   */
  static boolean isSpace(int b) {
    return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
  }

  /**
   * The number of fields of Perl's {@code split(/\s+/, s)} over {@code s[0, end)}, and the end
   * offset of each field in {@code ends} (which must have room for {@code end + 1} entries).
   *
   * <p>Perl keeps a leading empty field when the string starts with whitespace, and drops trailing
   * empty fields: {@code " a b"} has 3 fields ({@code "", "a", "b"}), {@code "a b "} has 2, and a
   * string of whitespace only has none.
   */
  static int splitWhitespace(byte[] s, int end, int[] ends) {
    int fields = 0;
    int i = 0;
    boolean leadingSpace = end > 0 && isSpace(s[0]);
    while (i < end) {
      if (isSpace(s[i])) {
        i++;
        continue;
      }
      while (i < end && !isSpace(s[i])) {
        i++;
      }
      if (fields == 0 && leadingSpace) {
        // The empty field before the leading whitespace ends where the string starts.
        ends[fields++] = 0;
      }
      ends[fields++] = i;
    }
    return fields;
  }

  /** Perl's {@code split(/\s+/, s)} on a string, with the same leading/trailing rules. */
  static String[] splitWhitespace(String s) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = s.length();
    boolean leadingSpace = n > 0 && isSpace(s.charAt(0));
    while (i < n) {
      if (isSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (fields.isEmpty() && leadingSpace) {
        fields.add("");
      }
      fields.add(s.substring(start, i));
    }
    return fields.toArray(new String[0]);
  }

  /**
   * Lines as Perl's {@code while (<FH>) { chomp; ... }} sees them: split at LF only, the LF
   * removed, a CR kept; no empty last line after a final LF.
   */
  static List<String> chompedLines(Reader reader) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      all.append(buffer, 0, n);
    }
    return chompedLines(all);
  }

  /** {@link #chompedLines(Reader)} for text in memory. */
  static List<String> chompedLines(CharSequence text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.subSequence(start, i).toString());
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.subSequence(start, text.length()).toString());
    }
    return lines;
  }
}
