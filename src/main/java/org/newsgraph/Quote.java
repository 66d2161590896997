package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One attributed statement: its content (without enclosing quotation marks), how it is reported,
 * the cue ("said", "according to") and what it reports ({@code cueKind}: speech, thought,
 * evidence), the speaker, and the outlet it came via.
 *
 * <p>{@code rule} is the extraction rule or sieve that found the quote and its speaker, for
 * debugging and for users who want to know why; {@link #ruleName()} is its name with the quote's
 * type, as in the JSON ("indirect/subject-cue"). {@code confidence} is a rule-based score in [0,
 * 1] that the quote is an attribution with this content (from the rule, the cue's kind and the
 * speaker's kind; see README), so that a user can trade recall for precision. A quote with no cue
 * (words in quotation marks with no attribution in sight) has cue kind SPEECH. Immutable.
 */
public record Quote(
    String id,
    QuoteType type,
    CharSpan content,
    Optional<CharSpan> cue,
    Optional<Speaker> speaker,
    Optional<Outlet> via,
    AttributionRule rule,
    CueKind cueKind,
    double confidence) {

  public Quote {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(content, "content");
    checkNotNull(cue, "cue");
    checkNotNull(speaker, "speaker");
    checkNotNull(via, "via");
    checkNotNull(rule, "rule");
    checkNotNull(cueKind, "cueKind");
    checkArgument(confidence >= 0 && confidence <= 1,
        "confidence must be in [0, 1], was %s", confidence);
  }

  /** A quote of words said whose confidence is full, for callers that build quotes by hand. */
  public Quote(String id, QuoteType type, CharSpan content, Optional<CharSpan> cue,
      Optional<Speaker> speaker, Optional<Outlet> via, AttributionRule rule) {
    this(id, type, content, cue, speaker, via, rule, CueKind.SPEECH, 1.0);
  }

  /** The rule's name prefixed with the quote's type: "direct/same-paragraph". */
  public String ruleName() {
    return type.name().toLowerCase(java.util.Locale.ROOT) + "/" + rule.id();
  }

  /** The quoted words. */
  public String text() {
    return content.text();
  }
}
