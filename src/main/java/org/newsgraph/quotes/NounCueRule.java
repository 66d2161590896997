package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.hasVerb;
import static org.newsgraph.quotes.TokenRules.lastContentToken;

import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A noun of saying or thinking with its owner and a clause ({@code noun-cue}): "Trump's claim that
 * Mexico will pay", "his decision to bury the debates", "her repeated promise that ...", and for a
 * noun marked {@code for} what is asked for ("the senator's call for a recount"). The owner
 * (a possessive pronoun or a name with "'s") is the speaker; the content runs from "that", "to"
 * or "for" to the next comma, semicolon or the sentence's end. Without an owner there is no attribution
 * ("the claim that ..."), which keeps the rule precise. Where the claim is the object of a verb
 * ("Biden rubbished Trump's claim that ..."), the verb's subject speaks and the verb is the cue.
 */
final class NounCueRule extends SentenceRule {

  /** Most adjectives between the owner and the noun ("his repeated, baseless claim"). */
  private static final int MAX_MODIFIERS = 3;

  NounCueRule(SpeakerFinder speakers) {
    super(speakers);
  }

  /** The attribution of the claim noun at token {@code i}, if it has an owner and a clause. */
  Optional<Attribution> find(AnalyzedText text, Sentence s, int i) {
    Token noun = s.token(i);
    if (!noun.posStartsWith("NN") || !cues.is(Mark.CLAIM_NOUN, noun.lemma())
        || i + 2 >= s.size()) {
      return Optional.empty();
    }
    Token next = s.token(i + 1);
    int contentStart;
    boolean asksFor = false;
    if (next.text().equalsIgnoreCase("that") && next.pos().equals("IN")) {
      contentStart = i + 2; // "his claim that Mexico will pay"
    } else if (next.pos().equals("TO") && s.token(i + 2).pos().equals("VB")) {
      contentStart = i + 1; // "his decision to bury the debates"
    } else if (NounPhrases.lower(next).equals("for") && cues.is(Mark.FOR_NOUN, noun.lemma())) {
      contentStart = i + 2; // "her call for a recount": what is asked for, a noun phrase
      asksFor = true;
    } else {
      return Optional.empty();
    }
    int last = lastContentToken(s);
    int contentEnd = contentStart;
    while (contentEnd + 1 <= last && !isClauseBreak(s.token(contentEnd + 1))
        && !(asksFor && TokenRules.isFinite(s.token(contentEnd + 1))
            && NounPhrases.isNoun(s.token(contentEnd)))) {
      contentEnd++; // what is asked for ends before the verb whose subject it is
    }
    if (contentEnd > last || !(asksFor ? hasNoun(s, contentStart, contentEnd)
        : hasVerb(s, contentStart, contentEnd))) {
      return Optional.empty();
    }
    // the owner: "his" / "Trump's" / "the DNC's", before at most a few adjectives
    int k = i - 1;
    while (k >= 0 && i - k <= MAX_MODIFIERS && (s.token(k).pos().startsWith("JJ")
        || s.token(k).pos().startsWith("RB") || s.token(k).text().equals(","))) {
      k--;
    }
    if (k < 0) {
      return Optional.empty();
    }
    final int at = k;
    Token owner = s.token(at);
    Optional<SpeakerPhrase> speaker;
    int ownerStart;
    if (owner.pos().equals("PRP$")) {
      speaker = Optional.of(possessivePronoun(text, s, at));
      ownerStart = at;
    } else if (owner.pos().equals("POS") && at >= 1 && NounPhrases.isNoun(s.token(at - 1))) {
      int end = at - 1;
      ownerStart = NounPhrases.startLeft(s, end);
      speaker = phrases.speaker(text, s, ownerStart, end);
    } else {
      return Optional.empty();
    }
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    CharSpan cue = text.span(s, i, i);
    // "Biden rubbished Trump's claim that ...", "Clinton bashed Trump's proposal to ban ...": the
    // claim is the object of a verb, and that verb's subject is the one who speaks here
    int v = ownerStart - 1;
    while (v >= 0 && (s.token(v).pos().startsWith("RB") || s.token(v).pos().equals("IN")
        && ownerStart - v <= 2 || s.token(v).pos().equals("RP"))) {
      v--;
    }
    // ("Velden joined Ortiz's call for a recount": what is asked for stays its named owner's;
    // "Ortiz renewed his call for ..." is the subject's, the fuller mention)
    boolean namedOwner = !owner.pos().equals("PRP$");
    if (!(asksFor && namedOwner) && v >= 1 && (s.token(v).pos().equals("VBD") || s.token(v).pos().equals("VBZ")
        || s.token(v).pos().equals("VBP") || s.token(v).pos().equals("VBN")
        && TokenRules.isAux(s.token(TokenRules.skipBack(s, v - 1) + 1), "have"))) {
      Optional<SpeakerFinder.Subject> subject =
          speakers.subjectLeft(text, s, TokenRules.skipBack(s, v - 1));
      if (subject.isPresent()) {
        speaker = Optional.of(subject.get().phrase());
        cue = text.span(s, v, v);
      }
    }
    return Optional.of(new Attribution(s.index(), cue, speaker,
        text.span(s, contentStart, contentEnd), CueClass.SPEECH, AttributionRule.NOUN_CUE, Optional.empty()));
  }

  /** "his" / "her" / "its" / "their" as a pronoun speaker of the matching gender. */
  private static SpeakerPhrase possessivePronoun(AnalyzedText text, Sentence s, int k) {
    Gender g = Gender.ofPronoun(s.token(k).text());
    return new SpeakerPhrase(text.span(s, k, k), SpeakerPhrase.Form.PRONOUN, true, g,
        Optional.empty(), Optional.empty());
  }

  /** Whether tokens {@code from..to} hold a noun. */
  private static boolean hasNoun(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (NounPhrases.isNoun(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBreak(Token t) {
    String w = t.text();
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--");
  }
}
