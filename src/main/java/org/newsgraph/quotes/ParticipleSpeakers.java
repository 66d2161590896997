package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.trimTokensEnd;

import java.util.List;
import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Who says what a participle cue reports ("..., saying the move ...", "with Karl Osgood
 * calling Velden a coward", "While discussing a memo, Speaker Tomas Rekker said ..."): the
 * participle's own subject, the main clause's subject after a fronted adjunct, or the phrase that
 * opens the sentence. Used by {@link CueVerbRule}; stateless after construction.
 */
final class ParticipleSpeakers {

  /** One place a participle's speaker may stand. */
  @FunctionalInterface
  private interface Source {
    Optional<SpeakerPhrase> find(AnalyzedText text, Sentence s, int i, List<Attribution> earlier);
  }

  private final SpeechCueLexicon cues;
  private final NounPhrases phrases;
  /**
   * Where a participle's speaker is looked for, in order (the first found speaks): its own
   * subject, the speaker of the sentence's latest attribution before it, the subject of the
   * nearest finite verb before it, the main clause's subject with its appositive, the phrase that
   * opens the sentence. A new place goes here.
   */
  private final List<Source> sources;

  ParticipleSpeakers(SpeechCueLexicon cues, NounPhrases phrases, SpeakerFinder speakers) {
    this.cues = cues;
    this.phrases = phrases;
    this.sources = List.of(
        (text, s, i, earlier) -> ownSubject(text, s, i),
        (text, s, i, earlier) -> latestSpeaker(s, earlier),
        (text, s, i, earlier) -> speakers.nearestSubject(text, s, i),
        // "Osric Pellham, a former director of ..., called for ..., arguing"
        (text, s, i, earlier) -> speakers.mainSubject(text, s, i),
        (text, s, i, earlier) -> openingPhrase(text, s, i));
  }

  /**
   * The speaker of participle {@code i} (not after a fronted adjunct, see {@link
   * #frontedAdjunct}): the first of {@link #sources} that finds one that is no bare time word;
   * {@code earlier} holds the attributions found so far.
   */
  Optional<SpeakerPhrase> speaker(AnalyzedText text, Sentence s, int i,
      List<Attribution> earlier) {
    for (Source source : sources) {
      Optional<SpeakerPhrase> found = source.find(text, s, i, earlier)
          .filter(p -> !isTimeWord(text, p));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether phrase {@code p} is only a word that heads a time expression ("Sunday, on the radio,
   * while commenting on ...", "the remarks Tuesday, telling ..."): a time, never a speaker.
   */
  private boolean isTimeWord(AnalyzedText text, SpeakerPhrase p) {
    String words = text.text().substring(p.mention().start(), p.mention().end());
    return cues.is(Mark.TIME_WORD, words);
  }

  /** The speaker of the latest attribution of sentence {@code s} in {@code earlier}. */
  private static Optional<SpeakerPhrase> latestSpeaker(Sentence s, List<Attribution> earlier) {
    Optional<SpeakerPhrase> speaker = Optional.empty();
    for (int k = earlier.size() - 1; k >= 0 && speaker.isEmpty(); k--) {
      if (earlier.get(k).sentence() == s.index()) {
        speaker = earlier.get(k).speaker();
      }
    }
    return speaker;
  }

  /**
   * "While discussing a memo on Friday, Speaker Tomas Rekker said ...": a participle after
   * "while" / "when" / "after" / "before" in an adjunct that opens the sentence (no finite verb
   * before it) has the main clause's subject, the noun phrase right after the adjunct's comma
   * followed by a finite verb; its content ends at that comma.
   */
  Optional<Attribution> frontedAdjunct(AnalyzedText text, Sentence s, int i,
      CueClass cls, int cs, int ce) {
    if (i < 1 || !WordSet.ADJUNCT_OPENER.contains(NounPhrases.lower(s.token(i - 1)))
        || TokenRules.hasFiniteVerb(s, 0, i - 1)) {
      return Optional.empty();
    }
    // the adjunct's own words may hold commas ("a tweet showing a map, a flag and a date,"):
    // the first comma after which a subject and its finite verb stand closes it
    for (int c = cs + 1; c <= ce && c + 1 < s.size(); c++) {
      if (s.token(c).text().equals(",")) {
        Optional<Attribution> a = mainClauseAfter(text, s, i, cls, cs, c);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** The attribution of participle {@code i} to the subject right after comma {@code c}. */
  private Optional<Attribution> mainClauseAfter(AnalyzedText text, Sentence s, int i,
      CueClass cls, int cs, int c) {
    int st = c + 1;
    if (!NounPhrases.isNoun(s.token(st)) && !s.token(st).pos().equals("DT")
        && !NounPhrases.isPronoun(s.token(st))) {
      return Optional.empty();
    }
    int end = NounPhrases.isPronoun(s.token(st)) ? st : NounPhrases.endRight(s, st);
    int v = afterParen(s, end + 1); // "Governor Ada Quist (R-OK) said"
    while (v < s.size() && s.token(v).pos().startsWith("RB")) {
      v++;
    }
    if (v >= s.size() || !TokenRules.isFinite(s.token(v))) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> sp = phrases.speaker(text, s, st, end);
    int contentEnd = trimTokensEnd(s, c - 1);
    if (sp.isEmpty() || contentEnd < cs) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i), sp,
        text.span(s, cs, contentEnd), cls, AttributionRule.PARTICIPLE, Optional.empty()));
  }

  /** Index after the parenthesis opening at {@code j} ("(R-OK)", at most 8 tokens), else {@code j}. */
  private static int afterParen(Sentence s, int j) {
    if (j >= s.size() || !s.token(j).text().equals("(") && !s.token(j).text().equals("-LRB-")) {
      return j;
    }
    int k = j + 1;
    while (k < Math.min(s.size(), j + 8) && !s.token(k).text().equals(")")
        && !s.token(k).text().equals("-RRB-")) {
      k++;
    }
    return k < s.size() && k < j + 8 ? k + 1 : j;
  }

  /**
   * The noun phrase that opens the sentence, or its main clause after an opening adjunct and its
   * comma ("Throughout the 1990s, Liberals in Parliament, fearing ..."), where no finite verb
   * before participle {@code i} shows a subject: "Mara Lindt, the veteran organiser, ...,
   * saying ...".
   */
  private Optional<SpeakerPhrase> openingPhrase(AnalyzedText text, Sentence s, int i) {
    int st = 0;
    if (s.size() > 0 && (s.token(0).pos().equals("IN") || s.token(0).pos().startsWith("RB"))) {
      while (st < i && !s.token(st).text().equals(",")) {
        st++;
      }
      st++;
    }
    if (st >= i || !(NounPhrases.isNoun(s.token(st)) || s.token(st).pos().equals("DT"))) {
      return Optional.empty();
    }
    int end = NounPhrases.endRight(s, st);
    if (end < st || end >= i) {
      return Optional.empty();
    }
    return phrases.speaker(text, s, st, end);
  }

  /**
   * The participle's own subject: the noun phrase right before it, unless a preposition opens
   * that phrase ("with Karl Osgood calling Velden a coward", "ads extolling Brandt") or, before its comma, a name that opens
   * the sentence or clause ("Ivo Brandt, celebrating a win, ..."). A document noun ("a
   * statement saying") is not a speaker here: its issuer is found through the sentence's subject.
   */
  private Optional<SpeakerPhrase> ownSubject(AnalyzedText text, Sentence s, int i) {
    int b = i - 1;
    while (b >= 0 && s.token(b).pos().startsWith("RB")) {
      b--;
    }
    if (b < 0) {
      return Optional.empty();
    }
    Token tb = s.token(b);
    if (NounPhrases.isNoun(tb) && !cues.is(Mark.TIME_WORD, tb.text()) && !cues.is(Mark.DOCUMENT_NOUN, tb.lemma())) {
      // not after a preposition other than "with", "of", "including", where it is more often
      // a place or an occasion ("on a microphone telling"): "with Velden reportedly yelling",
      // "the share of farmers saying", "featuring nurses telling their stories"
      int st = NounPhrases.startLeft(s, b);
      Token before = st > 0 ? s.token(st - 1) : null;
      String w = before == null ? "" : NounPhrases.lower(before);
      if (before == null || !before.pos().equals("IN") && !before.pos().equals("TO")
          || WordSet.PARTICIPLE_PREPOSITION.contains(w)) {
        return phrases.speaker(text, s, st, b);
      }
      return Optional.empty();
    }
    if (tb.text().equals(",") && b >= 1 && NounPhrases.isNoun(s.token(b - 1))
        && !cues.is(Mark.TIME_WORD, s.token(b - 1).text())) {
      int st = NounPhrases.startLeft(s, b - 1);
      Token before = st > 0 ? s.token(st - 1) : null;
      // "in Elm Ford, Ore., citing the flood": a state after its city is a dateline-like place,
      // not the participle's subject
      boolean placeAfterPlace = before != null && st >= 2 && before.text().equals(",")
          && s.token(b - 1).ner().equals("LOCATION") && s.token(st - 2).ner().equals("LOCATION");
      if (!placeAfterPlace
          && (before == null || before.text().equals(",") || NounPhrases.isQuoteMark(before))) {
        return phrases.speaker(text, s, st, b - 1);
      }
    }
    return Optional.empty();
  }
}
