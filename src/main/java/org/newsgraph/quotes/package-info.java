/**
 * Quote extraction and speaker attribution: direct, indirect and mixed quotes, resolved to entities by an
 * ordered list of small sieves, each naming itself in the result ({@link org.newsgraph.AttributionRule}).
 *
 * <p>Where a new rule goes, one place per kind:
 *
 * <ul>
 *   <li>a new attribution form of a sentence (a cue and where its speaker and content stand):
 *       the rule class that {@link org.newsgraph.quotes.ReportedSpeechFinder} calls for that kind
 *       of cue token (cue verb: {@code CueVerbRule}; "according to": {@code AccordingToRule};
 *       claim noun: {@code NounCueRule}; colon: {@code ColonNameRule}; quote then cue: {@code
 *       SplitQuoteRule}), naming itself with a new {@link org.newsgraph.AttributionRule};
 *   <li>a new way a cue's subject stands left of it: {@code SubjectPattern} (ordered enum);
 *   <li>a new place a participle's speaker stands: {@code ParticipleSpeakers}' list of sources;
 *   <li>a new way to attribute a quoted stretch from a neighbouring attribution: {@code
 *       QuoteAssembler}'s list of sieves;
 *   <li>resolving a speaker phrase to an entity: {@code SpeakerResolver}.
 * </ul>
 */
package org.newsgraph.quotes;
