package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * The pattern "a destination after a move and an amount": a trade flow's word (trigger marked
 * {@code flow}), then a verb of moving ({@link WordSet#FLOW_MOVE}, by lemma:
 * "rose", "grew", "fell"), then at most a few words of an amount ("12 percent", "by a fifth",
 * "sharply"), then, for a sale, "to" and a country: "shipments rose 12 percent to Chile" states the flow's
 * destination, which an activity of one owner without counterpart takes as its counterpart, with
 * the countries listed with it ("to Chile and Peru"; guideline: the exporter gets ACTIVITY towards
 * the destination, several partners give one relation each). After "to" an amount ("rose 12
 * percent to 4.5 billion dollars") names no country, so nothing changes. A purchase ("imports rose
 * 12 percent from Chile") has its origin after "from": the buyer's activity is towards it and the
 * seller's towards the buyer (convention 3). Stateless.
 */
final class MovedFlowDestinations {

  /** The most words between the flow word and its verb ("exports of tea rose"). */
  private static final int VERB_REACH = 3;
  /** The most words of an amount between the verb and "to". */
  private static final int AMOUNT_REACH = 6;

  private MovedFlowDestinations() {}

  /** A moved flow's partner after "to" (a sale) or "from" (a purchase: the partner sells). */
  private record Partner(CountryRef ref, boolean sells) {}

  /**
   * {@code findings}, each activity of one owner before a moved flow given its partner and the
   * partners listed with it; for a purchase, the seller's own activity without counterpart is
   * towards the buyer (convention 3's mirrored relation).
   */
  static List<Finding> withDestinations(Sentence s, List<CountryRef> refs,
      List<TriggerMention> words, List<Finding> findings) {
    Optional<Partner> partner = partner(s, refs, words);
    if (partner.isEmpty()) {
      return findings;
    }
    CountryRef first = partner.get().ref();
    // "rose 12 percent to Chile and Peru": each partner of the list (convention 2)
    ImmutableList<CountryRef> all = ImmutableList.copyOf(LinearRules.coordinatedAfter(s, refs, refs.indexOf(first)));
    Optional<CountryRef> buyer = Optional.empty();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean takes = plain(f) && f.owners().get(0).end() <= first.start()
          && all.stream().noneMatch(r -> r.codes().equals(f.owners().get(0).codes()));
      if (takes && buyer.isEmpty()) {
        buyer = Optional.of(f.owners().get(0));
      }
      out.add(takes ? f.withCounterparts(all) : f);
    }
    if (!partner.get().sells() || buyer.isEmpty()) {
      return out;
    }
    for (int k = 0; k < out.size(); k++) {
      Finding f = out.get(k);
      if (plain(f) && all.contains(f.owners().get(0))) {
        out.set(k, f.withCounterparts(ImmutableList.of(buyer.get())));
      }
    }
    return out;
  }

  /** An activity of one owner without counterpart. */
  private static boolean plain(Finding f) {
    return f.type() == RelationType.ACTIVITY && f.owners().size() == 1 && f.counterparts().isEmpty();
  }

  /** The country after "to" (a sale) or "from" (a purchase) that ends a moved flow of {@code s}. */
  private static Optional<Partner> partner(Sentence s, List<CountryRef> refs,
      List<TriggerMention> words) {
    for (TriggerMention w : words) {
      if (w.kind() != TriggerKind.ACTIVITY || !w.counterpartMarkers().contains(RelationExtractor.FLOW)) {
        continue;
      }
      boolean bought = w.counterpartMarkers().contains(RelationTriggerLexicon.SELLER);
      int verb = -1;
      for (int i = w.end(); i < s.size() && i - w.end() <= VERB_REACH; i++) {
        if (WordSet.FLOW_MOVE.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
            && s.token(i).posStartsWith("VB")) {
          verb = i;
          break;
        }
        if (s.token(i).posStartsWith("VB") || s.token(i).text().equals(",")) {
          break;
        }
      }
      if (verb < 0) {
        continue;
      }
      int at = verb + 1;
      while (at < s.size() && at - verb <= AMOUNT_REACH && amountWord(s, at)) {
        at++;
      }
      if (at + 1 >= s.size() || !s.token(at).text().equalsIgnoreCase(bought ? "from" : "to")) {
        continue;
      }
      int start = s.token(at + 1).text().equalsIgnoreCase("the") ? at + 2 : at + 1;
      Optional<CountryRef> found = refs.stream()
          .filter(r -> r.start() == start && !r.backReference()).findFirst();
      if (found.isPresent()) {
        return Optional.of(new Partner(found.get(), bought));
      }
    }
    return Optional.empty();
  }

  /** A word of an amount or its manner: a number, adverb, determiner, adjective, "by", "percent". */
  private static boolean amountWord(Sentence s, int i) {
    String p = s.token(i).pos();
    return p.equals("CD") || p.startsWith("RB") || p.equals("DT") || p.startsWith("JJ")
        || WordSet.AMOUNT_WORD.contains(CountryReferenceFinder.lower(s, i));
  }
}
