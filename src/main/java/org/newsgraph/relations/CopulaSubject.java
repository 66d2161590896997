package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * "Peru is Japan's main copper supplier", "Chile remains the biggest market for ...": the nearest
 * country before the sector term is the possessor of the copula's predicate, yet the relation is
 * the subject's. Where a finding's single owner is a possessor ("Japan's") and the words before it
 * are a copula ("is", "became", "remains", with adverbs and determiners) right after another
 * country, that country owns the finding and the possessor is its counterpart (none for ADVANTAGE
 * and DECLINE, annotation convention 2). Works on the tokens, so parsed and unparsed sentences
 * alike. Stateless.
 */
final class CopulaSubject {

  /** Lemmas of copulas whose subject is what the predicate noun names. */

  private CopulaSubject() {}

  /** {@code f} with the copula's subject as owner, or {@code f} itself. */
  static Finding rewrite(Sentence s, List<CountryRef> refs, Finding f) {
    if (f.owners().size() != 1) {
      return f;
    }
    CountryRef possessor = f.owners().get(0);
    if (possessor.backReference() || possessor.end() >= s.size()
        || !s.token(possessor.end()).pos().equals("POS")) {
      return f;
    }
    int i = possessor.start() - 1;
    while (i >= 0 && filler(s.token(i).pos())) {
      i--;
    }
    if (i < 0 || !s.token(i).pos().startsWith("VB")
        || !WordSet.COPULA.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
      return f;
    }
    int copula = i;
    i--;
    while (i >= 0 && s.token(i).pos().equals("RB")) {
      i--;
    }
    for (CountryRef subject : refs) {
      if (subject.end() == i + 1 && subject.end() <= copula && subject != possessor
          && !subject.codes().equals(possessor.codes())) {
        boolean stance = f.type() == RelationType.ADVANTAGE || f.type() == RelationType.DECLINE;
        return new Finding(f.type(), ImmutableList.of(subject),
            stance ? ImmutableList.of() : ImmutableList.of(possessor), f.trigger(), false,
            f.rule().withClue(OwnerClue.COPULA_SUBJECT));
      }
    }
    return f;
  }

  /** Words between a copula and its predicate's possessor: "is now the", "remains by far the". */
  private static boolean filler(String pos) {
    return pos.equals("DT") || pos.equals("RB") || pos.equals("IN") || pos.startsWith("JJ");
  }
}
