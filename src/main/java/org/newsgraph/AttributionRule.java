package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The rule that found a quote and its speaker: either an attribution pattern of the quote's own
 * sentence ({@link Stage#SENTENCE}: "X said that ...", "“...,” X said", "according to X") or a
 * sieve that gives an unattributed quoted stretch the speaker of a nearby attribution ({@link
 * Stage#SIEVE}: same paragraph, next sentence, ...). Typed so that rules that refine each other
 * compare identities, not strings; {@link #id()} is the stable name in the JSON ,
 * which {@link Quote#ruleName()} prefixes with the quote's type ("indirect/subject-cue").
 */
public enum AttributionRule {
  /** "X said (that) ...": the subject before a cue verb. */
  SUBJECT_CUE,
  /** "“...,” X said": the quote first, then the speaker and the cue. */
  CONTENT_NAME_CUE,
  /** "“...,” said X": the quote first, then the inverted cue and the speaker. */
  CONTENT_CUE_NAME,
  /** "“...” X said of Y.": a quote that ends the sentence before, then its speaker and cue. */
  CONTENT_SPLIT_CUE,
  /** "“...” ― X": a quote signed with a dash and the speaker's name. */
  CONTENT_DASH_NAME,
  /** "Stated X: “...”": a cue that opens the sentence, its speaker, a colon, the content. */
  CUE_NAME_COLON,
  /** "The plan, X said, will ...": a cue between commas inside the content. */
  PARENTHETICAL_CUE,
  /** "It was announced by X that ...": a passive cue with its agent. */
  PASSIVE_BY,
  /**
   * "The mayor is expected to resign": an agentless passive of a verb of expecting before an
   * infinitive; the source is unnamed, the content is the infinitive.
   */
  PASSIVE_TO,
  /**
   * "Asked whether she would run, Ortiz said ...", "She was asked about the plan": a question put
   * to someone; the content is the question, the asker speaks only where "by X" names one.
   */
  QUESTION,
  /** "..., saying ...": a participle cue whose speaker is its main clause's subject. */
  PARTICIPLE,
  /** "according to X, ...": a source phrase naming a person or a body. */
  ACCORDING_TO,
  /** "according to the report, ...": a source phrase naming a document. */
  ACCORDING_TO_DOCUMENT,
  /** "his claim that ...": a claim noun with its owner. */
  NOUN_CUE,
  /** "... analyst X: “...”": a name and a colon before the quote. */
  NAME_COLON_QUOTE,
  /** "X: words" as a headline line. */
  NAME_COLON,
  /** "ORTIZ: words": a turn of an interview transcript, labelled with its speaker. */
  SPEAKER_LABEL,
  /** "X delivered a curt reply: “...”": the subject of the sentence the quote stands in. */
  SENTENCE_SUBJECT,
  /**
   * "He added:" ending the sentence before a quote; as an attribution it reports nothing itself,
   * as a sieve it gives the quote after it its speaker.
   */
  COLON_CUE,
  /** "Peng said in an interview.": a speaker and cue that report nothing themselves. */
  BARE_CUE,
  // the sieves, from here to the end (see stage())
  /** An earlier quote, reported clause or bare cue of the same paragraph has the speaker. */
  SAME_PARAGRAPH,
  /** The next sentence opens with the speaker of a reported clause. */
  NEXT_SENTENCE,
  /** A paragraph that opens with a quote continues the paragraph before's speaker. */
  PREVIOUS_PARAGRAPH,
  /** A paragraph that is only a quote takes the next paragraph's named speaker. */
  NEXT_PARAGRAPH,
  /** A sentence-like quote with no speaker in sight. */
  UNATTRIBUTED;

  /** Where a rule looks for the speaker. */
  public enum Stage {
    /** In the quote's own sentence. */
    SENTENCE,
    /** In a nearby attribution (a sieve for quoted stretches no sentence rule covers). */
    SIEVE
  }

  /**
   * The stable name used in the JSON and in {@code models/quote-confidence.tsv}: the constant's
   * name in lower case with hyphens ("subject-cue").
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Where the rule looks for the speaker. */
  public Stage stage() {
    return compareTo(SAME_PARAGRAPH) >= 0 ? Stage.SIEVE : Stage.SENTENCE;
  }

  /** Whether the rule names the speaker after the quoted content, in the quote's sentence. */
  public boolean contentFirst() {
    return this == CONTENT_NAME_CUE || this == CONTENT_CUE_NAME || this == CONTENT_SPLIT_CUE
        || this == CONTENT_DASH_NAME;
  }

  /** Whether the rule's attribution is an "according to" source phrase. */
  public boolean accordingTo() {
    return this == ACCORDING_TO || this == ACCORDING_TO_DOCUMENT;
  }

  /** Whether the rule's attribution names a speaker and cue but reports nothing itself. */
  public boolean bare() {
    return this == BARE_CUE || this == COLON_CUE;
  }

  /** The rule whose {@link #id()} is {@code id}. */
  public static AttributionRule of(String id) {
    checkNotNull(id, "id");
    for (AttributionRule r : values()) {
      if (r.id().equals(id.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    checkArgument(false, "no attribution rule is named '%s'", id);
    throw new AssertionError();
  }
}
