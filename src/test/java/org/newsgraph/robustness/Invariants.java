package org.newsgraph.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.Quote;
import org.newsgraph.Relation;

/**
 * The offset guarantee, checked on a whole result: every span (mention, quote, cue, speaker, via,
 * trigger, evidence) lies inside the input and {@code input.substring(start, end)} equals its text;
 * every quote and relation that names an entity or a quote names one of the result.
 */
final class Invariants {

  private Invariants() {}

  /** The broken invariants, empty if none. */
  static List<String> violations(String input, Extraction x) {
    List<String> bad = new ArrayList<>();
    for (Entity e : x.entities()) {
      if (e.mentions().isEmpty()) {
        bad.add("entity " + e.id() + " has no mention");
      }
      for (Mention m : e.mentions()) {
        check(input, "mention of " + e.id(), m.span(), bad);
      }
    }
    for (Quote q : x.quotes()) {
      check(input, "quote " + q.id(), q.content(), bad);
      q.cue().ifPresent(c -> check(input, "cue of " + q.id(), c, bad));
      q.speaker().ifPresent(s -> {
        check(input, "speaker of " + q.id(), s.mention(), bad);
        checkEntity(x, "speaker of " + q.id(), s.entityId(), bad);
      });
      q.via().ifPresent(v -> {
        check(input, "via of " + q.id(), v.mention(), bad);
        checkEntity(x, "via of " + q.id(), v.entityId(), bad);
      });
    }
    for (Relation r : x.relations()) {
      String what = "relation " + r.country() + "/" + r.sector();
      check(input, "evidence of " + what, r.evidence(), bad);
      r.trigger().ifPresent(t -> check(input, "trigger of " + what, t, bad));
      checkEntity(x, what, r.countryEntityId(), bad);
      r.quoteId().ifPresent(id -> {
        if (x.quote(id).isEmpty()) {
          bad.add(what + " names quote " + id + ", which is not in the result");
        }
      });
    }
    return bad;
  }

  private static void check(String input, String what, CharSpan span, List<String> bad) {
    if (span.start() < 0 || span.end() > input.length() || span.start() > span.end()) {
      bad.add(what + " [" + span.start() + ", " + span.end() + ") is outside a text of "
          + input.length());
    } else if (!input.substring(span.start(), span.end()).equals(span.text())) {
      bad.add(what + " [" + span.start() + ", " + span.end() + ") says '" + span.text()
          + "' but the input there is '" + input.substring(span.start(), span.end()) + "'");
    }
  }

  private static void checkEntity(Extraction x, String what, Optional<String> id, List<String> bad) {
    id.ifPresent(i -> {
      if (x.entity(i).isEmpty()) {
        bad.add(what + " names entity " + i + ", which is not in the result");
      }
    });
  }
}
