package org.newsgraph.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.Relation;

/**
 * Drops the pairs a text mentions in passing: a (country, sector) pair that only the token window
 * found, with no trigger word and no other rule behind it, for a country that the document names
 * less often than its most-named country (counting the country's own mentions and those of the
 * organisations placed in it: its bodies, its firms). A sector word that merely stands near a side
 * country ("a veteran of the U.S. army who now farms", "the firm, whose chief studied banking in
 * Britain") rarely states a claim about that country; the same window next to the country the
 * article is about usually does (measured on the tuning sets, docs/relations.md, tenth round).
 * A pair stated in an item under its country's label ("SPAIN - Bund futures closed firmer",
 * {@link SectionLabels}) is about that country and stays. Stateless.
 */
final class IncidentalPairs {

  /** The rule name of a relation the token window found without a trigger. */
  static final String WINDOW_DEFAULT =
      RuleTrace.of(RelationRule.TOKEN_WINDOW, OwnerClue.WINDOW, false).label();

  private IncidentalPairs() {}

  /**
   * {@code all} without the window-only pairs of countries the document names less often than its
   * most-named one; {@code timesNamed} counts the mentions of each country and of the organisations
   * placed in it; the pairs of {@code labelled} ({@link #pair}) were stated under their country's label.
   */
  static List<Relation> without(List<Relation> all, Map<String, Integer> timesNamed, Set<String> labelled) {
    int most = timesNamed.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> backed = new HashSet<>(labelled);
    for (Relation r : all) {
      if (!r.rule().equals(WINDOW_DEFAULT)) {
        backed.add(pair(r));
      }
    }
    return all.stream()
        .filter(r -> backed.contains(pair(r)) || timesNamed.getOrDefault(r.country(), 0) >= most)
        .toList();
  }

  /** The key of a relation's (country, sector) pair. */
  static String pair(Relation r) {
    return r.country() + "|" + r.sector().id();
  }
}
