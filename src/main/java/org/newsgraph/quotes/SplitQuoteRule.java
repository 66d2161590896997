package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.skipBack;

import java.util.Optional;
import java.util.function.IntPredicate;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A quote that ends its own sentence with "?" or "!" and the attribution that follows it as the
 * next sentence ({@code content-split-cue}): "“Who are they fooling?” Moll said of Nordbank."
 * or "“But how?” asked reporter Dana Ruiz." The sentence splitter cuts after "?”", so the
 * cue's sentence starts with the speaker (or the cue) and holds no reported clause of its own; the
 * content is the quote, from its opening mark (up to {@link #MAX_SENTENCES} sentences back, within
 * the paragraph) to its closing one.
 */
final class SplitQuoteRule extends SentenceRule {

  /** Most sentences a quote before the cue may run over. */
  static final int MAX_SENTENCES = 12;

  SplitQuoteRule(SpeakerFinder speakers) {
    super(speakers);
  }

  /** The attribution of speech cue {@code i} of {@code s} to the quote that ends just before. */
  Optional<Attribution> find(AnalyzedText text, Sentence s, int i, IntPredicate quoted) {
    if (s.index() == 0 || !s.token(i).posStartsWith("VB")) {
      return Optional.empty();
    }
    Sentence prev = text.sentences().get(s.index() - 1);
    if (prev.furniture() || prev.size() < 3 || newlineBetween(text, prev.end(), s.start())) {
      return Optional.empty();
    }
    Token close = prev.token(prev.size() - 1);
    String end = prev.token(prev.size() - 2).text();
    if (!NounPhrases.isQuoteMark(close) || !(end.equals("?") || end.equals("!")
        || end.equals("…") || end.equals("?!"))) {
      return Optional.empty();
    }
    // the speaker: "Halvorsen said" (the whole start of the sentence) or "asked reporter X"
    Optional<SpeakerPhrase> speaker;
    int before = skipBack(s, i - 1);
    if (before < 0) {
      speaker = i + 1 < s.size()
          ? speakers.speakerRight(text, s, i + 1).map(SpeakerFinder.SpeakerRight::phrase)
          : Optional.empty();
    } else {
      Optional<SpeakerFinder.Subject> subject = speakers.subjectLeft(text, s, before);
      speaker = subject.filter(x -> x.start() == 0).map(SpeakerFinder.Subject::phrase);
      if (speaker.isPresent() && !tailIsAdjunct(s, i)) {
        return Optional.empty(); // "“Why?” Halvorsen said the bridge failed.": a new statement
      }
    }
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    return quoteBefore(text, prev, prev.size() - 2, quoted).map(content -> new Attribution(
        s.index(), text.span(s, i, i), speaker, content, CueClass.SPEECH, AttributionRule.CONTENT_SPLIT_CUE,
        Optional.empty()));
  }

  /**
   * A quote signed with a dash and a name after it ({@code content-dash-name}): "“... with
   * pensions.” - Ostrova." or "“Fine game.” —Governor Velden, tweeting after the match".
   * {@code i} is the dash (em, en, "--", "-" or the horizontal bar "―"): the first token of its
   * sentence, after a sentence (of the same line or the line before) that ends the quote, or right
   * after the closing mark in the quote's own sentence. A signature line needs no final
   * punctuation ("“...” ― Nora Quist").
   */
  Optional<Attribution> findDash(AnalyzedText text, Sentence s, int i, IntPredicate quoted) {
    String w = s.token(i).text();
    if (!(w.equals("-") || TokenRules.isDash(s.token(i))) || i + 1 >= s.size()) {
      return Optional.empty();
    }
    // the name: proper nouns up to a comma or the end
    int e = i + 1;
    while (e + 1 < s.size() && NounPhrases.isProper(s.token(e + 1))) {
      e++;
    }
    if (!NounPhrases.isProper(s.token(i + 1)) || e + 1 < s.size()
        && !NounPhrases.isPunct(s.token(e + 1))) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> speaker = phrases.speaker(text, s, i + 1, e)
        .filter(p -> p.form() == SpeakerPhrase.Form.NAME);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Optional<CharSpan> content;
    if (i >= 2 && NounPhrases.isQuoteMark(s.token(i - 1))) {
      content = quoteBefore(text, s, i - 2, quoted);
    } else if (i == 0 && s.index() > 0) {
      Sentence prev = text.sentences().get(s.index() - 1);
      // the signature may stand on the line after the quote ("- Ivo Brandt.")
      if (prev.furniture() || prev.size() < 3
          || !NounPhrases.isQuoteMark(prev.token(prev.size() - 1))) {
        return Optional.empty();
      }
      content = quoteBefore(text, prev, prev.size() - 2, quoted);
    } else {
      return Optional.empty();
    }
    return content.map(c -> new Attribution(s.index(), text.span(s, i, i), speaker, c,
        CueClass.SPEECH, AttributionRule.CONTENT_DASH_NAME, Optional.empty()));
  }

  /**
   * The quote that closes after token {@code k} of {@code p}: from its opening mark, found by
   * walking back over the quoted tokens of the paragraph (at most {@link #MAX_SENTENCES}
   * sentences), to the closing mark at {@code k + 1}.
   */
  private static Optional<CharSpan> quoteBefore(
      AnalyzedText text, Sentence p, int k, IntPredicate quoted) {
    Token close = p.token(k + 1);
    int last = k;
    for (int n = 0; n < MAX_SENTENCES; n++) {
      while (k >= 0 && quoted.test(p.token(k).start())) {
        k--;
      }
      if (k >= 0) {
        Token open = p.token(k);
        if (!NounPhrases.isQuoteMark(open) || k == last && n == 0) {
          return Optional.empty();
        }
        return Optional.of(text.span(open.start(), close.end()));
      }
      if (p.index() == 0) {
        return Optional.empty();
      }
      Sentence q = text.sentences().get(p.index() - 1);
      if (q.furniture() || newlineBetween(text, q.end(), p.start())) {
        return Optional.empty();
      }
      p = q;
      k = p.size() - 1;
    }
    return Optional.empty();
  }

  /**
   * Whether the words after cue {@code i} (past a pronoun addressee) add no reported clause: none,
   * or a preposition, adverb or comma first ("said of Nordbank in March, when ...").
   */
  private boolean tailIsAdjunct(Sentence s, int i) {
    int k = i + 1;
    if (k < s.size() && cues.is(Mark.OBJECT_VERB, s.token(i).lemma()) && NounPhrases.isPronoun(s.token(k))) {
      k++;
    }
    if (k >= s.size() || NounPhrases.isPunct(s.token(k)) && !NounPhrases.isQuoteMark(s.token(k))) {
      return true;
    }
    Token t = s.token(k);
    return (t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("WRB"))
        && !NounPhrases.lower(t).equals("that");
  }

  private static boolean newlineBetween(AnalyzedText text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.text().charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }
}
