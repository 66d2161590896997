package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;

/**
 * One attribution found in a sentence before quotes are assembled: the cue, the speaker phrase
 * (absent when the sentence does not name one), the reported content and the rule that matched,
 * plus the outlet that passed the words on, if named.
 */
record Attribution(
    int sentence,
    CharSpan cue,
    Optional<SpeakerPhrase> speaker,
    CharSpan content,
    CueClass cueClass,
    AttributionRule rule,
    Optional<CharSpan> via) {

  Attribution {
    checkNotNull(cue, "cue");
    checkNotNull(speaker, "speaker");
    checkNotNull(content, "content");
    checkNotNull(cueClass, "cueClass");
    checkNotNull(rule, "rule");
    checkNotNull(via, "via");
  }

  Attribution withVia(CharSpan outlet, CharSpan newContent) {
    return new Attribution(sentence, cue, speaker, newContent, cueClass, rule, Optional.of(outlet));
  }

  Attribution withSpeaker(Optional<SpeakerPhrase> newSpeaker, AttributionRule newRule) {
    return new Attribution(sentence, cue, newSpeaker, content, cueClass, newRule, via);
  }
}
