package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.isRelative;
import static org.newsgraph.quotes.TokenRules.lastContentToken;
import static org.newsgraph.quotes.TokenRules.opensSubordinate;
import static org.newsgraph.quotes.TokenRules.skipBack;
import static org.newsgraph.quotes.TokenRules.skipParen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon.Phrase;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the speaker phrase of a cue from tokens and tags: the subject left of the cue (with an
 * appositive, or a relative "who" standing for the noun before it), the speaker right of an
 * inverted cue ("said Peng Peng, executive chairman of ..., quoted by ..."), and the main-clause
 * subject that a participle ("..., saying ...") takes.
 */
final class SpeakerFinder {

  private final SpeechCueLexicon cues;
  private final NounPhrases phrases;
  private final AppositiveSubject appositives;

  SpeakerFinder(SpeechCueLexicon cues, NounPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
    this.appositives = new AppositiveSubject(cues, phrases);
  }

  /** The cue lexicon the finder reads. */
  SpeechCueLexicon cues() {
    return cues;
  }

  /** The noun phrase reader the finder reads speaker phrases with. */
  NounPhrases phrases() {
    return phrases;
  }

  /**
   * The subject of the sentence's main clause before token {@code limit}: the noun phrase or
   * pronoun, outside quotation marks, that stands right before the first finite verb.
   */
  Optional<SpeakerPhrase> firstSubject(AnalyzedText text, Sentence s, int limit) {
    return firstSubjectAt(text, s, limit).map(Subject::phrase);
  }

  /**
   * The subject, as {@link #subjectLeft} finds it (past appositives and relative clauses), of the
   * first finite verb outside quotation marks before token {@code limit}.
   */
  Optional<SpeakerPhrase> mainSubject(AnalyzedText text, Sentence s, int limit) {
    int k = firstFiniteOutsideQuotes(s, 1, limit);
    return k < 0 ? Optional.empty() : subjectLeft(text, s, skipBack(s, k - 1)).map(Subject::phrase);
  }

