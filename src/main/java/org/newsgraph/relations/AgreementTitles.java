package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.SectorTaxonomy;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the sector an agreement names in its title ("the Peru-Chile Copper Trade Accord"). The
 * taxonomy leaves a term in title case out as part of a name, which is right for "the Copper
 * Club" but loses the sector of an agreement known only by its title (annotation convention 5).
 * So the title-case words right before a title-case agreement word (a trigger marked {@code pair}:
 * "Agreement", "Accord", "Pact") are read again in lower case, and the sector terms found there
 * count as mentions. Stateless.
 */
final class AgreementTitles {

  /** How many title-case words before the agreement word a title may hold. */
  static final int MAX_TITLE_WORDS = 4;

  private AgreementTitles() {}

  /** {@code found} with the sector terms of agreement titles added, in token order. */
  static List<SectorMention> withTitleTerms(
      Sentence s, List<SectorMention> found, List<TriggerMention> words, SectorTaxonomy sectors) {
    List<SectorMention> out = null;
    for (TriggerMention w : words) {
      if (!w.counterpartMarkers().contains(RelationRules.PAIR) || !titleCase(s.token(w.start()))) {
        continue;
      }
      int from = w.start();
      while (from > 0 && w.start() - from < MAX_TITLE_WORDS && titleCase(s.token(from - 1))) {
        from--;
      }
      if (from == w.start()) {
        continue;
      }
      for (SectorMention m : sectors.find(lowerCased(s, from, w.start()))) {
        if (m.start() >= from && m.end() <= w.start() && !overlaps(m, found)) {
          if (out == null) {
            out = new ArrayList<>(found);
          }
          out.add(m);
        }
      }
    }
    if (out == null) {
      return found;
    }
    out.sort(Comparator.comparingInt(SectorMention::start));
    return out;
  }

  private static boolean titleCase(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean overlaps(SectorMention m, List<SectorMention> found) {
    return found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end());
  }

  /** The sentence with the words of {@code [from, to)} written in lower case. */
  private static Sentence lowerCased(Sentence s, int from, int to) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.text().toLowerCase(Locale.ROOT), t.word(), t.start(),
          t.end(), t.pos(), t.lemma().toLowerCase(Locale.ROOT), t.ner()));
    }
    return Sentence.of(s.index(), s.paragraph(), tokens);
  }
}
