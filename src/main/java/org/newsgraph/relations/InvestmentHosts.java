package org.newsgraph.relations;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;

/**
 * The host of an investment named in a sentence shortly before: "Firms from Norway eye Peru for new
 * investments. The Norwegian investors want to invest in fisheries and mining." An INVESTMENT
 * relation without counterpart whose sentence names no country but its owner takes as counterpart
 * the one other country of the nearest of the {@value #LOOK_BACK} sentences before it that names
 * the owner, exactly one other country and an investment word (annotation convention 2: the host
 * country when abroad). Not thread-safe: one instance per text, fed sentence by sentence.
 */
final class InvestmentHosts {

  /** How many sentences back the host may be named. */
  static final int LOOK_BACK = 2;

  /** The rule suffix of a relation whose counterpart an earlier sentence gave. */
  static final String SUFFIX = "+host";

  /** What a sentence names: its countries, and whether it holds an investment word. */
  private record Named(Set<String> codes, boolean investment) {}

  private final Map<Integer, Named> bySentence = new HashMap<>();
  private final Map<Integer, Integer> sentenceAt = new HashMap<>();

  /** Remembers sentence {@code index} (its evidence starting at {@code start}), its references and words. */
  void remember(int index, int start, List<CountryRef> refs, List<TriggerMention> words) {
    Set<String> codes = new java.util.HashSet<>();
    refs.forEach(r -> codes.addAll(r.codes()));
    bySentence.put(index, new Named(ImmutableSet.copyOf(codes),
        words.stream().anyMatch(w -> w.kind() == TriggerKind.INVESTMENT)));
    sentenceAt.put(start, index);
  }

  /** {@code all} with each investment that has no counterpart given its host from shortly before, where named. */
  List<Relation> rewrite(List<Relation> all) {
    List<Relation> out = new ArrayList<>(all.size());
    for (Relation r : all) {
      out.add(host(r).map(h -> new Relation(r.type(), r.country(), r.countryEntityId(), r.sector(), Optional.of(h),
          r.trigger(), r.evidence(), r.quoteId(), r.rule() + SUFFIX)).orElse(r));
    }
    return out;
  }

  private Optional<String> host(Relation r) {
    Integer at = sentenceAt.get(r.evidence().start());
    if (r.type() != RelationType.INVESTMENT || r.counterpart().isPresent() || at == null
        || !bySentence.get(at).codes().equals(Set.of(r.country()))) {
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
