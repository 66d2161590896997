package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.SectorTaxonomy;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Sector words coordinated before one head noun: "transport and telecommunications
 * infrastructure" names transport infrastructure too, not only telecommunications. Where a sector
 * term is followed by a noun and preceded by a joiner ("and", "or", a comma) and a lower-case word
 * that no term covers, and that word with the head is a term of the taxonomy ("transport
 * infrastructure"), the word is a mention of that term's sector. Stateless.
 */
final class SharedHeads {

  private SharedHeads() {}

  /** {@code found} with the words that share a term's head, in token order. */
  static List<SectorMention> withSharedHeads(Sentence s, List<SectorMention> found, SectorTaxonomy sectors) {
    List<SectorMention> added = new ArrayList<>(0);
    for (SectorMention m : found) {
      int head = m.end();
      int word = m.start() - 2;
      if (head >= s.size() || word < 0 || !s.token(head).pos().startsWith("NN")
          || !WordSet.LIST_JOINER.contains(CountryReferenceFinder.lower(s, m.start() - 1))
          || !modifierWord(s.token(word)) || covered(found, word)) {
        continue;
      }
      Sentence phrase = Sentence.of(0, 0, List.of(relocated(s.token(word), 0), relocated(s.token(head), 1)));
      for (SectorMention p : sectors.find(phrase)) {
        if (p.start() == 0 && p.end() == 2) {
          added.add(new SectorMention(p.sector(), word, word + 1, p.industryNoun()));
        }
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<SectorMention> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(Comparator.comparingInt(SectorMention::start));
    return out;
  }

  private static boolean modifierWord(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && t.pos().matches("NNS?|JJ");
  }

  private static boolean covered(List<SectorMention> found, int i) {
    return found.stream().anyMatch(m -> m.start() <= i && i < m.end());
  }

  /** Token {@code t} at index {@code i} of a two-word phrase, lower-cased as a term is written. */
  private static Token relocated(Token t, int i) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return new Token(i, w, w, t.start(), t.end(), t.pos(), t.lemma(), t.ner());
  }
}
