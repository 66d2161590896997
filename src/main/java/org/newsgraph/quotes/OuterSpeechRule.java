package org.newsgraph.quotes;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.newsgraph.AttributionRule;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Lifts an inner attribution to the speech verb that frames it: in "Marine biology researchers and
 * Norwegian regulators, meanwhile, said they believed Portugal caused ..." the rules may find only
 * "they believed ...", while the words are the regulators' ("said" frames "they believed"; PolNeAR
 * gives the whole clause to the outer speaker). When the inner attribution's subject stands right
 * after a verb of saying (or after its "that") that no attribution of the sentence uses as cue,
 * the attribution becomes that verb's ({@code subject-cue}): its speaker is the subject of the
 * nearest finite verb before it that has one ("Moll admitted ..., but said her team had
 * found ..." gives Moll), its content runs from the inner subject to the inner content's end. No
 * speaker found, no change. Work per attribution is bounded by its sentence's length and the
 * sentence's few candidates (look-backs of at most a few tokens).
 */
final class OuterSpeechRule extends SentenceRule {

  /** Tags of a finite verb of saying that frames a clause: "said", "says", "say". */
  private static final ImmutableSet<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP");

  /** Most tokens of an aside or time phrase between a framing verb and the inner subject. */
  private static final int MAX_ASIDE = 6;

  OuterSpeechRule(SpeakerFinder speakers) {
    super(speakers);
  }

  /**
   * {@code a} lifted to the speech verb that frames it, or {@code a} itself; {@code found} holds
   * the sentence's attributions (a verb that is already a cue is not taken), {@code quoted} tells
   * which offsets stand inside quotation marks.
   */
  Attribution lift(AnalyzedText text, Sentence s, Attribution a, List<Attribution> found,
      IntPredicate quoted) {
    if (a.rule() != AttributionRule.SUBJECT_CUE || a.speaker().isEmpty()) {
      return a;
    }
    int j = tokenAt(s, a.speaker().get().mention().start());
    if (j < 2) {
      return a;
    }
    int v = verbBefore(s, j);
    if (v < 1) {
      return a;
    }
    Token verb = s.token(v);
    if (quoted.test(verb.start()) || !FINITE.contains(verb.pos())
        || cues.verb(verb.lemma()).orElse(null) != CueClass.SPEECH) {
      return a;
    }
    for (Attribution other : found) {
      if (other.cue().start() <= verb.start() && verb.end() <= other.cue().end()) {
        return a;
      }
    }
    final int at = v;
    Optional<SpeakerPhrase> outer = speakers.nearestSubject(text, s, at + 1)
        .or(() -> phraseBefore(text, s, at));
    if (outer.isEmpty() || outer.get().mention().end() > verb.start()) {
      return a;
    }
    int end = Math.max(a.content().end(), s.token(j).end());
    return new Attribution(a.sentence(), text.span(s, v, v), outer,
        text.span(s.token(j).start(), end), CueClass.SPEECH, AttributionRule.SUBJECT_CUE, a.via());
  }

  /**
   * {@code a} with the framing clause's subject as its speaker where its own subject is a pronoun
   * that stands right after that clause's verb and agrees with its subject: in "Mira Kessel is
   * not sure she will travel" or "Moll claimed he learned" the pronoun is the outer subject again,
   * and the words belong to the outer clause's speaker (PolNeAR's source), so the speaker mention
   * becomes that subject; the entity stays the one the pronoun stands for. Bounded look back.
   */
  Attribution outerSubject(AnalyzedText text, Sentence s, Attribution a) {
    if (a.rule() != AttributionRule.SUBJECT_CUE || a.speaker().isEmpty()
        || a.speaker().get().form() != SpeakerPhrase.Form.PRONOUN) {
      return a;
    }
    SpeakerPhrase inner = a.speaker().get();
    String p = inner.mention().text().toLowerCase(java.util.Locale.ROOT);
    boolean singular = Gender.ofPronoun(p) != Gender.UNKNOWN;
    if (!singular && !p.equals("they")) {
      return a;
    }
    int j = tokenAt(s, inner.mention().start());
    int k = j < 2 ? -1 : verbBefore(s, j);
    if (k < 1 || !(s.token(k).posStartsWith("VB") || s.token(k).posStartsWith("JJ"))) {
      return a;
    }
    Optional<SpeakerPhrase> outer = speakers.nearestSubject(text, s, k + 1);
    if (outer.isEmpty() || outer.get().form() == SpeakerPhrase.Form.PRONOUN
        || outer.get().mention().end() > s.token(k).start()
        || outer.get().antecedent().isPresent()) {
      return a;
    }
    boolean plural = lastPlural(s, outer.get());
    if (singular && (plural || !outer.get().gender().compatibleWith(inner.gender()))
        || !singular && !plural) {
      return a;
    }
    return a.withSpeaker(outer, a.rule());
  }

  /** Whether the phrase's last word is a plural noun ("officials", "Republicans"). */
  private static boolean lastPlural(Sentence s, SpeakerPhrase p) {
    for (int k = s.size() - 1; k >= 0; k--) {
      if (s.token(k).end() <= p.mention().end() && s.token(k).start() >= p.mention().start()) {
        return s.token(k).pos().equals("NNS") || s.token(k).pos().equals("NNPS");
      }
    }
    return false;
  }

  /**
   * The token before subject {@code j} that may be its framing verb: right before it, or before
   * "that", an aside between commas ("said, if chosen, she would ...") and time words ("made
   * clear Friday morning that he hopes"); -1 if the gap is longer.
   */
  private int verbBefore(Sentence s, int j) {
    int k = j - 1;
    if (k >= 0 && s.token(k).text().equals(",")) {
      int m = k - 1;
      while (m >= 0 && k - m <= MAX_ASIDE && !s.token(m).text().equals(",")) {
        m--;
      }
      if (m < 0 || k - m > MAX_ASIDE) {
        return -1;
      }
      k = m - 1;
    }
    if (k >= 0 && s.token(k).text().equalsIgnoreCase("that")) {
      k--;
    }
    int time = 0;
    while (k >= 0 && time < MAX_ASIDE && cues.is(Mark.TIME_WORD, s.token(k).text())) {
      k--;
      time++;
    }
    return k;
  }

  /**
   * The noun phrase that ends right before verb {@code v} (past its adverbs and auxiliaries) where
   * the subject finder takes none: "Those over 60 say", "Another said", "A self-described
   * moderate, Ferreira said". A number or determiner heads it too ("Nearly a third say").
   */
  private Optional<SpeakerPhrase> phraseBefore(AnalyzedText text, Sentence s, int v) {
    int b = TokenRules.skipBack(s, v - 1);
    if (b < 0) {
      return Optional.empty();
    }
    Token tb = s.token(b);
    if (!NounPhrases.isNoun(tb) && !tb.pos().equals("CD") && !tb.pos().equals("DT")) {
      return Optional.empty();
    }
    int st = NounPhrases.isNoun(tb) ? NounPhrases.startLeft(s, b) : b;
    Optional<SpeakerPhrase> p = phrases.speaker(text, s, st, b);
    if (p.isPresent()) {
      return p;
    }
    boolean name = s.token(st).pos().startsWith("NNP");
    return Optional.of(new SpeakerPhrase(text.span(s, st, b),
        name ? SpeakerPhrase.Form.NAME : SpeakerPhrase.Form.DESCRIPTION, true, Gender.UNKNOWN,
        Optional.empty(), Optional.empty()));
  }

  /** The index of the token of {@code s} that starts at {@code offset}, or -1. */
  private static int tokenAt(Sentence s, int offset) {
    for (int k = 0; k < s.size(); k++) {
      if (s.token(k).start() == offset) {
        return k;
      }
      if (s.token(k).start() > offset) {
        return -1;
      }
    }
    return -1;
  }
}
