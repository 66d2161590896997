package org.newsgraph.quotes;

import org.newsgraph.lexicon.WordSet;

/** The grammatical gender of a speaker as far as the text shows it: for "he" / "she" resolution. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Whether a pronoun of gender {@code pronoun} may refer to a person of this gender. */
  public boolean compatibleWith(Gender pronoun) {
    return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
  }

  /** The gender a pronoun ("he", "her", any case) shows: UNKNOWN for any other word. */
  public static Gender ofPronoun(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return WordSet.MALE_PRONOUN.contains(w) ? MALE
        : WordSet.FEMALE_PRONOUN.contains(w) ? FEMALE
        : UNKNOWN;
  }

  /** Reads "m", "f" or "-" (any case). */
  public static Gender parse(String code) {
    switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "m":
        return MALE;
      case "f":
        return FEMALE;
      case "-":
      case "":
        return UNKNOWN;
      default:
        throw new IllegalArgumentException("gender must be m, f or -, not '" + code + "'");
    }
  }
}
