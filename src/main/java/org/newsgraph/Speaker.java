package org.newsgraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who says a quote: the mention in the attribution ("Peng", "he", "an unidentified Korean ministry
 * official"), the entity it resolves to where there is one, and the role and organisation the text
 * gives the speaker ("executive chairman", "Guangdong Society of Reform").
 *
 * <p>{@code name} is the entity's canonical name, or the mention's own text for an unnamed speaker.
 */
public record Speaker(
    CharSpan mention,
    Optional<String> entityId,
    String name,
    Optional<String> role,
    Optional<String> organization) {

  public Speaker {
    checkNotNull(mention, "mention");
    checkNotNull(entityId, "entityId");
    checkNotNull(name, "name");
    checkNotNull(role, "role");
    checkNotNull(organization, "organization");
  }
}
