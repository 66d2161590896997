package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.text.Sentence;

/**
 * A flow stated as "from X to Y" ("wheat from Canada to Japan", "shipments of coffee from Colombia
 * to Germany"): the exporter X, a finding's one owner, acts towards the destination Y (guideline:
 * the exporter always gets ACTIVITY towards the destination), which the finding takes as its
 * counterpart where it names none. The destination gets no relation of its own. Stateless.
 */
final class FromToFlows {

  private FromToFlows() {}

  /** {@code findings}, each activity of one owner between "from" and "to" given that destination. */
  static List<Finding> withDestinations(Sentence s, List<CountryRef> refs, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(destination(s, refs, f)
          .map(d -> f.withCounterparts(ImmutableList.of(d)))
          .orElse(f));
    }
    return out;
  }

  private static Optional<CountryRef> destination(Sentence s, List<CountryRef> refs, Finding f) {
    boolean bought = f.trigger().map(t -> t.counterpartMarkers().contains(RelationTriggerLexicon.SELLER))
        .orElse(false);
    if (f.type() != RelationType.ACTIVITY || f.owners().size() != 1 || !f.counterparts().isEmpty() || bought) {
      return Optional.empty();
    }
    CountryRef from = f.owners().get(0);
    if (from.backReference() || from.start() == 0 || !CountryReferenceFinder.lower(s, from.start() - 1).equals("from")
        || from.end() + 1 >= s.size() || !CountryReferenceFinder.lower(s, from.end()).equals("to")) {
      return Optional.empty();
    }
    int at = from.end() + 1;
    int start = CountryReferenceFinder.lower(s, at).equals("the") ? at + 1 : at;
    return refs.stream().filter(r -> r.start() == start && !r.codes().equals(from.codes())).findFirst();
  }
}
