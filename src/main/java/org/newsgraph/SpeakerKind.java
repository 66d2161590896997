package org.newsgraph;

/**
 * What kind of source a quote's speaker is, so that users can keep, say, only what people said.
 * Decided by rules from the speaker's words, its entity's type and the role, group, organisation
 * and document nouns of {@code models/roles.tsv} and {@code models/speech-cues.tsv}.
 */
public enum SpeakerKind {
  /** One person: a name ("Peng Peng"), "he"/"she"/"I", or a role description ("the mayor"). */
  PERSON,
  /** Several people: "officials", "critics", "they" for people, "most of them", "we". */
  GROUP,
  /** An organisation or a national body: "the ministry", "NDRC", "South Korea", "it". */
  ORGANIZATION,
  /** A document that states something: "the report", "a statement", "the study", "the filing". */
  DOCUMENT,
  /** A source the rules could not place (an unknown name, a "who" with no clear antecedent). */
  UNKNOWN
}
