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

  /** Longest place or audience after the name ("to Planned Parenthood", "at the convention"). */
  private static final int MAX_HEADLINE_AUDIENCE = 4;

  /**
   * A headline of the form "Graham: Trump's rhetoric is destroying the GOP": a name of at most
   * {@link #MAX_HEADLINE_NAME} words (capitalised title words before it allowed: "Former Gov.
   * Reyes"), optionally a preposition and the audience or place it spoke to or at ("Reyes to
   * Dockworkers:", "Reyes at Harbour Forum:"), a colon, and at least three words said.
   */
  Optional<Attribution> find(AnalyzedText text, Sentence s) {
    int first = 0;
    while (first < s.size() - 1 && s.token(first).pos().startsWith("JJ")
        && Character.isUpperCase(s.token(first).text().charAt(0))) {
      first++; // "Former", "Ex-"
    }
    int end = first;
    while (end < s.size() && end - first < MAX_HEADLINE_NAME
        && NounPhrases.isProper(s.token(end))) {
      end++;
    }
    if (end == first || end >= s.size()) {
      return Optional.empty();
    }
    int colon = end;
    if (!s.token(colon).text().equals(":") && s.token(colon).pos().equals("IN")
        || s.token(colon).pos().equals("TO")) {
      colon++;
      while (colon < s.size() && colon - end <= MAX_HEADLINE_AUDIENCE
          && (NounPhrases.isProper(s.token(colon)) || s.token(colon).pos().equals("DT"))) {
        colon++;
      }
      if (colon == end + 1) {
        return Optional.empty();
      }
    }
    if (colon >= s.size() || !s.token(colon).text().equals(":")) {
      return Optional.empty();
    }
    int ce = lastContentToken(s);
    if (ce - colon < 3) {
      return Optional.empty();
    }
    final int c = colon;
    return phrases.speaker(text, s, first, end - 1).map(sp -> new Attribution(s.index(),
        text.span(s, c, c), Optional.of(sp), text.span(s, c + 1, ce), CueClass.SPEECH,
        AttributionRule.NAME_COLON, Optional.empty()));
  }
}
