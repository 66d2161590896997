package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.adjunctOnly;
import static org.newsgraph.quotes.TokenRules.hasFiniteVerb;
import static org.newsgraph.quotes.TokenRules.hasVerb;
import static org.newsgraph.quotes.TokenRules.hasWord;
import static org.newsgraph.quotes.TokenRules.isAux;
import static org.newsgraph.quotes.TokenRules.lastContentToken;
import static org.newsgraph.quotes.TokenRules.pastCommaAdverb;
import static org.newsgraph.quotes.TokenRules.skipBack;
import static org.newsgraph.quotes.TokenRules.trimTokensEnd;
import static org.newsgraph.quotes.TokenRules.words;

import java.util.List;
import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.WordSet;
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
final class CueVerbRule extends SentenceRule {

  /** Most words between a quote's closing mark and its speech verb read as the speaker. */
  private static final int MAX_NAME_AFTER_QUOTE = 5;
  /** Most tokens from an inverted cue to the comma that closes its speaker's phrase. */
  private static final int MAX_INVERTED_SPEAKER = 14;

  private final ParticipleSpeakers participles;

  CueVerbRule(SpeakerFinder speakers) {
    super(speakers);
    this.participles = new ParticipleSpeakers(cues, phrases, speakers);
  }

  /**
   * The attribution of cue verb {@code i} of class {@code cls}, if its context makes one; {@code
   * earlier} holds the sentence's attributions found so far (a participle takes their speaker).
   */
  Optional<Attribution> find(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    Optional<Attribution> a = findAround(text, s, i, cls, earlier);
    return a.isPresent() || cls != CueClass.SPEECH ? a : afterQuote(text, s, i);
  }

  /**
   * A verb outside the cue lexicon right after a quote and a short speaker phrase, ending the
   * sentence or followed only by a particle, adverb or prepositional phrase: "“Osric wants to look
   * brave at the gala,” Halloran shot back.", "“... go!” some protesters chanted." ({@code
   * content-name-cue}). Past or present tense only.
   */
  Optional<Attribution> afterQuoteAnyVerb(AnalyzedText text, Sentence s, int i) {
    Token t = s.token(i);
    if (!t.pos().equals("VBD") && !t.pos().equals("VBZ")) {
      return Optional.empty();
    }
    int n = i + 1;
    if (!NounPhrases.isQuoteMark(s.token(0))) {
      return Optional.empty(); // only a quote that is the sentence's whole content
    }
    if (n < s.size() && !(s.token(n).pos().equals("RP") || s.token(n).pos().startsWith("RB")
        || s.token(n).pos().equals("IN") || s.token(n).pos().equals(".")
        || s.token(n).text().equals(","))) {
      return Optional.empty();
    }
    return afterQuote(text, s, i);
  }

  /**
   * "“..., especially Conrad Ashby,” Will/MD wrote." or "“...,” this Ashby look/VB -alike
   * declared/VBN": a short phrase between a quote's closing mark and a speech verb is its speaker
   * even where the tagger misreads it ({@code content-name-cue}).
   */
  private Optional<Attribution> afterQuote(AnalyzedText text, Sentence s, int i) {
    int c = i - 1;
    while (c >= 0 && i - c <= MAX_NAME_AFTER_QUOTE && NounPhrases.isWord(s.token(c))) {
      c--;
    }
    if (c < 2 || c == i - 1 || !NounPhrases.isQuoteMark(s.token(c))) {
      return Optional.empty();
    }
    String end = s.token(c - 1).text();
    if (!(end.equals(",") || end.equals("?") || end.equals("!"))) {
      return Optional.empty();
    }
    Token first = s.token(c + 1);
    if (!Character.isUpperCase(first.text().charAt(0)) && !first.pos().equals("DT")
        && !NounPhrases.isPronoun(first)) {
      return Optional.empty();
    }
    int ce = trimTokensEnd(s, c - 1);
    if (ce < 0 || words(s, 0, ce) < 3) {
      return Optional.empty();
    }
    final int from = c + 1;
    SpeakerPhrase sp = phrases.speaker(text, s, from, i - 1).orElseGet(() -> new SpeakerPhrase(
        text.span(s, from, i - 1), Character.isUpperCase(first.text().charAt(0))
            ? SpeakerPhrase.Form.NAME : SpeakerPhrase.Form.DESCRIPTION, true, Gender.UNKNOWN,
        Optional.empty(), Optional.empty(), Optional.empty()));
    return Optional.of(new Attribution(s.index(), text.span(s, i, i), Optional.of(sp),
        text.span(s, 0, ce), CueClass.SPEECH, AttributionRule.CONTENT_NAME_CUE, Optional.empty()));
  }

  /**
   * "Stated Ilse Varga: “...”", "Added the mayor:": a speech verb that opens the sentence, then
   * its speaker and a colon; the words after the colon are the content ({@code cue-name-colon}),
   * or, when the colon ends the sentence, the quote that follows ({@code colon-cue}).
   */
  private Optional<Attribution> cueFirstThenColon(
      AnalyzedText text, Sentence s, int i, CueClass cls) {
    if (i != 0 || cls != CueClass.SPEECH || s.size() < 3
        || !(s.token(i).pos().equals("VBD") || s.token(i).pos().equals("VBN"))) {
      return Optional.empty();
    }
    Optional<SpeakerFinder.SpeakerRight> right = speakers.speakerRight(text, s, i + 1);
    if (right.isEmpty() || right.get().via().isPresent()) {
      return Optional.empty();
    }
    int colon = i + 1;
    while (colon < s.size() && s.token(colon).end() <= right.get().phrase().mention().end()) {
      colon++;
    }
    if (colon >= s.size() || !s.token(colon).text().equals(":")) {
      return Optional.empty();
    }
    CharSpan cue = text.span(s, i, i);
    int last = lastContentToken(s);
    if (colon + 1 > last) {
      return Optional.of(new Attribution(s.index(), cue, Optional.of(right.get().phrase()), cue,
          cls, AttributionRule.COLON_CUE, Optional.empty()));
    }
    return Optional.of(new Attribution(s.index(), cue, Optional.of(right.get().phrase()),
        text.span(s, colon + 1, last), cls, AttributionRule.CUE_NAME_COLON, Optional.empty()));
  }

