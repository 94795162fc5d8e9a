package dev.chorus.model;

/**
 * A half-open range {@code [start, end)} of character (UTF-16 code unit) offsets into a text.
 *
 * <p>Spans keep every derived unit (sentence, token, summary sentence) traceable to the exact
 * characters it came from, which attribution relies on. Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0, was " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start (" + start + "), was " + end);
    }
  }

  public int length() {
    return end - start;
  }

  /** The characters of {@code text} that this span covers. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " exceeds text length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
