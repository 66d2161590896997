package org.newsgraph.relations;

/**
 * The relation rules, in the order the extractor runs them ({@link RelationRules} wires each to its
 * code): the one list a new relation rule joins. Each rule has a {@link Scope}: rules for a list of
 * sector terms run first, in order, each seeing what the earlier ones found; then the rules for
 * each member of the list; a sentence without a sector term goes to the sentence rules only; the
 * rules that find their own term run on every sentence.
 */
enum RelationRule {
  /** On a parsed sentence: the walk up the dependency tree from the sector's head ({@link DependencyRules}). */
  DEPENDENCY_TREE(Scope.SECTOR_LIST),
  /**
   * On an unparsed sentence, or where the tree tied no country to the term and nothing is negated
   * (recall first): the nearest country and trigger in the token window ({@link LinearRules}).
   */
  TOKEN_WINDOW(Scope.SECTOR_LIST),
  /**
   * "Peru is Japan's main copper supplier": where the owner found is the possessor of a copula's
   * predicate, the copula's subject owns the relation and the possessor is its counterpart
   * ({@link CopulaSubject}).
   */
  COPULA_SUBJECT(Scope.SECTOR_LIST),
  /**
   * "solar plants will be built in Chile": where the list rules found nothing, a facility of the
   * sector built in the only country named is that country's INVESTMENT at home ({@link HostedBuilds}).
   */
  HOSTED_BUILD(Scope.SECTOR_LIST),
  /**
   * "the Egyptian oil sector", "Peru's fishing industry": a country right before the sector term
   * and an industry word after it give that country ACTIVITY, unless a finding of the list rules
   * restricts that country's sector (annotation convention 4).
   */
  COUNTRY_INDUSTRY(Scope.SECTOR_MEMBER),
  /** Recall first: a country the sector's clause ties to it that no rule placed ({@link ClausePairs}). */
  CLAUSE_PAIR(Scope.SECTOR_MEMBER),
  /**
   * A sentence without a sector term that goes on about the sector of the one before it, or of the
   * headline ({@link CarriedSector}): the token rules on the carried sector, placed on the flow word.
   */
  CARRIED_SECTOR(Scope.NO_SECTOR_TERM),
  /**
   * "the Swiss franc firmed": a currency named by its country is that country's finance ACTIVITY,
   * unless the name only says which money an amount is in ({@link CurrencyNames}).
   */
  CURRENCY_NAME(Scope.EVERY_SENTENCE);

  /** What a rule runs on. */
  enum Scope {
    /** A coordinated list of sector terms, analysed once through its first member. */
    SECTOR_LIST,
    /** Each sector term of a list, after the list rules. */
    SECTOR_MEMBER,
    /** A sentence that names no sector. */
    NO_SECTOR_TERM,
    /** Every sentence, with or without a sector term: the rule finds its own term. */
    EVERY_SENTENCE
  }

  private final Scope scope;

  RelationRule(Scope scope) {
    this.scope = scope;
  }

  Scope scope() {
    return scope;
  }
}
