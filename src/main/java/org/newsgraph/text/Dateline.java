package org.newsgraph.text;

import org.newsgraph.lexicon.WordSet;

/**
 * Finds the dateline that opens an article ("PARIS (Reuters) -", "OTTAWA —", "WASHINGTON, March 3
 * (AP) -"): a place in capitals, then only names, numbers, commas and a parenthesised outlet, ended
 * by a dash. It is no part of the first sentence's clause: the quote rules take no speaker or
 * content from it, the relation rules no party. Stateless.
 */
public final class Dateline {

  /** The most tokens a dateline holds before its dash. */
  public static final int MAX_TOKENS = 14;

  private Dateline() {}

  /**
   * The index of the dash that ends the dateline opening {@code s}, or -1 if there is none. The
   * dateline opens the text's first sentence, or its second when the splitter cut the dateline
   * after an abbreviation ("BRANTFORD, Ont. (Reuters) -"). An all-capitals headline with its
   * source after the dash ("FROST CUTS PERU COFFEE CROP - TRADE REPORT") is no dateline: there
   * nothing but capitals follows the dash.
   */
  public static int dashAt(AnalyzedText text, Sentence s) {
    boolean first = s.index() == 0 && s.size() >= 3 && isCapitals(s.token(0));
    boolean second = s.index() == 1 && isDatelineStart(text.sentences().get(0));
    if (!first && !second) {
      return -1;
    }
    for (int k = first ? 1 : 0; k < Math.min(s.size() - 1, MAX_TOKENS); k++) {
      if (isDash(s, k)) {
        return headlineTail(s, k) ? -1 : k;
      }
      if (!mayStandInDateline(s.token(k))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code k} of {@code s} is a dash: a word of the set {@code dash}, or a hyphen
   * with space on both sides used as one ("Ortiz - who chairs the board - said"); a hyphen inside
   * a word ("ex-mayor") touches its neighbours.
   */
  public static boolean isDash(Sentence s, int k) {
    return WordSet.DASH.contains(s.token(k).text()) || isSpacedHyphen(s, k);
  }

  /** Whether token {@code k} is a "-" with space before and after it, inside its sentence. */
  public static boolean isSpacedHyphen(Sentence s, int k) {
    Token t = s.token(k);
    return t.text().equals("-") && k > 0 && k + 1 < s.size()
        && s.token(k - 1).end() < t.start() && t.end() < s.token(k + 1).start();
  }

  /** Whether only words in capitals (and punctuation) follow the dash at {@code k}. */
  private static boolean headlineTail(Sentence s, int k) {
    for (int i = k + 1; i < s.size(); i++) {
      String w = s.token(i).text();
      if (w.chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /** Whether all of {@code s} may open a dateline: a place in capitals, then names and commas. */
  private static boolean isDatelineStart(Sentence s) {
    if (s.size() == 0 || s.size() > MAX_TOKENS || !isCapitals(s.token(0))) {
      return false;
    }
    for (int k = 1; k < s.size(); k++) {
      if (!mayStandInDateline(s.token(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitals(Token t) {
    String w = t.text();
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
        && w.chars().anyMatch(Character::isLetter);
  }

  private static boolean mayStandInDateline(Token t) {
    String p = t.pos();
    return isCapitals(t) || p.startsWith("NNP") || p.equals("CD") || p.equals(",") || p.equals(".")
        || p.equals("-LRB-") || p.equals("-RRB-") || t.text().equals("(") || t.text().equals(")")
        || t.isNamed();
  }
}
