package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Groups sector mentions that form one coordinated list ("automobiles, ships and chips", "high-end
 * manufacturing, the digital economy, and low-carbon initiatives"): the list shares one analysis,
 * which the first member's place in the parse decides, so a parser's odd attachment of a later
 * member does not lose it. Stateless.
 */
final class SectorGroups {

  private static final int MAX_GAP = 4;

  /** One list of sector mentions; {@code first} is its first member. */
  record Group(ImmutableList<SectorMention> members) {
    SectorMention first() {
      return members.get(0);
    }
  }

  private SectorGroups() {}

  static List<Group> of(Sentence s, List<SectorMention> mentions) {
    List<Group> out = new ArrayList<>();
    List<SectorMention> current = new ArrayList<>();
    for (SectorMention m : mentions) {
      if (!current.isEmpty() && !joined(s, current.get(current.size() - 1), m)) {
        out.add(new Group(ImmutableList.copyOf(current)));
        current.clear();
      }
      current.add(m);
    }
    if (!current.isEmpty()) {
      out.add(new Group(ImmutableList.copyOf(current)));
    }
    return out;
  }

  private static boolean joined(Sentence s, SectorMention a, SectorMention b) {
    int gap = b.start() - a.end();
    if (gap < 1 || gap > MAX_GAP) {
      return false;
    }
    boolean conjunction = false;
    for (int i = a.end(); i < b.start(); i++) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (!WordSet.LIST_GLUE.contains(w)) {
        return false;
      }
      conjunction |= WordSet.LIST_JOINER.contains(w);
    }
    return conjunction;
  }
}
