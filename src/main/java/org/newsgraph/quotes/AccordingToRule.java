package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.hasWord;
import static org.newsgraph.quotes.TokenRules.lastContentToken;
import static org.newsgraph.quotes.TokenRules.trimTokensEnd;

import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * "according to X" (rules {@code according-to}, {@code according-to-document}): the source after
 * the phrase, the content before it or after the source's comma; "according to an NDRC statement"
 * gives the organisation that issued the document. {@link #namesMedium} tells whether the source is
 * only a document its speaker issues ("a statement on its website"), which {@link
 * AttributionChooser} treats as the medium of a speech verb with its own subject.
 */
final class AccordingToRule extends SentenceRule {

  AccordingToRule(SpeakerFinder speakers) {
    super(speakers);
  }

  /**
   * The first token of the author after document phrase ending at {@code end}: "by X", "from X",
   * "filed by X", "released by X"; -1 if none.
   */
  private static int agentAfter(Sentence s, int end) {
    int k = end + 1;
    if (k < s.size() && s.token(k).pos().equals("VBN")) {
      k++;
    }
    if (k + 1 >= s.size()) {
      return -1;
    }
    String w = NounPhrases.lower(s.token(k));
    if (!(w.equals("by") || w.equals("from"))) {
      return -1;
    }
    Token first = s.token(k + 1);
    return NounPhrases.inPhrase(first) || NounPhrases.isNoun(first) ? k + 1 : -1;
  }

  /**
   * Whether {@code a}'s source is only a document its speaker issues ("a statement", "its
   * website", a {@code medium} noun): no name, no possessive "'s" and no agent in the phrase, so the
   * issuer is whoever speaks in the sentence ("The ministry said ..., according to a statement").
   * Linear in the phrase's length.
   */
  boolean namesMedium(Sentence s, Attribution a) {
    if (a.cueClass() != CueClass.SOURCE_AFTER || a.speaker().isEmpty()) {
      return false;
    }
    CharSpan m = a.speaker().get().mention();
    Token last = null;
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.start() < m.start() || t.end() > m.end()) {
        continue;
      }
      if (t.isNamed() || NounPhrases.isProper(t) || t.pos().equals("POS")) {
        return false;
      }
      last = t;
    }
    return last != null && (cues.is(Mark.MEDIUM_NOUN, last.lemma()) || cues.is(Mark.MEDIUM_NOUN, last.text()));
  }

  /** The attribution of the source phrase of {@code len} words at token {@code i}, if any. */
  Optional<Attribution> find(AnalyzedText text, Sentence s, int i, int len) {
    int srcStart = i + len;
    if (srcStart >= s.size()) {
      return Optional.empty();
    }
    int srcEnd = NounPhrases.endRight(s, srcStart);
    // "according to the most recent data", "a widely cited study": an adverb before an adjective
    // stays inside the phrase
    while (srcEnd + 2 < s.size() && s.token(srcEnd + 1).pos().startsWith("RB")
        && (s.token(srcEnd + 2).pos().startsWith("JJ") || s.token(srcEnd + 2).pos().equals("VBN"))
        && NounPhrases.inPhrase(s.token(srcEnd))) {
      srcEnd = NounPhrases.endRight(s, srcEnd + 2);
    }
    while (srcEnd > srcStart && s.token(srcEnd).pos().startsWith("JJ")
        && NounPhrases.isNoun(s.token(srcEnd - 1))) {
      srcEnd--; // "according to officials familiar with the plan": the noun before the adjective
    }
    Token last = s.token(srcEnd);
    // "according to her": the object pronoun speaks, resolved as "she" would be
    boolean objectPronoun = NounPhrases.isObjectPronoun(s.token(srcStart))
        && (srcStart + 1 >= s.size() || !NounPhrases.isWord(s.token(srcStart + 1)));
    if (objectPronoun) {
      srcEnd = srcStart;
    } else if (!NounPhrases.isNoun(last) && !NounPhrases.isPronoun(last)) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> speaker;
    AttributionRule rule = AttributionRule.ACCORDING_TO;
    int agent = agentAfter(s, srcEnd);
    if (objectPronoun) {
      speaker = Optional.of(NounPhrases.pronoun(text, s, srcStart));
    } else if ((cues.is(Mark.DOCUMENT_NOUN, last.lemma()) || cues.is(Mark.DOCUMENT_NOUN, last.text())) && agent >= 0) {
      // "according to a count by the Northfield Herald", "a post from Lena Marsh",
      // "a sealed document filed by county prosecutor Ivo Brandt": the author speaks
      int agentEnd = NounPhrases.endRight(s, agent);
      speaker = phrases.speaker(text, s, agent, agentEnd);
      rule = AttributionRule.ACCORDING_TO_DOCUMENT;
      if (speaker.isPresent()) {
        srcEnd = agentEnd;
      }
    } else if (cues.is(Mark.DOCUMENT_NOUN, last.lemma()) || cues.is(Mark.DOCUMENT_NOUN, last.text())) {
      // "according to an NDRC statement": the organisation speaks through its statement
      int a = srcEnd - 1;
      while (a >= srcStart && !s.token(a).isNamed() && !NounPhrases.isProper(s.token(a))) {
        a--;
      }
      if (a >= srcStart) {
        int b = a;
        while (a - 1 >= srcStart
            && (s.token(a - 1).isNamed() || NounPhrases.isProper(s.token(a - 1)))) {
          a--;
        }
        speaker = phrases.speaker(text, s, a, b);
        rule = AttributionRule.ACCORDING_TO_DOCUMENT;
      } else {
        speaker = phrases.speaker(text, s, srcStart, srcEnd);
      }
    } else {
      speaker = phrases.speaker(text, s, srcStart, srcEnd);
    }
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int contentEnd = lastContentToken(s);
    CharSpan content;
    int before = trimTokensEnd(s, i - 1);
    if (before >= 0 && hasWord(s, 0, before)) {
      // "..., according to X." or "The plan, according to X, will ..."
      int after = srcEnd + 1;
      while (after <= contentEnd && !s.token(after).text().equals(",")) {
        after++;
      }
      // "X leads, according to a count by the Gazette, but Y has vowed ...": a clause joined after
      // the comma has its own attribution, so the source covers only the words before it
      boolean continues = after < contentEnd && hasWord(s, after + 1, contentEnd)
          && contentEnd - after > 2
          && !WordSet.CLAUSE_AFTER_COMMA.contains(NounPhrases.lower(s.token(after + 1)));
      content = continues ? text.span(s, 0, contentEnd) : text.span(s, 0, before);
    } else {
      int comma = srcEnd + 1;
      while (comma <= contentEnd && !s.token(comma).text().equals(",")) {
        comma++;
      }
      if (comma >= contentEnd || !hasWord(s, comma + 1, contentEnd)) {
        return Optional.empty();
      }
      content = text.span(s, comma + 1, contentEnd);
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i + len - 1), speaker, content,
        CueClass.SOURCE_AFTER, rule, Optional.empty()));
  }
}
