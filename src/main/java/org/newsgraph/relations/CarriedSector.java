package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.SectorId;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * The sector a sentence without a sector term talks about when it goes on from an earlier one
 * (guideline, annotation convention 12): "The ministry expects the harvest to reach a record.
 * Exports to Japan are set to double." The second sentence carries the sector of the first when
 * it names a country and has a flow or stance word of the trigger file (exports, imports, output,
 * purchases, a decline, a restriction) and the sentence before it, or the one before that, names
 * exactly one sector; else, near the top of the text, the headline's single sector ("FARM EXPORTS
 * SLUMP" over a body that speaks of "exports" only). The sector is placed on that word, so the
 * token rules find its country as for a sector term; where the only country is the flow's partner
 * ("Imports from Brazil rose"), the single country that owns the earlier sentence's relations is
 * the owner. One instance per document, fed sentence by
 * sentence in text order; not thread-safe.
 */
final class CarriedSector {

  /** How many sentences back a sector is carried. */
  static final int SENTENCES_BACK = 2;

  /** A headline's sector is carried into this many sentences after it. */
  static final int HEADLINE_REACH = 4;

  /** What a sentence carries: its single sector, and its single country, if any. */
  private record Carried(Optional<SectorId> sector, Optional<String> country) {}

  /** A carried sector placed on a flow or stance word, with the country of the sentence it came from. */
  record Placed(SectorMention mention, Optional<String> sourceCountry) {}

  private final List<Carried> recent = new ArrayList<>();
  private Carried headline = new Carried(Optional.empty(), Optional.empty());
  private int headlineIndex = -1;

  /**
   * Records what sentence {@code s} named: its sector mentions (none for a sentence without) and the
   * countries of the relations found in it.
   */
  void remember(Sentence s, List<SectorMention> found, Set<String> owners, boolean isHeadline) {
    Carried c = new Carried(single(found),
        owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty());
    recent.add(c);
    if (isHeadline) {
      headline = c;
      headlineIndex = recent.size() - 1;
    }
  }

  /**
   * For a sentence without a sector term, with country references {@code refs} and trigger words
   * {@code words}: the sector it carries over, placed on its first flow or stance word after or
   * near a country, if there is one.
   */
  Optional<Placed> carried(Sentence s, List<CountryRef> refs, List<TriggerMention> words) {
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    Optional<Carried> from = Optional.empty();
    for (int back = 1; back <= SENTENCES_BACK && back <= recent.size() && from.isEmpty(); back++) {
      from = Optional.of(recent.get(recent.size() - back)).filter(c -> c.sector().isPresent());
    }
    if (from.isEmpty() && headlineIndex >= 0 && recent.size() - headlineIndex <= HEADLINE_REACH) {
      from = Optional.of(headline).filter(c -> c.sector().isPresent());
    }
    if (from.isEmpty() || namesOtherGoods(s, words)) {
      return Optional.empty();
    }
    for (TriggerMention w : words) {
      if (carries(w.kind()) && !w.counterpartMarkers().contains(STAY) && !restrictsSomethingElse(s, w, words)
          && !namesItsGoods(s, w, words)) {
        return Optional.of(new Placed(
            new SectorMention(from.get().sector().orElseThrow(), w.start(), w.end(), false),
            from.get().country()));
      }
    }
    return Optional.empty();
  }

  /**
   * The marker of a trigger word too common to carry a sector from another sentence ("needs",
   * "engage"): it types a relation only next to a sector term of its own sentence.
   */
  static final String STAY = "stay";

  /**
   * "restrictions on freedom of expression": a restriction word whose object is a common noun that
   * is no trade word restricts something other than the sector named before ("quotas on imports",
   * "a ban on Japan" go on about it).
   */
  private static boolean restrictsSomethingElse(Sentence s, TriggerMention w, List<TriggerMention> words) {
    if (w.kind() != TriggerKind.RESTRICTION || w.end() >= s.size()
        || !s.token(w.end()).pos().equals("IN")) {
      return false;
    }
    int i = w.end() + 1;
    while (i < s.size() && s.token(i).pos().matches("DT|JJ.*|PRP\\$")) {
      i++;
    }
    int at = i;
    return at < s.size() && s.token(at).pos().matches("NNS?")
        && words.stream().noneMatch(t -> t.start() <= at && at < t.end());
  }

  /**
   * "worries about imported food", "exported goods": a flow word used as a participle before a
   * common noun that is no trade word names its goods there, so it does not go on about the sector
   * named before ("imports rose" does).
   */
  private static boolean namesItsGoods(Sentence s, TriggerMention w, List<TriggerMention> words) {
    if (w.kind() != TriggerKind.ACTIVITY || w.end() - w.start() != 1 || w.end() >= s.size()
        || !s.token(w.start()).pos().matches("VBN|JJ")) {
      return false;
    }
    int at = w.end();
    return s.token(at).pos().matches("NNS?")
        && words.stream().noneMatch(t -> t.start() <= at && at < t.end());
  }

  /**
   * "Cement makers say imports rose": a common noun that is no trade word right before a {@code
   * producer-noun} names the goods the sentence speaks of, which are not the sector named before
   * (the sentence has no sector term, so those goods are none).
   */
  private static boolean namesOtherGoods(Sentence s, List<TriggerMention> words) {
    for (int i = 1; i < s.size(); i++) {
      int at = i - 1;
      if (WordSet.PRODUCER_NOUN.contains(CountryReferenceFinder.lower(s, i))
          && s.token(at).pos().matches("NNS?")
          && words.stream().noneMatch(t -> t.start() <= at && at < t.end())) {
        return true;
      }
    }
    return false;
  }

  /** Flow and stance words that go on about a sector named before. */
  static boolean carries(TriggerKind k) {
    return k == TriggerKind.ACTIVITY || k == TriggerKind.DECLINE || k == TriggerKind.RESTRICTION;
  }

  private static Optional<SectorId> single(List<SectorMention> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SectorId id = found.get(0).sector();
    return found.stream().allMatch(m -> m.sector().equals(id)) ? Optional.of(id) : Optional.empty();
  }
}
