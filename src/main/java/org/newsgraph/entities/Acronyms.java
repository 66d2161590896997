package org.newsgraph.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Acronyms and name prefixes: whether "NDRC" abbreviates "National Development and Reform
 * Commission" (initials of the capitalised words), and whether "Yonhap" is the first word of
 * "Yonhap News Agency". Pure functions.
 */
final class Acronyms {

  /** Compiled once: String.split(regex) compiles its pattern on every call. */
  static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

  /** What is not an ASCII letter. */
  static final Pattern NOT_LETTER = Pattern.compile("[^A-Za-z]");

  private Acronyms() {}

  /** Whether a word looks like an acronym: 2 to 8 letters, all capitals (dots and & allowed). */
  static boolean looksLikeAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2 && letters <= 8;
  }

  /**
   * Whether a word in parentheses after an organisation's name can be its short name though not
   * an acronym: one capitalised word of 3 to 12 letters ("Cofco", "Petrobras").
   */
  static boolean looksLikeShortName(String word) {
    if (word.length() < 3 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The initials of the capitalised words of a name: "National Development and Reform ..." -> NDRC. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : SPACES_OR_HYPHENS.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** Whether {@code acronym} (dots and & ignored) spells the initials of {@code name}. */
  static boolean abbreviates(String acronym, String name) {
    String letters = NOT_LETTER.matcher(acronym).replaceAll("").toUpperCase(Locale.ROOT);
    String init = initials(name);
    return letters.length() >= 2 && init.length() == letters.length() && init.equals(letters);
  }

  /** Whether the words of {@code shorter} are the first words of {@code longer} (fewer of them). */
  static boolean isWordPrefix(String shorter, String longer) {
    String[] a = SPACES.split(shorter.trim());
    String[] b = SPACES.split(longer.trim());
    if (a.length >= b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equalsIgnoreCase(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is one of the space-separated words of {@code name} (case kept). */
  static boolean hasWord(String name, String word) {
    for (String w : SPACES.split(name.trim())) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
