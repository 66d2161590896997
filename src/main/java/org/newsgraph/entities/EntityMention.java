package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import org.newsgraph.Entity;
import org.newsgraph.Mention;

/** A mention together with the entity it belongs to: what later stages look up by offset. */
public record EntityMention(Entity entity, Mention mention) {

  public EntityMention {
    checkNotNull(entity, "entity");
    checkNotNull(mention, "mention");
  }
}
