package org.newsgraph.corenlp;

import java.util.Arrays;

/**
 * Paragraph numbers by character offset. A paragraph ends at a blank line. A single line break
 * ends one too, unless the text is hard-wrapped: in a text with no blank line at all, or one whose
 * lines are mostly long ({@value #LONG_LINE} characters or more: at least one line in {@value
 * #LONG_SHARE_DIVISOR}), every line is a paragraph. News often comes as a title, a blank line and
 * then one paragraph per line; wire copy and e-mail wrap their paragraphs into short lines instead.
 */
final class ParagraphIndex {

  /** A line this long is prose, not a hard-wrapped piece of one. */
  static final int LONG_LINE = 100;

  /** Lines are paragraphs when at least one line in this many is long. */
  static final int LONG_SHARE_DIVISOR = 3;

  private final int[] starts;

  private ParagraphIndex(int[] starts) {
    this.starts = starts;
  }

  static ParagraphIndex of(String text) {
    boolean linesAreParagraphs = !hasBlankLine(text) || mostlyLongLines(text);
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
        if (blank || linesAreParagraphs) {
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

  /**
   * Whether {@code text} is hard-wrapped: it has a blank line, but its lines are mostly short, so a
   * single line break only wraps a paragraph.
   */
  static boolean hardWrapped(String text) {
    return hasBlankLine(text) && !mostlyLongLines(text);
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

  /** Whether at least one non-blank line in {@value #LONG_SHARE_DIVISOR} is a long one. */
  private static boolean mostlyLongLines(String text) {
    int lines = 0;
    int longLines = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        lines++;
        longLines += end - start >= LONG_LINE ? 1 : 0;
      }
      start = end + 1;
    }
    return lines > 0 && longLines * LONG_SHARE_DIVISOR >= lines;
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
