package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Drops sector words that name a person's or a state body's field: a sector term right before a noun
 * of the set {@code trade-role-noun}, or before one noun that comes before it ("a Canadian energy
 * analyst", "a shipping magnate", "an oil industry executive", "the agriculture minister"), describes
 * the person, and the country word beside it places the person, not a sector; so does a term right
 * before a noun of {@code field-body-noun} or after one and "of" ("the energy ministry said", "the
 * ministry of mines", "the minister of water and energy"): the body's name, no claim (convention 9).
 * What the person or body says about a sector is a claim of its own words ("the agriculture minister
 * said wheat exports rose" keeps "wheat"). Stateless.
 */
final class PersonTrades {

  private PersonTrades() {}

  /** {@code found} without the terms that name a person's or a body's field. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found) {
    return found.stream().filter(m -> !namesField(s, m)).toList();
  }

  private static boolean namesField(Sentence s, SectorMention m) {
    int of = m.start() - 1;
    if (of >= 3 && WordSet.LIST_JOINER.contains(CountryReferenceFinder.lower(s, of))) {
      of -= 2; // the second of two fields: "the minister of water and energy"
    }
    if (of >= 1 && CountryReferenceFinder.lower(s, of).equals("of") && (body(s, of - 1) || role(s, of - 1))) {
      return true; // "the ministry of mines", "the minister of energy"
    }
    if (m.end() < s.size() && body(s, m.end())) {
      return true; // "the energy ministry said"
    }
    int at = m.end();
    if (at < s.size() && !role(s, at) && s.token(at).pos().startsWith("NN")
        && !s.token(at).pos().startsWith("NNP")) {
      at++;
    }
    return at < s.size() && role(s, at);
  }

  private static boolean role(Sentence s, int i) {
    return WordSet.TRADE_ROLE_NOUN.contains(CountryReferenceFinder.lower(s, i));
  }

  private static boolean body(Sentence s, int i) {
    return WordSet.FIELD_BODY_NOUN.contains(CountryReferenceFinder.lower(s, i));
  }
}
