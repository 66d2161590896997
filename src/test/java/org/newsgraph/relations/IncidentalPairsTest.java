package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.CharSpan;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.SectorId;

/** The salience filter on hand-built relations: window-only pairs of side countries go. */
class IncidentalPairsTest {

  private static Relation rel(String country, String sector, String rule) {
    return new Relation(RelationType.ACTIVITY, country, Optional.empty(), new SectorId(sector), Optional.empty(),
        Optional.empty(), new CharSpan(0, 4, "text"), Optional.empty(), rule);
  }

  private static List<String> kept(List<Relation> all, Map<String, Integer> timesNamed) {
    return kept(all, timesNamed, Set.of());
  }

  private static List<String> kept(List<Relation> all, Map<String, Integer> timesNamed, Set<String> labelled) {
    return IncidentalPairs.without(all, timesNamed, labelled).stream()
        .map(r -> r.country() + " " + r.sector().id()).toList();
  }

  @Test
  void aWindowOnlyPairOfASideCountryGoesAndOfTheMainCountryStays() {
    List<Relation> all = List.of(rel("KE", "agriculture", IncidentalPairs.WINDOW_DEFAULT),
        rel("US", "finance", IncidentalPairs.WINDOW_DEFAULT));
    assertEquals(List.of("KE agriculture"), kept(all, Map.of("KE", 5, "US", 1)));
  }

  @Test
  void anotherRuleOrATriggerBackingThePairKeepsIt() {
    List<Relation> all = List.of(rel("US", "finance", IncidentalPairs.WINDOW_DEFAULT),
        rel("US", "finance", "modifier+default"), rel("PE", "energy", "linear-window+trigger"));
    assertEquals(List.of("US finance", "US finance", "PE energy"), kept(all, Map.of("KE", 5, "US", 1, "PE", 1)));
  }

  @Test
  void aPairStatedUnderItsCountrysLabelStays() {
    Relation side = rel("PE", "finance", IncidentalPairs.WINDOW_DEFAULT);
    List<Relation> all = List.of(rel("KE", "finance", IncidentalPairs.WINDOW_DEFAULT), side);
    assertEquals(List.of("KE finance", "PE finance"),
        kept(all, Map.of("KE", 5, "PE", 1), Set.of(IncidentalPairs.pair(side))));
  }

  @Test
  void countriesNamedEquallyOftenAreAllMain() {
    List<Relation> all = List.of(rel("KE", "agriculture", IncidentalPairs.WINDOW_DEFAULT),
        rel("PE", "energy", IncidentalPairs.WINDOW_DEFAULT));
    assertEquals(List.of("KE agriculture", "PE energy"), kept(all, Map.of("KE", 3, "PE", 3)));
    assertEquals(List.of("KE agriculture", "PE energy"), kept(all, Map.of()));
  }

  @Test
  void theWindowRuleNameIsTheOneRelationsCarry() {
    assertEquals("linear-window+default", IncidentalPairs.WINDOW_DEFAULT);
  }
}