  private Optional<Attribution> findAround(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    Optional<Attribution> cueFirst = cueFirstThenColon(text, s, i, cls);
    if (cueFirst.isPresent()) {
      return cueFirst;
    }
    Token t = s.token(i);
    String pos = t.pos();
    int before = skipBack(s, i - 1);
    Token prev = i > 0 ? s.token(i - 1) : null;
    if (pos.equals("VBN")) {
      boolean beAux = false;
      for (int k = before + 1; k < i; k++) {
        beAux |= isAux(s.token(k), "be");
      }
      if (beAux) {
        // "Kessler has been rebuked by neighbours"; "Kessler is expected to resign"
        Optional<Attribution> byAgent = passive(text, s, i, cls, before);
        return byAgent.isPresent() ? byAgent : unnamedSource(text, s, i, cls, before);
      }
      // only the perfect: "has said"; "was reported", "the planned wall" are not attributions
      if (before + 1 >= i || !isAux(s.token(before + 1), "have")) {
        boolean haveAux = false;
        for (int k = before + 1; k < i; k++) {
          haveAux |= isAux(s.token(k), "have");
        }
        if (!haveAux && !taggedPastAfterQuote(text, s, i, cls, before)
            && !taggedPastAfterOpeningSubject(s, i, before) && !taggedPastAfterAside(s, i, before)
            && !taggedPastAfterCoordinator(s, i, before)) {
          Optional<Attribution> byAgent = passive(text, s, i, cls, before);
          return byAgent.isPresent() ? byAgent : unnamedSource(text, s, i, cls, before);
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
          // "Varga refused to say whether ...": the subject of the governing verb
          before = skipBack(s, before - 2);
        } else if (cls == CueClass.SPEECH && purposeGovernor(s, before) >= 0) {
          // "Ortiz went out of his way to say that ...", "used the speech to argue that ..."
          before = skipBack(s, purposeGovernor(s, before) - 1);
        } else if (before < 0 || !(NounPhrases.isNoun(s.token(pastCommaAdverb(s, before)))
            || NounPhrases.isPronoun(s.token(before))
            || s.token(pastCommaAdverb(s, before)).pos().equals("CD")
            || s.token(before).text().equals(",")
            && SubjectPattern.SENTENCE_HEAD.applies(s, before))) {
          return Optional.empty();
        }
        // else "Marlowe’s aides say ...", "Six in 10 say ...": a present tense tagged VB
      }
    }
    if (i + 1 < s.size() && s.token(i + 1).pos().equals("TO") && cls == CueClass.SPEECH
        && cues.is(Mark.ASPECT_VERB, t.lemma())) {
      return Optional.empty(); // "continued to play well"
    }
    if (cls == CueClass.SPEECH && prev != null && prev.text().equals(",") && i + 1 < s.size()
        && !cues.is(Mark.FORWARD_VERB, t.lemma()) && hasWord(s, 0, i - 1)
        && !hasFiniteVerb(s, 0, i - 1)) {
      Optional<Attribution> inverted = invertedAside(text, s, i, cls);
      if (inverted.isPresent()) {
        return inverted;
      }
    }
    CharSpan cue = text.span(s, i, i);
    Optional<SpeakerFinder.Subject> subject = speakers.subjectLeft(text, s, before);
    int contentStart = contentStartAfter(s, i, t.lemma());
    int contentEnd = lastContentToken(s);
    boolean clauseAfter = contentStart <= contentEnd && !adjunctOnly(s, contentStart, contentEnd)
        && (!cues.is(Mark.TOPIC_VERB, t.lemma()) || opensTopic(s, i, contentStart));
    boolean relative = subject.isPresent() && subject.get().phrase().antecedent().isPresent();
    if (relative || insideRelativeAside(s, i)) {
      // "Okafor, who was talking to farmers, did not ...": the comma closes the relative clause;
      // "Ilse Brandvold, a surveyor who advised Kessler on the fence, said ...": so does the
      // comma before the main clause's verb
      // (a cue further inside such a clause, "Okafor, who said he backs the board, said ...",
      // ends its words at the comma before the main clause's verb too)
      boolean afterComma = relative && before >= 1 && s.token(before - 1).text().equals(",");
      int comma = i + 1;
      while (comma <= contentEnd && !(s.token(comma).text().equals(",")
          && (afterComma || finiteAfter(s, comma + 1)))) {
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
        // "Ferrante answered them in turn:" / "Mayor Quilley issued this short note:"
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, AttributionRule.COLON_CUE, Optional.empty()));
      }
      if (afterCue < s.size() && s.token(afterCue).text().equals(":")) {
        // "He added: “...”" or, at the end of a paragraph, "In a 1987 lecture, she declared:"
        if (clauseAfter) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, contentStart, contentEnd), cls, AttributionRule.SUBJECT_CUE, Optional.empty()));
        }
        return cls == CueClass.SPEECH
            ? Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
                cue, cls, AttributionRule.COLON_CUE, Optional.empty()))
            : Optional.empty();
      }
      int beforeSubject = trimTokensEnd(s, subject.get().start() - 1);
      if (cls == CueClass.SPEECH && subject.get().start() > 0 && hasWord(s, 0, beforeSubject)
          && !relative) {
        // (a relative "who" stands for the noun before it: what precedes is not its content)
        // "“...,” McCain said, citing low growth" / "“...,” Espinoza said Friday." /
        // "“...,” the banker told KVRT in a talk when pressed ...": the content is before
        boolean commaAfter = i + 1 < s.size() && s.token(i + 1).text().equals(",");
        boolean quoteBefore = NounPhrases.isQuoteMark(s.token(beforeSubject));
        // "..., Espinoza said Friday.": a short verbless tail after the cue is not the content
        boolean noVerbAfter = contentStart > contentEnd
            || contentEnd - contentStart < 3 && !hasVerb(s, contentStart, contentEnd)
            && hasVerb(s, 0, beforeSubject)
            || timeTail(s, contentStart, contentEnd) && hasVerb(s, 0, beforeSubject);
        boolean quoteAfter = contentStart <= contentEnd
            && NounPhrases.isQuoteMark(s.token(contentStart));
        // "X won the regatta, the Northern Courier declared on Friday, three days after ...": a
        // reported clause does not open with a preposition or adverb, the content is before
        boolean adjunctAfter = contentStart <= contentEnd && opensAdjunct(s.token(contentStart))
            && s.token(subject.get().start() - 1).text().equals(",")
            && hasVerb(s, 0, beforeSubject) && words(s, 0, beforeSubject) >= 3;
        // "When pressed on Friday, Ortiz said ...", "Sunday on “Morning Talk,” Ortiz said ...":
        // only opening adjuncts before the subject, so the reported clause is after the cue
        boolean opener = !commaAfter && contentStart <= contentEnd
            && openerOnly(s, 0, beforeSubject);
        if (!opener && (quoteBefore || (commaAfter || noVerbAfter || adjunctAfter) && !quoteAfter)) {
          clauseAfter = false;
        }
      }
      int clauseEnd = openingClauseComma(s, i, contentEnd);
      if (clauseEnd >= 0 && clauseEnd <= contentStart + 1) {
        clauseAfter = false; // "When asked whom she supported, Ms. Brandt smiled": not its words
      }
      if (clauseAfter) {
        int end = contrastBreak(s, contentStart, contentEnd);
        if (clauseEnd >= 0) {
          end = Math.min(end, trimTokensEnd(s, clauseEnd - 1));
        }
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            text.span(s, contentStart, end), cls, AttributionRule.SUBJECT_CUE, Optional.empty()));
      }
      if (cls == CueClass.SPEECH && subject.get().start() > 0 && !relative) {
        int ce = trimTokensEnd(s, subject.get().start() - 1);
        Token bs = s.token(subject.get().start() - 1);
        boolean delimited = bs.text().equals(",") || NounPhrases.isQuoteMark(bs)
            || WordSet.DELIMITING_DASH.contains(bs.text())
            || TokenRules.isSpacedHyphen(s, subject.get().start() - 1);
        boolean commaAfter = i + 1 < s.size() && s.token(i + 1).text().equals(",");
        // "In the late 1980s, Ms. Quilley said, when she was rowing ...": an adjunct before the
        // name and a clause after the cue's comma make the cue parenthetical
        // "It was, he said, one of the worst days": a clause too short to stand alone before
        boolean parenthetical = ce >= 0 && bs.text().equals(",") && commaAfter
            && words(s, 0, ce) >= 1 && contentStart <= contentEnd
            && (hasVerb(s, contentStart, contentEnd)
            || words(s, 0, ce) < 3 && TokenRules.hasFiniteVerb(s, 0, ce)
            && words(s, contentStart, contentEnd) >= 2);
        // "As the Gazette noted, Ortiz raised ...", "..., but as Okafor noted, those voters ...": a
        // clause of manner with the cue, opening its clause, then the reported clause after its
        // comma
        if (commaAfter && mannerClause(s, subject.get().start())
            && contentStart <= contentEnd && TokenRules.hasFiniteVerb(s, contentStart, contentEnd)) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, contentStart, contentEnd), cls, AttributionRule.PARENTHETICAL_CUE,
              Optional.empty()));
        }
        if (ce >= 0 && delimited && words(s, 0, ce) >= 3
            && !(parenthetical && !TokenRules.hasFiniteVerb(s, 0, ce)) && !openerOnly(s, 0, ce)) {
          if (bs.text().equals(",") && commaAfter && continuesAfterCue(s, contentStart, contentEnd)
              && !NounPhrases.isQuoteMark(s.token(ce)) && !hasLexiconVerb(s, 0, ce)) {
            // "It is no surprise, Ortiz said, that the port lost money": the words go on after
            // the cue's comma, so they run around it
            return Optional.of(new Attribution(s.index(), cue,
                Optional.of(subject.get().phrase()), text.span(s, 0, contentEnd), cls,
                AttributionRule.PARENTHETICAL_CUE, Optional.empty()));
          }
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, 0, ce), cls, AttributionRule.CONTENT_NAME_CUE, Optional.empty()));
        }
        if (parenthetical) {
          // "This campaign, he says, is different": the content runs around the cue
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, 0, contentEnd), cls, AttributionRule.PARENTHETICAL_CUE, Optional.empty()));
        }
      }
      if (cls == CueClass.SPEECH) {
        // "He added:" or "Peng said in an interview." : a speaker for the quotes around it
        boolean colon = contentStart > i + 1 && contentStart - 1 < s.size()
            && s.token(contentStart - 1).text().equals(":");
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, colon ? AttributionRule.COLON_CUE : AttributionRule.BARE_CUE,
            Optional.empty()));
      }
      return Optional.empty();
    }
    if (cls == CueClass.SPEECH && prev != null && i + 1 < s.size() && !cues.is(Mark.FORWARD_VERB, t.lemma())
        && (prev.text().equals(",") || NounPhrases.isQuoteMark(prev))) {
      // "..., said Peng Peng, executive chairman of the Guangdong Society of Reform."
      int ce = trimTokensEnd(s, i - 1);
      if (ce < 0 || !hasWord(s, 0, ce) || !hasVerb(s, 0, ce) && !NounPhrases.isQuoteMark(prev)) {
        return Optional.empty();
      }
      if (NounPhrases.isPronoun(s.token(i + 1)) && i + 2 < s.size()
          && s.token(i + 2).posStartsWith("VB") || !hasFiniteVerb(s, 0, ce)
          && !NounPhrases.isQuoteMark(prev)) {
        // "..., including Ostrand, said they had ...": "they" opens the reported clause, and
        // words with no finite verb are no clause before the cue
        return Optional.empty();
      }
      Optional<SpeakerFinder.SpeakerRight> right = speakers.speakerRight(text, s, i + 1);
      if (right.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(s.index(), cue, Optional.of(right.get().phrase()),
          text.span(s, 0, ce), cls, AttributionRule.CONTENT_CUE_NAME, right.get().via()));
    }
    return Optional.empty();
  }

  /**
   * The comma that closes an opening adverbial clause holding cue {@code i} ("When asked whom she
   * supported, Ms. Brandt smiled": the clause that "when" opens ends at its comma, and the cue's
   * words end there: the main clause is not what it reports), or -1 when the sentence opens with
   * no such clause, the clause ended before the cue, or no comma follows up to {@code last}.
   */
  private static int openingClauseComma(Sentence s, int i, int last) {
    if (!WordSet.ADJUNCT_OPENER.contains(NounPhrases.lower(s.token(0)))) {
      return -1;
    }
    for (int k = 1; k < i; k++) {
      if (s.token(k).text().equals(",")) {
        return -1;
      }
    }
    for (int k = i + 1; k <= last; k++) {
      if (s.token(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the subject at token {@code subject} follows a word that opens a clause of manner
   * ({@code manner-opener}: "as") at the start of the sentence or of a clause, after a comma or a
   * conjunction ("But as Okafor noted", "..., and as Ortiz noted").
   */
  private static boolean mannerClause(Sentence s, int subject) {
    if (subject < 1 || !WordSet.MANNER_OPENER.contains(NounPhrases.lower(s.token(subject - 1)))) {
      return false;
    }
    if (subject == 1) {
      return true;
    }
    Token before = s.token(subject - 2);
    return before.text().equals(",") || before.pos().equals("CC")
        && (subject == 2 || s.token(subject - 3).text().equals(","));
  }

  /**
   * "The contrast with the mayor, said Vela and others, would be clear": an inverted cue and its
   * speaker between commas after a subject with no finite verb yet, and the clause goes on with
   * its verb after them; the reported words run around the cue. Empty otherwise.
   */
  private Optional<Attribution> invertedAside(AnalyzedText text, Sentence s, int i, CueClass cls) {
    Optional<SpeakerFinder.SpeakerRight> right = speakers.speakerRight(text, s, i + 1);
    if (right.isEmpty()) {
      return Optional.empty();
    }
    int end = lastContentToken(s);
    int after = i + 1;
    while (after <= end && s.token(after).start() < right.get().phrase().mention().end()) {
      after++;
    }
    // past the rest of the speaker's phrase ("and others", "like Ada Brandvold") and at most
    // one appositive ("a Danish engineer"), then the clause's verb
    for (int comma = 0; ; after++) {
      if (after + 1 > end || after - i > MAX_INVERTED_SPEAKER || NounPhrases.isQuoteMark(s.token(after))
          || s.token(after).posStartsWith("VB") || s.token(after).pos().equals("MD")) {
        return Optional.empty();
      }
      if (s.token(after).text().equals(",")) {
        Token next = s.token(after + 1);
        if (TokenRules.isFinite(next) || next.pos().startsWith("RB") && after + 2 <= end
            && TokenRules.isFinite(s.token(after + 2))) {
          break;
        }
        if (++comma > 1) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i),
        Optional.of(right.get().phrase()), text.span(s, 0, end), cls,
        AttributionRule.PARENTHETICAL_CUE, right.get().via()));
  }

  /**
   * "The senator called/VBN on the mayor to resign": a cue the tagger read as a participle, right
   * after the noun phrase that opens the sentence and with no agent after it, before a preposition
   * and the infinitive or the clause it reports (or "for" and what it asks for: "The senator
   * called/VBN for a vote"), is the simple past (a reduced relative, "The
   * senator called on by the party", has no such complement).
   */
  private boolean taggedPastAfterOpeningSubject(Sentence s, int i, int before) {
    if (before != i - 1 || i < 2 || !NounPhrases.isNoun(s.token(before))
        || NounPhrases.startLeft(s, before) != 0) {
      return false;
    }
    int start = contentStartAfter(s, i, s.token(i).lemma());
    return start < s.size() && start > i + 1 && !NounPhrases.lower(s.token(i + 1)).equals("by")
        && (s.token(start).pos().equals("TO") || TokenRules.hasFiniteVerb(s, start, s.size() - 1)
        && NounPhrases.lower(s.token(start - 1)).equals("that")
        // "called for a vote", but not "The man called for jury duty was late"
        || start == i + 2 && cues.is(Mark.FOR_VERB, s.token(i).lemma())
        && !TokenRules.hasFiniteVerb(s, start, s.size() - 1));
  }

  /**
   * "Ortiz thanked the crew and called/VBN on the board to resign": a verb the tagger read as a
   * participle right after "and" or "but", with a finite past verb (no auxiliary) earlier in the
   * sentence and no agent after it, is that verb's coordinated simple past.
   */
  private static boolean taggedPastAfterCoordinator(Sentence s, int i, int before) {
    if (before != i - 1 || before < 2 || !s.token(before).pos().equals("CC")
        || agentFollows(s, i)) {
      return false;
    }
    for (int k = before - 1; k >= 0; k--) {
      Token x = s.token(k);
      if (NounPhrases.isQuoteMark(x)) {
        return false;
      }
      if (x.pos().equals("VBD")) {
        return !isAux(x, "be") && !isAux(x, "have") && !isAux(x, "do");
      }
    }
    return false;
  }

  /** Whether "by" right after the verb at {@code i} names an agent ("called on by the party"). */
  private static boolean agentFollows(Sentence s, int i) {
    return i + 1 < s.size() && NounPhrases.lower(s.token(i + 1)).equals("by");
  }

  /**
   * "Veller — who opposed the plan — said/VBN at a rally that ...": a verb the tagger read as a
   * participle right after the dash that closes an aside, with a noun or pronoun right before the
   * aside's opening dash, is the simple past of that subject's clause; so is one right after the
   * comma that closes an aside after a name that opens the sentence ("Lena Ortiz, the harbor
   * pilot, tweeted/VBN that ..."), unless "by" names an agent after it.
   */
  private static boolean taggedPastAfterAside(Sentence s, int i, int before) {
    boolean comma = before >= 0 && s.token(before).text().equals(",");
    if (before != i - 1 || before < 3 || !TokenRules.isDash(s, before) && !comma
        || agentFollows(s, i)) {
      return false;
    }
    for (int d = before - 2; d >= 1; d--) {
      if (NounPhrases.isQuoteMark(s.token(d))) {
        return false;
      }
      if (comma ? s.token(d).text().equals(",") : TokenRules.isDash(s, d)) {
        Token head = s.token(d - 1);
        if (!comma) {
          return NounPhrases.isNoun(head) || NounPhrases.isPronoun(head);
        }
        // "Erin Vale, the harbor's pilot, endorsed/VBN the plan": a name that opens the sentence
        // (or its clause after an opening phrase) before the aside
        int start = NounPhrases.startLeft(s, d - 1);
        return NounPhrases.isProper(head) && (start == 0 || s.token(start - 1).text().equals(","));
      }
    }
    return false;
  }

  /**
   * "“We are nowhere near the finish,” Ostrander declared/VBN.": a speech verb the tagger read as a
   * participle, right after a quote and its speaker, is the simple past.
   */
  private boolean taggedPastAfterQuote(
      AnalyzedText text, Sentence s, int i, CueClass cls, int before) {
    if (cls != CueClass.SPEECH || before != i - 1) {
      return false;
    }
    Optional<SpeakerFinder.Subject> subject = speakers.subjectLeft(text, s, before);
    if (subject.isPresent() && subject.get().start() == 0 && s.index() > 0
        && (i + 1 >= s.size() || NounPhrases.isPunct(s.token(i + 1)))) {
      // "“... the spring.” Ostrander said/VBN." split after the quote: the sentence is only the cue
      Sentence prev = text.sentences().get(s.index() - 1);
      return NounPhrases.isQuoteMark(prev.token(prev.size() - 1));
    }
    if (subject.isEmpty() || subject.get().start() < 2) {
      return false;
    }
    Token a = s.token(subject.get().start() - 1);
    Token b = s.token(subject.get().start() - 2);
    return NounPhrases.isQuoteMark(a) && (b.text().equals(",") || b.text().equals("?")
        || b.text().equals("!")) || a.text().equals(",") && NounPhrases.isQuoteMark(b);
  }

  /** "O’Dwyer’s exit was first noted by KVRT": the agent after "by" speaks. */
  private Optional<Attribution> passive(
      AnalyzedText text, Sentence s, int i, CueClass cls, int before) {
    boolean beAux = false;
    for (int k = before + 1; k < i; k++) {
      beAux |= isAux(s.token(k), "be");
    }
    if (i + 1 >= s.size() || before < 0 || !beAux) {
      return Optional.empty();
    }
    // "was rebuked by neighbours", "has been criticised over the budget by Halima Oduya"
    int by = i + 1;
    while (by < Math.min(s.size(), i + 8) && !s.token(by).text().equalsIgnoreCase("by")
        && !s.token(by).text().equals(",") && !s.token(by).posStartsWith("VB")) {
      by++;
    }
    if (by >= s.size() || !s.token(by).text().equalsIgnoreCase("by")) {
      return Optional.empty();
    }
    int agent = by + 1;
    if (agent >= s.size()) {
      return Optional.empty();
    }
    int end = NounPhrases.endRight(s, agent);
    Optional<SpeakerPhrase> sp = phrases.speaker(text, s, agent, end);
    int ce = trimTokensEnd(s, before);
    if (sp.isEmpty() || ce < 0 || !hasWord(s, 0, ce)) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, by), sp, text.span(s, 0, ce),
        cls, AttributionRule.PASSIVE_BY, Optional.empty()));
  }

  /** Most tokens of an adjunct between a question verb and its question ("asked on Monday"). */
  private static final int MAX_ADJUNCT_BEFORE_QUESTION = 6;

  /**
   * Attributions of a participle {@code i} with no named source: "Kessler is expected to resign"
   * (a {@code passive} verb after a form of "be", then "to" and a verb: {@code passive-to}, the
   * content is the infinitive) and "Asked whether she would run, Ortiz said ...", "When asked
   * about the plan, ...", "Ortiz was asked if ..." (a {@code question} verb opening the sentence,
   * after a conjunction of time or after a form of "be", then an embedded question, "about" or
   * "to": {@code question}, the content is the question up to its comma, the asker the agent of
   * "by X" if any).
   */
  private Optional<Attribution> unnamedSource(
      AnalyzedText text, Sentence s, int i, CueClass cls, int before) {
    String lemma = s.token(i).lemma();
    boolean beAux = false;
    int auxStart = i;
    for (int k = before + 1; k < i; k++) {
      if (isAux(s.token(k), "be")) {
        beAux = true;
        auxStart = Math.min(auxStart, k);
      }
    }
    int k = i + 1;
    while (k < s.size() && s.token(k).pos().startsWith("RB")) {
      k++;
    }
    int last = lastContentToken(s);
    if (cues.is(Mark.PASSIVE_TO_VERB, lemma)) {
      if (!beAux || before < 0 || k + 1 > last || !s.token(k).pos().equals("TO")
          || !s.token(k + 1).pos().equals("VB")) {
        return Optional.empty();
      }
      int end = contrastBreak(s, k, last);
      if (TokenRules.isRelative(s.token(before))) {
        // "The ferry, which is expected to draw crowds, arrives ...": the relative clause's end
        for (int m = k; m <= end; m++) {
          if (s.token(m).text().equals(",")) {
            end = trimTokensEnd(s, m - 1);
            break;
          }
        }
      }
      return Optional.of(new Attribution(s.index(), text.span(s, auxStart, i), Optional.empty(),
          text.span(s, k, end), cls, AttributionRule.PASSIVE_TO, Optional.empty()));
    }
    if (!cues.is(Mark.QUESTION_VERB, lemma)) {
      return Optional.empty();
    }
    // "Asked ...", "When asked ...", "after being asked ...", "Ortiz was asked ...", and a time
    // clause later in the sentence: "“...,” Ortiz said when asked whether ...", "Ortiz smiled
    // when asked about the vote"
    boolean opening = before < 0 || before >= 0 && WordSet.ADJUNCT_OPENER.contains(
        NounPhrases.lower(s.token(before))) && (before == 0 || i == before + 1) || beAux;
    if (!opening || k > last) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> asker = Optional.empty();
    if (NounPhrases.lower(s.token(k)).equals("by") && k + 1 <= last) {
      int end = NounPhrases.endRight(s, k + 1);
      asker = phrases.speaker(text, s, k + 1, end);
      k = end + 1;
    }
    int q = k;
    while (q <= last && q < k + MAX_ADJUNCT_BEFORE_QUESTION && !opensQuestion(s, q)
        && (NounPhrases.inPhrase(s.token(q)) || s.token(q).pos().equals("IN")
        || s.token(q).pos().startsWith("RB"))) {
      q++; // "asked on Monday whether", "asked during a debate why"
    }
    if (q > last || !opensQuestion(s, q)) {
      return Optional.empty();
    }
    int end = q;
    while (end <= last && (beAux || !s.token(end).text().equals(","))) {
      end++; // an opening participle's question ends at its comma, a passive's with the clause
    }
    int ce = beAux ? contrastBreak(s, q, last) : trimTokensEnd(s, end - 1);
    if (ce <= q) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(s.index(), text.span(s, beAux ? auxStart : i, i), asker,
        text.span(s, q, ce), cls, AttributionRule.QUESTION, Optional.empty()));
  }

  /** Whether token {@code q} opens a question's content: "whether", "about", "to" and a verb. */
  private static boolean opensQuestion(Sentence s, int q) {
    String w = NounPhrases.lower(s.token(q));
    return WordSet.QUESTION_WORD.contains(w) && !w.equals("when") || w.equals("about")
        || s.token(q).pos().equals("TO") && q + 1 < s.size() && s.token(q + 1).pos().equals("VB");
  }

  private Optional<Attribution> participle(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    int cs = contentStartAfter(s, i, s.token(i).lemma());
    int ce = lastContentToken(s);
    if (cs > ce || adjunctOnly(s, cs, ce)
        || cues.is(Mark.TOPIC_VERB, s.token(i).lemma()) && !opensTopic(s, i, cs)) {
      return Optional.empty();
    }
    Optional<Attribution> fronted = participles.frontedAdjunct(text, s, i, cls, cs, ce);
    if (fronted.isPresent()) {
      return fronted;
    }
    Optional<SpeakerPhrase> speaker = participles.speaker(text, s, i, earlier);
    return Optional.of(new Attribution(s.index(), text.span(s, i, i), speaker,
        text.span(s, cs, resumedQuoteBreak(s, i, cs, coordinatedVerbBreak(s, i, cs, ce))), cls,
        AttributionRule.PARTICIPLE,
        Optional.empty()));
  }

  /** Most words between a governing verb and the "to" of its purpose infinitive. */
  private static final int MAX_PURPOSE_GAP = 7;

  /**
   * "went out of his way to say", "used the speech to argue", "took to the radio to insist": the
   * index of the verb that governs the "to" at {@code to} across its object and phrases (nouns,
   * determiners, prepositions, particles, adverbs), when none of them names someone who could speak
   * instead ("asked reporters to say": the reporters would); -1 otherwise.
   */
  private int purposeGovernor(Sentence s, int to) {
    if (to < 2 || !s.token(to).pos().equals("TO")) {
      return -1;
    }
    for (int m = to - 1; m >= Math.max(0, to - MAX_PURPOSE_GAP); m--) {
      Token t = s.token(m);
      if (t.posStartsWith("VB")) {
        return m < to - 1 && (TokenRules.isFinite(t) || t.pos().equals("VBN"))
            && cues.verb(t.lemma()).isEmpty() ? m : -1;
      }
      if (t.pos().equals("PRP") || t.isNamed() || phrases.isSourceNoun(t)
          || !(NounPhrases.inPhrase(t) || t.pos().equals("IN") || t.pos().equals("RP")
          || t.pos().equals("TO") || t.pos().startsWith("RB"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether tokens {@code [start, end]} after a cue's comma go on with the words before the
   * cue ("..., Ortiz said, that the port lost money", "..., she says, especially in winter"): two
   * words or more, not a participle of its own ("..., Ortiz said, adding that ...") and no verb
   * of the lexicon that could report words of another speaker ("..., records show, and experts
   * say ..."); the caller asks the same of the words before the cue ("Growers were hoping to
   * sell rice, they argued, ...": "hoping" keeps its own words).
   */
  private boolean continuesAfterCue(Sentence s, int start, int end) {
    return start <= end && words(s, start, end) >= 2 && !s.token(start).pos().equals("VBG")
        && !hasLexiconVerb(s, start, end);
  }

  /** Whether a verb of the lexicon stands among tokens {@code [from, to]} (a cue of its own). */
  private boolean hasLexiconVerb(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      Token x = s.token(k);
      if (x.posStartsWith("VB") && cues.verb(x.lemma()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words after a cue, {@code start..end}, open with a time word and hold no verb up
   * to the next comma, and then end or go on with a participle ("..., Ortiz said Tuesday in
   * Tarvik, noting that ..."): a time and place of the saying, not what was said.
   */
  private boolean timeTail(Sentence s, int start, int end) {
    if (start > end || !cues.is(Mark.TIME_WORD, s.token(start).text())) {
      return false;
    }
    int comma = start;
    while (comma <= end && !s.token(comma).text().equals(",")) {
      comma++;
    }
    return !hasVerb(s, start, comma - 1)
        && (comma >= end || s.token(comma + 1).pos().equals("VBG"));
  }

  /**
   * The end of the words {@code start..end} of participle {@code cue} before a quotation that
   * resumes the quote opening the sentence: "“A,” Vance wrote, explaining why he left, “but B.”"
   * (or "..., describing the plan as a gamble: “B.”"). The participle is an aside of the quote's
   * attribution; the quotation after its comma goes on with the first quote's cue and speaker (see
   * {@code QuoteAssembler}), and the participle reports only "why he left". Only where the words
   * before the mark are something the verb reports by itself: an embedded question or a noun
   * phrase where its line allows one (not the addressee of a verb like "tell"), a topic after a
   * topic verb ("speaking of the mayor"); not "that" and a subject the quotation goes on ("noting
   * that the board, “has failed”") nor a phrase after a verb whose words are the quote ("adding of
   * the mayor, “B”"). {@code end} otherwise, and where the sentence does not open with a quotation
   * closed before the participle or no quotation opens after a comma or colon.
   */
  private int resumedQuoteBreak(Sentence s, int cue, int start, int end) {
    if (!isDoubleMark(s.token(0)) || !reportsAlone(s, cue, start)) {
      return end;
    }
    int marks = 0;
    for (int k = 0; k < start; k++) {
      marks += isDoubleMark(s.token(k)) ? 1 : 0;
    }
    if (marks < 2 || marks % 2 != 0) {
      return end;
    }
    for (int k = start + 1; k <= end; k++) {
      if (isDoubleMark(s.token(k))) {
        String w = s.token(k - 1).text();
        int e = trimTokensEnd(s, k - 2);
        return (w.equals(",") || w.equals(":")) && e >= start ? e : end;
      }
    }
    return end;
  }

  /**
   * Whether participle {@code cue} reports the words opening at {@code start} without a quotation
   * after them (see {@link #resumedQuoteBreak}).
   */
  private boolean reportsAlone(Sentence s, int cue, int start) {
    String lemma = s.token(cue).lemma();
    String w = NounPhrases.lower(s.token(start));
    if (w.equals("that") || NounPhrases.lower(s.token(start - 1)).equals("that")) {
      return false;
    }
    if (WordSet.QUESTION_WORD.contains(w)) {
      return cues.reportsWith(lemma, CueConstruction.Kind.QUESTION);
    }
    if (s.token(start).pos().equals("IN")) {
      return cues.is(Mark.TOPIC_VERB, lemma);
    }
    return cues.reportsWith(lemma, CueConstruction.Kind.NOUN_PHRASE)
        && !cues.is(Mark.OBJECT_VERB, lemma);
  }

  /** A double quotation mark, opening or closing ("“", "”", '"', "``", "''", "«", "»", "„"). */
  private static boolean isDoubleMark(Token t) {
    String x = t.text();
    return NounPhrases.isQuoteMark(t) && !x.equals("‘") && !x.equals("’") && !x.equals("'");
  }

  /**
   * The end of the words that participle cue {@code cue} reports, {@code start..end}, before "and"
   * or "but" and another participle ("calling it a waste and vowing to appeal"): a second verb of
   * the same subject, with words of its own (tried for finite cues too, and dropped: there "and"
   * as often joins two verbs of the reported clause). {@code end} if there is none.
   */
  private static int coordinatedVerbBreak(Sentence s, int cue, int start, int end) {
    if (!s.token(cue).pos().equals("VBG")) {
      return end;
    }
    boolean inQuote = false;
    for (int k = start + 2; k < end; k++) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t)) {
        inQuote = !inQuote;
      }
      if (inQuote || !WordSet.CUE_COORDINATOR.contains(NounPhrases.lower(t))) {
        continue;
      }
      int v = k + 1;
      while (v < end && s.token(v).pos().startsWith("RB")) {
        v++;
      }
      if (s.token(v).pos().equals("VBG")) {
        return trimTokensEnd(s, k - 1);
      }
    }
    return end;
  }

  /**
   * The end of a reported clause before ", but X VERB ..." (", and", ", while", ", whereas", ",
   * yet": a joined clause with its own subject and finite verb, outside quotation marks, is the
   * writer's, not the speaker's), and before ", which he called ...", ", who aides say ...": a
   * relative clause with a subject of its own reports someone's words on the noun before it, an
   * attribution of its own; {@code end} if there is none.
   */
  private static int contrastBreak(Sentence s, int start, int end) {
    boolean inQuote = false;
    for (int k = start + 1; k + 2 <= end; k++) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t)) {
        inQuote = !inQuote;
      }
      if (inQuote || !t.text().equals(",")) {
        continue;
      }
      String w = NounPhrases.lower(s.token(k + 1));
      if (!WordSet.CLAUSE_AFTER_COMMA.contains(w) && !TokenRules.isRelative(s.token(k + 1))) {
        continue;
      }
      int subj = k + 2;
      if (subj <= end && (NounPhrases.isPronoun(s.token(subj)) || NounPhrases.isNoun(s.token(subj))
          || s.token(subj).pos().equals("DT"))) {
        int v = NounPhrases.isPronoun(s.token(subj)) ? subj + 1 : NounPhrases.endRight(s, subj) + 1;
        while (v <= end && s.token(v).pos().startsWith("RB")) {
          v++;
        }
        if (v <= end && TokenRules.isFinite(s.token(v))) {
          return trimTokensEnd(s, k - 1);
        }
      }
    }
    return end;
  }

  /** Whether token {@code k}, past adverbs, is a finite verb (a clause's verb, not a phrase's). */
  /**
   * Whether cue {@code i} stands inside a relative clause that an aside opens ("Okafor, who said
   * he backs the board, said ..."): a comma and "who", "which" or "whose" before it with no comma
   * between.
   */
  private static boolean insideRelativeAside(Sentence s, int i) {
    for (int k = i - 1; k >= 1; k--) {
      if (s.token(k).text().equals(",")) {
        return false;
      }
      if (s.token(k - 1).text().equals(",") && (TokenRules.isRelative(s.token(k))
          || s.token(k).pos().equals("WP$"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean finiteAfter(Sentence s, int k) {
    while (k < s.size() && s.token(k).pos().startsWith("RB")) {
      k++;
    }
    return k < s.size() && TokenRules.isFinite(s.token(k));
  }

  /** Whether the words after topic verb {@code i} open with "about", "of", "on" or "that". */
  private static boolean opensTopic(Sentence s, int i, int contentStart) {
    for (int k = i + 1; k <= contentStart && k < s.size(); k++) {
      String w = NounPhrases.lower(s.token(k));
      if (w.equals("about") || w.equals("of") || w.equals("on") || w.equals("that")) {
        return true;
      }
      if (!s.token(k).pos().startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code from..to} are only adjuncts that open a sentence, each between commas:
   * a subordinate clause ("When he visited the plant", "As the crowd cheered"), a prepositional
   * phrase ("In the wake of the vote", "To loud applause"), a participle ("Pressed by reporters",
   * "Speaking on Sunday"), an adverb ("Earlier this year") or a time expression ("Friday
   * morning"), with a relative clause after it ("During the interview, which aired Sunday").
   * Such words are not what the subject after them reports. A part that opens with a quotation
   * mark or a noun ("In 2014, the plan failed") is a clause: false. Linear in the span.
   */
  private boolean openerOnly(Sentence s, int from, int to) {
    int marks = 0;
    for (int m = from; m <= to; m++) {
      marks += NounPhrases.isQuoteMark(s.token(m)) ? 1 : 0;
    }
    if (to < from || marks % 2 != 0) {
      return false; // a quote's closing mark whose opening stands before the sentence
    }
    int k = from;
    while (k <= to) {
      int end = k;
      boolean inQuote = false;
      while (end <= to && (inQuote || !s.token(end).text().equals(","))) {
        if (NounPhrases.isQuoteMark(s.token(end))) {
          inQuote = !inQuote;
        }
        end++;
      }
      int first = k;
      while (first < end && NounPhrases.isQuoteMark(s.token(first)) && first > from) {
        first++; // the closing mark of a title: "on “Morning Talk,” Ortiz said"
      }
      if (first < end && !opensOpener(s, first, end - 1)) {
        return false;
      }
      k = end + 1;
    }
    return true;
  }

  /** Whether the comma-free part {@code first..last} is an opening adjunct (see openerOnly). */
  private boolean opensOpener(Sentence s, int first, int last) {
    Token t = s.token(first);
    String w = NounPhrases.lower(t);
    if (first < last && t.pos().equals("CC")) {
      t = s.token(++first); // "But when ...", "And at the urging of ..."
      w = NounPhrases.lower(t);
    }
    if (first > 0 && (t.pos().equals("WDT") || t.pos().equals("WP"))) {
      return true; // a relative clause after the adjunct before it
    }
    if (cues.is(Mark.TIME_WORD, w) || cues.is(Mark.TIME_WORD, t.lemma())) {
      return !TokenRules.hasFiniteVerb(s, first, last); // "Friday morning", "Last week"
    }
    if (first < last && (t.pos().equals("DT") || t.pos().equals("JJ"))
        && cues.is(Mark.TIME_WORD, NounPhrases.lower(s.token(first + 1)))) {
      return !TokenRules.hasFiniteVerb(s, first, last); // "Last week", "This morning"
    }
    if (t.pos().equals("WRB")) {
      return true;
    }
    if (t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().startsWith("RB")) {
      // "Pressed by reporters", "Earlier this year"; not a gerund subject ("Seeing it led him
      // to ...") nor an adverb before a clause ("Usually we get it back")
      // (verbs of an embedded question or infinitive may follow: "Asked whether she would run")
      for (int m = first + 1; m <= last; m++) {
        Token x = s.token(m);
        if (WordSet.QUESTION_WORD.contains(NounPhrases.lower(x)) || x.pos().equals("TO")
            || x.pos().equals("WDT") || x.pos().equals("WP")) {
          return true;
        }
        if (x.posStartsWith("VB") || x.pos().equals("MD")) {
          return false;
        }
      }
      return true;
    }
    if (t.pos().equals("TO") || t.pos().equals("IN") && !w.equals("that")) {
      // a subordinate clause has its own verb; a preposition's phrase has none before a relative
      if (TokenRules.opensSubordinate(t) && !WordSet.PHRASE_PREPOSITION.contains(w)) {
        return true;
      }
      for (int m = first + 1; m <= last; m++) {
        Token x = s.token(m);
        if (x.pos().equals("WDT") || x.pos().equals("WP")) {
          return true;
        }
        if (TokenRules.isFinite(x)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether {@code t} opens an adjunct rather than a clause: "on", "in", "later", "when". */
  private static boolean opensAdjunct(Token t) {
    String w = NounPhrases.lower(t);
    return (t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("WRB"))
        && !w.equals("that") && !w.equals("whether") && !w.equals("if") && !w.equals("how")
        && !w.equals("why");
  }

  /** Most tokens of an adjunct between a cue and the colon before its quote. */
  private static final int MAX_ADJUNCT_BEFORE_COLON = 8;

  /**
   * "wrote in a letter on Friday: “...”", "said in response: “...”": where a short adjunct (a
   * preposition and its noun phrases, time words) after the cue ends in a colon and a quotation
   * mark, the reported words start at the colon; {@code k} otherwise.
   */
  private static int pastAdjunctBeforeColonQuote(Sentence s, int k) {
    if (k >= s.size() || !s.token(k).pos().equals("IN")) {
      return k;
    }
    for (int c = k + 1; c < s.size() && c <= k + MAX_ADJUNCT_BEFORE_COLON; c++) {
      Token t = s.token(c);
      if (t.text().equals(":")) {
        return c + 1 < s.size() && NounPhrases.isQuoteMark(s.token(c + 1)) ? c : k;
      }
      if (!(NounPhrases.inPhrase(t) || t.pos().equals("IN") || t.pos().startsWith("RB"))) {
        return k;
      }
    }
    return k;
  }

  /**
   * "called on the mayor to resign", "called for Ortiz to step aside": for a verb that reports
   * with an infinitive, the index of "to" after a preposition of the addressee ({@code
   * addressee-preposition}) and its noun phrase or pronoun at {@code k}; {@code k} otherwise.
   */
  private int pastAddressee(Sentence s, int k, String lemma) {
    int n = s.size();
    if (k + 3 >= n || !cues.reportsWith(lemma, CueConstruction.Kind.INFINITIVE)
        || !WordSet.ADDRESSEE_PREPOSITION.contains(NounPhrases.lower(s.token(k)))) {
      return k;
    }
    Token first = s.token(k + 1);
    int end = NounPhrases.isPronoun(first) ? k + 1
        : NounPhrases.inPhrase(first) ? NounPhrases.endRight(s, k + 1) : -1;
    return end > k && end + 2 < n && s.token(end + 1).pos().equals("TO")
        && s.token(end + 2).pos().equals("VB") ? end + 1 : k;
  }

  /** Where the reported clause starts after cue {@code i}: past an addressee, "that", ":". */
  private int contentStartAfter(Sentence s, int i, String lemma) {
    int k = i + 1;
    int n = s.size();
    while (k < n && s.token(k).pos().startsWith("RB")) {
      k++;
    }
    if (k + 1 < n && cues.is(Mark.FOR_VERB, lemma) && NounPhrases.lower(s.token(k)).equals("for")
        && (NounPhrases.isPronoun(s.token(k + 1)) || NounPhrases.inPhrase(s.token(k + 1)))) {
      return k + 1; // "called for a ban", "called for Ortiz to step aside": what is asked for
    }
    int addressee = pastAddressee(s, k, lemma); // "on" may be read as a particle ("called on")
    while (k < n && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("RP"))) {
      k++;
    }
    k = Math.max(k, addressee);
    if (cues.is(Mark.OBJECT_VERB, lemma) && k < n
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
    k = pastAdjunctBeforeColonQuote(s, k);
    while (k < n && (s.token(k).text().equals(",") || s.token(k).text().equals(":"))) {
      k++;
    }
    return k;
  }
}
