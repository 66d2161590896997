package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.isDash;
import static org.newsgraph.quotes.TokenRules.isQuantifier;
import static org.newsgraph.quotes.TokenRules.isRelative;
import static org.newsgraph.quotes.TokenRules.skipParen;

import java.util.Optional;
import java.util.function.BiPredicate;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.quotes.SpeakerFinder.Subject;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The ways a cue's subject stands left of it, as {@link SpeakerFinder#subjectLeft} tries them: in
 * declaration order, the first pattern that {@link #applies} to the last token before the cue
 * (past time words and auxiliaries) decides the subject, or decides that there is none. This enum
 * is the one place a new subject pattern goes; {@code SubjectPatternTableTest} holds a row for
 * each. Each pattern looks at a few tokens left of the cue (an aside at most {@link
 * AppositiveSubject#MAX_APPOSITIVE} long).
 */
enum SubjectPattern {
  /** "Roughly 3 in 10 expect ...": a share of people. */
  SHARE_OF_NUMBER(SubjectPattern::isShareOfNumber, SubjectPattern::shareOfNumber),
  /**
   * "Those surveyed say ...", "most polled said": a determiner or share word and a participle
   * stand for the people it describes.
   */
  SHARE_PARTICIPLE(SubjectPattern::isShareParticiple,
      (f, text, s, j) -> Optional.of(new Subject(j - 1, share(text, s, j - 1, j)))),
  /**
   * "Nearly nine out of 10 say", "a third said", "all but two said", "more than half say",
   * "Three-fourths say": a clause opens with a measure of a group (numbers and share words, and
   * the words that approximate or join them) right before the cue; that share speaks.
   */
  SHARE_PHRASE(SubjectPattern::isSharePhrase, (f, text, s, j) -> Optional.of(
      new Subject(sharePhraseStart(s, j), share(text, s, sharePhraseStart(s, j), j)))),
  /**
   * "Dockworkers at the pier in Tarvik say", "Activists hoping to stop the sale say", "Friends of
   * Ms. Varga who have seen her say": the sentence opens with a noun phrase whose head names a
   * source, and only its modifiers (prepositional phrases, participles, infinitives, relative
   * clauses) stand between it and the cue; the whole phrase speaks. Where the head names no
   * source, the later patterns read the subject.
   */
  SENTENCE_HEAD(SubjectPattern::isSentenceHead, SubjectPattern::sentenceHead),
  /** "Harbour trustees — whose board was once trusted — suggested": the noun before the aside. */
  DASH_ASIDE((s, j) -> isDash(s, j) && j >= 2, SubjectPattern::beforeDashAside),
  /** "He shook hands ... and asked workers if ...": the subject of the first clause. */
  COORDINATED_CLAUSE((s, j) -> s.token(j).pos().equals("CC") && j > 0,
      (f, text, s, j) -> f.firstSubjectAt(text, s, j)),
  /** "Mayor Ilse Brandvold (Green), said": the name before a parenthesis. */
  NAME_BEFORE_PARENTHESIS(SubjectPattern::isNameBeforeParenthesis,
      SubjectPattern::nameBeforeParenthesis),
  /** "She said": a personal pronoun. */
  PRONOUN((s, j) -> NounPhrases.isPronoun(s.token(j)), (f, text, s, j) -> f.phrase(text, s, j, j)),
  /**
   * "Several said they would prefer ...", "One says Tarvik has the best": a share of a group
   * named before speaks.
   */
  SHARE_WORD(SubjectPattern::isShareWord,
      (f, text, s, j) -> Optional.of(new Subject(j, share(text, s, j, j)))),
  /** "most of them said", "some of us think": the share of a group speaks. */
  SHARE_OF_PRONOUN(SubjectPattern::isShareOfPronoun,
      (f, text, s, j) -> Optional.of(new Subject(j - 2, share(text, s, j - 2, j)))),
  /**
   * "Peng, who chairs the society, said" / "an official who said": the mention is "who", standing
   * for the noun phrase before it.
   */
  RELATIVE_PRONOUN((s, j) -> isRelative(s.token(j)) && j >= 1, SubjectPattern::relativePronoun),
  /**
   * "Ding Shuang, chief Greater China economist at Standard Chartered Bank, said": a name and
   * its appositive ({@link AppositiveSubject}).
   */
  APPOSITIVE((s, j) -> s.token(j).text().equals(","), (f, text, s, j) -> f.appositive(text, s, j)),
  /**
   * "The ministry said", "Engineers who spoke with the paper said", "Varga voters inside the arena
   * have cheered": the noun phrase before the cue, or its head before a place or a relative
   * clause.
   */
  NOUN_PHRASE((s, j) -> NounPhrases.isNoun(s.token(j)),
      (f, text, s, j) -> f.nounPhraseSubject(text, s, j));

  /** How a pattern reads the subject once it applies. */
  @FunctionalInterface
  interface Reader {
    Optional<Subject> read(SpeakerFinder f, AnalyzedText text, Sentence s, int j);
  }

  private final BiPredicate<Sentence, Integer> test;
  private final Reader reader;

  SubjectPattern(BiPredicate<Sentence, Integer> test, Reader reader) {
    this.test = test;
    this.reader = reader;
  }

  /** Whether the pattern holds with token {@code j} the last before the cue. */
  boolean applies(Sentence s, int j) {
    return test.test(s, j);
  }

  /** The subject the pattern reads, or none (then no later pattern is tried). */
  Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
    return reader.read(f, text, s, j);
  }

  /** The first pattern that applies with token {@code j} the last before the cue, if any. */
  static Optional<SubjectPattern> first(Sentence s, int j) {
    for (SubjectPattern p : values()) {
      if (p.applies(s, j)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Optional<Subject> sentenceHead(SpeakerFinder f, AnalyzedText text, Sentence s,
      int j) {
    Optional<Subject> later = firstAfter(SENTENCE_HEAD, s, j).flatMap(p -> p.subject(f, text, s, j));
    Optional<Subject> head = f.sentenceHead(text, s, j);
    // "The last man to run for mayor says", "Groups that have backed him say": past a verb of
    // the head's modifier, the noun phrase before the cue is that verb's object, not the subject
    // (a subject pronoun, "rumours he was planning", opens a clause of its own)
    boolean objectOfModifier = head.isPresent() && later.isPresent()
        && !NounPhrases.isPronoun(s.token(later.get().start()))
        && TokenRules.hasVerb(s, head.get().start(), later.get().start() - 1);
    if (later.isPresent() && f.namesSource(text, s, later.get()) && !objectOfModifier
        && !(head.isPresent() && s.token(j).text().equals(",")
        && later.get().start() > head.get().start())) {
      return later; // "The deputy head of the delegation to the forum said": the nearer source
    }
    // "Executives for Lumora, which earned ..., say": an aside closes right before the cue, and
    // the head before it speaks, not a name inside the aside
    return head.or(() -> later);
  }

  /** The first pattern declared after {@code p} that applies with token {@code j}, if any. */
  private static Optional<SubjectPattern> firstAfter(SubjectPattern p, Sentence s, int j) {
    for (SubjectPattern q : values()) {
      if (q.ordinal() > p.ordinal() && q.applies(s, j)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** Most tokens from a sentence-opening head to the cue that {@link #SENTENCE_HEAD} reads. */
  static final int MAX_HEAD_SPAN = 24;

  /**
   * Whether tokens {@code [start, j]} hold a noun phrase opening the sentence and then only its
   * modifiers: prepositions, noun phrases, participles, infinitives and relative clauses (a
   * finite verb only after "who", "that", "which" or in a contact relative "people I spoke
   * with"), asides between commas that open with a participle, preposition, adverb or relative
   * pronoun ("Dockworkers at the pier, including Ostrand, said"), no other punctuation; the last
   * token is no name of a person or organisation (that would speak itself) and not the phrase's
   * own end.
   */
  private static boolean isSentenceHead(Sentence s, int j) {
    int start = sentenceHeadStart(s);
    if (j - start < 2 || j - start > MAX_HEAD_SPAN || !NounPhrases.inPhrase(s.token(start))) {
      return false;
    }
    Token tj = s.token(j);
    if (tj.ner().equals("PERSON") || tj.ner().equals("ORGANIZATION") || isRelative(tj)
        || NounPhrases.isPlace(tj)) {
      return false; // a name speaks itself; "who" and a place after a head are read below
    }
    int head = NounPhrases.endRight(s, start);
    if (head >= j || !NounPhrases.isNoun(s.token(head))) {
      return false;
    }
    boolean relative = false;
    for (int k = head + 1; k <= j; k++) {
      Token t = s.token(k);
      String p = t.pos();
      String w = NounPhrases.lower(t);
      if (isDash(s, k) || TokenRules.isSpacedHyphen(s, k)) {
        return false; // an aside between dashes is read by DASH_ASIDE
      } else if (p.equals("WP") || p.equals("WDT")) {
        relative = true;
      } else if (TokenRules.isFinite(t)) {
        // "people I spoke with": a pronoun right after a noun opens a contact relative
        boolean contact = k >= 2 && s.token(k - 1).pos().equals("PRP")
            && NounPhrases.isNoun(s.token(k - 2));
        if (!relative && !contact) {
          return false;
        }
        relative = true;
      } else if (p.equals("IN") && w.equals("than") && k > 0
          && (s.token(k - 1).pos().equals("JJR") || s.token(k - 1).pos().equals("RBR"))) {
        continue; // "more than $3 billion": a comparison inside the phrase
      } else if (p.equals("IN") && (w.equals("that") || TokenRules.opensSubordinate(t)
          && !WordSet.PHRASE_PREPOSITION.contains(w) && !WordSet.MODIFIER_PREPOSITION.contains(w)
          && !WordSet.ROLE_PREPOSITION.contains(w))) {
        return false; // "because", "that": a clause of its own, not a modifier
      } else if (t.text().equals(",")) {
        String next = k < j ? s.token(k + 1).pos() : "";
        if (k < j && !(next.equals("VBG") || next.equals("VBN") || next.equals("IN")
            || next.startsWith("RB") || isRelative(s.token(k + 1)))) {
          return false; // "Ilse Varga, a surveyor, said": an appositive, read by APPOSITIVE
        }
      } else if (p.equals("CC")) {
        // "on radio or at town meetings": a coordinated noun phrase or prepositional phrase
        if (k + 1 > j || !(NounPhrases.inPhrase(s.token(k + 1))
            || s.token(k + 1).pos().equals("IN") || s.token(k + 1).pos().equals("TO"))) {
          return false;
        }
      } else if (!(NounPhrases.inPhrase(t) || p.equals("IN") || p.equals("TO") || p.equals("PRP")
          || p.equals("POS") || p.equals("$")
          || p.startsWith("RB") || p.equals("VBG") || p.equals("VBN") || p.equals("VB")
          || p.equals("RP"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first token of a sentence's opening noun phrase: past a leading "But", "And", "Yet" or
   * "Even" (a conjunction and adverbs).
   */
  static int sentenceHeadStart(Sentence s) {
    int k = 0;
    while (k + 1 < s.size() && (s.token(k).pos().equals("CC") || s.token(k).pos().startsWith("RB"))
        && k < 2) {
      k++;
    }
    return k;
  }

  private static boolean isShareOfNumber(Sentence s, int j) {
    return s.token(j).pos().equals("CD") && j >= 2 && s.token(j - 1).pos().equals("IN")
        && s.token(j - 2).pos().equals("CD");
  }

  private static boolean isSharePhrase(Sentence s, int j) {
    int start = sharePhraseStart(s, j);
    return start >= 0 && (start < j || !isShareWord(s, j));
  }

  /**
   * The first token of a measure of a group that ends at token {@code j} and opens a clause
   * ({@link TokenRules#opensClauseAt}), or -1: {@code j} is a number (no date or amount) or a
   * share word, and the words before it only measure ("nearly", "more than", "a"), count ("nine
   * out of 10", "all but two", "42 %") or join a fraction ("three - fourths").
   */
  static int sharePhraseStart(Sentence s, int j) {
    if (!isMeasure(s.token(j))) {
      return -1;
    }
    int k = j;
    while (k > 0 && isShareGlue(s.token(k - 1))) {
      k--;
    }
    Token first = s.token(k);
    String w = NounPhrases.lower(first);
    boolean opens = isMeasure(first) || first.pos().startsWith("RB") || first.pos().equals("JJR")
        || first.pos().equals("DT") || WordSet.SHARE_APPROXIMATOR.contains(w);
    return opens && TokenRules.opensClauseAt(s, k) ? k : -1;
  }

  /** A number that counts (not a date, time or amount of money) or a share word ("half"). */
  private static boolean isMeasure(Token t) {
    String w = NounPhrases.lower(t);
    if (t.pos().equals("CD")) {
      String ner = t.ner();
      return !(ner.equals("DATE") || ner.equals("TIME") || ner.equals("MONEY")
          || ner.equals("DURATION") || ner.equals("SET"));
    }
    return WordSet.SHARE_HEAD.contains(w)
        || WordSet.SHARE_HEAD.contains(w.substring(w.lastIndexOf('-') + 1));
  }

  /** A word inside a measure of a group: a measure, an approximator or a joining word. */
  private static boolean isShareGlue(Token t) {
    String w = NounPhrases.lower(t);
    String p = t.pos();
    return isMeasure(t) || WordSet.SHARE_APPROXIMATOR.contains(w) || p.startsWith("RB")
        || p.equals("JJR") || p.equals("HYPH") || w.equals("-")
        || p.equals("DT") && (w.equals("a") || w.equals("an") || w.equals("the"))
        || WordSet.SHARE_JOINER.contains(w);
  }

  private static boolean isShareParticiple(Sentence s, int j) {
    if (!s.token(j).pos().equals("VBN") || j < 1) {
      return false;
    }
    Token d = s.token(j - 1);
    String w = NounPhrases.lower(d);
    return (d.pos().equals("DT") && !WordSet.DEFINITE.contains(w)
        || WordSet.SHARE_SUBJECT.contains(w))
        && (j == 1 || TokenRules.opensClause(s.token(j - 2))
        || NounPhrases.lower(s.token(j - 2)).equals("of"));
  }

  private static Optional<Subject> shareOfNumber(SpeakerFinder f, AnalyzedText text, Sentence s,
      int j) {
    int start = j - 2 > 0 && s.token(j - 3).pos().startsWith("RB") ? j - 3 : j - 2;
    return f.phrase(text, s, start, j);
  }

  private static Optional<Subject> beforeDashAside(SpeakerFinder f, AnalyzedText text,
      Sentence s, int j) {
    for (int k = j - 1; k >= Math.max(1, j - AppositiveSubject.MAX_APPOSITIVE); k--) {
      if (NounPhrases.isQuoteMark(s.token(k))) {
        break;
      }
      if (isDash(s, k)) {
        int m = k - 1;
        return NounPhrases.isNoun(s.token(m))
            ? f.phrase(text, s, NounPhrases.startLeft(s, m), m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isNameBeforeParenthesis(Sentence s, int j) {
    if (!s.token(j).text().equals(",") || j == 0 || !s.token(j - 1).text().equals(")")) {
      return false;
    }
    int k = skipParen(s, j - 1);
    return k >= 0 && NounPhrases.isNoun(s.token(k));
  }

  private static Optional<Subject> nameBeforeParenthesis(SpeakerFinder f, AnalyzedText text,
      Sentence s, int j) {
    int k = skipParen(s, j - 1);
    return f.phrase(text, s, NounPhrases.startLeft(s, k), k);
  }

  private static boolean isShareWord(Sentence s, int j) {
    Token tj = s.token(j);
    return (tj.pos().equals("CD") || WordSet.SHARE_SUBJECT.contains(NounPhrases.lower(tj)))
        && (j == 0 || TokenRules.opensClause(s.token(j - 1)));
  }

  private static boolean isShareOfPronoun(Sentence s, int j) {
    return s.token(j).pos().equals("PRP") && j >= 2
        && NounPhrases.lower(s.token(j - 1)).equals("of") && isQuantifier(s.token(j - 2));
  }

  private static Optional<Subject> relativePronoun(SpeakerFinder f, AnalyzedText text,
      Sentence s, int j) {
    int k = s.token(j - 1).text().equals(",") ? j - 2 : j - 1;
    if (k < 0 || !NounPhrases.isNoun(s.token(k))) {
      return Optional.empty();
    }
    int start = NounPhrases.startLeft(s, k);
    CharSpan word = text.span(s, j, j);
    return f.phrase(text, s, start, k).map(p -> new Subject(start, p.phrase().relative(word)));
  }

  /** A share of a group as a description with no role: "Several", "most of them". */
  private static SpeakerPhrase share(AnalyzedText text, Sentence s, int from, int to) {
    return new SpeakerPhrase(text.span(s, from, to), SpeakerPhrase.Form.DESCRIPTION, false,
        Gender.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
