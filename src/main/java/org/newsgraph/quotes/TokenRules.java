package org.newsgraph.quotes;

import java.util.Locale;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Token-level tests and trims shared by the attribution rules: where a sentence's content ends,
 * auxiliaries and adverbs to skip, whether a stretch holds a verb or a word. All are linear in the
 * stretch they look at.
 */
final class TokenRules {

  private TokenRules() {}

  /** Whether tokens {@code [from, to]} are only an adjunct ("in a statement", "on Tuesday"). */
  static boolean adjunctOnly(Sentence s, int from, int to) {
    boolean hasWord = false;
    for (int k = from; k <= to; k++) {
      Token t = s.token(k);
      if (t.posStartsWith("VB") || NounPhrases.isQuoteMark(t) || t.pos().equals("MD")) {
        return false;
      }
      hasWord |= NounPhrases.isWord(t);
    }
    if (!hasWord) {
      return true;
    }
    String p = s.token(from).pos();
    return p.equals("IN") || p.equals("TO") || p.startsWith("RB") || p.equals("WRB")
        || s.token(from).text().equals(",");
  }

  /** The last token of the sentence that can belong to content (final punctuation excluded). */
  static int lastContentToken(Sentence s) {
    int e = s.size() - 1;
    while (e >= 0 && NounPhrases.isPunct(s.token(e)) && !NounPhrases.isQuoteMark(s.token(e))
        && !s.token(e).text().equals(")") && !s.token(e).text().equals("]")) {
      e--;
    }
    return e;
  }

