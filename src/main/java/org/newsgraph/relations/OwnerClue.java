package org.newsgraph.relations;

/**
 * How a relation rule found the country that owns a relation; with the rule and the typing it makes
 * the rule name a relation carries ({@link RuleTrace}).
 */
enum OwnerClue {
  /** A possessive, adjective or compound modifier of the sector's noun phrase ("China's car industry"). */
  MODIFIER("modifier"),
  /** A modifier of the trigger noun, or the country right before a stance word ("US chip sanctions"). */
  TRIGGER_MODIFIER("trigger-modifier"),
  /** "between X and Y": both, each the other's counterpart. */
  BETWEEN("between"),
  /** The subject of the trigger's clause. */
  CLAUSE_SUBJECT("clause-subject"),
  /** The nearest country in the token window (and those coordinated with it). */
  WINDOW("window"),
  /** The country before a stance or purchase trigger whose object names the sector's country. */
  SUBJECT("subject"),
  /** The subject of a copula whose predicate a country possesses ("Peru is Japan's main supplier"). */
  COPULA_SUBJECT("copula-subject"),
  /** A country right before a sector term followed by an industry word. */
  INDUSTRY_MODIFIER("industry-modifier"),
  /** The only country named, after a place preposition, where a facility of the sector is built. */
  HOST("hosted-build"),
  /** A country the sector's clause ties to it, where no other clue placed one (recall first). */
  CLAUSE("clause"),
  /** The country word of a currency's name ("the Japanese yen"). */
  CURRENCY("currency");

  private final String label;

  OwnerClue(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
