package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon.Phrase;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the attributions of one sentence from its tokens and tags (no parse), in one pass over
 * its tokens: each cue verb goes to {@link CueVerbRule}, each "according to" phrase to {@link
 * AccordingToRule}, each claim noun ("his claim that") to {@link NounCueRule}, and {@link
 * AttributionChooser} keeps the outer, non-overlapping ones. The "Name: ..." headline form is
 * {@link HeadlineRule}'s. Work is linear in the sentence's length.
 */
final class ReportedSpeechFinder {


  private final SpeechCueLexicon cues;
  private final CueVerbRule verbs;
  private final AccordingToRule accordingTo;
  private final HeadlineRule headline;
  private final NounCueRule nouns;
  private final SplitQuoteRule split;
  private final SpeakerFinder speakers;
  private final ColonNameRule colonName;
  private final OuterSpeechRule outer;

  ReportedSpeechFinder(SpeechCueLexicon cues, NounPhrases phrases) {
    this.cues = cues;
    this.speakers = new SpeakerFinder(cues, phrases);
    this.verbs = new CueVerbRule(speakers);
    this.accordingTo = new AccordingToRule(speakers);
    this.headline = new HeadlineRule(phrases);
    this.nouns = new NounCueRule(speakers);
    this.split = new SplitQuoteRule(speakers);
    this.colonName = new ColonNameRule(speakers);
    this.outer = new OuterSpeechRule(speakers);
  }

  /**
   * The attributions of {@code s}, without overlaps (an attribution whose cue lies inside another's
   * content is dropped), in cue order. {@code isOutlet} tells whether a source names a news outlet.
   */
  ImmutableList<Attribution> find(AnalyzedText text, Sentence s, Predicate<CharSpan> isOutlet) {
    return find(text, s, isOutlet, offset -> false);
  }

  /**
   * As {@link #find(AnalyzedText, Sentence, Predicate)}, skipping cue words for which {@code
   * quoted} is true: words inside quotation marks are the quoted speech, not its attribution.
   */
  ImmutableList<Attribution> find(
      AnalyzedText text, Sentence s, Predicate<CharSpan> isOutlet, IntPredicate quoted) {
    return find(text, s, isOutlet, quoted, a -> true);
  }

