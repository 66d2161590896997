package org.newsgraph.relations;

import java.util.List;
import java.util.Optional;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Finds the country that labels a sentence as an item of a round-up: a sentence that opens with a
 * country and a dash or a colon ("SPAIN - Bund futures closed firmer", "Kenya: tea exports rose")
 * speaks of that country, as a section of a market report or a bulleted summary does. What such an
 * item says of a sector is a claim about its country, not a passing mention
 * ({@link IncidentalPairs} keeps it). Stateless.
 */
final class SectionLabels {

  /** Tokens an item needs after its label: "Kenya - Nairobi" is a name, not an item. */
  static final int MIN_ITEM_TOKENS = 3;

  private SectionLabels() {}

  /** The country reference labelling {@code s}, given its references {@code refs}, if any. */
  static Optional<CountryRef> labelOf(Sentence s, List<CountryRef> refs) {
    for (CountryRef r : refs) {
      if (r.start() == 0 && !r.backReference() && r.end() + MIN_ITEM_TOKENS < s.size()
          && labelMark(s, r.end())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** A colon or a dash at token {@code i}; a hyphen only with a space before it ("Kenya-based" is a word). */
  private static boolean labelMark(Sentence s, int i) {
    String w = s.token(i).text();
    if (w.equals("-")) {
      return s.token(i).start() > s.token(i - 1).end();
    }
    return w.equals(":") || WordSet.DASH.contains(w);
  }
}
