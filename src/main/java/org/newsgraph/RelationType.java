package org.newsgraph;

/**
 * What a country–sector relation says about the country, as defined by the country–sector
 * guideline.
 */
public enum RelationType {
  /** Works together with another country in the sector. */
  COOPERATION,
  /** Competes in the sector, or acts to gain against a rival. */
  COMPETITION,
  /** Leads, dominates, rises, surpasses, holds the upper hand. */
  ADVANTAGE,
  /** Loses ground, falls behind, shrinks. */
  DECLINE,
  /** Imposes, tightens or eases sanctions, export controls, tariffs, quotas, bans. */
  RESTRICTION,
  /** Invests, builds or expands plants in the sector. */
  INVESTMENT,
  /** Has, produces, exports, imports or needs the sector, with no stance above. */
  ACTIVITY
}
