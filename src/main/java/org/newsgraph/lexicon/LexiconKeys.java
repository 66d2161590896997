package org.newsgraph.lexicon;

import java.util.Locale;

/**
 * How lexicon phrases are compared: curly apostrophes and dashes made plain, runs of white space
 * collapsed, a leading "the" dropped. Exact keys keep case (so "US" is not "us"); folded keys are
 * lower-cased and used only for phrases that are not all lower case, and only for entries that are
 * not acronyms, so that an all-capitals headline ("JAPAN") still finds "Japan" while "us" never
 * finds "US" and "Xinhua news agency" is not "Xinhua News Agency".
 */
public final class LexiconKeys {

  private LexiconKeys() {}

  /** The exact (case-keeping) key of a phrase. */
  public static String exact(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    appendNormalized(phrase, 0, phrase.length(), b, false);
    return stripThe(b.toString());
  }

  /**
   * Appends the normalised characters of {@code text[from, to)} to {@code b}, which holds the
   * normalised form of the text before {@code from}: apostrophes and dashes made plain, white space
   * collapsed into one space, none at the start; a white-space run at the end is held back, not
   * appended. {@code space} is the held-back state of the text before {@code from}; the new state
   * is returned. After any number of such calls, {@code b} is exactly what {@link #exact} builds
   * for the whole text before it drops a leading "the", so a scanner can normalise a stretch of
   * text once and read the key of every prefix ending at a token as a prefix of {@code b}.
   */
  public static boolean appendNormalized(
      CharSequence text, int from, int to, StringBuilder b, boolean space) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '`') {
        c = '\'';
      } else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
        c = '-';
      }
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return space;
  }

  /** Whether {@link #exact} drops a leading "the" from a normalised phrase starting like this. */
  public static boolean startsWithThe(CharSequence normalized) {
    return normalized.length() > 4
        && normalized.charAt(3) == ' '
        && (startsWith(normalized, "the") || startsWith(normalized, "The")
            || startsWith(normalized, "THE"));
  }

  private static boolean startsWith(CharSequence s, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String stripThe(String s) {
    return startsWithThe(s) ? s.substring(4) : s;
  }

  /** The case-folded key of a phrase. */
  public static String folded(String phrase) {
    return exact(phrase).toLowerCase(Locale.ROOT);
  }

  /** Whether an entry may be found by its folded key: it has a lower-case letter (not an acronym). */
  public static boolean foldable(String entry) {
    return !entry.equals(entry.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether a looked-up phrase may use folded keys: it is in capitals ("JAPAN") or every word
   * starts with a capital ("Bank Of Korea"), but not "Xinhua news agency" or "china".
   */
  public static boolean mayFold(String phrase) {
    if (phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
      return true;
    }
    // The words between single spaces (as phrase.split(" ") gives them; empty ones skipped).
    int n = phrase.length();
    int w = 0;
    while (w < n) {
      int end = phrase.indexOf(' ', w);
      if (end < 0) {
        end = n;
      }
      if (end > w) {
        int cp = phrase.codePointAt(w);
        if (Character.isLetter(cp) && !Character.isUpperCase(cp)
            && !WordSet.NAME_PARTICLE.contains(phrase.substring(w, end))) {
          return false;
        }
      }
      w = end + 1;
    }
    return true;
  }

  /** Number of space-separated words of the exact key. */
  public static int words(String phrase) {
    String k = exact(phrase);
    if (k.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
