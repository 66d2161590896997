package org.newsgraph.corenlp;

import java.util.Arrays;

/**
 * Paragraph numbers by character offset. A paragraph ends at a blank line; in a text with no blank
 * line at all, every line is a paragraph.
 */
final class ParagraphIndex {

  private final int[] starts;

  private ParagraphIndex(int[] starts) {
    this.starts = starts;
  }

  static ParagraphIndex of(String text) {
    boolean hasBlankLine = hasBlankLine(text);
    int[] found = new int[16];
    int n = 0;
    found[n++] = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        boolean blank = false;
        while (j < text.length() && (isSpace(text.charAt(j)) || text.charAt(j) == '\n')) {
          if (text.charAt(j) == '\n') {
            blank = true;
          }
          j++;
        }
        if (blank || !hasBlankLine) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = j;
        }
        i = j;
      } else {
        i++;
      }
    }
    return new ParagraphIndex(Arrays.copyOf(found, n));
  }

  private static boolean hasBlankLine(String text) {
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < text.length() && isSpace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** The paragraph (from 0) that holds {@code offset}. */
  int paragraphAt(int offset) {
    int pos = Arrays.binarySearch(starts, offset);
    return pos >= 0 ? pos : -pos - 2;
  }
}
