package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Which rule found a relation and how: the {@link RelationRule}, the {@link OwnerClue} that gave its
 * country, whether a trigger word gave the type (else the default ACTIVITY, or a carried flow word),
 * whether the owner came from an earlier sentence because the sentence's own country is the flow's
 * partner ("Imports from Brazil rose"), and whether the relation mirrors another (the counterpart's
 * side of a mutual or purchase relation). {@link #label} is the {@link org.newsgraph.Relation#rule}
 * text, e.g. {@code "linear-window+trigger"}.
 */
record RuleTrace(RelationRule rule, OwnerClue clue, boolean byTrigger, boolean partner, boolean mirror) {

  RuleTrace {
    checkNotNull(rule, "rule");
    checkNotNull(clue, "clue");
  }

  /** A trace of {@code rule} finding the owner by {@code clue}, typed by a trigger or by default. */
  static RuleTrace of(RelationRule rule, OwnerClue clue, boolean byTrigger) {
    return new RuleTrace(rule, clue, byTrigger, false, false);
  }

  /** This trace as found again by {@code other} (a carried sector running the token rules). */
  RuleTrace via(RelationRule other) {
    return new RuleTrace(other, clue, byTrigger, partner, mirror);
  }

  /** This trace with the owner found again by {@code other}. */
  RuleTrace withClue(OwnerClue other) {
    return new RuleTrace(rule, other, byTrigger, partner, mirror);
  }

  /** This trace with the owner taken from an earlier sentence, the sentence's country its partner. */
  RuleTrace withPartner() {
    return new RuleTrace(rule, clue, byTrigger, true, mirror);
  }

  /** This trace for the mirrored relation of the counterpart. */
  RuleTrace mirrored() {
    return new RuleTrace(rule, clue, byTrigger, partner, true);
  }

  /** The rule name a relation carries, stable across versions: the JSON's {@code rule} field. */
  String label() {
    String prefix = switch (rule) {
      case DEPENDENCY_TREE, COPULA_SUBJECT, HOSTED_BUILD, COUNTRY_INDUSTRY, CLAUSE_PAIR, CURRENCY_NAME -> "";
      case TOKEN_WINDOW -> "linear-";
      case CARRIED_SECTOR -> "carried-sector+linear-";
    };
    return prefix + clue.label() + (byTrigger ? "+trigger" : "+default") + (partner ? "+partner" : "")
        + (mirror ? "+mirror" : "");
  }
}
