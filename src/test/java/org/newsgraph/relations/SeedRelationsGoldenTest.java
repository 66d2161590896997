package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Extraction;
import org.newsgraph.Relation;
import org.newsgraph.SharedPipeline;

/**
 * The guideline's worked example on the seed article: every (country, sector) pair of it and no
 * pair outside it; every typed relation it names; the counterparts it names; relations stated in a
 * quote carry the quote's id.
 */
class SeedRelationsGoldenTest {

  private static final Set<String> PAIRS = Set.of(
      "CN advanced-manufacturing", "KR advanced-manufacturing", "CN digital-economy", "KR digital-economy",
      "CN clean-energy", "KR clean-energy", "CN automotive", "KR automotive", "CN shipbuilding",
      "KR shipbuilding", "CN semiconductors", "KR semiconductors", "US semiconductors",
      "CN critical-minerals", "DE automotive", "JP automotive");

  private static final Set<String> TYPED_WITH_COUNTERPART = Set.of(
      "CN advanced-manufacturing COOPERATION KR", "KR advanced-manufacturing COOPERATION CN",
      "CN digital-economy COOPERATION KR", "KR digital-economy COOPERATION CN",
      "CN clean-energy COOPERATION KR", "KR clean-energy COOPERATION CN",
      "CN automotive COMPETITION KR", "KR automotive COMPETITION CN",
      "CN shipbuilding COMPETITION KR", "KR shipbuilding COMPETITION CN",
      "CN semiconductors COMPETITION KR", "KR semiconductors COMPETITION CN",
      "US semiconductors RESTRICTION CN", "US semiconductors RESTRICTION KR",
      "KR semiconductors INVESTMENT CN", "DE automotive ACTIVITY CN", "JP automotive ACTIVITY CN");

  private static final Set<String> TYPED = Set.of(
      "CN automotive ADVANTAGE", "CN critical-minerals RESTRICTION", "KR semiconductors ADVANTAGE",
      "CN shipbuilding ADVANTAGE", "KR automotive DECLINE", "CN semiconductors ACTIVITY");

  @Test
  void seedGivesTheWorkedExample() {
    Extraction x = SharedPipeline.get().extract(SharedPipeline.seed());
    Set<String> pairs = new TreeSet<>();
    Set<String> typed = new TreeSet<>();
    Set<String> full = new TreeSet<>();
    for (Relation r : x.relations()) {
      pairs.add(r.country() + " " + r.sector());
      typed.add(r.country() + " " + r.sector() + " " + r.type());
      full.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    assertEquals(new TreeSet<>(PAIRS), pairs);
    for (String t : TYPED) {
      assertTrue(typed.contains(t), "missing " + t + " in " + typed);
    }
    for (String t : TYPED_WITH_COUNTERPART) {
      assertTrue(full.contains(t), "missing " + t + " in " + full);
    }
  }

  @Test
  void quotedClaimsCarryTheQuoteAndEveryRelationNamesItsRuleAndEvidence() {
    Extraction x = SharedPipeline.get().extract(SharedPipeline.seed());
    String seed = SharedPipeline.seed();
    for (Relation r : x.relations()) {
      assertEquals(seed.substring(r.evidence().start(), r.evidence().end()), r.evidence().text());
      assertTrue(!r.rule().isEmpty());
      r.quoteId().ifPresent(id -> assertTrue(x.quote(id).isPresent(), "unknown quote " + id));
    }
    // "South Korea still holds the upper hand in the chip sector" is inside Peng's quote.
    Relation upperHand = x.relations().stream()
        .filter(r -> r.trigger().map(t -> t.text().equals("upper hand")).orElse(false))
        .findFirst().orElseThrow();
    if (!x.quotes().isEmpty()) {
      assertTrue(upperHand.quoteId().isPresent(), "the upper-hand claim is quoted");
    }
  }
}
