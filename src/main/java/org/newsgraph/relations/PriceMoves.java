package org.newsgraph.relations;

import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Tells a price move from a stance: a lead or loss word said of a market price states what the
 * price did, not that a country gains or loses ground in the sector (a price is no sector's
 * standing), so the word types nothing and the clause gives plain activity. Three patterns: a word
 * of the set {@code price-noun} shortly before the word ("copper prices fell", "bonds extended
 * losses", "both markets weakened"); one shortly after it, joined by "in" or "of" or as the verb's
 * object ("the sharp drop in Treasuries", "outperformed U.S. bonds"); and a one-word move of the set
 * {@code price-verb} right after a sector term that opens the sentence, the wire headline's way
 * to quote a price ("Indian copper falls"; "copper output falls" keeps its stance, output is no
 * price; "jobs in coal mines fell" is no quote). "Market share" is no price. Stateless.
 */
final class PriceMoves {

  /** How many tokens before or after the stance word the price noun may stand. */
  static final int REACH = 3;

  /** How many adjectives or names may stand before a good quoted in a headline. */
  static final int LEAD_IN = 2;

  /** Words that may stand between a stance word and the price noun after it. */
  private static final Set<String> BETWEEN_AFTER = Set.of("DT", "JJ", "JJR", "NNP", "CD", "POS", "RB");

  private PriceMoves() {}

  /** Whether stance word {@code w} of {@code s}, whose sector terms are {@code terms}, is said of a price. */
  static boolean ofPrice(Sentence s, TriggerMention w, List<SectorMention> terms) {
    if (w.kind() != TriggerKind.ADVANTAGE && w.kind() != TriggerKind.DECLINE) {
      return false;
    }
    for (int i = w.start() - 1; i >= 0 && i >= w.start() - REACH; i--) {
      String p = s.token(i).pos();
      if (p.equals(",") || p.equals(":") || p.equals("CC") || p.equals("IN")) {
        break;
      }
      if (priceNoun(s, i)) {
        return true;
      }
    }
    for (int i = w.end(); i < s.size() && i < w.end() + REACH; i++) {
      String word = CountryReferenceFinder.lower(s, i);
      if (priceNoun(s, i)) {
        return true;
      }
      boolean joins = i == w.end() && (word.equals("in") || word.equals("of"));
      if (!joins && !BETWEEN_AFTER.contains(s.token(i).pos())) {
        break;
      }
    }
    return w.end() - w.start() == 1
        && WordSet.PRICE_VERB.contains(CountryReferenceFinder.lower(s, w.start()))
        && terms.stream().anyMatch(m -> m.end() == w.start() && opensSentence(s, m));
  }

  /**
   * Whether term {@code m} opens the sentence, after at most {@link #LEAD_IN} adjectives or names
   * ("Indian copper", "Ready copper"): the headline's quoted good, not the noun of a longer phrase
   * ("jobs in Polish coal mines", "Peru's reserves").
   */
  private static boolean opensSentence(Sentence s, SectorMention m) {
    if (m.start() > LEAD_IN) {
      return false;
    }
    for (int i = 0; i < m.start(); i++) {
      String p = s.token(i).pos();
      if (!p.startsWith("JJ") && !p.startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is a price noun, and not the "market" of "market share". */
  private static boolean priceNoun(Sentence s, int i) {
    if (!WordSet.PRICE_NOUN.contains(CountryReferenceFinder.lower(s, i))) {
      return false;
    }
    return i + 1 >= s.size() || !CountryReferenceFinder.lower(s, i + 1).startsWith("share");
  }
}
