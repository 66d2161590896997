package org.newsgraph.entities;

import java.util.Optional;
import org.newsgraph.LocationSubtype;

/**
 * A phrase of a sentence that a lexicon knows: tokens {@code [from, to)}, which lexicon and entry
 * it comes from, the entry's canonical name, country and (for places) subtype. {@code name} tells
 * whether the phrase is the entry's canonical name rather than an alias.
 */
record LexiconHit(
    int from,
    int to,
    Source source,
    String canonical,
    Optional<String> country,
    Optional<LocationSubtype> subtype,
    boolean name) {

  /** Where a hit comes from. */
  enum Source {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    BODY,
    ORGANIZATION,
    /** An organisations.tsv entry of kind PLATFORM: an organisation even as one word alone. */
    PLATFORM,
    PLACE
  }

  int length() {
    return to - from;
  }
}
