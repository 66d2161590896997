package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.newsgraph.CharSpan;

/**
 * The words that name a speaker in an attribution, before resolution to an entity: a name
 * ("Peng"), a pronoun ("he") or a description ("an unidentified Korean ministry official"), with
 * the role and organisation the attribution itself gives ("executive chairman", "Guangdong Society
 * of Reform"). A relative pronoun ("Peng, who said ...") is its own mention, with the phrase it
 * stands for as {@code antecedent}: the speaker's entity is the antecedent's, its mention the
 * attribution's own word, as for a personal pronoun.
 */
public record SpeakerPhrase(
    CharSpan mention,
    Form form,
    boolean definite,
    Gender gender,
    Optional<String> role,
    Optional<CharSpan> organization,
    Optional<SpeakerPhrase> antecedent) {

  /** How the speaker is named. */
  public enum Form {
    /** A proper name: "Peng Peng", "NDRC". */
    NAME,
    /** A personal pronoun: "he", "she", "they". */
    PRONOUN,
    /** A common noun phrase: "the economist", "an unidentified Korean ministry official". */
    DESCRIPTION
  }

  public SpeakerPhrase {
    checkNotNull(mention, "mention");
    checkNotNull(form, "form");
    checkNotNull(gender, "gender");
    checkNotNull(role, "role");
    checkNotNull(organization, "organization");
    checkNotNull(antecedent, "antecedent");
  }

  /** A phrase that stands for itself (no antecedent). */
  public SpeakerPhrase(CharSpan mention, Form form, boolean definite, Gender gender,
      Optional<String> role, Optional<CharSpan> organization) {
    this(mention, form, definite, gender, role, organization, Optional.empty());
  }

  /**
   * The relative pronoun {@code word} ("who") standing for this phrase: same form, gender, role
   * and organisation, resolved through this phrase.
   */
  SpeakerPhrase relative(CharSpan word) {
    return new SpeakerPhrase(word, form, definite, gender, role, organization, Optional.of(this));
  }

  /** A copy with this role and organisation where they are present and this one has none. */
  SpeakerPhrase withAppositive(Optional<String> newRole, Optional<CharSpan> newOrg) {
    return new SpeakerPhrase(
        mention,
        form,
        definite,
        gender,
        role.isPresent() ? role : newRole,
        organization.isPresent() ? organization : newOrg,
        antecedent.map(a -> a.withAppositive(newRole, newOrg)));
  }
}
