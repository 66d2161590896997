package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;

/**
 * Bilateral agreements on goods whose agreements are restraint accords (annotation convention 5):
 * a textile agreement between two named countries caps what one sells the other, so it is a
 * RESTRICTION of the importer on the exporter, not a cooperation both ways. Which party imports the
 * text states elsewhere: the country that the other's sales go to ("Peru's textile exports to
 * Canada rose. ... the next Peru-Canada textile agreement"): where the document gives one party an
 * ACTIVITY towards the other and not the reverse, the agreement's two COOPERATION relations become
 * one RESTRICTION of the importer with the exporter as counterpart; where it does not, they stay.
 * The sectors are the set {@code restraint-sector} (sector ids), the agreement words the set
 * {@code agreement-noun}. Stateless.
 */
final class RestraintAccords {

  private RestraintAccords() {}

  /** {@code all} with the agreements on restrained goods rewritten as the importer's restriction. */
  static List<Relation> rewrite(Collection<Relation> all) {
    Set<String> flows = new HashSet<>();
    Map<String, Optional<String>> entities = new HashMap<>();
    for (Relation r : all) {
      if (r.type() == RelationType.ACTIVITY && r.counterpart().isPresent()) {
        flows.add(r.country() + "|" + r.sector().id() + "|" + r.counterpart().get());
      }
      entities.putIfAbsent(r.country(), r.countryEntityId());
    }
    List<Relation> out = new ArrayList<>(all.size());
    Set<String> restricted = new HashSet<>();
    for (Relation r : all) {
      if (!restraintAccord(r)) {
        out.add(r);
        continue;
      }
      String party = r.country();
      String partner = r.counterpart().orElseThrow();
      boolean sells = flows.contains(party + "|" + r.sector().id() + "|" + partner);
      boolean buys = flows.contains(partner + "|" + r.sector().id() + "|" + party);
      if (sells == buys) {
        out.add(r); // no one direction stated: the agreement stays as the text gives it
      } else if (sells && restricted.add(partner + "|" + r.sector().id() + "|" + party)) {
        // the exporter's side gives the importer's restriction; the importer's side gives nothing
        out.add(new Relation(RelationType.RESTRICTION, partner, entities.getOrDefault(partner, Optional.empty()),
            r.sector(), Optional.of(party), r.trigger(), r.evidence(), r.quoteId(), r.rule() + "+restraint"));
      }
    }
    return out;
  }

  /** A cooperation in a restrained sector typed by an agreement word, with a named partner. */
  private static boolean restraintAccord(Relation r) {
    if (r.type() != RelationType.COOPERATION || r.counterpart().isEmpty() || r.trigger().isEmpty()
        || !WordSet.RESTRAINT_SECTOR.contains(r.sector().id())) {
      return false;
    }
    String t = r.trigger().get().text().toLowerCase(Locale.ROOT).trim();
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return WordSet.AGREEMENT_NOUN.contains(last);
  }
}
