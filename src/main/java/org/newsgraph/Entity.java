package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One person, organisation or place of a document, with every mention of it.
 *
 * <p>{@code subtype} is present for locations only. {@code country} is an ISO 3166-1 alpha-2 code
 * ("KR", "CN"; "EU" for the European Union) where the text or a lexicon states it. Mentions are in
 * text order and never empty. Immutable.
 */
public record Entity(
    String id,
    EntityType type,
    Optional<LocationSubtype> subtype,
    String name,
    Optional<String> country,
    ImmutableList<Mention> mentions) {

  public Entity {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(subtype, "subtype");
    checkNotNull(name, "name");
    checkNotNull(country, "country");
    checkArgument(
        subtype.isEmpty() || type == EntityType.LOCATION,
        "subtype (%s) is only for locations, not %s",
        subtype.orElse(null),
        type);
    country.ifPresent(
        c -> checkArgument(c.matches("[A-Z]{2}"), "country (%s) must be two capital letters", c));
    mentions = ImmutableList.copyOf(mentions);
    checkArgument(!mentions.isEmpty(), "entity %s (%s) has no mention", id, name);
  }

  /** Builds an entity from any list of mentions (copied). */
  public static Entity of(
      String id,
      EntityType type,
      Optional<LocationSubtype> subtype,
      String name,
      Optional<String> country,
      List<Mention> mentions) {
    return new Entity(id, type, subtype, name, country, ImmutableList.copyOf(mentions));
  }
}
