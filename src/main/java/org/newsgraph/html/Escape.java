package org.newsgraph.html;

/**
 * HTML escaping of untrusted text, for element content and for quoted attribute values alike.
 *
 * <p>One character in, one character out once parsed: {@code & < > " '} become references, a
 * carriage return becomes {@code &#13;} (so the parser does not fold CR LF), and characters HTML
 * cannot carry (NUL and other C0/C1 controls except tab and line feed, unpaired surrogates) become
 * U+FFFD. The page's text therefore has exactly the input's length, and offsets stay meaningful.
 */
final class Escape {

  private static final char REPLACEMENT = '\uFFFD';

  private Escape() {}

  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    append(b, s, 0, s.length());
    return b.toString();
  }

  /** Appends {@code s[from, to)} escaped. */
  static void append(StringBuilder b, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\r' -> b.append("&#13;");
        case '\t', '\n' -> b.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
            b.append(REPLACEMENT);
          } else {
            b.append(c);
          }
        }
      }
    }
  }
}
