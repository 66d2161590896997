package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.newsgraph.SectorId;

/**
 * A sector term found in a sentence: tokens {@code [start, end)} of the sentence name {@code
 * sector}; {@code industryNoun} is true for words naming the sector's firms or sites ("carmaker",
 * "shipyard") rather than the sector itself.
 */
public record SectorMention(SectorId sector, int start, int end, boolean industryNoun) {

  public SectorMention {
    checkNotNull(sector, "sector");
    checkArgument(start >= 0, "start (%s) must not be negative", start);
    checkArgument(end > start, "end (%s) must be greater than start (%s)", end, start);
  }
}
