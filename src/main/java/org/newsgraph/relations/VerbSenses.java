package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Sector words used as verbs: "the exporter would keep shipping grain" moves goods and says nothing
 * of the shipping industry; "the island is banking on tourism" counts on it. A one-word sector
 * mention of the set {@link WordSet#VERB_NOT_SECTOR} that the tagger marks as a verb is no mention;
 * the noun ("shipping lines", "attacks on shipping", "the banking sector") stays. Stateless.
 */
final class VerbSenses {

  private VerbSenses() {}

  /** {@code found} without the sector words of the set used as verbs. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found) {
    return found.stream().filter(m -> !verbUse(s, m)).toList();
  }

  private static boolean verbUse(Sentence s, SectorMention m) {
    return m.end() - m.start() == 1 && s.token(m.start()).pos().startsWith("VB")
        && WordSet.VERB_NOT_SECTOR.contains(CountryReferenceFinder.lower(s, m.start()));
  }
}
