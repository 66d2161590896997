package org.newsgraph.relations;

import java.util.List;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.text.Sentence;

/**
 * Types a list that a trigger noun introduces with a colon: "the fields of their cooperation:
 * farming, health, roads and mining" makes every sector of the list a cooperation, not only the
 * one the tree or the token window reaches from the trigger. A finding of the list that no trigger
 * typed takes the type of a stance or cooperation word (not a plain activity word) that stands at
 * most {@link #REACH} tokens before the colon, with no verb between them, when the colon comes
 * before the list and no semicolon or second colon between. A trigger after the list's last member
 * ("areas of cooperation: farming, roads and mining, and plans to raise investment") speaks of what
 * follows, not of the list: the colon's trigger types the list over it. Stateless.
 */
final class ColonLists {

  /** How many tokens may stand between the trigger and its colon ("cooperation on Monday:"). */
  static final int REACH = 3;

  private ColonLists() {}

  /** {@code found} for the list {@code g}, typed by a trigger before a colon. */
  static List<Finding> typed(
      Sentence s, List<TriggerMention> cues, SectorGroups.Group g, List<Finding> found) {
    int end = g.members().get(g.members().size() - 1).end();
    if (found.stream().allMatch(f -> typedWithin(f, end))) {
      return found;
    }
    Optional<TriggerMention> opener = opener(s, cues, g.first());
    if (opener.isEmpty()) {
      return found;
    }
    TriggerMention t = opener.get();
    RelationType type = t.kind().relationType().orElseThrow();
    // the owners coordinated ("Kenya and Peru named ...") are each other's partners, as a trigger makes them
    return found.stream().map(f -> typedWithin(f, end) ? f : new Finding(type, f.owners(),
        f.counterparts(), Optional.of(t), f.mutual() || f.owners().stream().mapToInt(o -> o.codes().size()).sum() > 1,
        new RuleTrace(f.rule().rule(), f.rule().clue(), true, f.rule().partner(), f.rule().mirror())))
        .toList();
  }

  /** Whether a trigger typed {@code f} that does not stand after the list, which ends at {@code end}. */
  private static boolean typedWithin(Finding f, int end) {
    return f.rule().byTrigger() && f.trigger().map(t -> t.start() < end).orElse(true);
  }

  /** The trigger whose colon opens the list that starts at {@code first}, if there is one. */
  private static Optional<TriggerMention> opener(Sentence s, List<TriggerMention> cues, SectorMention first) {
    int colon = -1;
    for (int i = first.start() - 1; i >= 0; i--) {
      String w = s.token(i).text();
      if (w.equals(";")) {
        return Optional.empty();
      }
      if (w.equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon < 1) {
      return Optional.empty();
    }
    for (TriggerMention t : cues) {
      if (t.end() <= colon && colon - t.end() <= REACH && stance(t) && noVerbBetween(s, t.end(), colon)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static boolean stance(TriggerMention t) {
    return t.kind().relationType().filter(r -> r != RelationType.ACTIVITY).isPresent();
  }

  private static boolean noVerbBetween(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.token(i).pos().startsWith("VB") || s.token(i).pos().equals("MD")) {
        return false;
      }
    }
    return true;
  }
}
