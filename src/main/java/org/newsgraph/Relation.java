package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What the text says about a country in an economic sector: "South Korea holds the upper hand in
 * chips" is ({@code KR}, {@code semiconductors}, {@link RelationType#ADVANTAGE}).
 *
 * <p>{@code country} and {@code counterpart} are ISO 3166-1 alpha-2 codes (or "EU"); {@code sector}
 * is a sector id of the taxonomy in {@code models/} ({@link SectorId}); {@code evidence} is the sentence; {@code quoteId}
 * names the quote the relation is stated in, so the reader knows whose claim it is. {@code rule}
 * names the rule that found it. Immutable.
 */
public record Relation(
    RelationType type,
    String country,
    Optional<String> countryEntityId,
    SectorId sector,
    Optional<String> counterpart,
    Optional<CharSpan> trigger,
    CharSpan evidence,
    Optional<String> quoteId,
    String rule) {

  public Relation {
    checkNotNull(type, "type");
    checkNotNull(country, "country");
    checkArgument(country.matches("[A-Z]{2}"), "country (%s) must be two capital letters", country);
    checkNotNull(countryEntityId, "countryEntityId");
    checkNotNull(sector, "sector");
    checkNotNull(counterpart, "counterpart");
    counterpart.ifPresent(
        c -> checkArgument(!c.equals(country), "counterpart (%s) must differ from country", c));
    checkNotNull(trigger, "trigger");
    checkNotNull(evidence, "evidence");
    checkNotNull(quoteId, "quoteId");
    checkNotNull(rule, "rule");
  }
}
