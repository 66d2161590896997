package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Goods named as a kind of a broader term after them: "drones and other weapons", "tractors, combines
 * and other machinery". A list joiner ({@link WordSet#LIST_JOINER}: "and", "or") and "other" say that
 * what comes before is one of the kind named after, so the members of that list take the broader
 * term's sector (the drones are defence goods here, not aerospace). Stateless.
 */
final class OtherKinds {

  private OtherKinds() {}

  /** {@code terms} (a sentence's sector terms, in order), the goods before "and other X" given X's sector. */
  static List<SectorMention> retyped(Sentence s, List<SectorMention> terms) {
    List<SectorMention> out = new ArrayList<>(terms);
    for (int k = 1; k < out.size(); k++) {
      SectorMention broad = out.get(k);
      SectorMention last = out.get(k - 1);
      if (broad.start() != last.end() + 2 || !joinsOther(s, last.end())
          || broad.sector().equals(last.sector())) {
        continue;
      }
      // walk back through the list before it: "tanks, drones and other weapons"
      for (int j = k - 1; j >= 0; j--) {
        SectorMention m = out.get(j);
        out.set(j, new SectorMention(broad.sector(), m.start(), m.end(), m.industryNoun()));
        boolean commaBefore = j > 0 && out.get(j - 1).end() + 1 == m.start()
            && s.token(m.start() - 1).text().equals(",");
        if (!commaBefore) {
          break;
        }
      }
    }
    return out;
  }

  /** Whether the tokens at {@code at} read a list joiner and "other" ("and other", "or other"). */
  private static boolean joinsOther(Sentence s, int at) {
    return at + 1 < s.size() && WordSet.LIST_JOINER.contains(CountryReferenceFinder.lower(s, at))
        && CountryReferenceFinder.lower(s, at + 1).equals("other");
  }
}