  /**
   * As {@link #find(AnalyzedText, Sentence, Predicate, IntPredicate)}, where only candidates that
   * {@code admissible} accepts compete for the sentence's words: a candidate the source or
   * construction test would drop later does not push out another that holds.
   */
  ImmutableList<Attribution> find(AnalyzedText text, Sentence s, Predicate<CharSpan> isOutlet,
      IntPredicate quoted, Predicate<Attribution> admissible) {
    if (Byline.is(text, s)) {
      return ImmutableList.of(); // "Reporting by Ivo Marsh": a credit, no attribution
    }
    List<Attribution> found = new ArrayList<>();
    List<Attribution> viaOutlet = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (quoted.test(t.start())) {
        continue;
      }
      Optional<Phrase> phrase = cues.phraseAt(s, i);
      if (phrase.isPresent() && phrase.get().cueClass() == CueClass.SOURCE_AFTER) {
        Optional<Attribution> a = accordingTo.find(text, s, i, phrase.get().words().size());
        if (a.isPresent()) {
          boolean outlet = a.get().speaker().map(sp -> isOutlet.test(sp.mention())).orElse(false);
          (outlet ? viaOutlet : found).add(a.get());
        }
        i += phrase.get().words().size() - 1;
        continue;
      }
      if (i <= 1 || i >= 1 && NounPhrases.isQuoteMark(s.token(i - 1))) {
        // "“... with the ferries.” - Thackery."
        Optional<Attribution> dash = split.findDash(text, s, i, quoted);
        if (dash.isPresent()) {
          found.add(dash.get());
          break;
        }
      }
      if (t.text().equals(":")) {
        // "... pollster Daron Shaw: “Historically, ...”"
        colonName.find(text, s, i).ifPresent(found::add);
        continue;
      }
      if (t.posStartsWith("NN") && cues.is(Mark.CLAIM_NOUN, t.lemma())) {
        nouns.find(text, s, i).ifPresent(found::add);
        continue;
      }
      if (t.posStartsWith("VB")) {
        Optional<CueClass> cls = cues.verb(t.lemma());
        if (cls.isPresent() && cls.get() == CueClass.SPEECH && found.isEmpty() && i <= 8) {
          // "“What do they suppose we are?” Halvorsen said of Brindlecorp.": the quote ends the
          // sentence before
          Optional<Attribution> a = split.find(text, s, i, quoted);
          if (a.isPresent()) {
            found.add(a.get());
            continue;
          }
        }
        if (cls.isPresent()) {
          verbs.find(text, s, i, cls.get(), found).ifPresent(found::add);
        } else {
          // "“...,” Halloran shot back.": any verb right after a quote and its speaker
          verbs.afterQuoteAnyVerb(text, s, i).ifPresent(found::add);
        }
      }
    }
    for (int k = 0; k < found.size(); k++) {
      found.set(k, outer.lift(text, s, found.get(k), found, quoted));
    }
    found.removeIf(a -> !isBare(a) && !admissible.test(a));
    List<Attribution> chosen = AttributionChooser.select(text, found, viaOutlet,
        a -> accordingTo.namesMedium(s, a));
    for (int k = 0; k < chosen.size(); k++) {
      chosen.set(k, outer.outerSubject(text, s, chosen.get(k)));
    }
    return ImmutableList.copyOf(DatelineFilter.keepOut(text, s, chosen));
  }

  /**
   * The likeliest speaker of a quote that opens at token {@code mark} of {@code s} with words
   * before it and no cue of ours ({@code sentence-subject}): "Ferrante delivered a curt reply:
   * “No one is packing this up.”", "As Professor Lindqvist framed it: ''...''". The subject of the
   * sentence's first finite verb before the mark speaks; that verb is the cue. The content is the
   * rest of the sentence from the mark.
   */
  Optional<Attribution> sentenceSubject(AnalyzedText text, Sentence s, int mark) {
    if (mark < 2 || mark >= s.size() - 1 || !TokenRules.hasWord(s, 0, mark - 1)) {
      return Optional.empty();
    }
    return subjectAttribution(text, s, speakers.firstClause(text, s, mark)
        .or(() -> speakers.mannerClause(text, s, mark)), mark, TokenRules.lastContentToken(s));
  }

  /**
   * The likeliest speaker of a quote that follows sentence {@code s} when {@code s} ends with a
   * colon and has no cue of ours ({@code sentence-subject}): "The harbour board issued a statement
   * on Friday:" then the quote as its own sentence or paragraph. The subject of the sentence's
   * first finite verb speaks; that verb is the cue, the colon the content's place.
   */
  Optional<Attribution> colonSentenceSubject(AnalyzedText text, Sentence s) {
    int last = s.size() - 1;
    if (last < 2 || !s.token(last).text().equals(":")) {
      return Optional.empty();
    }
    return subjectAttribution(text, s, speakers.firstClause(text, s, last), last, last);
  }

  /** The clause's subject as speaker, its verb the cue, the content from token {@code limit}. */
  private static Optional<Attribution> subjectAttribution(AnalyzedText text, Sentence s,
      Optional<SpeakerFinder.Clause> clause, int limit, int contentEnd) {
    return clause.map(c -> new Attribution(s.index(),
        text.span(s, c.verb(), c.verb()), Optional.of(c.subject()),
        text.span(s, limit, contentEnd), CueClass.SPEECH, AttributionRule.SENTENCE_SUBJECT,
        Optional.empty()));
  }

  /**
   * The attribution of a line that only signs the quote before it with a dash and a name ("―
   * Pamela Padilla", no final punctuation), if {@code s} is one.
   */
  Optional<Attribution> signature(AnalyzedText text, Sentence s, IntPredicate quoted) {
    return split.findDash(text, s, 0, quoted);
  }

  /** The "Name: words" headline attribution of {@code s}, if it has that form. */
  Optional<Attribution> headlineColon(AnalyzedText text, Sentence s) {
    return headline.find(text, s);
  }

  /** Whether {@code a} names a speaker and cue but reports nothing itself. */
  static boolean isBare(Attribution a) {
    return AttributionChooser.isBare(a);
  }
}
