package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.trimEnd;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.quotes.SpeechCueLexicon.CueClass;
import org.newsgraph.text.AnalyzedText;

/**
 * Picks one sentence's attributions among the candidates the rules found: outer ones first, a cue
 * inside a chosen content dropped (or the outer content cut before an inner speech cue's speaker
 * where a comma, dash or conjunction opens its clause, since PolNeAR gives each word to one
 * attribution; never when the inner content runs over the outer cue), bare cues
 * ("He added:") kept where nothing covers them, and an "according to" outlet merged as the {@code
 * via} of the attribution it wraps. Quadratic only in the (small) number of candidates of one
 * sentence.
 */
final class AttributionChooser {

  /** Words of English grammar that join a clause with its own subject to the one before. */
  private static final ImmutableSet<String> CLAUSE_JOINERS = ImmutableSet.of("and", "but", "as",
      "while", "because", "since", "when", "so", "though", "although", "if", "after", "before",
      "until", "whereas", "or", "once", "whether");

  /** Most title words ("Mr.", "Sen.", "Gov.") looked past before a speaker's name. */
  private static final int MAX_TITLE_WORDS = 3;

  private AttributionChooser() {}

  /**
   * The attributions to keep from {@code found}, with the outlet attributions in {@code
   * viaOutlet} merged into the ones they wrap, in cue order.
   */
  static List<Attribution> select(
      AnalyzedText text, List<Attribution> found, List<Attribution> viaOutlet) {
    List<Attribution> chosen = choose(text, found);
    // "..., Korea conveyed its dissatisfaction ..., according to Yonhap": Yonhap passed it on
    for (Attribution outlet : viaOutlet) {
      boolean merged = false;
      for (int k = 0; k < chosen.size() && !merged; k++) {
        Attribution inner = chosen.get(k);
        // only words said are passed on; "according to the AP, 571 delegates supported Clinton"
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
  private static List<Attribution> choose(AnalyzedText text, List<Attribution> found) {
    List<Attribution> sorted = new ArrayList<>();
    List<Attribution> bare = new ArrayList<>();
    for (Attribution a : found) {
      (isBare(a) ? bare : sorted).add(a);
    }
    sorted.sort(Comparator.comparingInt((Attribution a) -> a.rule().startsWith("according") ? 0 : 1)
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
   * "While the donor didn't disclose his backing, he did say he found Trump charming": when an
   * inner attribution's speaker follows a comma inside the outer one's content, the outer content
   * ends before that comma and both stand.
   */
  private static Optional<Attribution> cutBefore(AnalyzedText text, Attribution outer,
      Attribution inner) {
    // "Trump hailed the vote as “fantastic,” telling reporters that ...": a participle after a
    // comma is an attribution of its own, and the outer content ends before its comma
    boolean participle = inner.rule().equals("participle");
    if (!participle && (inner.speaker().isEmpty() || !inner.rule().equals("subject-cue"))
        || !outer.content().contains(inner.cue())) {
      return Optional.empty();
    }
    if (inner.content().overlaps(outer.cue())) {
      // "Ms. Olivieri found skating to be a salve ..., she said.": the inner content runs over
      // the outer cue, so the outer one frames the whole sentence and the inner one goes
      return Optional.empty();
    }
    int speakerStart = participle ? inner.cue().start()
        : inner.speaker().get().mention().start();
    Optional<Integer> coordinated = coordinatedCue(text, outer, inner);
    if (coordinated.isPresent()) {
      // "Fields tweeted a photograph and said she had been yanked": each verb its own content
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
    if (!participle) {
      speakerStart = pastTitles(t, speakerStart, outer.content().start());
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
    } else {
      // "X said the plan failed because he refused to ...", "... as he urges ...": a clause
      // joined by a conjunction holds an attribution of its own (PolNeAR gives each token to one
      // attribution); a relative "who" belongs to the noun before it and stays inside
      int w = wordStartBefore(t, k + 1);
      if (participle || inner.speaker().get().antecedent().isPresent() || w < 0
          || inner.cueClass() != CueClass.SPEECH
          || !CLAUSE_JOINERS.contains(t.substring(w, k + 1).toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      end = w;
    }
    while (end > outer.content().start() && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end <= outer.content().start() || inner.content().start() < end
        // "Still, he said, officials have to decide ...": a content around its own cue is not
        // cut back to the cue; the clause after the cue is what "he" said
        || outer.content().contains(outer.cue()) && end <= outer.cue().end()) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(outer.sentence(), outer.cue(), outer.speaker(),
        text.span(outer.content().start(), end), outer.cueClass(), outer.rule(), outer.via()));
  }

  /**
   * Where "and" / "but" starts when it stands right before {@code inner}'s cue inside {@code
   * outer}'s content and {@code inner}'s speaker is {@code outer}'s own (a coordinated verb).
   */
  private static Optional<Integer> coordinatedCue(AnalyzedText text, Attribution outer,
      Attribution inner) {
    if (!inner.rule().equals("subject-cue") || inner.speaker().isEmpty()
        || outer.speaker().isEmpty()
        || !inner.speaker().get().mention().equals(outer.speaker().get().mention())) {
      return Optional.empty();
    }
    String t = text.text();
    int k = inner.cue().start();
    while (k > outer.content().start() && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    for (String cc : new String[] {"and", "but"}) {
      int w = k - cc.length();
      if (w > outer.content().start() && t.regionMatches(true, w, cc, 0, cc.length())
          && Character.isWhitespace(t.charAt(w - 1))) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a name's phrase starts when titles stand before the mention ("Mr. Schmidt", "Sen. Ted
   * Cruz"): back over at most {@link #MAX_TITLE_WORDS} capitalised words, not before {@code min}.
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
    return c == '—' || c == '–';
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'';
  }

  /** Whether {@code a} names a speaker and cue but reports nothing itself. */
  static boolean isBare(Attribution a) {
    return a.rule().equals(ReportedSpeechFinder.BARE)
        || a.rule().equals(ReportedSpeechFinder.BARE_COLON);
  }
}
