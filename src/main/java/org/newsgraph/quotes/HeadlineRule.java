package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.lastContentToken;

import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** The "Name: words said" headline rule ({@code name-colon}): "Graham: Trump's rhetoric is ...". */
final class HeadlineRule {

  /** Longest name before a headline's colon, in tokens. */
  private static final int MAX_HEADLINE_NAME = 4;

  private final NounPhrases phrases;

  HeadlineRule(NounPhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * A headline of the form "Graham: Trump's rhetoric is destroying the GOP": a name of at most
   * {@link #MAX_HEADLINE_NAME} words, a colon, and at least three words said.
   */
  Optional<Attribution> find(AnalyzedText text, Sentence s) {
    for (int k = 1; k <= Math.min(MAX_HEADLINE_NAME, s.size() - 4); k++) {
      Token t = s.token(k);
      if (t.text().equals(":")) {
        for (int m = 0; m < k; m++) {
          if (!NounPhrases.isProper(s.token(m))) {
            return Optional.empty();
          }
        }
        int ce = lastContentToken(s);
        if (ce - k < 3) {
          return Optional.empty();
        }
        final int colon = k;
        return phrases.speaker(text, s, 0, k - 1).map(sp -> new Attribution(s.index(),
            text.span(s, colon, colon), Optional.of(sp), text.span(s, colon + 1, ce), CueClass.SPEECH,
            AttributionRule.NAME_COLON, Optional.empty()));
      }
      if (!NounPhrases.isProper(t)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
