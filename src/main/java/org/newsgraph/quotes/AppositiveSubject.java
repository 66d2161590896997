package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.isRelative;
import static org.newsgraph.quotes.TokenRules.opensClause;
import static org.newsgraph.quotes.TokenRules.skipParen;

import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.quotes.SpeakerFinder.Subject;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The subject of a cue that follows a comma: a name and the aside between commas that describes
 * it ("Wen Lihua, chief Asia economist at Meridian Harbor Bank, said"; "Mara Lindqvist, a Green
 * strategist who advises the harbor council, said"; "Mr. Varga, whose late entry was viewed as a
 * gamble, said"), or a name in apposition to a description ("her closest aide, Corin Little,
 * told"; "Another analyst, Tomas Arvelo of Halvorsen College, said"). Goes left from the comma at
 * most {@link #MAX_APPOSITIVE} tokens.
 */
final class AppositiveSubject {

  /** Longest aside between a name and its cue, in tokens. */
  static final int MAX_APPOSITIVE = 40;

  /** Most tokens of a quoted title inside an aside ("the co-author of “Breaking Loose,”"). */
  private static final int MAX_TITLE = 8;

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
        // "Dana Whitcombe, who runs the guild's advocacy office, says" / "Ortega, 52, who
        // lives ..." / "Mr. Varga, whose late entry was viewed as a gamble, said"
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
          // "Odile Ferrand, who, after exchanging barbs with Mr. Kessler, said": the cue is the
          // relative clause's own verb, so "who" is the mention, standing for the name
          CharSpan word = text.span(s, k + 1, k + 1);
          return antecedent.map(a -> new Subject(a.start(), a.phrase().relative(word)));
        }
        if (!NounPhrases.lower(s.token(k + 1)).equals("which")) {
          return antecedent;
        }
        // "Priya Okonjo, president of the Northern Alliance of Nurses, which represents ...,
        // said": "which" tells of a thing inside the aside; the name before it speaks, and the
        // thing only when no name does ("The TBCA, which ..., said")
        thing = antecedent;
        verbSeen = false;
        continue;
      }
      if (tk.text().equals(",") && verbSeen) {
        int whose = whoseBeforeNamedAside(s, k);
        if (whose < 0) {
          return thing;
        }
        // "a strategist whose firm, Ruiz Media, made the ads,": the verb is the relative's
        k = whose;
        verbSeen = false;
        continue;
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
        k = open; // "the co-author of “Breaking Loose,” about ...": past the quoted title
        continue;
      }
      // a finite verb: the aside is a clause; only a relative one ("who runs ...") still leads
      // to the name before it
      // (not "to seek damages": an infinitive in "counsel for tenants to seek damages" is no
      // clause)
      verbSeen |= TokenRules.isFinite(tk);
      if (relativeInside(s, k)) {
        verbSeen = false; // "a retired engineer who now teaches ...": the verb is the relative's
      }
    }
    return thing;
  }

  /**
   * "her closest aide, Corin Little, told", "Another party ally, Transport Secretary Ilse Brandt,
   * told", "Another analyst, Tomas Arvelo of Halvorsen College, said": the person's name in
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
    // "Tomas Arvelo of Halvorsen College": a name and where the person works
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
   * finder marks as a person's: "Corin Little/JJ" too), at most {@code to + 1}.
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
   * role where the aside has one ("Rep. Nadia Kerrigan (D-Vt.), chair of ..."), if the aside
   * describes it.
   */
  private Optional<Subject> nameBefore(AnalyzedText text, Sentence s, int k, int j) {
    int tag = partyTagComma(s, k);
    if (tag > 0) {
      // "Sen. Ada Brandvold, D-Ore., a long-shot candidate, said": the name before the tag
      return nameBefore(text, s, tag, j);
    }
    // "Rep. Nadia Kerrigan (D-Vt.), chair of ...": past the parenthesis after the name
    int nameEnd = skipParen(s, k - 1);
    if (nameEnd < 0 || !NounPhrases.isNoun(s.token(nameEnd))
        || cues.is(Mark.TIME_WORD, s.token(nameEnd).text()) && !s.token(nameEnd).ner().equals("PERSON")) {
      return Optional.empty(); // "Ferris, 35, the nephew of ..., said": look further left
    }
    int start = NounPhrases.startLeft(s, nameEnd);
    Optional<SpeakerPhrase> p = phrases.speaker(text, s, start, nameEnd);
    if (p.isEmpty() || p.get().form() != SpeakerPhrase.Form.NAME
        || nameAfterOf(s, start, nameEnd)) {
      return Optional.empty(); // "..., the director of Open Ledger, a group ...": further left
    }
    // "Hugo B. Santander, a retired agency engineer who now teaches ..., said": the aside's own
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
      // "Rufus Palmer, a 61-year-old plumber from Harlow Creek, says": a name and an aside with no
      // verb of its own, at the start of the sentence
      if (opensSentence(s, start) && !TokenRules.hasFiniteVerb(s, k + 1, asideEnd)) {
        // also "“...,” Brandvold, 71, told WKRT" and "On Friday, Senator Ansel Marsh of Oregon,
        // a party rival, criticized him": the name opens its clause
        return Optional.of(new Subject(start, p.get()));
      }
      return Optional.empty(); // "..., a plumber from Harlow Creek, Maine, says": further left
    }
    return Optional.of(new Subject(start,
        p.get().withAppositive(Optional.of(app.get().role()), app.get().organization())));
  }

  /** Most tokens of a party-and-state tag between commas ("D - Ore.", "R-S.C."). */
  private static final int MAX_PARTY_TAG = 5;

  /**
   * The comma before a party-and-state tag that ends right before the comma at {@code k} ("R",
   * a hyphen, then the state: "Sen. Ada Brandvold, D-Ore., said"), or -1.
   */
  private static int partyTagComma(Sentence s, int k) {
    for (int c = k - 1; c >= Math.max(1, k - MAX_PARTY_TAG); c--) {
      if (!s.token(c).text().equals(",")) {
        continue;
      }
      String first = s.token(c + 1).text();
      boolean party = first.length() == 1 && "RDI".contains(first) && c + 3 < k
          && (s.token(c + 2).text().equals("-") || s.token(c + 2).pos().equals("HYPH"))
          || first.length() > 2 && "RDI".indexOf(first.charAt(0)) >= 0 && first.charAt(1) == '-';
      boolean state = Character.isUpperCase(s.token(k - 1).text().charAt(0))
          && s.token(k - 1).pos().startsWith("NNP");
      return party && state ? c : -1;
    }
    return -1;
  }

  /**
   * "The volunteers, led by field director Ines Paredes, told", "Union economists, like their
   * industry counterparts, say", "Among registered members, about three-quarters, 74 percent,
   * say": when the words before the comma at {@code k} are the sentence's first phrase (after an
   * opening adjunct such as "Among registered members,"), with no verb, the noun phrase that opens
   * them speaks.
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
      // "Among registered union members, about three-quarters, ...": past the opening adjunct
      if (!opensAdjunct(s.token(o))) {
        return Optional.empty();
      }
      o = comma + 1;
    }
    // "about three-quarters", "Just under a fifth": past the words that measure a share
    while (o < k && (s.token(o).pos().startsWith("RB")
        || s.token(o).pos().equals("IN") && WordSet.SHARE_APPROXIMATOR.contains(NounPhrases.lower(s.token(o))))) {
      o++;
    }
    if (o >= k || opensAdjunct(s.token(o)) || TokenRules.hasFiniteVerb(s, o, k - 1)
        || !NounPhrases.inPhrase(s.token(o))) {
      return Optional.empty();
    }
    int head = Math.min(k - 1, NounPhrases.endRight(s, o));
    if (head + 2 < k && s.token(head + 1).pos().equals("CC")
        && NounPhrases.inPhrase(s.token(head + 2))) {
      // "Water engineers and county officials, however, said": both phrases speak
      head = Math.min(k - 1, NounPhrases.endRight(s, head + 2));
    }
    while (head > o && !NounPhrases.isNoun(s.token(head))) {
      head--;
    }
    if (!NounPhrases.isNoun(s.token(head)) || cues.is(Mark.TIME_WORD, s.token(head).text())) {
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
   * director of Open Ledger"), not a person's name ("Secretary of State Ilse Brandt").
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
   * that open the sentence ("But Lena Marchetti, the director of ..., said").
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

  /** Most tokens of a name set off by commas inside a "whose" clause. */
  private static final int MAX_INNER_NAME = 6;

  /**
   * The index of "whose" when the comma at {@code comma} closes a name set off by commas right
   * after the noun that "whose" opens ("whose firm, Ruiz Media, made"); -1 otherwise.
   */
  private static int whoseBeforeNamedAside(Sentence s, int comma) {
    if (comma < 1 || !NounPhrases.isProper(s.token(comma - 1))) {
      return -1;
    }
    int c = comma - 1;
    while (c > 0 && comma - c <= MAX_INNER_NAME && !s.token(c).text().equals(",")) {
      if (!NounPhrases.inPhrase(s.token(c))) {
        return -1;
      }
      c--;
    }
    if (!s.token(c).text().equals(",")) {
      return -1;
    }
    for (int r = c - 1; r >= Math.max(1, c - 3); r--) {
      if (NounPhrases.lower(s.token(r)).equals("whose") && relativeInside(s, r)) {
        return r;
      }
      if (!NounPhrases.inPhrase(s.token(r))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code k} opens a relative clause inside an aside: "who", "whom", "which",
   * "whose", or "that" read as a relative, after a word ("a nonprofit group that has petitioned",
   * "a Halloran rival whom Varga fired").
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
