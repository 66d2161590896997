package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.lastContentToken;

import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A name, a colon and a quote inside a sentence ({@code name-colon-quote}): "... doesn't surprise
 * local pollster Ines Varga: “Usually, first-time candidates ...”" or "- Peter J.
 * Hale: “After many years ...”". The colon is the cue and the name before it the speaker; the
 * name must be a person's or an organisation's (tagged so by the name finder), or a document
 * ("More from the report: “...”"), which keeps "Here is the list: “...”" out.
 */
final class ColonNameRule extends SentenceRule {

  ColonNameRule(SpeakerFinder speakers) {
    super(speakers);
  }

  private static boolean isPersonOrOrg(Token t) {
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }

  /** The attribution of colon token {@code i} of {@code s}, if a name precedes it and a quote follows. */
  Optional<Attribution> find(AnalyzedText text, Sentence s, int i) {
    if (i < 1 || i + 2 >= s.size() || !s.token(i).text().equals(":")
        || !NounPhrases.isQuoteMark(s.token(i + 1))) {
      return Optional.empty();
    }
    Token name = s.token(i - 1);
    int start = NounPhrases.startLeft(s, i - 1);
    if (NounPhrases.isNoun(name) && cues.is(Mark.DOCUMENT_NOUN, name.lemma())
        && !NounPhrases.isProper(name)) {
      // "More from the study: “Many regional clinics ...”"; but in "The union issued a statement:
      // “...”" the document is the object of its issuer's verb: the verb's subject speaks
      int v = start > 1 && s.token(start - 1).pos().equals("IN") ? start - 2 : start - 1;
      if (v >= 0 && s.token(v).posStartsWith("VB")) {
        return issuer(text, s, v).map(sp -> attribution(text, s, i, sp));
      }
      return phrases.speaker(text, s, start, i - 1).map(sp -> attribution(text, s, i, sp));
    }
    if (!NounPhrases.isNoun(name) || !NounPhrases.isProper(name) && !isPersonOrOrg(name)) {
      return Optional.empty();
    }
    boolean named = false;
    for (int k = start; k < i; k++) {
      named |= isPersonOrOrg(s.token(k));
    }
    if (!named) {
      return Optional.empty();
    }
    int end = lastContentToken(s);
    if (end <= i + 1) {
      return Optional.empty();
    }
    return phrases.speaker(text, s, start, i - 1).map(sp -> attribution(text, s, i, sp));
  }

  /**
   * The subject of the verb before a document phrase ("The union issued", "Ortiz said in"), the
   * verb at {@code v}: the noun phrase or pronoun right before the verb; none if no noun ends
   * there (the document never speaks in its issuer's place).
   */
  private Optional<SpeakerPhrase> issuer(AnalyzedText text, Sentence s, int v) {
    if (v < 1) {
      return Optional.empty();
    }
    Token last = s.token(v - 1);
    if (NounPhrases.isPronoun(last)) {
      return phrases.speaker(text, s, v - 1, v - 1);
    }
    if (!NounPhrases.isNoun(last)) {
      return Optional.empty();
    }
    return phrases.speaker(text, s, NounPhrases.startLeft(s, v - 1), v - 1);
  }

  private static Attribution attribution(AnalyzedText text, Sentence s, int i, SpeakerPhrase sp) {
    return new Attribution(s.index(), text.span(s, i, i), Optional.of(sp),
        text.span(s, i + 1, lastContentToken(s)), CueClass.SPEECH, AttributionRule.NAME_COLON_QUOTE,
        Optional.empty());
  }
}
