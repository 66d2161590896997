package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * A plant of a sector built in a named country, with no builder named: "two wind power plants will be
 * constructed in Chile", "funds for the construction of a cocoa processing factory in Ghana". The
 * guideline counts building plants in the sector as INVESTMENT; where the text names no investor, the
 * host is the only country the sentence names, and the investment is at home (counterpart null,
 * annotation convention 2). The list rules found nothing for the term, nothing is negated, a facility
 * noun (set {@code facility-noun}: plant, factory, project) follows the term closely, a build word
 * (an INVESTMENT trigger of the set {@code build-word}: build, construct, construction) stands near
 * it, and the country follows a place preposition after the facility noun. Stateless.
 */
final class HostedBuilds {

  /** How many tokens may stand between the sector term and its facility noun ("cocoa processing factory"). */
  private static final int FACILITY_REACH = 2;

  /** How far (tokens) the build word and the host may stand from the term and its facility noun. */
  private static final int REACH = 10;

  private HostedBuilds() {}

  /** {@code before} (the list rules' findings), or the hosted investment where they found nothing. */
  static List<Finding> find(Sentence s, List<CountryRef> refs, List<TriggerMention> cues, SectorMention first,
      List<Finding> before, boolean negated) {
    if (!before.isEmpty() || negated
        || refs.stream().flatMap(r -> r.codes().stream()).distinct().count() != 1) {
      return before;
    }
    int facility = facilityNoun(s, first);
    if (facility < 0) {
      return before;
    }
    Optional<TriggerMention> build = cues.stream()
        .filter(w -> w.kind() == TriggerKind.INVESTMENT
            && WordSet.BUILD_WORD.contains(CountryReferenceFinder.lower(s, w.start())))
        .filter(w -> (w.end() <= first.start() && first.start() - w.end() <= REACH)
            || (w.start() > facility && w.start() - facility <= REACH))
        .findFirst();
    if (build.isEmpty()) {
      return before;
    }
    int from = Math.max(facility, build.get().end());
    return refs.stream()
        .filter(r -> !r.backReference() && r.start() > from && r.start() - from <= REACH
            && ClausePairs.placePreposition(s, r))
        .findFirst()
        .<List<Finding>>map(host -> List.of(new Finding(RelationType.INVESTMENT, ImmutableList.of(host),
            ImmutableList.of(), build, false, RuleTrace.of(RelationRule.HOSTED_BUILD, OwnerClue.HOST, true))))
        .orElse(before);
  }

  /** The index of the facility noun right after {@code first}, or -1. */
  private static int facilityNoun(Sentence s, SectorMention first) {
    for (int i = first.end(); i < s.size() && i <= first.end() + FACILITY_REACH; i++) {
      if (WordSet.FACILITY_NOUN.contains(CountryReferenceFinder.lower(s, i))) {
        return i;
      }
      if (!s.token(i).pos().startsWith("NN") && !s.token(i).pos().startsWith("VBG")) {
        return -1;
      }
    }
    return -1;
  }
}
