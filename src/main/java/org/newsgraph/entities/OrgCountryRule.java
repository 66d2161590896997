package org.newsgraph.entities;

import java.util.List;
import java.util.Optional;
import org.newsgraph.EntityType;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.EntityStoplist;
import org.newsgraph.text.Sentence;

/**
 * Gives organisations the country their sentence states: "South Korean companies Samsung
 * Electronics and SK Hynix", "South Korean carmaker Hyundai", "China's chipmaker SMIC", "China's
 * Huawei". The nouns between nationality and name ("companies", "carmaker") come from the
 * ORG_NOUN rows of {@code models/entity-stoplist.tsv}. Thread-safe.
 */
final class OrgCountryRule {

  /** How many words may stand between the nationality and the organisation. */
  private static final int MAX_GAP = 3;

  private final EntityStoplist stoplist;

  OrgCountryRule(EntityStoplist stoplist) {
    this.stoplist = stoplist;
  }

  /** Sets country hints on the organisation candidates of one sentence (sorted by position). */
  void apply(Sentence s, List<Candidate> candidates) {
    String chained = null;
    int chainEnd = -1;
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.type() != EntityType.ORGANIZATION) {
        chained = null;
        continue;
      }
      Optional<String> code = countryBefore(s, candidates, k);
      if (code.isEmpty() && chained != null && joinedBy(s, chainEnd, c.from())) {
        code = Optional.of(chained);
      }
      if (code.isPresent()) {
        if (c.country().isEmpty() && c.countryHint().isEmpty()) {
          candidates.set(k, c.withCountryHint(code.get()));
        }
        chained = code.get();
        chainEnd = c.to();
      } else {
        chained = null;
      }
    }
  }

  private Optional<String> countryBefore(Sentence s, List<Candidate> candidates, int k) {
    Candidate org = candidates.get(k);
    if (k == 0) {
      return Optional.empty();
    }
    Candidate prev = candidates.get(k - 1);
    if (prev.type() != EntityType.LOCATION
        || !prev.groupKey().map(g -> g.startsWith("C:")).orElse(false)) {
      return Optional.empty();
    }
    int i = prev.to();
    boolean possessive = false;
    if (i < org.from() && isPossessive(s.token(i).text())) {
      possessive = true;
      i++;
    }
    if (prev.kind() != MentionKind.DEMONYM && !possessive) {
      return Optional.empty();
    }
    int gap = org.from() - i;
    if (gap > MAX_GAP || (gap == 0 && !possessive)) {
      return Optional.empty();
    }
    boolean noun = gap == 0;
    for (int j = i; j < org.from(); j++) {
      String t = s.token(j).text();
      if (stoplist.has(EntityStoplist.Kind.ORG_NOUN, t)) {
        noun = true;
      } else if (!Character.isLowerCase(t.codePointAt(0)) && !t.equals("-")) {
        return Optional.empty();
      }
    }
    return noun ? prev.country() : Optional.empty();
  }

  private static boolean joinedBy(Sentence s, int prevEnd, int from) {
    if (from - prevEnd != 1) {
      return false;
    }
    String t = s.token(prevEnd).text();
    return t.equals("and") || t.equals(",") || t.equals("or");
  }

  private static boolean isPossessive(String t) {
    return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
  }
}
