package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Drops sector words listed with troops: "troops, ships and aircraft", "soldiers and vehicles"
 * name a military force that is sent or stationed, not the shipbuilding, aerospace or automotive
 * sector. A word of the set {@code military-unit} in the same list (nouns, adjectives,
 * participles, determiners, "and" and commas between, a few tokens either way) marks the list.
 * Defence terms stay: a country's warships or missiles are a defence claim; but a defence or
 * aerospace word that is the object of a verb of firing or intercepting ("fired the missiles", "shot
 * down a drone", "intercepted two of the rebel missiles") names an attack's weapon, no sector claim.
 * Stateless.
 */
final class MilitaryForces {

  /** How many tokens either way the list may reach, numbers not counted. */
  static final int LIST_REACH = 5;

  private static final String DEFENCE = "defence";

  private MilitaryForces() {}

  /** {@code found} without the non-defence mentions listed with troops. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found) {
    List<SectorMention> out = new ArrayList<>(found.size());
    for (SectorMention m : found) {
      if ((m.sector().id().equals(DEFENCE) || !listedWithTroops(s, m)) && !firedWeapon(s, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The sectors whose words may name the weapon of an attack. */
  private static final Set<String> WEAPON_SECTORS = Set.of(DEFENCE, "aerospace");

  /**
   * How many tokens (determiners, adjectives, numbers, "down", a share's "of": "intercepted two of
   * the rebel missiles") a weapon may stand after the verb.
   */
  static final int FIRE_REACH = 5;

  /**
   * "fired the missiles", "shot down a drone": a defence or aerospace word that is the object of a
   * verb of the set {@code weapon-use-verb} names the weapon of an attack, no sector claim.
   */
  private static boolean firedWeapon(Sentence s, SectorMention m) {
    if (!WEAPON_SECTORS.contains(m.sector().id())) {
      return false;
    }
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - FIRE_REACH; i--) {
      if (WordSet.WEAPON_USE_VERB.contains(CountryReferenceFinder.lower(s, i))) {
        return s.token(i).pos().startsWith("VB");
      }
      String p = s.token(i).pos();
      boolean share = p.equals("IN") && CountryReferenceFinder.lower(s, i).equals("of") && i > 0
          && (s.token(i - 1).pos().equals("DT") || s.token(i - 1).pos().equals("CD"));
      if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("RP") || share)) {
        return false;
      }
    }
    return false;
  }

  private static boolean listedWithTroops(Sentence s, SectorMention m) {
    int reach = 0;
    for (int i = m.start() - 1; i >= 0 && reach < LIST_REACH && inList(s, i); i--) {
      if (militaryUnit(s, i)) {
        return true;
      }
      reach += counted(s, i);
    }
    reach = 0;
    for (int i = m.end(); i < s.size() && reach < LIST_REACH && inList(s, i); i++) {
      if (militaryUnit(s, i)) {
        return true;
      }
      reach += counted(s, i);
    }
    return false;
  }

  /** A number does not lengthen the list ("5,000 troops, 200 tanks and 40 planes"). */
  private static int counted(Sentence s, int i) {
    return s.token(i).pos().equals("CD") ? 0 : 1;
  }

  private static boolean inList(Sentence s, int i) {
    String p = s.token(i).pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CC") || p.equals(",")
        || p.equals("DT") || p.equals("CD") || p.equals("VBN"); // "allied" is often a participle
  }

  private static boolean militaryUnit(Sentence s, int i) {
    return WordSet.MILITARY_UNIT.contains(CountryReferenceFinder.lower(s, i));
  }
}
