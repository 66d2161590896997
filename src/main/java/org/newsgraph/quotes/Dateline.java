package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.CharSpan;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The dateline that opens an article ("PARIS (Reuters) -", "OTTAWA —", "WASHINGTON, March 3 (AP)
 * -"): a place in capitals, then only names, numbers, commas and a parenthesised outlet, ended by
 * a dash. It is no part of the first sentence's clause: never its speaker, never reported content.
 */
final class Dateline {

  /** The most tokens a dateline holds before its dash. */
  static final int MAX_TOKENS = 14;

  private Dateline() {}

  /**
   * The index of the dash that ends the dateline opening {@code s}, or -1 if there is none. The
   * dateline opens the text's first sentence, or its second when the splitter cut the dateline
   * after an abbreviation ("BRANTFORD, Ont. (Reuters) -").
   */
  static int dashAt(AnalyzedText text, Sentence s) {
    boolean first = s.index() == 0 && s.size() >= 3 && isCapitals(s.token(0));
    boolean second = s.index() == 1 && isDatelineStart(text.sentences().get(0));
    if (!first && !second) {
      return -1;
    }
    for (int k = first ? 1 : 0; k < Math.min(s.size() - 1, MAX_TOKENS); k++) {
      if (TokenRules.isDash(s, k)) {
        return k;
      }
      if (!mayStandInDateline(s.token(k))) {
        return -1;
      }
    }
    return -1;
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

  /**
   * {@code found} without the dateline of {@code s}: an attribution whose speaker starts inside it
   * is dropped, and content that starts inside it starts after its dash.
   */
  static List<Attribution> keepOut(AnalyzedText text, Sentence s, List<Attribution> found) {
    int d = dashAt(text, s);
    if (d < 0) {
      return found;
    }
    int end = s.token(d).end();
    int after = s.token(d + 1).start();
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : found) {
      if (a.speaker().map(sp -> sp.mention().start() < end).orElse(false) || a.cue().start() < end) {
        continue;
      }
      CharSpan c = a.content();
      if (c.start() < end && c.end() > after) {
        a = new Attribution(a.sentence(), a.cue(), a.speaker(), text.span(after, c.end()),
            a.cueClass(), a.rule(), a.via());
      }
      out.add(a);
    }
    return out;
  }
}
