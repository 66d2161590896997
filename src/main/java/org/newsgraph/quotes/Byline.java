package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A journalist's byline or credit line, a paragraph of its own with no finite verb: "By Jane
 * Doe", "Reporting by Ivo Marsh; Editing by Lena Ortiz", "Jane Doe, Staff Reporter". The people it
 * names wrote the article: they are no speaker, no antecedent of a pronoun, and it holds no quote.
 */
final class Byline {

  /** The most tokens a byline holds. */
  static final int MAX_TOKENS = 24;

  private Byline() {}

  /** Whether sentence {@code s} of {@code text} is a byline. */
  static boolean is(AnalyzedText text, Sentence s) {
    ImmutableList<Sentence> all = text.sentences();
    int i = s.index();
    boolean alone = (i == 0 || all.get(i - 1).paragraph() != s.paragraph())
        && (i + 1 >= all.size() || all.get(i + 1).paragraph() != s.paragraph());
    if (!alone || s.size() == 0 || s.size() > MAX_TOKENS) {
      return false;
    }
    int by = -1;
    boolean role = false;
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      String p = t.pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return false;
      }
      if (by < 0 && k <= 2 && NounPhrases.lower(t).equals("by")) {
        by = k;
      }
      role |= k > 1 && WordSet.BYLINE_ROLE.contains(NounPhrases.lower(t));
    }
    if (by >= 0) {
      // "By Jane Doe", "Reporting by Ivo Marsh": a name follows
      return by + 1 < s.size() && (s.token(by + 1).isNamed() || NounPhrases.isProper(s.token(by + 1)));
    }
    // "Jane Doe, Staff Reporter": a name, a comma and a newsroom role
    return role && s.size() > 2 && (s.token(0).isNamed() || NounPhrases.isProper(s.token(0)));
  }
}
