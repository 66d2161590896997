package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.SectorId;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * A currency named by its country ("the Swiss franc firmed", "the Thai baht eased"): the guideline
 * counts currency in the finance sector, so the country word before a currency's noun is a mention
 * of the country and the noun a term of the sector that the taxonomy gives the word "currency"
 * ({@link RelationRule#CURRENCY_NAME}); for the sentence's other claims the word names money, no
 * party ("the Swiss franc fell as bond yields rose" is no Swiss claim on bonds). An amount of money
 * names no currency in this sense ("40 million Canadian dollars", "US$ 5", "paid in Emirati
 * dirhams"): the country word there only says which money, and is no party at all. An amount is a
 * currency sign, a plural noun in "-s", a number right before the country word (or "of" after one:
 * "billions of Japanese yen") or a number right after the noun. Only a sentence that speaks of the
 * currency's value makes a claim ({@link #valueSpoken}). Stateless.
 */
final class CurrencyNames {

  private CurrencyNames() {}

  /**
   * Whether the country reference {@code r} is the country word of a currency's name ("US dollars",
   * "the German mark"); a noun that is also a verb ("marks") counts only after a demonym.
   */
  static boolean namesCurrency(Sentence s, CountryRef r) {
    if (r.end() >= s.size()) {
      return false;
    }
    String next = CountryReferenceFinder.lower(s, r.end());
    return WordSet.CURRENCY_NOUN.contains(next) || (WordSet.DEMONYM_CURRENCY_NOUN.contains(next)
        && s.token(r.end() - 1).pos().equals("JJ"));
  }

  /**
   * Whether the currency that {@code r} names ({@link #namesCurrency}) is an amount of money rather
   * than the currency itself: then the country word is no party and makes no claim at all.
   */
  static boolean amount(Sentence s, CountryRef r) {
    int noun = r.end();
    String word = s.token(noun).text();
    // a plural ("dollars"); the tagger also calls "yen" or "baht" plural, which may be one currency
    boolean plural = s.token(noun).pos().equals("NNS") || s.token(noun).pos().equals("NNPS");
    if (!Character.isLetter(word.charAt(0)) || (plural && word.endsWith("s"))) {
      return true;
    }
    if (noun + 1 < s.size() && s.token(noun + 1).pos().equals("CD")) {
      return true;
    }
    int before = r.start() - 1;
    if (before >= 0 && s.token(before).pos().equals("CD")) {
      return true;
    }
    // "billions of Japanese yen", "5 million of Swiss franc"
    return before >= 1 && CountryReferenceFinder.lower(s, before).equals("of")
        && (s.token(before - 1).pos().equals("CD") || s.token(before - 1).text().endsWith("illions"));
  }

  /**
   * The currencies that the country references {@code refs} of {@code s} name where the sentence
   * speaks of their value ({@link #valueSpoken}), each a mention of {@code sector} on the currency's
   * noun with the country's ACTIVITY: a currency's moves are price moves, no stance ("the Swiss franc
   * fell" is no DECLINE of Swiss finance), and the money on the other side of an exchange rate is no
   * counterpart. {@code terms} are the sentence's sector terms.
   */
  static List<RelationRules.Placed> find(
      Sentence s, List<CountryRef> refs, List<SectorMention> terms, SectorId sector) {
    List<RelationRules.Placed> out = new ArrayList<>();
    for (CountryRef r : refs) {
      if (!r.backReference() && namesCurrency(s, r) && !amount(s, r) && valueSpoken(s, r, terms, sector)) {
        out.add(new RelationRules.Placed(new SectorMention(sector, r.end(), r.end() + 1, false),
            new Finding(RelationType.ACTIVITY, ImmutableList.of(r), ImmutableList.of(), Optional.empty(),
                false, RuleTrace.of(RelationRule.CURRENCY_NAME, OwnerClue.CURRENCY, false))));
      }
    }
    return out;
  }

  /**
   * Whether {@code s} speaks of the value of the currency that {@code r} names: a price move ({@code
   * price-verb}: "the Swiss franc firmed"), an exchange rate ("the dollar rose against the Swiss
   * franc") or a term of the currency's own {@code sector} ("the Swiss franc is a haven currency").
   * Money held or owed ("customers who hold Thai baht") is no claim about the country's finance.
   */
  static boolean valueSpoken(Sentence s, CountryRef r, List<SectorMention> terms, SectorId sector) {
    int before = r.start() - 1;
    if (before >= 0 && s.token(before).pos().equals("DT")) {
      before--;
    }
    if (before >= 0 && CountryReferenceFinder.lower(s, before).equals("against")) {
      return true;
    }
    for (int i = 0; i < s.size(); i++) {
      if (WordSet.PRICE_VERB.contains(CountryReferenceFinder.lower(s, i))) {
        return true;
      }
    }
    return terms.stream().anyMatch(m -> m.sector().equals(sector));
  }
}