  /** Index of the first finite verb outside quotation marks in {@code from..limit-1}, or -1. */
  private static int firstFiniteOutsideQuotes(Sentence s, int from, int limit) {
    boolean inQuote = false;
    for (int k = from; k < limit; k++) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t)) {
        inQuote = !inQuote;
      } else if (!inQuote && TokenRules.isFinite(t)) {
        return k;
      }
    }
    return -1;
  }

  /** A clause's subject phrase and the index of its finite verb. */
  record Clause(SpeakerPhrase subject, int verb) {}

  /**
   * The main clause before token {@code limit}: its subject (as {@link #firstSubject}) and the
   * first verb after that subject.
   */
  Optional<Clause> firstClause(AnalyzedText text, Sentence s, int limit) {
    Optional<Subject> subject = firstSubjectAt(text, s, limit);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    int end = subject.get().phrase().mention().end();
    for (int k = subject.get().start(); k < limit; k++) {
      Token t = s.token(k);
      if (t.start() >= end && TokenRules.isFinite(t)) {
        return Optional.of(new Clause(subject.get().phrase(), k));
      }
    }
    return Optional.empty();
  }

  /**
   * "As Ortiz put it, “...”": the clause of manner that opens the sentence ({@link
   * WordSet#MANNER_OPENER}), its subject and first finite verb before token {@code limit}.
   */
  Optional<Clause> mannerClause(AnalyzedText text, Sentence s, int limit) {
    if (limit < 3 || !WordSet.MANNER_OPENER.contains(NounPhrases.lower(s.token(0)))) {
      return Optional.empty();
    }
    int verb = firstFiniteOutsideQuotes(s, 2, limit);
    return verb < 0 ? Optional.empty()
        : subjectLeft(text, s, skipBack(s, verb - 1)).map(x -> new Clause(x.phrase(), verb));
  }

  Optional<Subject> firstSubjectAt(AnalyzedText text, Sentence s, int limit) {
    return subjectOfFiniteVerb(text, s, limit, false);
  }

  /**
   * The subject of the finite verb nearest before token {@code limit} that has a noun or pronoun
   * subject: a participle's speaker ("the tycoon entered the race ..., calling them ...").
   */
  Optional<SpeakerPhrase> nearestSubject(AnalyzedText text, Sentence s, int limit) {
    return subjectOfFiniteVerb(text, s, limit, true).map(Subject::phrase);
  }

  /** The first (or nearest) finite verb's subject, verbs outside quotation marks only. */
  private Optional<Subject> subjectOfFiniteVerb(AnalyzedText text, Sentence s, int limit,
      boolean nearest) {
    List<Integer> verbs = new ArrayList<>();
    boolean inQuote = false;
    int from = 1;
    if (!nearest && limit > 0 && opensSubordinate(s.token(0))) {
      // "When asked which team she backed, Ms. Ferrol smiled and said": the main clause starts
      // after the subordinate clause's comma
      while (from < limit && !s.token(from).text().equals(",")) {
        from++;
      }
      from = from < limit ? from + 1 : 1;
    }
    for (int k = from; k < limit; k++) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t)) {
        inQuote = !inQuote;
      } else if (!inQuote && TokenRules.isFinite(t)) {
        verbs.add(k);
      }
    }
    if (nearest) {
      Collections.reverse(verbs);
    }
    for (int k : verbs) {
      Outcome o = subjectOf(text, s, k);
      if (o.subject().isPresent() || !o.skip() && !nearest) {
        return o.subject();
      }
    }
    return Optional.empty();
  }

  /** The subject of finite verb {@code k}; {@code skip} when the verb is a relative clause's. */
  private record Outcome(boolean skip, Optional<Subject> subject) {}

  private Outcome subjectOf(AnalyzedText text, Sentence s, int k) {
    int j = skipParen(s, pastTime(s, skipBack(s, k - 1)));
    if (j > 0 && s.token(j).text().equals(",")) {
      // "Varga, meanwhile, was making ...": past a short aside between commas
      // or a relative clause: "Okafor, who was talking to farmers, did not ..."
      boolean verb = false;
      for (int c = j - 1; c >= Math.max(0, j - AppositiveSubject.MAX_APPOSITIVE); c--) {
        if (s.token(c).text().equals(",")) {
          if (!verb || c + 1 < j && isRelative(s.token(c + 1))) {
            j = skipBack(s, c - 1);
          }
          break;
        }
        if (NounPhrases.isQuoteMark(s.token(c)) || !verb && j - c > 8) {
          break;
        }
        verb |= s.token(c).posStartsWith("VB");
      }
    }
    if (j < 0) {
      return new Outcome(false, Optional.empty());
    }
    Token tj = s.token(j);
    if (isRelative(tj)) {
      // "Okafor, who was talking to ..., did not ...": the relative clause's verb
      return new Outcome(true, Optional.empty());
    }
    final int end = j;
    if (NounPhrases.isPronoun(tj)) {
      return new Outcome(false, phrases.speaker(text, s, j, j).map(p -> new Subject(end, p)));
    }
    if (NounPhrases.isNoun(tj)) {
      int start = NounPhrases.startLeft(s, j);
      return new Outcome(false,
          phrases.speaker(text, s, start, j).map(p -> new Subject(start, p)));
    }
    return new Outcome(false, Optional.empty());
  }

  /**
   * The subject before a cue, given the index of the last token before the cue's auxiliaries:
   * past a time expression and a participle, the first {@link SubjectPattern} that applies reads
   * it.
   */
  Optional<Subject> subjectLeft(AnalyzedText text, Sentence s, int cueLeft) {
    // "Varga at the time said", "Wardens had last week fined": past the time expression
    int at = skipParen(s, pastTime(s, cueLeft));
    // "Others, however, say": past an adverb between commas
    if (TokenRules.pastCommaAdverb(s, at) < at) {
      at = skipParen(s, pastTime(s, TokenRules.pastCommaAdverb(s, at)));
    }
    if (at >= 1 && s.token(at).pos().equals("VBN") && NounPhrases.isNoun(s.token(at - 1))
        && !NounPhrases.isProper(s.token(at - 1))) {
      at = at - 1; // "A court report released Tuesday said": past the participle
    }
    final int j = at;
    if (j < 0) {
      return Optional.empty();
    }
    Optional<Subject> modified = headBeforeModifier(text, s, j);
    if (modified.isPresent()) {
      return modified;
    }
    return SubjectPattern.first(s, j).flatMap(p -> p.subject(this, text, s, j));
  }

  /**
   * "a source close to the campaign", "people familiar with the talks", "officials briefed on
   * it": a head noun that names a source, then an adjective or participle and its preposition,
   * then the phrase ending at token {@code j} (a noun or a pronoun). The whole phrase is the
   * speaker: the head speaks, the phrase after it only says how it knows. Empty otherwise.
   */
  private Optional<Subject> headBeforeModifier(AnalyzedText text, Sentence s, int j) {
    Token tj = s.token(j);
    boolean pronoun = tj.pos().equals("PRP");
    if (!pronoun && !NounPhrases.isNoun(tj)) {
      return Optional.empty();
    }
    int start = pronoun ? j : NounPhrases.startLeft(s, j);
    int m = start - 1;
    if (m < 2 || !(s.token(m).pos().equals("IN") || s.token(m).pos().equals("TO"))) {
      return Optional.empty();
    }
    Token link = s.token(m - 1);
    if (!modifierLink(link, s.token(m))
        || !NounPhrases.isNoun(s.token(m - 2)) || !phrases.isSourceNoun(s.token(m - 2))) {
      return Optional.empty();
    }
    int headStart = NounPhrases.startLeft(s, m - 2);
    return Optional.of(new Subject(headStart, described(text, s, headStart, m - 2, j)));
  }

  /**
   * Whether {@code link} and {@code prep} open a modifier that says how a source knows: an
   * adjective or participle and a preposition ("close to", "familiar with", "briefed on"); not a
   * passive's agent ("quoted by") nor a clause ("left because").
   */
  private static boolean modifierLink(Token link, Token prep) {
    String p = NounPhrases.lower(prep);
    boolean preposition = (prep.pos().equals("IN") || prep.pos().equals("TO"))
        && (!TokenRules.opensSubordinate(prep) || WordSet.PHRASE_PREPOSITION.contains(p))
        && !p.equals("by") && !p.equals("that");
    return preposition && (link.pos().equals("JJ") || link.pos().equals("VBN")
        || link.pos().equals("VBD"));
  }

  /** A description from token {@code from} to {@code to} whose head noun is token {@code head}. */
  private SpeakerPhrase described(AnalyzedText text, Sentence s, int from, int head, int to) {
    boolean definite = WordSet.DEFINITE.contains(NounPhrases.lower(s.token(from)))
        || s.token(from).pos().equals("PRP$");
    return phrases.speaker(text, s, from, head).map(p -> new SpeakerPhrase(text.span(s, from, to),
        p.form(), definite, p.gender(), p.role(), p.organization()))
        .orElseGet(() -> new SpeakerPhrase(text.span(s, from, to), SpeakerPhrase.Form.DESCRIPTION,
            definite, Gender.UNKNOWN, Optional.empty(), Optional.empty()));
  }

  /**
   * The end of "close to the campaign", "familiar with the talks" after a source's head noun at
   * {@code head} (an adjective or participle, its preposition and a noun phrase or pronoun), or
   * {@code head} when none follows.
   */
  private int modifierEnd(Sentence s, int head) {
    int m = head + 1;
    if (!phrases.isSourceNoun(s.token(head)) || m + 2 >= s.size()) {
      return head;
    }
    if (!modifierLink(s.token(m), s.token(m + 1))) {
      return head;
    }
    Token first = s.token(m + 2);
    if (first.pos().equals("PRP")) {
      return m + 2;
    }
    if (!NounPhrases.inPhrase(first)) {
      return head;
    }
    int end = NounPhrases.endRight(s, m + 2);
    return NounPhrases.isNoun(s.token(end)) ? end : head;
  }

  /** The speaker phrase of tokens {@code from..to} as a subject starting at {@code from}. */
  Optional<Subject> phrase(AnalyzedText text, Sentence s, int from, int to) {
    return phrases.speaker(text, s, from, to).map(p -> new Subject(from, p));
  }

  /** The subject that ends with a comma closing an appositive ({@link AppositiveSubject}). */
  Optional<Subject> appositive(AnalyzedText text, Sentence s, int comma) {
    return appositives.find(text, s, comma);
  }

  /**
   * The noun phrase ending at {@code j}; its head before a preposition when {@code j} is a place
   * ("Varga voters inside the arena in Tarvik have cheered"), the noun before "who" when it ends
   * a relative clause.
   */
  Optional<Subject> nounPhraseSubject(AnalyzedText text, Sentence s, int j) {
    Token tj = s.token(j);
    int start = NounPhrases.startLeft(s, j);
    // the place is not the subject's head; the noun phrase before its preposition is
    if (NounPhrases.isPlace(tj) && start >= 2 && s.token(start - 1).pos().equals("IN")
        && !NounPhrases.lower(s.token(start - 1)).equals("of")) {
      int head = start - 2; // the noun before the preposition, past at most two other words
      while (head >= 0 && head > start - 4 && !s.token(head).pos().equals("IN")
          && !NounPhrases.isNoun(s.token(head))) {
        head--;
      }
      if (head >= 0 && NounPhrases.isNoun(s.token(head))
          && !NounPhrases.isPlace(s.token(head))) {
        // "Some delegates at the convention in Salem said": past the convention, too
        int hs = NounPhrases.startLeft(s, head);
        Optional<Subject> p = postModifiedHead(text, s, hs, head, head);
        if (p.isEmpty()) {
          p = phrase(text, s, hs, head);
        }
        if (p.isPresent()) {
          return p;
        }
      }
    }
    Optional<Subject> antecedent = relativeAntecedent(text, s, start);
    if (antecedent.isPresent()) {
      return antecedent;
    }
    Optional<Subject> modified = postModifiedHead(text, s, start, j, j);
    if (modified.isPresent()) {
      return modified;
    }
    // "teachers and union officials told": two groups named by common nouns speak together
    if (start >= 2 && NounPhrases.lower(s.token(start - 1)).equals("and")
        && s.token(start - 2).pos().equals("NNS") && !NounPhrases.isProper(tj)
        && phrases.isSourceNoun(s.token(start - 2)) && phrases.isSourceNoun(tj)) {
      int first = NounPhrases.startLeft(s, start - 2);
      Optional<Subject> both = phrase(text, s, first, j);
      if (both.isPresent()) {
        return both;
      }
    }
    return phrase(text, s, start, j);
  }

  /**
   * {@link SubjectPattern#SENTENCE_HEAD}: the phrase from the sentence's opening noun phrase to
   * token {@code j} when that phrase's head names a source (a role, group, organisation or
   * document noun, or the name of a person or organisation); empty otherwise.
   */
  Optional<Subject> sentenceHead(AnalyzedText text, Sentence s, int j) {
    int start = SubjectPattern.sentenceHeadStart(s);
    int head = NounPhrases.endRight(s, start);
    if (head > start && NounPhrases.isNounTaggedParticiple(s, head)
        && !phrases.isSourceNoun(s.token(head)) && phrases.isSourceNoun(s.token(head - 1))) {
      head--; // "Activists clamoring to stop the dam": a participle the tagger read as a noun
    }
    Token h = s.token(head);
    if (!(phrases.isSourceNoun(h) || h.ner().equals("PERSON") || h.ner().equals("ORGANIZATION"))) {
      return Optional.empty();
    }
    int end = head;
    while (end < j && !s.token(end + 1).text().equals(",")) {
      end++; // the phrase up to its first aside
    }
    return Optional.of(new Subject(start,
        described(text, s, start, head, Math.max(head, TokenRules.trimTokensEnd(s, end)))));
  }

  /**
   * Whether {@code sub}'s mention holds a word that names a source: a pronoun, a role, group,
   * organisation or document noun, or a person's or organisation's name.
   */
  boolean namesSource(AnalyzedText text, Sentence s, Subject sub) {
    CharSpan m = sub.phrase().mention();
    for (int k = sub.start(); k < s.size() && s.token(k).end() <= m.end(); k++) {
      Token t = s.token(k);
      if (t.start() >= m.start() && (NounPhrases.isPronoun(t) || phrases.isSourceNoun(t)
          || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))) {
        return true;
      }
    }
    return false;
  }

  /** Most prepositional phrases and participles looked past after a subject's head. */
  private static final int MAX_MODIFIERS = 3;
  /** Most words between a modifier's preposition and the head noun before it. */
  private static final int MAX_CONNECTOR = 3;

  /**
   * "People briefed on the situation said", "Some delegates at the convention in Salem said",
   * "The deputy head of the harbour delegation to the forum said": where the noun phrase right
   * before the cue names nothing that speaks (its head is no role, group, organisation or
   * document noun, nor a name), it is a modifier of an earlier head that does; the subject is the
   * whole phrase from that head's noun phrase. Empty where no such head stands within {@link
   * #MAX_MODIFIERS} modifiers.
   */
  private Optional<Subject> postModifiedHead(AnalyzedText text, Sentence s, int start, int head,
      int j) {
    Token last = s.token(head);
    if (phrases.isSourceNoun(last) || NounPhrases.isProper(last) || last.isNamed()) {
      return Optional.empty();
    }
    int from = start;
    for (int n = 0; n < MAX_MODIFIERS && from > 0; n++) {
      // the modifier's opening: "of", "at", "briefed on", "close to", "familiar with"
      int m = from - 1;
      boolean preposition = false;
      while (m >= 0 && from - m <= MAX_CONNECTOR && (s.token(m).pos().equals("IN")
          || s.token(m).pos().equals("TO") || preposition && (s.token(m).pos().equals("VBN")
          || s.token(m).pos().equals("VBD") || s.token(m).pos().equals("VBG")
          || s.token(m).pos().startsWith("RB") || s.token(m).pos().equals("JJ")))) {
        // "briefed on" (a participle, or a past tense as the tagger may read it), "close to"
        String w = NounPhrases.lower(s.token(m));
        if (w.equals("that") || TokenRules.opensSubordinate(s.token(m))
            && !WordSet.PHRASE_PREPOSITION.contains(w) && !WordSet.ROLE_PREPOSITION.contains(w)
            && !WordSet.MODIFIER_PREPOSITION.contains(w)) {
          return Optional.empty(); // "after", "because": a clause's subject, not a modifier
        }
        preposition |= s.token(m).pos().equals("IN") || s.token(m).pos().equals("TO");
        m--;
      }
      if (!preposition || m < 0 || m == from - 1 || !NounPhrases.isNoun(s.token(m))) {
        return Optional.empty();
      }
      int headStart = NounPhrases.startLeft(s, m);
      if (phrases.isSourceNoun(s.token(m))) {
        return phrase(text, s, headStart, j);
      }
      if (NounPhrases.isProper(s.token(m)) || s.token(m).isNamed()) {
        return Optional.empty();
      }
      from = headStart;
    }
    return Optional.empty();
  }

  /**
   * "Engineers and planners who spoke with The Harbour Gazette said": when the phrase before
   * the cue ends a relative clause opened by "who" (no commas), the noun before "who" speaks.
   */
  private Optional<Subject> relativeAntecedent(AnalyzedText text, Sentence s, int start) {
    boolean verb = false;
    for (int k = start - 1; k >= Math.max(1, start - 12); k--) {
      Token t = s.token(k);
      if (t.text().equals(",") || NounPhrases.isQuoteMark(t)) {
        return Optional.empty();
      }
      if (NounPhrases.lower(t).equals("who") && t.pos().equals("WP")) {
        // "Friends of Mr. Okafor's who ...": a double genitive; the noun before "of" speaks
        boolean genitive = k >= 2 && s.token(k - 1).pos().equals("POS");
        int end = genitive ? k - 2 : k - 1;
        if (!verb || !NounPhrases.isNoun(s.token(end))) {
          return Optional.empty();
        }
        int a = NounPhrases.startLeft(s, end);
        if (genitive) {
          int of = a + 1;
          while (of < end && !NounPhrases.lower(s.token(of)).equals("of")) {
            of++;
          }
          if (of >= end || !phrases.isSourceNoun(s.token(of - 1))) {
            return Optional.empty();
          }
          return Optional.of(new Subject(a, described(text, s, a, of - 1, k - 1)));
        }
        return phrases.speaker(text, s, a, end).map(p -> new Subject(a, p));
      }
      verb |= t.posStartsWith("VB");
    }
    return Optional.empty();
  }

  /** The speaker after an inverted cue, with its appositive and any "quoted by" outlet. */
  Optional<SpeakerRight> speakerRight(AnalyzedText text, Sentence s, int start) {
    Token first = s.token(start);
    if (!(NounPhrases.isNoun(first) || NounPhrases.isPronoun(first)
        || NounPhrases.inPhrase(first))) {
      return Optional.empty();
    }
    int end = NounPhrases.isPronoun(first) ? start : NounPhrases.endRight(s, start);
    // "said a source close to the campaign": the head noun, then its modifier
    int head = end;
    while (head > start && !NounPhrases.isNoun(s.token(head))) {
      head--;
    }
    int modified = NounPhrases.isNoun(s.token(head)) ? modifierEnd(s, head) : head;
    Optional<SpeakerPhrase> p = modified > head
        ? Optional.of(described(text, s, start, head, modified))
        : phrases.speaker(text, s, start, end);
    if (modified > head) {
      end = modified;
    }
    if (p.isEmpty()) {
      return Optional.empty();
    }
    SpeakerPhrase sp = p.get();
    int k = end + 1;
    int last = lastContentToken(s);
    if (k <= last && s.token(k).text().equals(",")) {
      int e = k + 1;
      while (e <= last && !s.token(e).text().equals(",")) {
        e++;
      }
      Optional<NounPhrases.Appositive> app = phrases.appositive(text, s, k + 1, e - 1);
      if (app.isPresent()) {
        sp = sp.withAppositive(Optional.of(app.get().role()), app.get().organization());
        k = e;
      }
    }
    Optional<CharSpan> via = Optional.empty();
    for (int m = k; m <= last && via.isEmpty(); m++) {
      Optional<Phrase> ph = cues.phraseAt(s, m);
      if (ph.isPresent() && ph.get().cueClass() == CueClass.OUTLET_AFTER) {
        int os = m + ph.get().words().size();
        while (os <= last && s.token(os).pos().equals("DT")) {
          os++;
        }
        if (os <= last) {
          via = Optional.of(text.span(s, os, NounPhrases.endRight(s, os)));
        }
      }
    }
    return Optional.of(new SpeakerRight(sp, via));
  }

  /** A subject phrase and the index of its first token. */
  record Subject(int start, SpeakerPhrase phrase) {}

  /** A speaker right of its cue and the outlet that passed the words on, if named. */
  record SpeakerRight(SpeakerPhrase phrase, Optional<CharSpan> via) {}

  /**
   * Index of the token before the time expression ending at {@code j} ("on Tuesday", "at the
   * time", "last month"), going left past its preposition and adverbs; {@code j} if there is none.
   */
  private int pastTime(Sentence s, int j) {
    for (int round = 0; round < 2 && j >= 0; round++) {
      Token t = s.token(j);
      if (!NounPhrases.isNoun(t) || !cues.is(Mark.TIME_WORD, t.text())
          || t.ner().equals("PERSON")) {
        break; // "Day said": a person's name that is also a time word
      }
      int a = NounPhrases.startLeft(s, j) - 1;
      if (a >= 0 && s.token(a).pos().equals("IN")) {
        a--;
      }
      j = skipBack(s, a);
    }
    return j;
  }

}
