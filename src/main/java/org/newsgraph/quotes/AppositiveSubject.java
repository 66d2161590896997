package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.isRelative;
import static org.newsgraph.quotes.TokenRules.opensClause;
import static org.newsgraph.quotes.TokenRules.skipParen;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.quotes.SpeakerFinder.Subject;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The subject of a cue that follows a comma: a name and the aside between commas that describes
 * it ("Ding Shuang, chief Greater China economist at Standard Chartered Bank, said"; "Geoff Garin,
 * a Democratic pollster who advises the pro-Clinton super PAC, said"; "Mr. Cruz, whose narrow
 * finish was seen as a disappointment, said"), or a name in apposition to a description ("his top
 * aide, Tad Devine, told"; "Another pollster, David Woodard of Clemson University, said"). Goes
 * left from the comma at most {@link #MAX_APPOSITIVE} tokens.
 */
final class AppositiveSubject {

  /** Longest aside between a name and its cue, in tokens. */
  static final int MAX_APPOSITIVE = 40;

  /** Most tokens of a quoted title inside an aside ("the co-author of “Going Viral,”"). */
  private static final int MAX_TITLE = 8;

  /** Prepositions that measure a share before its noun ("over a quarter", "about half"). */
  private static final ImmutableSet<String> SHARE_WORDS =
      ImmutableSet.of("over", "under", "about", "around", "nearly", "almost");

  /** Most words ("But", "And yet") before a name that opens its sentence. */
  private static final int MAX_OPENERS = 2;

  private final SpeechCueLexicon cues;
  private final NounPhrases phrases;

  AppositiveSubject(SpeechCueLexicon cues, NounPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
  }

  /** The subject whose aside ends with the comma at token {@code j}, if one is found. */
  Optional<Subject> find(AnalyzedText text, Sentence s, int j) {
    boolean verbSeen = false;
    Optional<Subject> thing = Optional.empty();
    for (int k = j - 1; k >= Math.max(1, j - MAX_APPOSITIVE); k--) {
      Token tk = s.token(k);
      if (tk.text().equals(",") && opensRelative(s.token(k + 1))) {
        // "Chris Cox, who runs the NRA's lobbying arm, says" / "Benford, 58, who lives ..." /
        // "Mr. Cruz, whose narrow finish was seen as a disappointment, said"
        int m = k - 1;
        while (m >= 2 && s.token(m).pos().equals("CD") && s.token(m - 1).text().equals(",")) {
          m -= 2;
        }
        m = skipParen(s, m);
        if (m < 0 || !NounPhrases.isNoun(s.token(m))) {
          return Optional.empty();
        }
        int start = NounPhrases.startLeft(s, m);
        Optional<Subject> antecedent =
            phrases.speaker(text, s, start, m).map(p -> new Subject(start, p));
        if (s.token(k + 2).text().equals(",") && isRelative(s.token(k + 1))) {
          // "Bret Stephens, who, after trading insults with Mr. Hannity, said": the cue is the
          // relative clause's own verb, so "who" is the mention, standing for the name
          CharSpan word = text.span(s, k + 1, k + 1);
          return antecedent.map(a -> new Subject(a.start(), a.phrase().relative(word)));
        }
        if (!NounPhrases.lower(s.token(k + 1)).equals("which")) {
          return antecedent;
        }
        // "Michael Mulgrew, president of the United Federation of Teachers, which represents
        // ..., said": "which" tells of a thing inside the aside; the name before it speaks, and
        // the thing only when no name does ("The NRA, which ..., said")
        thing = antecedent;
        verbSeen = false;
        continue;
      }
      if (tk.text().equals(",") && verbSeen) {
        return thing;
      }
      if (tk.text().equals(",")) {
        Optional<Subject> named = nameInApposition(text, s, k + 1, j - 1);
        if (named.isPresent()) {
          return named;
        }
        Optional<Subject> before = nameBefore(text, s, k, j);
        if (before.isPresent()) {
          return before;
        }
        Optional<Subject> opening = openingPhrase(text, s, k);
        if (opening.isPresent()) {
          return opening;
        }
        continue;
      }
      if (NounPhrases.isQuoteMark(tk) && !NounPhrases.isPossessiveMark(s, k)) {
        int open = quotedTitleStart(s, k);
        if (open < 0) {
          return thing;
        }
        k = open; // "the co-author of “Going Viral,” about ...": past the quoted title
        continue;
      }
      // a finite verb: the aside is a clause; only a relative one ("who runs ...") still leads
      // to the name before it
      // (not "to file suit": an infinitive in "attorney for groups to file suit" is no clause)
      verbSeen |= TokenRules.isFinite(tk);
      if (relativeInside(s, k)) {
        verbSeen = false; // "a former expert who now studies ...": the verb is the relative's
      }
    }
    return thing;
  }

  /**
   * "his top aide, Tad Devine, told", "Another Clinton ally, Agriculture Secretary Tom Vilsack,
   * told", "Another pollster, David Woodard of Clemson University, said": the person's name in
   * {@code [from, to]}, the stretch between the last two commas, speaks.
   */
  private Optional<Subject> nameInApposition(AnalyzedText text, Sentence s, int from, int to) {
    if (from > to) {
      return Optional.empty();
    }
    if (personRun(s, from, to) > to || s.token(to).ner().equals("PERSON")
        && NounPhrases.isNoun(s.token(to)) && NounPhrases.startLeft(s, to) <= from) {
      Optional<SpeakerPhrase> name = phrases.speaker(text, s, from, to);
      if (name.isPresent() && name.get().form() == SpeakerPhrase.Form.NAME) {
        return Optional.of(new Subject(from, name.get()));
      }
    }
    // "David Woodard of Clemson University": a name and where the person works
    int e = personRun(s, from, to);
    if (e == from || e > to || !NounPhrases.isRolePreposition(s.token(e))
        || TokenRules.hasVerb(s, e, to)) {
      return Optional.empty();
    }
    final int nameEnd = e - 1;
    return phrases.speaker(text, s, from, nameEnd)
        .filter(p -> p.form() == SpeakerPhrase.Form.NAME)
        .map(p -> p.withAppositive(Optional.empty(), Optional.of(text.span(s, nameEnd + 2, to))))
        .map(p -> new Subject(from, p));
  }

  /**
   * The index after the run of a person's name tokens that starts at {@code from} (nouns the name
   * finder marks as a person's: "Tad Devine/JJ" too), at most {@code to + 1}.
   */
  private static int personRun(Sentence s, int from, int to) {
    int e = from;
    while (e <= to && NounPhrases.isNoun(s.token(e)) && s.token(e).ner().equals("PERSON")) {
      e++;
    }
    return e;
  }

  /**
   * The name that ends before the comma at {@code k}, with the aside {@code (k, j)} after it as its
   * role where the aside has one ("Rep. Elijah Cummings (D-Md.), chair of ..."), if the aside
   * describes it.
   */
  private Optional<Subject> nameBefore(AnalyzedText text, Sentence s, int k, int j) {
    // "Rep. Elijah Cummings (D-Md.), chair of ...": past the parenthesis after the name
    int nameEnd = skipParen(s, k - 1);
    if (nameEnd < 0 || !NounPhrases.isNoun(s.token(nameEnd))
        || cues.isTimeWord(s.token(nameEnd).text()) && !s.token(nameEnd).ner().equals("PERSON")) {
      return Optional.empty(); // "Clinton, 35, the daughter of ..., said": look further left
    }
    int start = NounPhrases.startLeft(s, nameEnd);
    Optional<SpeakerPhrase> p = phrases.speaker(text, s, start, nameEnd);
    if (p.isEmpty() || p.get().form() != SpeakerPhrase.Form.NAME
        || nameAfterOf(s, start, nameEnd)) {
      return Optional.empty(); // "..., the president of Judicial Watch, a group ...": further left
    }
    // "James A. Lewis, a former government expert who now studies ..., said": the aside's own
    // words end where its relative clause starts
    int asideEnd = j - 1;
    for (int r = k + 1; r < j; r++) {
      if (relativeInside(s, r)) {
        asideEnd = r - 1;
        break;
      }
    }
    Optional<NounPhrases.Appositive> app = phrases.appositive(text, s, k + 1, asideEnd);
    if (app.isEmpty()) {
      // "Dean Johnson, a 55-year-old salesman from Sumter, says": a name and an aside with no
      // verb of its own, at the start of the sentence
      if (opensSentence(s, start) && !TokenRules.hasFiniteVerb(s, k + 1, asideEnd)) {
        // also "“...,” Sarandon, 69, told MSNBC" and "On Saturday, Senator Bernie Sanders of
        // Vermont, a Democratic rival, assailed her": the name opens its clause
        return Optional.of(new Subject(start, p.get()));
      }
      return Optional.empty(); // "..., a salesman from Sumter, South Carolina, says": further left
    }
    return Optional.of(new Subject(start,
        p.get().withAppositive(Optional.of(app.get().role()), app.get().organization())));
  }

  /**
   * "The aides, led by campaign manager Terry Sullivan, told", "Democratic economists, like their
   * Republican counterparts, say", "Among likely voters, about two-thirds, 67 percent, say": when
   * the words before the comma at {@code k} are the sentence's first phrase (after an opening
   * adjunct such as "Among likely voters,"), with no verb, the noun phrase that opens them speaks.
   */
  private Optional<Subject> openingPhrase(AnalyzedText text, Sentence s, int k) {
    if (k > MAX_APPOSITIVE) {
      return Optional.empty(); // too far from the sentence's start to be its opening phrase
    }
    int o = 0;
    while (o < Math.min(k, MAX_OPENERS) && (s.token(o).pos().equals("CC")
        || s.token(o).pos().startsWith("RB"))) {
      o++;
    }
    int comma = -1;
    for (int c = o; c < k; c++) {
      if (s.token(c).text().equals(",")) {
        if (comma >= 0) {
          return Optional.empty();
        }
        comma = c;
      }
    }
    if (comma >= 0) {
      // "Among likely GOP primary voters, about two-thirds, ...": past the opening adjunct
      if (!opensAdjunct(s.token(o))) {
        return Optional.empty();
      }
      o = comma + 1;
    }
    // "about two-thirds", "Just over a quarter": past the words that measure a share
    while (o < k && (s.token(o).pos().startsWith("RB")
        || s.token(o).pos().equals("IN") && SHARE_WORDS.contains(NounPhrases.lower(s.token(o))))) {
      o++;
    }
    if (o >= k || opensAdjunct(s.token(o)) || TokenRules.hasFiniteVerb(s, o, k - 1)
        || !NounPhrases.inPhrase(s.token(o))) {
      return Optional.empty();
    }
    int head = Math.min(k - 1, NounPhrases.endRight(s, o));
    if (head + 2 < k && s.token(head + 1).pos().equals("CC")
        && NounPhrases.inPhrase(s.token(head + 2))) {
      // "Cyber security experts and U.S. officials, however, said": both phrases speak
      head = Math.min(k - 1, NounPhrases.endRight(s, head + 2));
    }
    while (head > o && !NounPhrases.isNoun(s.token(head))) {
      head--;
    }
    if (!NounPhrases.isNoun(s.token(head)) || cues.isTimeWord(s.token(head).text())) {
      return Optional.empty();
    }
    final int start = o;
    return phrases.speaker(text, s, start, head).map(p -> new Subject(start, p));
  }

  /** Whether {@code t} opens an adjunct: a preposition or adverb ("In", "Among", "Earlier"). */
  private static boolean opensAdjunct(Token t) {
    return t.pos().equals("IN") || t.pos().startsWith("RB") || t.pos().equals("TO");
  }

  /**
   * Whether the phrase {@code [start, end]} ends with a name that is the object of "of" ("the
   * president of Judicial Watch"), not a person's name ("Secretary of State John Kerry").
   */
  private static boolean nameAfterOf(Sentence s, int start, int end) {
    if (s.token(end).ner().equals("PERSON")) {
      return false;
    }
    for (int x = start; x < end; x++) {
      if (NounPhrases.lower(s.token(x)).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the phrase at {@code start} opens its clause: the sentence's first word, after a
   * comma, quote mark or dash, or after at most {@link #MAX_OPENERS} conjunctions and adverbs
   * that open the sentence ("But Tom Fitton, the president of ..., said").
   */
  private static boolean opensSentence(Sentence s, int start) {
    if (start == 0 || opensClause(s.token(start - 1))) {
      return true;
    }
    if (start > MAX_OPENERS) {
      return false;
    }
    for (int k = 0; k < start; k++) {
      String p = s.token(k).pos();
      if (!p.equals("CC") && !p.startsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  /** "who", "whom", "which" or "whose" right after an aside's comma. */
  private static boolean opensRelative(Token t) {
    return isRelative(t) || t.pos().equals("WP$");
  }

  /**
   * Whether token {@code k} opens a relative clause inside an aside: "who", "whom", "which",
   * "whose", or "that" read as a relative, after a word ("a conservative group that has sued",
   * "a Manafort rival whom Trump fired").
   */
  private static boolean relativeInside(Sentence s, int k) {
    Token t = s.token(k);
    boolean relative = opensRelative(t)
        || NounPhrases.lower(t).equals("that") && t.pos().equals("WDT");
    return relative && k >= 1
        && (NounPhrases.isWord(s.token(k - 1)) || s.token(k - 1).pos().equals("POS"));
  }

  /**
   * The index of the opening mark of a short quoted title whose closing mark is token {@code
   * close}, when the title stands inside a phrase (a word before its opening mark); -1 otherwise.
   * Opening and closing marks are told apart by their tags ({@code ``} and {@code ''}).
   */
  private static int quotedTitleStart(Sentence s, int close) {
    if (!s.token(close).pos().equals("''")) {
      return -1; // not a closing mark
    }
    for (int k = close - 1; k >= Math.max(1, close - MAX_TITLE); k--) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t) && !NounPhrases.isPossessiveMark(s, k)) {
        return t.pos().equals("``") && NounPhrases.isWord(s.token(k - 1)) ? k : -1;
      }
    }
    return -1;
  }
}
