package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Drops sector words that are only what was talked about: a sector term after a noun of the set
 * {@code discourse-noun} and a {@code topic-preposition}, with at most {@link #REACH} words of its
 * noun phrase or of a list between ("a seminar on renewable energy", "a debate about farming and
 * fishing"), or before such a noun with at most {@link #REACH} words of its phrase or list between
 * ("an energy conference", "an energy security forum", "agricultural and craft fairs"), names the
 * topic of a conference, a debate, a fair or a hearing, no country's sector, unless a relation
 * trigger of the sentence states a claim ("talks on oil cooperation", "a hearing on tea exports"
 * keep theirs). Stateless.
 */
final class DiscourseTopics {

  /** How many words of the term's phrase or list may stand between it and the preposition or event noun. */
  static final int REACH = 5;

  private DiscourseTopics() {}

  /** {@code found} without the terms that only name a topic of talk, when no trigger states a claim. */
  static List<SectorMention> without(Sentence s, List<SectorMention> found, List<TriggerMention> words) {
    if (words.stream().anyMatch(w -> w.kind().relationType().isPresent())) {
      return found;
    }
    return found.stream().filter(m -> !topic(s, m)).toList();
  }

  private static boolean topic(Sentence s, SectorMention m) {
    // "an energy conference", "an energy security forum", "agricultural and craft fairs": the term
    // names the event
    for (int i = m.end(); i < Math.min(s.size(), m.end() + 1 + REACH); i++) {
      if (WordSet.DISCOURSE_NOUN.contains(CountryReferenceFinder.lower(s, i))) {
        return true;
      }
      if (!phraseWord(s.token(i).pos()) || s.token(i).pos().equals("VBG")) {
        break;
      }
    }
    for (int i = m.start() - 1; i >= 1 && i >= m.start() - 1 - REACH; i--) {
      if (WordSet.TOPIC_PREPOSITION.contains(CountryReferenceFinder.lower(s, i))) {
        return WordSet.DISCOURSE_NOUN.contains(CountryReferenceFinder.lower(s, i - 1));
      }
      if (!phraseWord(s.token(i).pos())) {
        return false;
      }
    }
    return false;
  }

  /** A word that may stand inside the topic's noun phrase or list ("the", "new", "and", ","). */
  private static boolean phraseWord(String pos) {
    return pos.startsWith("NN") && !pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("DT")
        || pos.equals("CC") || pos.equals(",") || pos.equals("VBG") || pos.equals("HYPH");
  }
}
