package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Drops sector words that name one object a person owns or uses: a singular noun of the set
 * {@code personal-object} ("car", "phone") after a determiner or possessive, adjectives allowed
 * between, and heading its phrase ("bought a car", "her parked vehicle", "the phone rang"). Such a
 * word states nothing about a sector; "the car industry", "car exports" (a noun follows) and "cars"
 * (plural) stay; a possessive is still the one object ("the aircraft's cargo"). Right after "by"
 * the word names a way to travel ("15 minutes by helicopter", "went by car"). Stateless.
 */
final class OwnedObjects {

  private OwnedObjects() {}

  /** {@code found} without the mentions that name one owned object. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found) {
    List<SectorMention> out = new ArrayList<>(found.size());
    for (SectorMention m : found) {
      if (!ownedObject(s, m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean ownedObject(Sentence s, SectorMention m) {
    if (m.end() - m.start() != 1 || !s.token(m.start()).pos().equals("NN")
        || !WordSet.PERSONAL_OBJECT.contains(s.token(m.start()).text().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (m.end() < s.size() && s.token(m.end()).pos().startsWith("NN")) {
      return false; // "car exports": the word modifies another; "the aircraft's cargo" is still one
    }
    int i = m.start() - 1;
    while (i >= 0 && i >= m.start() - 3 && s.token(i).pos().matches("JJ.*|VBN|VBG|RB")) {
      i--;
    }
    return i >= 0 && (s.token(i).pos().equals("DT") || s.token(i).pos().equals("PRP$")
        || i == m.start() - 1 && s.token(i).text().equalsIgnoreCase("by"));
  }
}
