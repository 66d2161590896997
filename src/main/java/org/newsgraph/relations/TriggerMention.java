package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * A trigger or function word found in a sentence: tokens {@code [start, end)}, its kind, and the
 * markers (prepositions, or "obj") that introduce its counterpart.
 */
public record TriggerMention(
    TriggerKind kind, int start, int end, ImmutableSet<String> counterpartMarkers) {

  public TriggerMention {
    checkNotNull(kind, "kind");
    checkArgument(start >= 0, "start (%s) must not be negative", start);
    checkArgument(end > start, "end (%s) must be greater than start (%s)", end, start);
    counterpartMarkers = ImmutableSet.copyOf(checkNotNull(counterpartMarkers, "counterpartMarkers"));
  }

  /** Whether token {@code i} of the sentence lies in this mention. */
  public boolean covers(int i) {
    return i >= start && i < end;
  }
}
