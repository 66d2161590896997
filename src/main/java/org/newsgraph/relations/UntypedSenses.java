package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Trigger words used in a sense that types nothing: an investment word that a restriction word
 * restricts ("a ban on foreign investment": the ban types the clause), an investment word about
 * traded paper ("investors in Danish bonds"), a leader word that names rulers, not a lead
 * ("China's leadership"), and a lead word that ranks a firm ("Acme, Chile's leading copper miner").
 * {@link RelationExtractor#withoutCalledFor} drops them with the other words that state no claim.
 * Stateless.
 */
final class UntypedSenses {

  private UntypedSenses() {}

  /**
   * Whether {@code w} is an investment word that a restriction word restricts ("restrictions on
   * investment in Cuba", "a ban on new foreign investment"): the restriction types the clause, the
   * investment is what it limits. A target preposition ({@code target-preposition}) and at most two
   * determiners or adjectives stand between them.
   */
  static boolean restrictedInvestment(Sentence s, TriggerMention w, List<TriggerMention> words) {
    if (w.kind() != TriggerKind.INVESTMENT) {
      return false;
    }
    int i = w.start() - 1;
    while (i >= 0 && w.start() - i <= 2
        && (s.token(i).pos().equals("DT") || s.token(i).pos().startsWith("JJ"))) {
      i--;
    }
    int preposition = i;
    return preposition > 0
        && WordSet.TARGET_PREPOSITION.contains(CountryReferenceFinder.lower(s, preposition))
        && words.stream().anyMatch(r -> r.kind() == TriggerKind.RESTRICTION && r.end() == preposition);
  }

  /**
   * Whether {@code w} is a leader word that names rulers, not a lead ("China's leadership", "Kenya's
   * leaders want ..."): it leads in nothing unless a {@code leader-preposition} follows it ("a leader
   * in tea") or a {@code leader-field} word or a sector term of {@code terms} precedes it ("the
   * market leader", "the tea leader").
   */
  static boolean ruler(Sentence s, TriggerMention w, List<SectorMention> terms) {
    if (w.end() - w.start() != 1
        || !WordSet.LEADER_NOUN.contains(CountryReferenceFinder.lower(s, w.start()))) {
      return false;
    }
    boolean field = w.end() < s.size()
        && WordSet.LEADER_PREPOSITION.contains(CountryReferenceFinder.lower(s, w.end()));
    boolean market = w.start() > 0
        && (WordSet.LEADER_FIELD.contains(CountryReferenceFinder.lower(s, w.start() - 1))
            || terms.stream().anyMatch(m -> m.end() == w.start()));
    return !field && !market;
  }

  /** How many words of an apposition may stand between its comma and a lead word. */
  private static final int RANK_REACH = 6;

  /**
   * Whether {@code w} is a lead word in an apposition to a name that is not a country ("Acme, Chile's
   * leading copper miner, ...", "Acme, the world's largest tea grower"): the rank is the firm's, and
   * a company-level superlative gives ACTIVITY, not ADVANTAGE (annotation convention 7). Between the
   * comma and the word stand only determiners, adjectives, numbers, possessives and country words or
   * a {@code world-scope} word ("the world's"); the name is a run of proper nouns that no reference
   * of {@code refs} covers and that no preposition opens ("In Asia, the leading grower is Peru" ranks
   * a country). "Peru, the leading grower" keeps its lead.
   */
  static boolean firmRank(Sentence s, TriggerMention w, List<CountryRef> refs) {
    if (w.kind() != TriggerKind.ADVANTAGE) {
      return false;
    }
    int i = w.start() - 1;
    while (i >= 0 && w.start() - i <= RANK_REACH && appositionWord(s, i, refs)) {
      i--;
    }
    if (i < 1 || !s.token(i).text().equals(",")) {
      return false;
    }
    int name = i - 1;
    while (name >= 0 && s.token(name).pos().startsWith("NNP") && !covered(refs, name)) {
      name--;
    }
    return name < i - 1 && (name < 0 || !s.token(name).pos().equals("IN"));
  }

  private static boolean appositionWord(Sentence s, int i, List<CountryRef> refs) {
    String tag = s.token(i).pos();
    return tag.equals("DT") || tag.startsWith("JJ") || tag.equals("RBS") || tag.equals("CD")
        || tag.equals("POS") || covered(refs, i)
        || WordSet.WORLD_SCOPE.contains(CountryReferenceFinder.lower(s, i));
  }

  private static boolean covered(List<CountryRef> refs, int i) {
    return refs.stream().anyMatch(r -> r.covers(i));
  }

  /**
   * Whether {@code w} is an investment word about traded paper: the sentence has sector terms and
   * each ends in a {@code traded-instrument} word ("investors in Danish bonds", "funds that invest in
   * Kenyan treasuries"). Buying securities is the markets' activity, not the plants and capital the
   * guideline's INVESTMENT means; an investment in a sector's firms keeps its type.
   */
  static boolean tradedPaper(Sentence s, TriggerMention w, List<SectorMention> terms) {
    return w.kind() == TriggerKind.INVESTMENT && !terms.isEmpty() && terms.stream()
        .allMatch(m -> WordSet.TRADED_INSTRUMENT.contains(CountryReferenceFinder.lower(s, m.end() - 1)));
  }
}
