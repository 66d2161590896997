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
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
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
    String s = b.toString();
    if (s.length() > 4 && (s.startsWith("the ") || s.startsWith("The ") || s.startsWith("THE "))) {
      s = s.substring(4);
    }
    return s;
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
    for (String w : phrase.split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))
          && !MINOR_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Small words that stay lower case inside a name ("Bank of Korea"). */
  private static final java.util.Set<String> MINOR_WORDS =
      java.util.Set.of("of", "and", "the", "for", "de", "du", "la", "le", "von", "van", "al", "el");

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
