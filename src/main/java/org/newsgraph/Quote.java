package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One attributed statement: its content (without enclosing quotation marks), how it is reported,
 * the cue ("said", "according to"), the speaker, and the outlet it came via.
 *
 * <p>{@code rule} names the extraction rule or sieve that found the quote and its speaker, for
 * debugging and for users who want to know why. Immutable.
 */
public record Quote(
    String id,
    QuoteType type,
    CharSpan content,
    Optional<CharSpan> cue,
    Optional<Speaker> speaker,
    Optional<Outlet> via,
    String rule) {

  public Quote {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(content, "content");
    checkNotNull(cue, "cue");
    checkNotNull(speaker, "speaker");
    checkNotNull(via, "via");
    checkNotNull(rule, "rule");
    checkArgument(!rule.isEmpty(), "rule must not be empty");
  }

  /** The quoted words. */
  public String text() {
    return content.text();
  }
}
