package org.newsgraph.relations;

import java.util.Optional;
import org.newsgraph.RelationType;

/**
 * What a word of {@code models/relation-triggers.tsv} does for the relation rules: signal one of the
 * relation types, or serve as a function word (negation, a back-reference to a country, a list
 * elaboration, a clause-opening conjunction, a word naming a country's industry).
 */
public enum TriggerKind {
  /** A word signalling {@link RelationType#COOPERATION}: "collaboration", "partner". */
  COOPERATION(RelationType.COOPERATION),
  /** A word signalling {@link RelationType#COMPETITION}: "compete", "rival". */
  COMPETITION(RelationType.COMPETITION),
  /** A word signalling {@link RelationType#ADVANTAGE}: "leads", "dominates". */
  ADVANTAGE(RelationType.ADVANTAGE),
  /** A word signalling {@link RelationType#DECLINE}: "lost ground", "slump". */
  DECLINE(RelationType.DECLINE),
  /** A word signalling {@link RelationType#RESTRICTION}: "sanctions", "tariffs". */
  RESTRICTION(RelationType.RESTRICTION),
  /** A word signalling {@link RelationType#INVESTMENT}: "invest", "build plants". */
  INVESTMENT(RelationType.INVESTMENT),
  /** A word signalling {@link RelationType#ACTIVITY}: "exports", "produces". */
  ACTIVITY(RelationType.ACTIVITY),
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
  ELABORATION,
  /**
   * "while", "whereas", "although": a conjunction that opens a clause of its own, so that a country
   * right after it is that clause's subject (not a place, as after "in"), and a trigger in one clause
   * does not type a sector in the other (for sentences left unparsed).
   */
  CLAUSE,
  /**
   * "sector", "industry" right after a sector term: with a country right before the term ("the
   * Egyptian oil sector", "Peru's fishing industry"), the text says the country has the sector
   * (ACTIVITY), whatever else the clause says about it.
   */
  INDUSTRY,
  /**
   * "urge", "call for", "ask": a measure someone only asks for is no restriction (annotation
   * convention 6); a restriction word shortly after it in its clause is not a trigger.
   */
  CALL,
  /**
   * "Ministry", "Board", "Institute": the last word of a national body's name; a name that starts
   * with a country ("the Kenyan Tea Board") is a mention of that country ({@link NationalBodies}).
   */
  BODY,
  /**
   * "according to", "led to", "led by": a fixed phrase that holds a trigger word but signals nothing
   * ("according" is no accord, "led to higher prices" is no lead). Matched longest first, it hides
   * the trigger word inside it.
   */
  IDIOM;

  private final Optional<RelationType> signals;

  TriggerKind(RelationType signals) {
    this.signals = Optional.of(signals);
  }

  TriggerKind() {
    this.signals = Optional.empty();
  }

  /** Whether this kind refers back to a country ("its", "they", "the two countries", "its neighbour"). */
  public boolean backReference() {
    return this == BACKREF || this == BACKREF_GROUP || this == BACKREF_PAIR || this == BACKREF_OTHER;
  }

  /** The relation type this kind signals, if it is one. */
  public Optional<RelationType> relationType() {
    return signals;
  }
}
