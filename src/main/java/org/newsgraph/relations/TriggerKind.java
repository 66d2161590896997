package org.newsgraph.relations;

import java.util.Optional;
import org.newsgraph.RelationType;

/**
 * What a word of {@code models/relation-triggers.tsv} does for the relation rules: signal one of the
 * relation types, or serve as a function word (negation, a back-reference to a country, a list
 * elaboration).
 */
public enum TriggerKind {
  COOPERATION,
  COMPETITION,
  ADVANTAGE,
  DECLINE,
  RESTRICTION,
  INVESTMENT,
  ACTIVITY,
  /** "not", "never": the clause is negated. */
  NEGATION,
  /** "it", "its", "the country": one country mentioned before. */
  BACKREF,
  /** "they", "their": the country (or countries) mentioned last. */
  BACKREF_GROUP,
  /** "the two countries", "both sides": the two countries mentioned last. */
  BACKREF_PAIR,
  /** "its neighbour": the country most talked about that is not the subject. */
  BACKREF_OTHER,
  /** "including", "such as": what follows names what a broader sector word covers. */
  ELABORATION;

  /** The relation type this kind signals, if it is one. */
  public Optional<RelationType> relationType() {
    return ordinal() <= ACTIVITY.ordinal()
        ? Optional.of(RelationType.valueOf(name()))
        : Optional.empty();
  }
}
