package org.newsgraph.relations;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Sentences whose topic makes their sector words no claim, unless a relation trigger in the
 * sentence states one. {@link #DISH}: farm goods in a sentence about a dish ("a delicious dish of
 * rice and chicken", "the curry is cooked with coconut") are food on the plate; "Thai restaurants
 * import rice from Laos" keeps them. {@link #INCIDENT}: any sector word in a sentence about a crash,
 * a crime, a battle or an attack ("a Chilean airliner crashed", "weapons were stolen from an arms
 * store", "backed by Peruvian tanks and helicopters") names the things of the event, not a sector;
 * a trade, investment, restriction or cooperation word keeps them ("the fighting halted Chad's oil
 * exports"), a stance word does not: in an incident it is figurative ("rival militias", "the
 * cruiser leads a battle group"). {@link #NARCOTICS}: the "drugs" of a sentence that names a
 * narcotic ("drugs, mostly heroin, shipped north") are no medicines, and its other goods hide or
 * carry the narcotic ("cocaine hidden in a shipment of bananas"), whatever trade word stands by
 * them. {@link #PRIZES}: the gold and silver of a sentence about medals ("won two golds and a
 * bronze") are prizes, unless a trade word states a claim. A word of the topic's set marks the
 * sentence, unless it lies inside a sector term. Stateless.
 */
enum TopicSentences {

  /** A dish or its making: the agriculture words go. */
  DISH(WordSet.DISH_WORD, Optional.of("agriculture"), EnumSet.allOf(RelationType.class)),

  /** A crash, crime, battle or attack: every sector word goes. */
  INCIDENT(WordSet.INCIDENT_WORD, Optional.empty(), EnumSet.of(RelationType.ACTIVITY,
      RelationType.INVESTMENT, RelationType.RESTRICTION, RelationType.COOPERATION)),

  /** Narcotics: every sector word goes (the medicines, and the goods that hide or carry the drug). */
  NARCOTICS(WordSet.NARCOTIC_WORD, Optional.empty(), EnumSet.noneOf(RelationType.class)),

  /** A contest's prizes: the metal words go. */
  PRIZES(WordSet.MEDAL_WORD, Optional.of("metals-mining"), EnumSet.of(RelationType.ACTIVITY,
      RelationType.INVESTMENT, RelationType.RESTRICTION, RelationType.COOPERATION));

  private final WordSet marker;
  private final Optional<String> sector;
  private final Set<RelationType> keeping;

  /**
   * A topic marked by {@code marker} that drops {@code sector} (empty: every sector) unless a
   * trigger of a type in {@code keeping} states a claim.
   */
  TopicSentences(WordSet marker, Optional<String> sector, Set<RelationType> keeping) {
    this.marker = marker;
    this.sector = sector;
    this.keeping = Set.copyOf(keeping);
  }

  /** {@code found} without the mentions of this topic's sector when {@code s} is about it. */
  List<SectorMention> without(Sentence s, List<SectorMention> found, List<TriggerMention> words) {
    if (found.stream().noneMatch(this::covers) || !marks(s, found, words)) {
      return found;
    }
    return found.stream().filter(m -> !covers(m)).toList();
  }

  private boolean marks(Sentence s, List<SectorMention> found, List<TriggerMention> words) {
    if (words.stream().anyMatch(w -> w.kind().relationType().filter(keeping::contains).isPresent())) {
      return false;
    }
    for (int i = 0; i < s.size(); i++) {
      int k = i;
      if (marker.contains(s.token(i).text().toLowerCase(Locale.ROOT))
          && found.stream().noneMatch(m -> k >= m.start() && k < m.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean covers(SectorMention m) {
    return sector.map(id -> m.sector().id().equals(id)).orElse(true);
  }
}
