package org.newsgraph.relations;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.text.Sentence;

/**
 * The host of an investment named in its own sentence or shortly before (annotation convention 2:
 * the host country when abroad). An INVESTMENT relation without counterpart whose sentence names one
 * other country, after "in" and after the investment word ("A French group will invest 300 million
 * euros in a new terminal in Ivory Coast"), takes that country. One whose sentence names no country
 * but its owner takes the one other country of the nearest of the {@value #LOOK_BACK} sentences
 * before it that names the owner, exactly one other country and an investment word: "Firms from
 * Norway eye Peru for new investments. The Norwegian investors want to invest in fisheries and
 * mining." Not thread-safe: one instance per text, fed sentence by sentence.
 */
final class InvestmentHosts {

  /** How many sentences back the host may be named. */
  static final int LOOK_BACK = 2;

  /** The rule suffix of a relation whose counterpart this class gave. */
  static final String SUFFIX = "+host";

  /**
   * What a sentence names: its countries, whether it holds an investment word, and the countries
   * named after "in" (a determiner between allowed) somewhere after an investment word.
   */
  private record Named(Set<String> codes, boolean investment, Set<String> placedAfterInvestment) {}

  private final Map<Integer, Named> bySentence = new HashMap<>();
  private final Map<Integer, Integer> sentenceAt = new HashMap<>();

  /** Remembers sentence {@code s} (its evidence starting at {@code start}), its references and words. */
  void remember(Sentence s, int start, List<CountryRef> refs, List<TriggerMention> words) {
    Set<String> codes = new HashSet<>();
    Set<String> placed = new HashSet<>();
    int firstInvestment = words.stream().filter(w -> w.kind() == TriggerKind.INVESTMENT)
        .mapToInt(TriggerMention::end).min().orElse(Integer.MAX_VALUE);
    for (CountryRef r : refs) {
      codes.addAll(r.codes());
      int in = r.start() - 1;
      if (in > 0 && s.token(in).pos().equals("DT")) {
        in--;
      }
      if (!r.backReference() && in >= firstInvestment && s.token(in).text().equalsIgnoreCase("in")) {
        placed.addAll(r.codes());
      }
    }
    bySentence.put(s.index(), new Named(ImmutableSet.copyOf(codes), firstInvestment < Integer.MAX_VALUE,
        ImmutableSet.copyOf(placed)));
    sentenceAt.put(start, s.index());
  }

  /**
   * {@code all} with each investment that has no counterpart given its host from its own sentence or
   * shortly before, where named; not twice where the sentence's rules already gave that host.
   */
  List<Relation> rewrite(List<Relation> all) {
    Set<String> stated = new HashSet<>();
    all.forEach(r -> stated.add(key(r, r.counterpart())));
    List<Relation> out = new ArrayList<>(all.size());
    for (Relation r : all) {
      Optional<String> h = host(r);
      if (h.isEmpty()) {
        out.add(r);
      } else if (stated.add(key(r, h))) { // not where the sentence's rules already gave that host
        out.add(new Relation(r.type(), r.country(), r.countryEntityId(), r.sector(), h,
            r.trigger(), r.evidence(), r.quoteId(), r.rule() + SUFFIX));
      }
    }
    return out;
  }

  private static String key(Relation r, Optional<String> counterpart) {
    return r.type() + "|" + r.country() + "|" + r.sector().id() + "|" + counterpart.orElse("-") + "|"
        + r.evidence().start();
  }

  private Optional<String> host(Relation r) {
    Integer at = sentenceAt.get(r.evidence().start());
    if (r.type() != RelationType.INVESTMENT || r.counterpart().isPresent() || at == null) {
      return Optional.empty();
    }
    Named own = bySentence.get(at);
    if (own.codes().size() == 2 && own.codes().contains(r.country())) {
      return own.codes().stream().filter(c -> !c.equals(r.country()) && own.placedAfterInvestment().contains(c))
          .findFirst(); // "will invest 300 million euros in a new terminal in Ivory Coast"
    }
    if (!own.codes().equals(Set.of(r.country()))) {
      return Optional.empty();
    }
    for (int i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
      Named n = bySentence.get(i);
      if (n != null && n.investment() && n.codes().size() == 2 && n.codes().contains(r.country())) {
        return n.codes().stream().filter(c -> !c.equals(r.country())).findFirst();
      }
    }
    return Optional.empty();
  }
}
