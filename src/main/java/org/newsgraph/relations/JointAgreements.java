package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Two named parties that agree to act in a sector together make a bilateral agreement (annotation
 * convention 5: COOPERATION in both directions, only when both parties are named): "Kenya and Peru
 * agreed to expand farm trade", "the two countries agreed on a railway plan". A finding of plain
 * activity or investment whose owners are two or more countries and that has no counterpart but one
 * of them (the host of a plant they agree to build: "agreed to build refineries in Peru") becomes
 * a mutual COOPERATION when a verb of the set {@code agreement-verb} stands after the owners and
 * before the sector term (or its trigger), followed by "to" or "on", or a noun of the set {@code
 * agreement-noun} followed later by "to" and a verb ("Peru and Chile formed a partnership to lay a fibre
 * optic link"). A restriction stays one
 * (restraint accords, convention 5); a purchase with a named seller stays trade. Stateless.
 */
final class JointAgreements {

  private JointAgreements() {}

  /** {@code found} for the list that starts at {@code first}, with joint agreements as cooperation. */
  static List<Finding> typed(Sentence s, SectorMention first, List<Finding> found) {
    return found.stream().map(f -> joint(s, first, f).map(at -> new Finding(RelationType.COOPERATION, f.owners(),
        ImmutableList.of(), Optional.of(new TriggerMention(TriggerKind.COOPERATION, at, at + 1, ImmutableSet.of())),
        true, new RuleTrace(f.rule().rule(), f.rule().clue(), true, f.rule().partner(), f.rule().mirror())))
        .orElse(f)).toList();
  }

  /** The index of the agreeing verb that makes {@code f} a joint agreement, if there is one. */
  private static Optional<Integer> joint(Sentence s, SectorMention first, Finding f) {
    Set<String> parties = f.owners().stream().flatMap(o -> o.codes().stream()).collect(Collectors.toSet());
    // "both sides agreed to build refineries in Peru": a counterpart that is one of the parties is their host
    if ((f.type() != RelationType.ACTIVITY && f.type() != RelationType.INVESTMENT) || parties.size() < 2
        || f.counterparts().stream().flatMap(c -> c.codes().stream()).anyMatch(c -> !parties.contains(c))) {
      return Optional.empty();
    }
    int from = f.owners().stream().mapToInt(CountryRef::end).max().orElseThrow();
    int to = f.trigger().map(t -> Math.min(t.start(), first.start())).orElse(first.start());
    // an agreement noun may stand before a back-reference owner ("a partnership between their firms to build")
    int noun = -1;
    for (int i = 0; i < to && i + 1 < s.size(); i++) {
      String word = CountryReferenceFinder.lower(s, i);
      String next = CountryReferenceFinder.lower(s, i + 1);
      if (i >= from && s.token(i).pos().startsWith("VB") && WordSet.AGREEMENT_VERB.contains(word)
          && (next.equals("to") || next.equals("on"))) {
        return Optional.of(i);
      }
      if (s.token(i).pos().startsWith("NN") && WordSet.AGREEMENT_NOUN.contains(word)) {
        noun = i;
      } else if (noun >= 0 && word.equals("to") && s.token(i + 1).pos().equals("VB")) {
        return Optional.of(noun); // "formed a partnership ... to build a fibre optic link"
      }
    }
    return Optional.empty();
  }
}
