package org.newsgraph.quotes;

import org.newsgraph.lexicon.SpeechCueLexicon;

/**
 * Base of the rules that read one sentence's attributions ({@link CueVerbRule}, {@link
 * AccordingToRule}, {@link NounCueRule}, {@link ColonNameRule}, {@link SplitQuoteRule}, {@link
 * OuterSpeechRule}): it holds what they all read, the cue lexicon, the noun phrase reader and the
 * one {@link SpeakerFinder} that {@link ReportedSpeechFinder} builds for them.
 */
abstract class SentenceRule {

  final SpeechCueLexicon cues;
  final NounPhrases phrases;
  final SpeakerFinder speakers;

  SentenceRule(SpeakerFinder speakers) {
    this.speakers = speakers;
    this.cues = speakers.cues();
    this.phrases = speakers.phrases();
  }
}
