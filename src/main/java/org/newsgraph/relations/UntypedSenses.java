package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Trigger words used in a sense that types nothing: an investment word that a restriction word
 * restricts ("a ban on foreign investment": the ban types the clause), an investment word about
 * traded paper ("investors in Danish bonds") and a leader word that names rulers, not a lead
 * ("China's leadership"). {@link RelationExtractor#withoutCalledFor} drops them with the other words
 * that state no claim. Stateless.
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
    return preposition > 0 && WordSet.TARGET_PREPOSITION.contains(CountryReferenceFinder.lower(s, preposition))
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
