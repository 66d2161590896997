package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.trimEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Picks one sentence's attributions among the candidates the rules found: outer ones first, a cue
 * inside a chosen content dropped (or the outer content cut before an inner speech cue's speaker
 * where a comma, dash or conjunction opens its clause, since PolNeAR gives each word to one
 * attribution; never when the inner content runs over the outer cue), bare cues
 * ("He added:") kept where nothing covers them, and an "according to" outlet merged as the {@code
 * via} of the attribution it wraps. Before that, a trailing "..., officials said" takes the clause
 * it frames from the cue inside it ({@link #trailingCueWins}), and a speech verb with its own
 * subject takes the words from "according to a statement" ({@link #documentAsMedium}). Quadratic
 * only in the (small) number of candidates of one sentence.
 */
final class AttributionChooser {

  /** Most title words ("Mr.", "Sen.", "Gov.") looked past before a speaker's name. */
  private static final int MAX_TITLE_WORDS = 3;

  private AttributionChooser() {}

  /**
   * The attributions to keep from {@code found}, with the outlet attributions in {@code
   * viaOutlet} merged into the ones they wrap, in cue order.
   */
  static List<Attribution> select(
      AnalyzedText text, List<Attribution> found, List<Attribution> viaOutlet) {
    return select(text, found, viaOutlet, a -> false);
  }

  /**
   * As {@link #select(AnalyzedText, List, List)}, where {@code namesMedium} tells which "according
   * to" attributions name only a document their speaker issues (see {@link #documentAsMedium}).
   */
  static List<Attribution> select(AnalyzedText text, List<Attribution> found,
      List<Attribution> viaOutlet, Predicate<Attribution> namesMedium) {
    List<Attribution> chosen = choose(text, found, namesMedium);
    // "..., Korea conveyed its dissatisfaction ..., according to Yonhap": Yonhap passed it on
    for (Attribution outlet : viaOutlet) {
      boolean merged = false;
      for (int k = 0; k < chosen.size() && !merged; k++) {
        Attribution inner = chosen.get(k);
        // only words said are passed on; "according to the Herald, 312 members supported Ostrova"
        // is the AP's own report
        if (outlet.content().contains(inner.cue()) && inner.cueClass() == CueClass.SPEECH) {
          int end = Math.min(inner.content().end(), outlet.cue().start());
          end = trimEnd(text.text(), inner.content().start(), end);
          CharSpan content = end > inner.content().start()
              ? text.span(inner.content().start(), end) : inner.content();
          chosen.set(k, inner.withVia(outlet.speaker().orElseThrow().mention(), content));
          merged = true;
        }
      }
      if (!merged) {
        chosen.add(outlet);
      }
    }
    chosen.sort(Comparator.comparingInt(a -> a.cue().start()));
    return chosen;
  }

  /** Outer attributions first; a cue inside a chosen content, or sharing its words, is dropped. */
  private static List<Attribution> choose(AnalyzedText text, List<Attribution> found,
      Predicate<Attribution> namesMedium) {
    List<Attribution> sorted = new ArrayList<>();
    List<Attribution> bare = new ArrayList<>();
    for (Attribution a : found) {
      (isBare(a) ? bare : sorted).add(a);
    }
    sorted = documentAsMedium(text, trailingCueWins(text, sorted), namesMedium);
    sorted.sort(Comparator.comparingInt((Attribution a) -> a.rule().accordingTo() ? 0 : 1)
        .thenComparing(Comparator.comparingInt((Attribution a) -> a.content().length()).reversed()));
    List<Attribution> chosen = new ArrayList<>();
    for (Attribution a : sorted) {
      boolean ok = true;
      for (int k = 0; k < chosen.size() && ok; k++) {
        Attribution c = chosen.get(k);
        if (c.content().overlaps(a.cue()) || a.content().overlaps(c.cue())
            || c.content().overlaps(a.content())) {
          Optional<Attribution> cut = cutBefore(text, c, a);
          if (cut.isPresent()) {
            chosen.set(k, cut.get());
          } else {
            ok = false;
          }
        }
      }
      if (ok) {
        chosen.add(a);
      }
    }
    for (Attribution b : bare) {
      if (chosen.stream().noneMatch(c -> c.content().overlaps(b.cue()) || c.cue().equals(b.cue()))) {
        chosen.add(b);
      }
    }
    return chosen;
  }

  /**
   * Drops each {@code subject-cue} candidate whose content runs over the cue of a trailing
   * attribution that frames it: in "Japan and India have agreed to deepen cooperation in chips,
   * officials said on Monday, as ..." the words before ", officials said" are the officials' ({@code
   * content-name-cue}, or {@code content-cue-name}: "..., said officials."), and "agreed" (whose
   * content would run on over "officials said") is part of what they reported, not a cue of its
   * own. Only where the framed clause is a main clause that opens with the inner cue's subject
   * ("In a letter sent ..., Moreau urged" frames nothing), a comma stands between it and the
   * trailing attribution, the inner content holds a verb before that comma ("He claimed at one
   * point, a voter asked ..." frames nothing), and only an adjunct or the sentence's end
   * follows the trailing cue ("..., they argued, there was ..." and "..., the mayor said during the
   * hearing were caused" go on with a clause). Quadratic only in the (small) number of
   * candidates of one sentence.
   */
  static List<Attribution> trailingCueWins(AnalyzedText text, List<Attribution> candidates) {
    List<Attribution> kept = new ArrayList<>(candidates.size());
    for (Attribution y : candidates) {
      boolean framed = false;
      for (Attribution x : candidates) {
        framed |= x != y && frames(text, x, y);
      }
      if (!framed) {
        kept.add(y);
      }
    }
    return kept;
  }

  /** Whether trailing attribution {@code x} frames {@code y} (see {@link #trailingCueWins}). */
  private static boolean frames(AnalyzedText text, Attribution x, Attribution y) {
    boolean inverted = x.rule() == AttributionRule.CONTENT_CUE_NAME;
    if (!(inverted || x.rule() == AttributionRule.CONTENT_NAME_CUE) || x.speaker().isEmpty()
        || y.rule() != AttributionRule.SUBJECT_CUE || y.speaker().isEmpty()
        || !x.content().contains(y.cue()) || !x.content().contains(y.speaker().get().mention())
        || !y.content().contains(x.cue()) || y.content().start() >= x.content().end()) {
      return false;
    }
    String t = text.text();
    int after = x.content().end();
    while (after < t.length() && Character.isWhitespace(t.charAt(after))) {
      after++;
    }
    if (after >= t.length() || t.charAt(after) != ','
        || x.content().text().indexOf(';') >= 0 || x.content().text().indexOf(':') >= 0
        || unclosedParen(x.content().text())) {
      return false; // "He calls for ...; she calls for ..., Larsen, has argued"
    }
    int next = after + 1;
    while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
      next++;
    }
    int opens = inverted ? x.cue().start()
        : pastTitles(t, x.speaker().get().mention().start(), next);
    if (opens != next) {
      return false; // "..., a point Okafor also acknowledged": no trailing attribution
    }
    Optional<Sentence> found = text.sentenceAt(y.content().start());
    if (found.isEmpty()) {
      return false;
    }
    Sentence s = found.get();
    CharSpan speaker = x.speaker().get().mention();
    int tail = Math.max(x.cue().end(), speaker.end());
    boolean afterTail = false;
    for (int k = 0; k < s.size(); k++) {
      Token tok = s.token(k);
      if (tok.start() >= x.content().start() && tok.end() <= y.speaker().get().mention().start()
          && !opensSubject(tok)) {
        return false; // "In a letter sent ..., Moreau urged": no main clause before the comma
      }
      if (tok.start() >= tail) {
        if (!afterTail && inverted && !(tok.text().equals(",") || tok.text().equals(".")
            || tok.text().equals(";"))) {
          return false; // "..., mocked the board and its ...": no speaker ends there
        }
        afterTail = true;
        if (tok.text().equals(",")) {
          // "..., officials said on Monday, as ...": an adjunct or nothing follows; "..., they
          // argued, there was ..." goes on with a clause of the speaker's
          return verbInside(s, x, y) && (k + 1 >= s.size() || opensAdjunct(s.token(k + 1)));
        }
        if (TokenRules.isFinite(tok)) {
          return false; // "..., the mayor said during the hearing were caused": a clause follows
        }
      }
    }
    return verbInside(s, x, y);
  }

  /** Whether {@code y}'s content holds a verb before {@code x}'s trailing comma. */
  private static boolean verbInside(Sentence s, Attribution x, Attribution y) {
    for (int k = 0; k < s.size(); k++) {
      Token tok = s.token(k);
      if (tok.start() >= y.content().start() && tok.end() <= x.content().end()
          && tok.posStartsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} opens an adjunct after a comma: "as", "adding", "but", "perhaps". */
  private static boolean opensAdjunct(Token t) {
    String p = t.pos();
    return p.equals("IN") || p.equals("WRB") || p.equals("VBG") || p.equals("VBN")
        || p.startsWith("RB") || p.equals("CC") || p.equals("TO") || p.equals(".");
  }

  /** Whether {@code s} opens a parenthesis it does not close. */
  private static boolean unclosedParen(String s) {
    return s.lastIndexOf('(') > s.lastIndexOf(')');
  }

  /** Whether {@code t} may stand in a subject before its head: "Japan and", "The", "new". */
  private static boolean opensSubject(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("CC") || p.equals("DT") || p.startsWith("JJ")
        || p.equals("POS") || p.equals("PRP$") || p.equals("CD");
  }

  /**
   * "The ministry said the deal would help chipmakers, according to a statement on its website":
   * an "according to" whose source is only a document its speaker issues ({@code namesMedium})
   * names the medium when its content holds a speech verb with its own subject ({@code
   * subject-cue}); that verb's subject speaks, the "according to" attribution goes, and the speech
   * verb's content ends before "according to". Without such a verb ("Exports rose, according to a
   * statement") the document stays the source, and so does a report or poll ("X said ...,
   * according to the report": PolNeAR gives the words to the report).
   */
  static List<Attribution> documentAsMedium(AnalyzedText text, List<Attribution> candidates,
      Predicate<Attribution> namesMedium) {
    List<Attribution> out = new ArrayList<>(candidates);
    for (Attribution doc : candidates) {
      if (!namesMedium.test(doc)) {
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        Attribution inner = out.get(k);
        if (inner.rule() == AttributionRule.SUBJECT_CUE && inner.cueClass() == CueClass.SPEECH
            && inner.speaker().isPresent() && doc.content().contains(inner.cue())
            && doc.content().contains(inner.speaker().get().mention())) {
          int cut = doc.cue().start();
          if (inner.content().start() < cut && inner.content().end() > cut) {
            int end = trimEnd(text.text(), inner.content().start(), cut);
            if (end > inner.content().start()) {
              inner = new Attribution(inner.sentence(), inner.cue(), inner.speaker(),
                  text.span(inner.content().start(), end), inner.cueClass(), inner.rule(),
                  inner.via());
            }
          }
          out.set(k, inner);
          out.remove(doc);
          break;
        }
      }
    }
    return out;
  }

  /**
   * "While the donor didn't reveal his motive, he did say he found Velden impressive": when an
   * inner attribution's speaker follows a comma inside the outer one's content, the outer content
   * ends before that comma and both stand.
   */
  private static Optional<Attribution> cutBefore(AnalyzedText text, Attribution outer,
      Attribution inner) {
    // "Moll hailed the result as “superb,” telling reporters that ...": a participle after a
    // comma is an attribution of its own, and the outer content ends before its comma
    boolean participle = inner.rule() == AttributionRule.PARTICIPLE;
    if (!participle && (inner.speaker().isEmpty() || inner.rule() != AttributionRule.SUBJECT_CUE)
        || !outer.content().contains(inner.cue())) {
      return Optional.empty();
    }
    if (inner.content().overlaps(outer.cue())) {
      // "Ms. Varga found rowing to be a comfort ..., she said.": the inner content runs over
      // the outer cue, so the outer one frames the whole sentence and the inner one goes
      return Optional.empty();
    }
    int speakerStart = participle ? inner.cue().start()
        : inner.speaker().get().mention().start();
    Optional<Integer> coordinated = coordinatedCue(text, outer, inner);
    if (coordinated.isPresent()) {
      // "Brandt tweeted a picture and said she had been ignored": each verb its own content
      int end = trimEnd(text.text(), outer.content().start(), coordinated.get());
      if (end <= outer.content().start() || inner.content().start() < end) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(outer.sentence(), outer.cue(), outer.speaker(),
          text.span(outer.content().start(), end), outer.cueClass(), outer.rule(), outer.via()));
    }
    if (speakerStart <= outer.content().start()) {
      return Optional.empty();
    }
    String t = text.text();
    boolean opened = false;
    if (!participle) {
      speakerStart = pastTitles(t, speakerStart, outer.content().start());
      // "..., but 55 percent of all voters say ...": the share the mention is part of
      speakerStart = shareStart(text, speakerStart, outer.content().start());
      if (speakerStart <= outer.content().start()) {
        return Optional.empty();
      }
    } else {
      // "..., while also suggesting that ...", "..., before predicting that ...", "..., instead
      // restating ...": the participle's clause opens with its conjunction and adverbs
      int[] open = participleOpening(text, inner.cue().start(), outer.content().start());
      if (open[0] < inner.cue().start() && CueConstruction.of(text, inner.cue(), inner.content())
          != CueConstruction.Kind.REPORTING) {
        return Optional.empty(); // "..., while also naming a date": the outer verb's words
      }
      speakerStart = open[0];
      opened = open[1] == 1;
      if (speakerStart <= outer.content().start()) {
        return Optional.empty();
      }
    }
    int k = speakerStart - 1;
    while (k > outer.content().start() && Character.isWhitespace(t.charAt(k))) {
      k--;
    }
    if (participle && k > outer.content().start() + 1 && isClosingQuote(t.charAt(k))
        && t.charAt(k - 1) == ',') {
      k--; // "as “fantastic,” telling reporters": the comma before the closing mark
    }
    int end;
    if (t.charAt(k) == ',' || t.charAt(k) == ';' || isDashChar(t.charAt(k))) {
      end = k;
    } else if (opened) {
      end = speakerStart; // "X criticized the plan while also suggesting ..."
    } else {
      // "X said the plan failed because he refused to ...", "... as he urges ...": a clause
      // joined by a conjunction holds an attribution of its own (PolNeAR gives each token to one
      // attribution); a relative "who" belongs to the noun before it and stays inside
      int w = wordStartBefore(t, k + 1);
      if (participle || inner.speaker().get().antecedent().isPresent() || w < 0
          || inner.cueClass() != CueClass.SPEECH
          || !WordSet.CLAUSE_JOINER.contains(t.substring(w, k + 1).toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      end = w;
    }
    while (end > outer.content().start() && (Character.isWhitespace(t.charAt(end - 1))
        || t.charAt(end - 1) == ',' || t.charAt(end - 1) == ';')) {
      end--; // "..., and more than half said ...": no comma at the content's end
    }
    if (end <= outer.content().start() || inner.content().start() < end
        // "Yet, he said, managers must choose ...": a content around its own cue is not
        // cut back to the cue; the clause after the cue is what "he" said
        || outer.content().contains(outer.cue()) && end <= outer.cue().end()) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(outer.sentence(), outer.cue(), outer.speaker(),
        text.span(outer.content().start(), end), outer.cueClass(), outer.rule(), outer.via()));
  }

  /**
   * Where a subject mention starting at {@code start} begins when it names part of a share or
   * count: back over "of", "than", numbers, adverbs and the words of a noun phrase ("55 percent
   * of all voters", "more than 4 in 10"), not before {@code min}; {@code start} itself when the
   * word before it is none of these.
   */
  private static int shareStart(AnalyzedText text, int start, int min) {
    Optional<Sentence> s = text.sentenceAt(start);
    if (s.isEmpty()) {
      return start;
    }
    int i = 0;
    while (i < s.get().size() && s.get().token(i).start() < start) {
      i++;
    }
    int at = start;
    boolean share = false;
    boolean count = false;
    for (int m = i - 1; m >= 0 && s.get().token(m).start() > min; m--) {
      Token x = s.get().token(m);
      String w = x.text().toLowerCase(Locale.ROOT);
      count |= x.pos().equals("CD") || WordSet.SHARE_HEAD.contains(w);
      if (w.equals("of") || w.equals("than")) {
        share = true;
      } else if (!(NounPhrases.inPhrase(x) || x.pos().startsWith("RB") || x.pos().equals("CD")
          || w.equals("%")) || x.pos().equals("POS")) {
        break;
      }
      at = x.start();
    }
    return share && count ? at : start;
  }

  /**
   * Where the clause of the participle cue starting at {@code cueStart} opens: back over the
   * adverbs ("also", "then") and the conjunction of an adjunct ("while", "before", "after",
   * "instead") before it, not before {@code min}; and 1 if a conjunction was among them, else 0.
   */
  private static int[] participleOpening(AnalyzedText text, int cueStart, int min) {
    Optional<Sentence> s = text.sentenceAt(cueStart);
    if (s.isEmpty()) {
      return new int[] {cueStart, 0};
    }
    int i = 0;
    while (i < s.get().size() && s.get().token(i).start() < cueStart) {
      i++;
    }
    int start = cueStart;
    int opened = 0;
    for (int m = i - 1; m >= 0 && s.get().token(m).start() > min; m--) {
      Token x = s.get().token(m);
      String w = x.text().toLowerCase(Locale.ROOT);
      if (WordSet.ADJUNCT_OPENER.contains(w) || w.equals("instead")) {
        opened = 1;
      } else if (!x.pos().startsWith("RB")) {
        break;
      }
      start = x.start();
    }
    return new int[] {start, opened};
  }

  /**
   * Where "and" / "but" starts when it stands right before {@code inner}'s cue inside {@code
   * outer}'s content and {@code inner}'s speaker is {@code outer}'s own (a coordinated verb).
   */
  private static Optional<Integer> coordinatedCue(AnalyzedText text, Attribution outer,
      Attribution inner) {
    if (inner.rule() != AttributionRule.SUBJECT_CUE || inner.speaker().isEmpty()
        || outer.speaker().isEmpty()
        || !inner.speaker().get().mention().equals(outer.speaker().get().mention())) {
      return Optional.empty();
    }
    String t = text.text();
    // "... and most recently defended that ...": past the adverbs before a reporting cue
    int k = participleOpening(text, inner.cue().start(), outer.content().start())[0];
    if (k < inner.cue().start() && CueConstruction.of(text, inner.cue(), inner.content())
        != CueConstruction.Kind.REPORTING) {
      k = inner.cue().start();
    }
    k = pastAuxiliaries(text, k, outer.content().start()); // "... and has called for ..."

    while (k > outer.content().start() && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    for (String cc : WordSet.CUE_COORDINATOR.words()) {
      int w = k - cc.length();
      if (w > outer.content().start() && t.regionMatches(true, w, cc, 0, cc.length())
          && Character.isWhitespace(t.charAt(w - 1))) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the auxiliaries ("has", "had", "did") and adverbs right before offset {@code start}
   * begin, not before {@code min}; {@code start} when none stand there.
   */
  private static int pastAuxiliaries(AnalyzedText text, int start, int min) {
    int at = start;
    for (Token x : tokensBefore(text, start, min)) {
      if (!(TokenRules.isAux(x, "have") || TokenRules.isAux(x, "do") || x.pos().startsWith("RB"))) {
        break;
      }
      at = x.start();
    }
    return at;
  }

  /**
   * The tokens of the sentence at offset {@code start} that begin before it and after {@code
   * min}, the nearest first.
   */
  private static List<Token> tokensBefore(AnalyzedText text, int start, int min) {
    List<Token> out = new ArrayList<>();
    Optional<Sentence> s = text.sentenceAt(start);
    for (int m = s.isEmpty() ? -1 : s.get().size() - 1; m >= 0; m--) {
      Token x = s.get().token(m);
      if (x.start() < start && x.start() > min) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Where a name's phrase starts when titles stand before the mention ("Mr. Schmidt", "Sen. Ana
   * Moll"): back over at most {@link #MAX_TITLE_WORDS} capitalised words, not before {@code min}.
   */
  private static int pastTitles(String t, int start, int min) {
    int at = start;
    for (int n = 0; n < MAX_TITLE_WORDS; n++) {
      int e = at;
      while (e > min && t.charAt(e - 1) == ' ') {
        e--;
      }
      int w = e;
      while (w > min && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
        w--;
      }
      if (w == e || e == at || !Character.isUpperCase(t.charAt(w))) {
        return at;
      }
      at = w;
    }
    return at;
  }

  /** Start of the word that ends at {@code end} (exclusive), or -1 if none does. */
  private static int wordStartBefore(String t, int end) {
    int w = end;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    return w < end && (w == 0 || !Character.isLetterOrDigit(t.charAt(w - 1))) ? w : -1;
  }

  private static boolean isDashChar(char c) {
    return WordSet.DELIMITING_DASH.contains(String.valueOf(c));
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'';
  }

  /** Whether {@code a} names a speaker and cue but reports nothing itself. */
  static boolean isBare(Attribution a) {
    return a.rule().bare();
  }
}
