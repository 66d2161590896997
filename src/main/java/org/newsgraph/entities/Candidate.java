package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.MentionKind;

/**
 * One mention the entity layer found in a sentence, before grouping: where it is (sentence and
 * token range, end exclusive), its type and kind, and what the lexicons say about it.
 *
 * <p>{@code groupKey} is set when a lexicon already knows which thing this is ("C:KR" for South
 * Korea, "O:Yonhap News Agency", "L:Changchun"); mentions with the same key are one entity.
 * {@code canonical} is the name the lexicon gives. {@code countryHint} is a country the sentence
 * ties the mention to ("South Korean carmaker Hyundai", "Guangdong Society of Reform").
 */
record Candidate(
    int sentence,
    int from,
    int to,
    CharSpan span,
    EntityType type,
    Optional<LocationSubtype> subtype,
    MentionKind kind,
    Optional<String> groupKey,
    Optional<String> canonical,
    Optional<String> country,
    Optional<String> countryHint) {

  Candidate {
    checkNotNull(span, "span");
    checkNotNull(type, "type");
    checkNotNull(subtype, "subtype");
    checkNotNull(kind, "kind");
    checkNotNull(groupKey, "groupKey");
    checkNotNull(canonical, "canonical");
    checkNotNull(country, "country");
    checkNotNull(countryHint, "countryHint");
  }

  /** A candidate that only CoreNLP's tag tells about. */
  static Candidate named(int sentence, int from, int to, CharSpan span, EntityType type) {
    Optional<LocationSubtype> sub =
        type == EntityType.LOCATION ? Optional.of(LocationSubtype.OTHER) : Optional.empty();
    return new Candidate(
        sentence, from, to, span, type, sub, MentionKind.NAME, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  String text() {
    return span.text();
  }

  Candidate withCountryHint(String code) {
    return new Candidate(
        sentence, from, to, span, type, subtype, kind, groupKey, canonical, country,
        Optional.of(code));
  }

  Candidate withSubtype(LocationSubtype s) {
    return new Candidate(
        sentence, from, to, span, type, Optional.of(s), kind, groupKey, canonical, country,
        countryHint);
  }

  /** The same mention as another type (an NER mention with no lexicon identity). */
  Candidate withType(EntityType t) {
    Optional<LocationSubtype> sub =
        t == EntityType.LOCATION ? Optional.of(subtype.orElse(LocationSubtype.OTHER)) : Optional.empty();
    return new Candidate(
        sentence, from, to, span, t, sub, kind, groupKey, canonical, country, countryHint);
  }

  Candidate withKind(MentionKind k) {
    return new Candidate(
        sentence, from, to, span, type, subtype, k, groupKey, canonical, country, countryHint);
  }
}
