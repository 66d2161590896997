package org.newsgraph.relations;

import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Drops the agriculture words of a sentence about a dish ("a delicious dish of rice and chicken",
 * "the curry is cooked with coconut"): food on the plate states nothing about a country's farming.
 * A word of the set {@code dish-word} marks the sentence, unless it lies inside a sector term; a
 * relation trigger in the sentence ("Thai restaurants import rice from Laos") keeps the words.
 * Stateless.
 */
final class DishSentences {

  private static final String AGRICULTURE = "agriculture";

  private DishSentences() {}

  /** {@code found} without its agriculture mentions when {@code s} is about a dish. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found, List<TriggerMention> words) {
    if (found.stream().noneMatch(m -> m.sector().id().equals(AGRICULTURE))
        || words.stream().anyMatch(w -> w.kind().relationType().isPresent())
        || !aboutDish(s, found)) {
      return found;
    }
    return found.stream().filter(m -> !m.sector().id().equals(AGRICULTURE)).toList();
  }

  private static boolean aboutDish(Sentence s, List<SectorMention> found) {
    for (int i = 0; i < s.size(); i++) {
      int k = i;
      if (WordSet.DISH_WORD.contains(s.token(i).text().toLowerCase(Locale.ROOT))
          && found.stream().noneMatch(m -> k >= m.start() && k < m.end())) {
        return true;
      }
    }
    return false;
  }
}
