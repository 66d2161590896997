package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.text.Sentence;

/**
 * Cooperation whose partners the sentence before names: "Kenya and Chad held talks on Monday. They
 * discussed cooperation in farming." A sentence with a sector term and a cooperation word that names
 * no country at all (nor refers back to one the resolver finds), right after a sentence that names
 * exactly two countries joined as one party ("Kenya and Chad", "Peru signed a pact with Chile"), is
 * about those two, unless "with" follows the cooperation word (it names its own partner)
 * (annotation convention 12: the claim continues from the sentence before): its subject, the first
 * token, becomes a reference to both, and the rules make the cooperation mutual (a "they" there that
 * found nothing to refer to becomes that reference). Not
 * where the first token is part of a sector term or a trigger, nor in a negated sentence. Stateless.
 */
final class PartiesBefore {

  /** How many countries the sentence before must name. */
  static final int PARTIES = 2;

  private PartiesBefore() {}

  /**
   * {@code refs}, or, where they are empty and the sentence holds a cooperation word, a reference
   * to the two countries {@code before} (the parties the sentence before joins, {@link #joinedParties}).
   */
  static List<CountryRef> withParties(SentenceFactsView s, List<CountryRef> refs, List<String> before) {
    if (!refs.isEmpty() || before.size() != PARTIES || s.size() < 2 || RelationRules.negated(s.words())
        || s.words().stream().noneMatch(w -> w.kind() == TriggerKind.COOPERATION && !partnerNamed(s, w))
        || s.words().stream().anyMatch(w -> w.start() == 0 && !w.kind().backReference())
        || s.terms().stream().anyMatch(m -> m.start() == 0)) {
      return refs;
    }
    return List.of(new CountryRef(s.index(), 0, 1, ImmutableList.copyOf(before), Optional.empty(), true, false));
  }

  /**
   * The two countries of {@code refs} (a sentence's references) where they are joined as one party
   * ("Kenya and Chad held talks") or as a party and its partner after "with" ("Peru signed a pact with
   * Chile"), in order; else none.
   */
  static List<String> joinedParties(Sentence s, List<CountryRef> refs) {
    List<String> codes = codesOf(refs);
    if (codes.size() != PARTIES) {
      return List.of();
    }
    for (int k = 0; k < refs.size(); k++) {
      if (codesOf(LinearRules.coordinatedAfter(s, refs, k)).size() == PARTIES) {
        return codes;
      }
      // "Peru signed a pact with Chile": the country after "with" is the other party
      int before = refs.get(k).start() - 1;
      if (k > 0 && before >= 0 && s.token(before).text().equalsIgnoreCase("with")) {
        return codes;
      }
    }
    return List.of();
  }

  /** The distinct codes of {@code refs}, in the order they are first named. */
  private static List<String> codesOf(List<CountryRef> refs) {
    List<String> out = new ArrayList<>();
    for (CountryRef r : refs) {
      for (String c : r.codes()) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Whether "with" follows cooperation word {@code w} closely: it names its partner itself
   * ("cooperate with banks").
   */
  private static boolean partnerNamed(SentenceFactsView s, TriggerMention w) {
    for (int i = w.end(); i < Math.min(s.sentence().size(), w.end() + 2); i++) {
      if (s.sentence().token(i).text().equalsIgnoreCase("with")) {
        return true;
      }
    }
    return false;
  }

  /** What the rule reads of a sentence: its index and size, its trigger words and its sector terms. */
  record SentenceFactsView(Sentence sentence, List<TriggerMention> words, List<SectorMention> terms) {

    int index() {
      return sentence.index();
    }

    int size() {
      return sentence.size();
    }
  }
}
