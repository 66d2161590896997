package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.Entity;
import org.newsgraph.Mention;

/**
 * The entity layer's output: the entities of a document and an index of all their mentions by
 * offset, which the quote and relation rules use to resolve a speaker or a country. Immutable.
 */
public final class ResolvedEntities {

  private static final ResolvedEntities NONE = new ResolvedEntities(ImmutableList.of());

  private final ImmutableList<Entity> entities;
  /** All mentions of all entities, sorted by start offset. */
  private final ImmutableList<EntityMention> mentions;

  private ResolvedEntities(ImmutableList<Entity> entities) {
    this.entities = entities;
    List<EntityMention> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new EntityMention(e, m));
      }
    }
    all.sort(Comparator.comparingInt((EntityMention em) -> em.mention().start())
        .thenComparingInt(em -> em.mention().end()));
    this.mentions = ImmutableList.copyOf(all);
  }

  public static ResolvedEntities of(List<Entity> entities) {
    checkNotNull(entities, "entities");
    return entities.isEmpty() ? NONE : new ResolvedEntities(ImmutableList.copyOf(entities));
  }

  public static ResolvedEntities none() {
    return NONE;
  }

  public ImmutableList<Entity> entities() {
    return entities;
  }

  /** Every mention, sorted by start offset. */
  public ImmutableList<EntityMention> mentions() {
    return mentions;
  }

  /** The mentions that lie wholly within {@code [start, end)}, in text order. */
  public ImmutableList<EntityMention> mentionsWithin(int start, int end) {
    checkArgument(end >= start, "end (%s) must not be less than start (%s)", end, start);
    ImmutableList.Builder<EntityMention> out = ImmutableList.builder();
    for (int i = firstStartingAtOrAfter(start); i < mentions.size(); i++) {
      EntityMention em = mentions.get(i);
      if (em.mention().start() >= end) {
        break;
      }
      if (em.mention().end() <= end) {
        out.add(em);
      }
    }
    return out.build();
  }

  /** The mention that overlaps {@code [start, end)} the most, if any does. */
  public Optional<EntityMention> mentionOverlapping(int start, int end) {
    EntityMention best = null;
    int bestOverlap = 0;
    // Mentions are short, so one that overlaps starts no earlier than a few hundred chars before.
    for (int i = firstStartingAtOrAfter(Math.max(0, start - 512)); i < mentions.size(); i++) {
      EntityMention em = mentions.get(i);
      if (em.mention().start() >= end) {
        break;
      }
      int overlap = Math.min(end, em.mention().end()) - Math.max(start, em.mention().start());
      if (overlap > bestOverlap) {
        best = em;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entity with this id, if there is one. */
  public Optional<Entity> entity(String id) {
    checkNotNull(id, "id");
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).mention().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
