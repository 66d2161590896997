package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * A raw text's layout: its paragraphs and its lines, by character offset, computed once per
 * document from the line breaks alone (no model). Every layer reads paragraphs and lines here.
 *
 * <p><b>Paragraphs</b> ({@link #paragraphAt}): a paragraph ends at a blank line. A single line
 * break ends one too, unless the text is hard-wrapped: in a text with no blank line at all, or one
 * whose lines are mostly long ({@value #LONG_LINE} characters or more: at least one line in {@value
 * #LONG_SHARE_DIVISOR}), every line is a paragraph. News often comes as a title, a blank line and
 * then one paragraph per line; wire copy and e-mail wrap their paragraphs into short lines instead
 * ({@link #hardWrapped()}; {@link #unwrapped()} gives the text with those wraps undone).
 *
 * <p><b>Lines</b> ({@link #lineAt}): every non-blank line, numbered from 0 in text order. The quote
 * rules take a line as the unit a quote re-opens in, since many news texts put one paragraph per
 * line with no blank line between.
 *
 * <p>Immutable; lookups are binary searches. Two layouts are equal when their texts are.
 */
public final class TextLayout {

  /** A line this long is prose, not a hard-wrapped piece of one. */
  static final int LONG_LINE = 100;

  /** Lines are paragraphs when at least one line in this many is long. */
  static final int LONG_SHARE_DIVISOR = 3;

  private final String text;
  private final boolean hardWrapped;
  private final int[] paragraphStarts;
  private final int[] lineStarts;

  private TextLayout(String text) {
    this.text = text;
    this.hardWrapped = hasBlankLine(text) && !mostlyLongLines(text);
    this.paragraphStarts = paragraphStarts(text, !hardWrapped);
    this.lineStarts = lineStarts(text);
  }

  /** The layout of {@code text}. */
  public static TextLayout of(String text) {
    return new TextLayout(checkNotNull(text, "text"));
  }

  /** The text this is the layout of. */
  public String text() {
    return text;
  }

  /** The paragraph (from 0) that holds {@code offset}. */
  public int paragraphAt(int offset) {
    return indexAt(paragraphStarts, offset);
  }

  /** The non-blank line (from 0) that holds {@code offset}; -1 before the first non-blank line. */
  public int lineAt(int offset) {
    return indexAt(lineStarts, offset);
  }

  /**
   * Whether the text is hard-wrapped: it has a blank line, but its lines are mostly short, so a
   * single line break only wraps a paragraph.
   */
  public boolean hardWrapped() {
    return hardWrapped;
  }

  /**
   * The text with the line breaks that only wrap a paragraph read as spaces (see {@link
   * HardWraps}), for a sentence splitter that ends a sentence at every line break; the same text
   * if it has none. Same length: every offset stays valid.
   */
  public String unwrapped() {
    return hardWrapped && text.indexOf('\n') >= 0 ? HardWraps.unwrap(text) : text;
  }

  private static int indexAt(int[] starts, int offset) {
    int pos = Arrays.binarySearch(starts, offset);
    return pos >= 0 ? pos : -pos - 2;
  }

  private static int[] paragraphStarts(String text, boolean linesAreParagraphs) {
    Starts found = new Starts();
    found.add(0);
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
          found.add(j);
        }
        i = j;
      } else {
        i++;
      }
    }
    return found.toArray();
  }

  private static int[] lineStarts(String text) {
    Starts found = new Starts();
    int lineStart = 0;
    boolean blank = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (!blank) {
          found.add(lineStart);
        }
        lineStart = i + 1;
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return found.toArray();
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

  @Override
  public boolean equals(Object o) {
    return o instanceof TextLayout other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "TextLayout[" + paragraphStarts.length + " paragraphs, " + lineStarts.length + " lines]";
  }

  /** A growing list of offsets. */
  private static final class Starts {
    private int[] values = new int[16];
    private int size;

    void add(int offset) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = offset;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
