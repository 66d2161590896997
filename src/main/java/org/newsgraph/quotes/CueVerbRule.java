package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.adjunctOnly;
import static org.newsgraph.quotes.TokenRules.hasVerb;
import static org.newsgraph.quotes.TokenRules.hasWord;
import static org.newsgraph.quotes.TokenRules.isAux;
import static org.newsgraph.quotes.TokenRules.lastContentToken;
import static org.newsgraph.quotes.TokenRules.skipBack;
import static org.newsgraph.quotes.TokenRules.trimTokensEnd;
import static org.newsgraph.quotes.TokenRules.words;

import java.util.List;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.quotes.SpeechCueLexicon.CueClass;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Attributions around a cue verb: its subject and reported clause ({@code subject-cue}: "Ding said
 * the move ..."), a cue after its content ({@code content-name-cue}: "..., Peng said."; {@code
 * content-cue-name}: "..., said Peng Peng, ..."; {@code parenthetical-cue}: "This campaign, he
 * says, is different"), a participle ({@code participle}: "...,
 * saying ..."), a passive with its agent ({@code passive-by}) and bare cues that only name a
 * speaker ("He added:").
 */
final class CueVerbRule {

  private final SpeechCueLexicon cues;
  private final NounPhrases phrases;
  private final SpeakerFinder speakers;

  CueVerbRule(SpeechCueLexicon cues, NounPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
    this.speakers = new SpeakerFinder(cues, phrases);
  }

