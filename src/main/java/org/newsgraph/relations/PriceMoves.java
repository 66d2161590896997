package org.newsgraph.relations;

import java.util.Locale;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Tells a price move from a stance: a lead or loss word right after a word of the set {@code
 * price-noun} ("copper prices fell", "bonds extended losses", "shares rose") states what a market
 * price did, not that a country gains or loses ground in the sector (a price is no sector's
 * standing), so the word types nothing and the clause gives plain activity. Stateless.
 */
final class PriceMoves {

  /** How many tokens before the stance word the price noun may stand. */
  static final int REACH = 3;

  private PriceMoves() {}

  /** Whether stance word {@code w} of {@code s} is said of a price. */
  static boolean ofPrice(Sentence s, TriggerMention w) {
    if (w.kind() != TriggerKind.ADVANTAGE && w.kind() != TriggerKind.DECLINE) {
      return false;
    }
    for (int i = w.start() - 1; i >= 0 && i >= w.start() - REACH; i--) {
      String p = s.token(i).pos();
      if (p.equals(",") || p.equals(":") || p.equals("CC") || p.equals("IN")) {
        return false;
      }
      if (WordSet.PRICE_NOUN.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
