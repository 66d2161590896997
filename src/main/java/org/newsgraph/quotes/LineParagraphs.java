package org.newsgraph.quotes;

import java.util.Arrays;

/**
 * Paragraph numbers for the quote rules: every non-blank line is a paragraph, numbered from 0 in
 * text order. The quote-mark scanner already treats a line as the unit a quote re-opens in, and
 * many news texts put one paragraph per line with no blank line between (so a blank-line paragraph
 * would hold a whole article). Built in one pass; lookups are binary searches.
 */
final class LineParagraphs {

  private final int[] starts;

  private LineParagraphs(int[] starts) {
    this.starts = starts;
  }

  /** The non-blank lines of {@code text}. */
  static LineParagraphs of(String text) {
    int[] found = new int[16];
    int n = 0;
    int lineStart = 0;
    boolean blank = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (!blank) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = lineStart;
        }
        lineStart = i + 1;
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return new LineParagraphs(Arrays.copyOf(found, n));
  }

  /** The paragraph (from 0) that holds {@code offset}; -1 before the first non-blank line. */
  int at(int offset) {
    int pos = Arrays.binarySearch(starts, offset);
    return pos >= 0 ? pos : -pos - 2;
  }
}