  /**
   * The attribution of cue verb {@code i} of class {@code cls}, if its context makes one; {@code
   * earlier} holds the sentence's attributions found so far (a participle takes their speaker).
   */
  Optional<Attribution> find(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    Token t = s.token(i);
    String pos = t.pos();
    int before = skipBack(s, i - 1);
    Token prev = i > 0 ? s.token(i - 1) : null;
    if (pos.equals("VBN")) {
      // only the perfect: "has said"; "was reported", "the planned wall" are not attributions
      if (before + 1 >= i || !isAux(s.token(before + 1), "have")) {
        boolean haveAux = false;
        for (int k = before + 1; k < i; k++) {
          haveAux |= isAux(s.token(k), "have");
        }
        if (!haveAux) {
          return passive(text, s, i, cls, before);
        }
      }
    } else if (pos.equals("VBG")) {
      boolean progressive = false;
      for (int k = before + 1; k < i; k++) {
        progressive |= isAux(s.token(k), "be");
      }
      if (!progressive) {
        // ", saying ...", "after saying ...": the subject of the main clause speaks
        boolean comma = prev != null && prev.text().equals(",");
        if (!comma && cls != CueClass.SPEECH) {
          return Optional.empty(); // "Since seeing its sales peak, Hyundai ..."
        }
        return participle(text, s, i, cls, earlier)
            .filter(a -> comma || a.speaker().isPresent());
      }
    } else if (pos.equals("VB")) {
      boolean modal = false;
      for (int k = before + 1; k < i; k++) {
        modal |= s.token(k).pos().equals("MD") || isAux(s.token(k), "do");
      }
      if (!modal) {
        if (before >= 1 && s.token(before).pos().equals("TO")
            && s.token(before - 1).posStartsWith("VB")) {
          // "Trump refused to say whether ...": the subject of the governing verb
          before = skipBack(s, before - 2);
        } else if (before < 0 || !(NounPhrases.isNoun(s.token(before))
            || NounPhrases.isPronoun(s.token(before)) || s.token(before).pos().equals("CD"))) {
          return Optional.empty();
        }
        // else "Sanders’ aides say ...", "Six in 10 say ...": a present tense tagged VB
      }
    }
    if (i + 1 < s.size() && s.token(i + 1).pos().equals("TO") && cls == CueClass.SPEECH
        && t.lemma().equalsIgnoreCase("continue")) {
      return Optional.empty(); // "continued to play well"
    }
    CharSpan cue = text.span(s, i, i);
    Optional<SpeakerFinder.Subject> subject = speakers.subjectLeft(text, s, before);
    int contentStart = contentStartAfter(s, i, t.lemma());
    int contentEnd = lastContentToken(s);
    boolean clauseAfter = contentStart <= contentEnd && !adjunctOnly(s, contentStart, contentEnd);
    if (subject.isPresent() && subject.get().phrase().antecedent().isPresent()
        && before >= 1 && s.token(before - 1).text().equals(",")) {
      // "Clinton, who was speaking to mayors, did not ...": the comma closes the relative clause
      int comma = i + 1;
      while (comma <= contentEnd && !s.token(comma).text().equals(",")) {
        comma++;
      }
      if (comma <= contentEnd) {
        contentEnd = trimTokensEnd(s, comma - 1);
        clauseAfter = contentStart <= contentEnd && !adjunctOnly(s, contentStart, contentEnd);
      }
    }
    if (subject.isPresent()) {
      int afterCue = i + 1;
      while (afterCue < s.size() && s.token(afterCue).pos().startsWith("RB")) {
        afterCue++;
      }
      boolean endsWithColon = s.token(s.size() - 1).text().equals(":");
      if (endsWithColon && cls == CueClass.SPEECH && !(afterCue < s.size()
          && s.token(afterCue).text().equals(":") && clauseAfter)) {
        // "Cruz called them on it:" / "President Clinton released the following statement:"
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, ReportedSpeechFinder.BARE_COLON, Optional.empty()));
      }
      if (afterCue < s.size() && s.token(afterCue).text().equals(":")) {
        // "He added: “...”" or, at the end of a paragraph, "In a 1963 speech, he declared:"
        if (clauseAfter) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, contentStart, contentEnd), cls, "subject-cue", Optional.empty()));
        }
        return cls == CueClass.SPEECH
            ? Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
                cue, cls, ReportedSpeechFinder.BARE_COLON, Optional.empty()))
            : Optional.empty();
      }
      int beforeSubject = trimTokensEnd(s, subject.get().start() - 1);
      if (cls == CueClass.SPEECH && subject.get().start() > 0 && hasWord(s, 0, beforeSubject)) {
        // "“...,” McCain said, citing low growth" / "“...,” Espinoza said Friday." /
        // "“...,” the tycoon told Reuters in an interview when asked ...": the content is before
        boolean commaAfter = i + 1 < s.size() && s.token(i + 1).text().equals(",");
        boolean quoteBefore = NounPhrases.isQuoteMark(s.token(beforeSubject));
        // "..., Espinoza said Friday.": a short verbless tail after the cue is not the content
        boolean noVerbAfter = contentStart > contentEnd
            || contentEnd - contentStart < 3 && !hasVerb(s, contentStart, contentEnd)
            && hasVerb(s, 0, beforeSubject);
        boolean quoteAfter = contentStart <= contentEnd
            && NounPhrases.isQuoteMark(s.token(contentStart));
        if (quoteBefore || (commaAfter || noVerbAfter) && !quoteAfter) {
          clauseAfter = false;
        }
      }
      if (clauseAfter) {
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            text.span(s, contentStart, contentEnd), cls, "subject-cue", Optional.empty()));
      }
      if (cls == CueClass.SPEECH && subject.get().start() > 0) {
        int ce = trimTokensEnd(s, subject.get().start() - 1);
        Token bs = s.token(subject.get().start() - 1);
        boolean delimited = bs.text().equals(",") || NounPhrases.isQuoteMark(bs)
            || bs.text().equals("—") || bs.text().equals("–") || bs.text().equals("--");
        if (ce >= 0 && delimited && words(s, 0, ce) >= 3) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, 0, ce), cls, "content-name-cue", Optional.empty()));
        }
        boolean commaAfter = i + 1 < s.size() && s.token(i + 1).text().equals(",");
        if (ce >= 0 && bs.text().equals(",") && commaAfter && words(s, 0, ce) >= 1
            && contentStart <= contentEnd && hasVerb(s, contentStart, contentEnd)) {
          // "This campaign, he says, is different": the content runs around the cue
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, 0, contentEnd), cls, "parenthetical-cue", Optional.empty()));
        }
      }
      if (cls == CueClass.SPEECH) {
        // "He added:" or "Peng said in an interview." : a speaker for the quotes around it
        boolean colon = contentStart > i + 1 && contentStart - 1 < s.size()
            && s.token(contentStart - 1).text().equals(":");
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, colon ? ReportedSpeechFinder.BARE_COLON : ReportedSpeechFinder.BARE,
            Optional.empty()));
      }
      return Optional.empty();
    }
    if (cls == CueClass.SPEECH && prev != null && i + 1 < s.size()
        && (prev.text().equals(",") || NounPhrases.isQuoteMark(prev))) {
      // "..., said Peng Peng, executive chairman of the Guangdong Society of Reform."
      int ce = trimTokensEnd(s, i - 1);
      if (ce < 0 || !hasWord(s, 0, ce) || !hasVerb(s, 0, ce) && !NounPhrases.isQuoteMark(prev)) {
        return Optional.empty();
      }
      Optional<SpeakerFinder.SpeakerRight> right = speakers.speakerRight(text, s, i + 1);
      if (right.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(s.index(), cue, Optional.of(right.get().phrase()),
          text.span(s, 0, ce), cls, "content-cue-name", right.get().via()));
    }
    return Optional.empty();
  }

  /** "O’Malley’s move was first reported by MSNBC": the agent after "by" speaks. */
  private Optional<Attribution> passive(
      AnalyzedText text, Sentence s, int i, CueClass cls, int before) {
    if (i + 1 >= s.size() || !s.token(i + 1).text().equalsIgnoreCase("by") || before < 0
        || before + 1 >= i || !isAux(s.token(before + 1), "be")) {
      return Optional.empty();
    }
    int agent = i + 2;
    if (agent >= s.size()) {
      return Optional.empty();
    }
    int end = NounPhrases.endRight(s, agent);
    Optional<SpeakerPhrase> sp = phrases.speaker(text, s, agent, end);
    int ce = trimTokensEnd(s, before);
    if (sp.isEmpty() || ce < 0 || !hasWord(s, 0, ce)) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i + 1), sp, text.span(s, 0, ce),
        cls, "passive-by", Optional.empty()));
  }

  private Optional<Attribution> participle(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    int cs = contentStartAfter(s, i, s.token(i).lemma());
    int ce = lastContentToken(s);
    if (cs > ce || adjunctOnly(s, cs, ce)) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> speaker = Optional.empty();
    for (int k = earlier.size() - 1; k >= 0 && speaker.isEmpty(); k--) {
      if (earlier.get(k).sentence() == s.index()) {
        speaker = earlier.get(k).speaker();
      }
    }
    if (speaker.isEmpty()) {
      speaker = speakers.nearestSubject(text, s, i);
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i), speaker,
        text.span(s, cs, ce), cls, "participle", Optional.empty()));
  }

  /** Where the reported clause starts after cue {@code i}: past an addressee, "that", ":". */
  private int contentStartAfter(Sentence s, int i, String lemma) {
    int k = i + 1;
    int n = s.size();
    while (k < n && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("RP"))) {
      k++;
    }
    if (cues.takesObject(lemma) && k < n
        && (NounPhrases.isPronoun(s.token(k)) || NounPhrases.inPhrase(s.token(k)))
        && !s.token(k).text().equalsIgnoreCase("that")) {
      k = NounPhrases.isPronoun(s.token(k)) ? k + 1 : NounPhrases.endRight(s, k) + 1;
    }
    // "said in a statement on Tuesday that ..." / "told reporters that"
    for (int m = k; m < Math.min(n, k + 10); m++) {
      Token t = s.token(m);
      if (t.text().equalsIgnoreCase("that") && (t.pos().equals("IN") || t.pos().equals("WDT")
          || t.pos().equals("DT"))) {
        if (m == k || !t.pos().equals("DT")) {
          k = m + 1;
        }
        break;
      }
      if (t.posStartsWith("VB") || NounPhrases.isQuoteMark(t) || t.text().equals(":")) {
        break;
      }
    }
    while (k < n && (s.token(k).text().equals(",") || s.token(k).text().equals(":"))) {
      k++;
    }
    return k;
  }
}
