package org.newsgraph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Everything newsgraph found in one document: entities, quotes and country–sector relations.
 * Immutable and safe to share between threads. Lists are in text order and never null; a feature
 * that was switched off gives an empty list.
 */
public record Extraction(
    ImmutableList<Entity> entities, ImmutableList<Quote> quotes, ImmutableList<Relation> relations) {

  private static final Extraction EMPTY =
      new Extraction(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  public Extraction {
    entities = ImmutableList.copyOf(checkNotNull(entities, "entities"));
    quotes = ImmutableList.copyOf(checkNotNull(quotes, "quotes"));
    relations = ImmutableList.copyOf(checkNotNull(relations, "relations"));
  }

  /** Builds an extraction from any lists (copied). */
  public static Extraction of(List<Entity> entities, List<Quote> quotes, List<Relation> relations) {
    return new Extraction(
        ImmutableList.copyOf(entities), ImmutableList.copyOf(quotes), ImmutableList.copyOf(relations));
  }

  /** The result for a text with nothing in it. */
  public static Extraction empty() {
    return EMPTY;
  }

  /** The entity with this id, if there is one. */
  public Optional<Entity> entity(String id) {
    checkNotNull(id, "id");
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The quote with this id, if there is one. */
  public Optional<Quote> quote(String id) {
    checkNotNull(id, "id");
    return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
  }
}
