package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.text.Sentence;

/**
 * The fallback when a sentence has no parse: the nearest country before the sector (else after it)
 * owns it, the nearest trigger within a short window gives the type, and a country right after one
 * of the trigger's counterpart prepositions is the counterpart. A negation just before the trigger
 * or the sector gives nothing. Stateless.
 */
final class LinearRules {

  private static final int WINDOW = 8;

  private LinearRules() {}

  static List<Finding> find(
      Sentence s, List<CountryRef> refs, List<TriggerMention> words, SectorMention m) {
    CountryRef owner = null;
    for (CountryRef r : refs) {
      if (r.end() <= m.start()) {
        owner = r;
      } else if (owner == null && r.start() >= m.end()) {
        owner = r;
        break;
      }
    }
    if (owner == null) {
      return List.of();
    }
    TriggerMention trigger = null;
    int best = Integer.MAX_VALUE;
    for (TriggerMention w : words) {
      if (w.kind().relationType().isEmpty()) {
        continue;
      }
      int d = w.end() <= m.start() ? m.start() - w.end() : w.start() - m.end();
      if (d >= 0 && d <= WINDOW && d < best) {
        best = d;
        trigger = w;
      }
    }
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.NEGATION) {
        int target = trigger != null ? trigger.start() : m.start();
        if (w.start() < target && target - w.start() <= 3) {
          return List.of();
        }
      }
    }
    if (trigger == null) {
      return List.of(new Finding(RelationType.ACTIVITY, ImmutableList.of(owner), ImmutableList.of(),
          Optional.empty(), false, "linear-window+default"));
    }
    ImmutableList.Builder<CountryRef> counterparts = ImmutableList.builder();
    for (int i = trigger.end(); i < Math.min(s.size(), trigger.end() + 4); i++) {
      String w = s.token(i).text().toLowerCase(java.util.Locale.ROOT);
      if (trigger.counterpartMarkers().contains(w)) {
        for (CountryRef r : refs) {
          if (r.start() > i && r.start() <= i + 3 && r != owner) {
            counterparts.add(r);
            break;
          }
        }
        break;
      }
    }
    return List.of(new Finding(trigger.kind().relationType().orElseThrow(), ImmutableList.of(owner),
        counterparts.build(), Optional.of(trigger), false, "linear-window+trigger"));
  }
}
