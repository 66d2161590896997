package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A stretch of text inside quotation marks, found by {@link QuoteMarkScanner}: {@code open} is the
 * offset of the opening mark, {@code [contentStart, contentEnd)} the words inside (trimmed), {@code
 * end} the offset after the closing mark (or the end of the paragraph for an unclosed quote).
 */
public record QuoteSpan(
    int open, int contentStart, int contentEnd, int end, boolean closed, boolean paragraphs) {

  public QuoteSpan {
    checkArgument(
        open <= contentStart && contentStart < contentEnd && contentEnd <= end,
        "quote span offsets out of order: %s %s %s %s",
        open,
        contentStart,
        contentEnd,
        end);
  }

  /**
   * Index of the first of {@code spans} (sorted, not overlapping) whose {@code end} (one of its
   * offsets, such as {@link #end} or {@link #contentEnd}) lies after {@code offset}; {@code
   * spans.size()} if none. A binary search.
   */
  static int firstEndingAfter(java.util.List<QuoteSpan> spans, int offset,
      java.util.function.ToIntFunction<QuoteSpan> end) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end.applyAsInt(spans.get(mid)) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether offset {@code offset} lies between the marks. */
  public boolean covers(int offset) {
    return offset >= open && offset < end;
  }
}
