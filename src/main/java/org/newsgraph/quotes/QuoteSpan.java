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

  /** Whether offset {@code offset} lies between the marks. */
  public boolean covers(int offset) {
    return offset >= open && offset < end;
  }
}