  /** Index of the last token at or before {@code e} that is not a comma, dash or colon. */
  static int trimTokensEnd(Sentence s, int e) {
    while (e >= 0) {
      String x = s.token(e).text();
      if (x.equals(",") || x.equals(":") || x.equals("—") || x.equals("–") || x.equals("-")
          || x.equals("--") || x.equals(";")) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  static int trimEnd(String text, int start, int end) {
    while (end > start) {
      char c = text.charAt(end - 1);
      if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':') {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  static int words(Sentence s, int from, int to) {
    int n = 0;
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (NounPhrases.isWord(s.token(k))) {
        n++;
      }
    }
    return n;
  }

  static boolean hasVerb(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (s.token(k).posStartsWith("VB") || s.token(k).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is a finite verb or a modal (VBD, VBZ, VBP, MD). */
  static boolean isFinite(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /** Whether tokens {@code [from, to]} hold a finite verb ("To get their votes" holds none). */
  static boolean hasFiniteVerb(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (isFinite(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWord(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (NounPhrases.isWord(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the last token before {@code j}'s auxiliaries and adverbs, going left from j; also
   * past a word that only stresses the subject before it ("The mayor himself said", "have both
   * argued"; set {@code subject-stress}).
   */
  static int skipBack(Sentence s, int j) {
    while (j >= 0) {
      Token t = s.token(j);
      if (t.pos().startsWith("RB") && WordSet.SHARE_SUBJECT.contains(NounPhrases.lower(t))
          && opensClauseAt(s, j)) {
        break; // "; most said": the share is the subject, not an adverb
      }
      if (t.pos().startsWith("RB") || t.pos().equals("MD") || isAux(t, "have")
          || isAux(t, "be") || isAux(t, "do")) {
        j--;
      } else if (j >= 1 && WordSet.SUBJECT_STRESS.contains(NounPhrases.lower(t))
          && (NounPhrases.isNoun(s.token(j - 1)) || NounPhrases.isPronoun(s.token(j - 1))
          || isAux(s.token(j - 1), "have") || isAux(s.token(j - 1), "be"))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** Index before an adverb between commas that ends at {@code j} ("Others, however, say"), or j. */
  static int pastCommaAdverb(Sentence s, int j) {
    return j >= 3 && s.token(j).text().equals(",") && s.token(j - 1).pos().startsWith("RB")
        && s.token(j - 2).text().equals(",") ? j - 3 : j;
  }

  /** "who" or "which" (not "that", which is mostly a complementiser). */
  static boolean isRelative(Token t) {
    return t.pos().equals("WP") && !NounPhrases.lower(t).equals("what")
        || t.pos().equals("WDT") && NounPhrases.lower(t).equals("which");
  }

  static boolean isAux(Token t, String lemma) {
    return t.posStartsWith("VB") && t.lemma().equalsIgnoreCase(lemma)
        || t.posStartsWith("VB") && lemma.equals("have") && (t.text().equals("’ve")
        || t.text().equals("'ve") || t.text().equalsIgnoreCase("has")
        || t.text().equalsIgnoreCase("have") || t.text().equalsIgnoreCase("had"))
        || lemma.equals("be") && t.posStartsWith("VB") && isBeForm(t.text())
        // "He’s hoping": the tagger may read the contracted "is" as a possessive
        || lemma.equals("be") && t.pos().equals("POS") && isBeForm(t.text())
        || lemma.equals("do") && t.posStartsWith("VB") && isDoForm(t.text());
  }

  static boolean isBeForm(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s" -> true;
      default -> false;
    };
  }

  static boolean isDoForm(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "do", "does", "did" -> true;
      default -> false;
    };
  }

  /** "When", "If", "After", "Although" ... opening a sentence with a subordinate clause. */
  static boolean opensSubordinate(Token t) {
    String w = NounPhrases.lower(t);
    return (t.pos().equals("WRB") || t.pos().equals("IN")) && !w.equals("that") && !w.equals("in")
        && !w.equals("on") && !w.equals("at") && !w.equals("for") && !w.equals("of");
  }

  /** "most", "some", "all", "none", "half", "many", "two" ... standing for a share of a group. */
  static boolean isQuantifier(Token t) {
    String p = t.pos();
    return p.equals("JJS") || p.equals("DT") || p.equals("CD") || p.equals("JJ")
        || p.equals("NN") && NounPhrases.lower(t).equals("none") || p.equals("PDT")
        || p.startsWith("RB") && NounPhrases.lower(t).equals("most");
  }

  /**
   * Whether token {@code k} opens a clause: it starts the sentence (past at most two opening
   * conjunctions or adverbs, "But even"), or follows a comma, semicolon, colon, quote mark, dash
   * or a conjunction that joins clauses ("after", "while").
   */
  static boolean opensClauseAt(Sentence s, int k) {
    boolean opening = k <= 2;
    for (int m = 0; m < k && opening; m++) {
      opening = s.token(m).pos().equals("CC") || s.token(m).pos().startsWith("RB");
    }
    if (opening) {
      return true;
    }
    Token before = s.token(k - 1);
    String w = before.text();
    return opensClause(before) || w.equals(";") || w.equals(":")
        || WordSet.CLAUSE_JOINER.contains(NounPhrases.lower(before));
  }

  /** Whether a name after {@code t} starts a clause: after a comma, a quote mark or a dash. */
  static boolean opensClause(Token t) {
    return t.text().equals(",") || NounPhrases.isQuoteMark(t) || isDash(t);
  }

  /** Whether {@code t} is a dash: em, en, "--" or the horizontal bar "―" some sites use. */
  static boolean isDash(Token t) {
    String w = t.text();
    return WordSet.DASH.contains(w);
  }

  /**
   * Whether token {@code k} of {@code s} is a dash: {@link #isDash(Token)}, or a hyphen with space
   * on both sides used as one ("Ortiz - who chairs the board - said"); a hyphen inside a word
   * ("ex-mayor") touches its neighbours.
   */
  static boolean isDash(Sentence s, int k) {
    return Dateline.isDash(s, k);
  }

  /** Whether token {@code k} is a "-" with space before and after it, inside its sentence. */
  static boolean isSpacedHyphen(Sentence s, int k) {
    return Dateline.isSpacedHyphen(s, k);
  }

  /** Index of the token before the parenthesis closing at {@code j} ("(R-OH)"), else {@code j}. */
  static int skipParen(Sentence s, int j) {
    if (j < 0 || !s.token(j).text().equals(")") && !s.token(j).text().equals("-RRB-")) {
      return j;
    }
    for (int k = j - 1; k >= Math.max(0, j - 12); k--) {
      String w = s.token(k).text();
      if (w.equals("(") || w.equals("-LRB-")) {
        return k - 1;
      }
    }
    return j;
  }
}
