package org.newsgraph.text;

/**
 * Undoes the hard wrapping of wire copy for the sentence splitter. The splitter ends a sentence at
 * every line break (headlines, bylines and list items are units of their own in news), but wire
 * copy and e-mail wrap each paragraph into lines of some 60 to 80 characters and mark a new
 * paragraph by a blank line or an indented line. In such a text ({@link TextLayout#hardWrapped}),
 * a line break is a wrap, read as a space, when the next line starts at once (not indented, not
 * blank) and either the line before it is filled (at least {@value #FILLED_LINE} characters) or the
 * next line starts with a lower-case letter (a sentence going on). The text keeps its length, so
 * every offset stays valid.
 */
final class HardWraps {

  /** A line at least this long (without its indentation) was filled up to the wrap width. */
  static final int FILLED_LINE = 40;

  private HardWraps() {}

  /**
   * A hard-wrapped {@code text} with its wrapping line breaks replaced by spaces; the same text if
   * it has none. Called through {@link TextLayout#unwrapped()}, which knows whether it is wrapped.
   */
  static String unwrap(String text) {
    char[] out = null;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      boolean filled = text.substring(lineStart, i).strip().length() >= FILLED_LINE;
      boolean nextStartsAtOnce = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      boolean goesOn = nextStartsAtOnce && Character.isLowerCase(text.charAt(i + 1));
      if ((filled || goesOn) && nextStartsAtOnce) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
      }
      lineStart = i + 1;
    }
    return out == null ? text : new String(out);
  }
}
