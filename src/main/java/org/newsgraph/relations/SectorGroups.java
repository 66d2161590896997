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
 * member does not lose it. A list may hold items that are no sector ("steel, tourism and
 * shipping": common nouns and adjectives between commas or joiners, up to {@link #MAX_ITEM_WORDS}
 * words each) and may be a range ("from steel to shipping"). Stateless.
 */
final class SectorGroups {

  private static final int MAX_GAP = 4;

  /** How many words a list item that is no sector term may have ("tourism", "waste management"). */
  static final int MAX_ITEM_WORDS = 3;

  /** How many such items may stand between two sector terms of one list. */
  static final int MAX_ITEMS = 2;

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
    if (gap < 1) {
      return false;
    }
    if (range(s, a, b)) {
      return true;
    }
    boolean conjunction = false;
    int items = 0;
    int run = 0;
    for (int i = a.end(); i < b.start(); i++) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (WordSet.LIST_GLUE.contains(w)) {
        if (run > 0 && !WordSet.LIST_JOINER.contains(w)) {
          return false;
        }
        run = 0;
        conjunction |= WordSet.LIST_JOINER.contains(w);
        continue;
      }
      // an item that is no sector term opens after a word of glue ("as well as tourism"), a common noun phrase
      if (!itemWord(s, i) || (run == 0 && i == a.end()) || ++run > MAX_ITEM_WORDS
          || (run == 1 && ++items > MAX_ITEMS)) {
        return false;
      }
    }
    return conjunction && run == 0 && (items > 0 || gap <= MAX_GAP);
  }

  /** A word of a list item that is no sector: a common noun or an adjective. */
  private static boolean itemWord(Sentence s, int i) {
    String pos = s.token(i).pos();
    return pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ");
  }

  /** "from steel to shipping": the two ends of a range, "from" right before the first. */
  private static boolean range(Sentence s, SectorMention a, SectorMention b) {
    return b.start() - a.end() == 1 && a.start() > 0
        && s.token(a.end()).text().equalsIgnoreCase("to")
        && s.token(a.start() - 1).text().equalsIgnoreCase("from");
  }
}
