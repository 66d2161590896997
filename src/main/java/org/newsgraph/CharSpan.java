package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A stretch of the input text: UTF-16 character offsets into the original string, end exclusive,
 * with the text it covers.
 *
 * <p>Guarantee: for a span taken from an input {@code s}, {@code s.substring(start, end)} equals
 * {@link #text()}. The factory {@link #of(String, int, int)} is the one way the library builds spans,
 * so that the guarantee holds by construction.
 */
public record CharSpan(int start, int end, String text) {

  public CharSpan {
    checkArgument(start >= 0, "start (%s) must not be negative", start);
    checkArgument(end >= start, "end (%s) must not be less than start (%s)", end, start);
    checkNotNull(text, "text");
    checkArgument(
        text.length() == end - start,
        "text length (%s) must equal end - start (%s)",
        text.length(),
        end - start);
  }

  /** The span {@code [start, end)} of {@code source}, with its text cut from the source. */
  public static CharSpan of(String source, int start, int end) {
    checkNotNull(source, "source");
    checkArgument(
        start >= 0 && end >= start && end <= source.length(),
        "span [%s, %s) is out of bounds for a text of length %s",
        start,
        end,
        source.length());
    return new CharSpan(start, end, source.substring(start, end));
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span and {@code other} share at least one character. */
  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }
}
