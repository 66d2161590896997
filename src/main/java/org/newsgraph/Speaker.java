package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who says a quote: the mention in the attribution ("Peng", "he", "an unidentified Korean ministry
 * official"), the entity it resolves to where there is one, and the role and organisation the text
 * gives the speaker ("executive chairman", "Guangdong Society of Reform").
 *
 * <p>{@code name} is the entity's canonical name, or the mention's own text for an unnamed speaker.
 * {@code kind} says what sort of source speaks (a person, a group, an organisation, a document);
 * {@code confidence} is a rule-based score in [0, 1] for the link from the mention to {@code
 * entityId} and {@code name} (how the resolution rule that made it did on news text; see README),
 * not a probability estimated per case.
 */
public record Speaker(
    CharSpan mention,
    Optional<String> entityId,
    String name,
    Optional<String> role,
    Optional<String> organization,
    SpeakerKind kind,
    double confidence) {

  public Speaker {
    checkNotNull(mention, "mention");
    checkNotNull(entityId, "entityId");
    checkNotNull(name, "name");
    checkNotNull(role, "role");
    checkNotNull(organization, "organization");
    checkNotNull(kind, "kind");
    checkArgument(confidence >= 0 && confidence <= 1,
        "confidence must be in [0, 1], was %s", confidence);
  }

  /** A speaker of unknown kind whose link is certain, for callers that build speakers by hand. */
  public Speaker(CharSpan mention, Optional<String> entityId, String name, Optional<String> role,
      Optional<String> organization) {
    this(mention, entityId, name, role, organization, SpeakerKind.UNKNOWN, 1.0);
  }

  /** A copy with another kind and confidence. */
  public Speaker withKind(SpeakerKind newKind, double newConfidence) {
    return new Speaker(mention, entityId, name, role, organization, newKind, newConfidence);
  }
}
