package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map.Entry;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.QuoteType;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;
import org.newsgraph.text.TextLayout;

/**
 * Joins quoted stretches and attributions into quotes, and gives a speaker to the quoted
 * stretches that no attribution in their own sentence covers, through an ordered list of sieves:
 *
 * <ol>
 *   <li>{@code direct/colon-cue}: the sentence before ends "He added:";
 *   <li>{@code direct/same-paragraph}: an earlier quote or reported clause of the same paragraph
 *       has a speaker ("“X,” Peng said. “Y.”"; "Trump is a “change agent,” Cole said. “Y.”"), or
 *       the paragraph names one ("Peng said in an interview.");
 *   <li>{@code direct/next-sentence}: the next sentence opens with the speaker of a reported
 *       clause ("“...” Devine said Tuesday, adding that ...");
 *   <li>{@code direct/next-paragraph}: a paragraph that is only a quote takes the speaker of the
 *       next paragraph's opening quote, when that one names its speaker in its own sentence;
 *   <li>{@code direct/previous-paragraph}: a paragraph that opens with a quote and names no
 *       speaker continues the speaker of the paragraph before's last quote or reported clause;
 *   <li>{@code direct/unattributed}: a sentence-like quote with no speaker in sight, unless the
 *       sentence it stands in has a subject before it ({@code direct/sentence-subject}: "Sanders
 *       delivered a snappy retort: “...”");
 * </ol>
 *
 * a short or embedded quoted stretch that none of them attributes is a scare quote or a title and
 * is dropped ("‘rust belt’"). The list is {@link #sieves}, in this order, the one place a new sieve
 * goes. Linear in the number of stretches and attributions (maps keyed by
 * offset).
 */
final class QuoteAssembler {

  /** Fewest words a quoted stretch needs to count as a quote without an attribution. */
  static final int MIN_UNATTRIBUTED_WORDS = 4;
  /** Fewest words an embedded stretch (words before and after it) needs without an attribution. */
  static final int MIN_EMBEDDED_WORDS = 8;

  /** One quote before speaker resolution. */
  record Draft(
      QuoteType type,
      CharSpan content,
      Optional<CharSpan> cue,
      Optional<SpeakerPhrase> speaker,
      Optional<CharSpan> via,
      AttributionRule rule,
      int paragraph) {}

  /** A quoted stretch that no attribution of its own sentence covers, with its paragraph. */
  private record Stretch(QuoteSpan quote, CharSpan content, int paragraph) {}

  /** What the attributions of the document give the sieves to look at. */
  private record Found(
      TreeMap<Integer, Attribution> colonBySentenceEnd,
      Map<Integer, List<Attribution>> bareByParagraph,
      TreeMap<Integer, Draft> directs,
      TreeMap<Integer, Draft> reported,
      Map<Integer, Attribution> bySubject) {}

  /** One sieve: the quote it makes of a stretch, if its pattern holds. */
  @FunctionalInterface
  private interface Sieve {
    Optional<Draft> attribute(Stretch stretch, Found found);
  }

  private final AnalyzedText text;
  private final TextLayout lines;
  /** The sieves in the order they are tried; the first that attributes a stretch wins. */
  private final List<Sieve> sieves = List.of(this::colonSieve, this::sameParagraphSieve,
      this::nextSentenceSieve, this::nextParagraphSieve, this::previousParagraphSieve,
      this::unattributedSieve);

  QuoteAssembler(AnalyzedText text) {
    this.text = text;
    this.lines = text.layout();
  }

  ImmutableList<Draft> assemble(List<QuoteSpan> spans, List<Attribution> attributions) {
    return assemble(spans, attributions, Map.of());
  }

  /**
   * As {@link #assemble(List, List)}; {@code bySubject} holds, by opening-mark offset, the
   * sentence-subject attribution of a quote, which speaks for a quote that would otherwise go
   * unattributed ({@code direct/sentence-subject}).
   */
  ImmutableList<Draft> assemble(List<QuoteSpan> spans, List<Attribution> given,
      Map<Integer, Attribution> bySubject) {
    List<Attribution> attributions = new ArrayList<>(given.size());
    for (Attribution a : given) {
      attributions.add(endBeforeNextSentence(a, spans));
    }
    List<Draft> out = new ArrayList<>();
    Attribution[] linked = new Attribution[spans.size()];
    boolean[] inMixed = new boolean[spans.size()];
    Map<Integer, List<Attribution>> bareByParagraph = new HashMap<>();
    TreeMap<Integer, Attribution> colonBySentenceEnd = new TreeMap<>();
    // the quotations that are some attribution's whole content ("“...,” he said")
    boolean[] whole = new boolean[spans.size()];
    for (Attribution a : attributions) {
      int first = QuoteSpan.firstEndingAfter(spans, a.content().start(), QuoteSpan::end);
      for (int k = first; k < spans.size() && spans.get(k).open() < a.content().end(); k++) {
        whole[k] |= !ReportedSpeechFinder.isBare(a) && wordsOutside(a.content(), spans.get(k)) == 0;
      }
    }
    for (Attribution a : attributions) {
      if (ReportedSpeechFinder.isBare(a)) {
        Sentence s = text.sentences().get(a.sentence());
        bareByParagraph.computeIfAbsent(lines.lineAt(s.start()), k -> new ArrayList<>()).add(a);
        if (a.rule() == AttributionRule.COLON_CUE) {
          colonBySentenceEnd.put(s.end(), a);
        }
        continue;
      }
      int first = QuoteSpan.firstEndingAfter(spans, a.content().start(), QuoteSpan::end);
      boolean direct = false;
      List<Integer> inside = new ArrayList<>();
      for (int k = first; k < spans.size() && spans.get(k).open() < a.content().end(); k++) {
        QuoteSpan q = spans.get(k);
        if (wordsOutside(a.content(), q) == 0) {
          if (linked[k] == null) {
            linked[k] = a;
          }
          direct = true;
        } else {
          inside.add(k);
        }
      }
      if (direct) {
        continue;
      }
      int end = a.content().end();
      for (int k : inside) {
        inMixed[k] = true;
        QuoteSpan q = spans.get(k);
        // "… said the plan “is a fine one. It will help the port.”": a quotation the reported
        // clause opens goes on over the sentence's end to its closing mark
        if (q.closed() && !q.paragraphs() && !whole[k] && q.open() >= a.content().start()
            && q.end() > end) {
          end = q.end();
        }
      }
      CharSpan content = end > a.content().end() ? text.span(a.content().start(), end)
          : a.content();
      out.add(new Draft(inside.isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED, content,
          Optional.of(a.cue()), a.speaker(), a.via(),
          a.rule(), paragraph(a.content().start())));
    }
    TreeMap<Integer, Draft> directs = new TreeMap<>();
    for (int k = 0; k < spans.size(); k++) {
      if (linked[k] != null) {
        Attribution a = linked[k];
        Draft d = new Draft(QuoteType.DIRECT, content(spans.get(k)), Optional.of(a.cue()),
            a.speaker(), a.via(), a.rule(), paragraph(spans.get(k).contentStart()));
        directs.put(d.content().start(), d);
      }
    }
    // indirect and mixed attributions with a speaker: "..., Cole said. “That’s exactly ...”"
    TreeMap<Integer, Draft> reported = new TreeMap<>();
    for (Draft d : out) {
      if (d.speaker().isPresent()) {
        reported.put(d.content().start(), d);
      }
    }
    Found found = new Found(colonBySentenceEnd, bareByParagraph, directs, reported, bySubject);
    for (int k = 0; k < spans.size(); k++) {
      if (linked[k] != null || inMixed[k]) {
        continue;
      }
      QuoteSpan q = spans.get(k);
      Stretch stretch = new Stretch(q, content(q), paragraph(q.contentStart()));
      for (Sieve sieve : sieves) {
        Optional<Draft> d = sieve.attribute(stretch, found);
        if (d.isPresent()) {
          directs.put(d.get().content().start(), d.get());
          break;
        }
      }
    }
    out.addAll(directs.values());
    return ImmutableList.copyOf(out);
  }

  /**
   * "He added:" ending the sentence right before the quote ({@code direct/colon-cue}); or, with no
   * cue there, the subject of that colon sentence ({@code direct/sentence-subject}: "The board
   * issued a statement:").
   */
  private Optional<Draft> colonSieve(Stretch st, Found found) {
    QuoteSpan q = st.quote();
    Entry<Integer, Attribution> e = found.colonBySentenceEnd().floorEntry(q.open());
    if (e != null && blankBetween(e.getKey(), q.open())) {
      return Optional.of(borrow(st, e.getValue(), AttributionRule.COLON_CUE));
    }
    Attribution a = found.bySubject().get(q.open());
    if (a != null && blankBetween(text.sentences().get(a.sentence()).end(), q.open())) {
      return Optional.of(borrow(st, a, AttributionRule.SENTENCE_SUBJECT));
    }
    return Optional.empty();
  }

  /** Whether only blank space stands between offsets {@code from} and {@code to}. */
  private boolean blankBetween(int from, int to) {
    if (from > to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearer of the drafts before {@code offset} in {@code directs} and {@code reported}; but
   * where the nearer one is a participle that took the direct quote's own speaker ("“A,” Ostrand
   * said, suggesting that .... “B.”"), the direct quote: the participle is an aside of the
   * direct quote's sentence, and the quote after it goes on with the direct quote's words.
   */
  private Entry<Integer, Draft> nearestBefore(int offset, TreeMap<Integer, Draft> directs,
      TreeMap<Integer, Draft> reported) {
    Entry<Integer, Draft> a = directs.lowerEntry(offset);
    Entry<Integer, Draft> b = reported.lowerEntry(offset);
    if (a == null) {
      return b;
    }
    return b == null || a.getKey() >= b.getKey() || asideOf(b.getValue(), a.getValue()) ? a : b;
  }

  /**
   * Whether {@code reported} is an aside of {@code direct}'s attribution: a participle of its
   * paragraph and speaker, or a report with no clause of its own whose cue follows the cue of a
   * quote that opens its attribution, in that cue's sentence ("“A,” said Veller, an organizer who
   * has accused the board of hiding its plans. “B.”": B goes on with Veller's words).
   */
  private boolean asideOf(Draft reported, Draft direct) {
    if (reported.paragraph() != direct.paragraph()) {
      return false;
    }
    if (reported.rule() == AttributionRule.PARTICIPLE
        && reported.speaker().isPresent() && direct.speaker().isPresent()
        && reported.speaker().get().mention().equals(direct.speaker().get().mention())) {
      return true;
    }
    if (!direct.rule().contentFirst() || direct.cue().isEmpty() || reported.cue().isEmpty()
        || reported.cue().get().start() <= direct.cue().get().end()) {
      return false;
    }
    Optional<Sentence> s = text.sentenceAt(direct.cue().get().start());
    return s.isPresent() && reported.cue().get().end() <= s.get().end()
        && !finiteVerbIn(s.get(), reported.content());
  }

  /**
   * Whether the words of {@code s} inside {@code span} hold a finite verb: an aside that reports
   * a clause ("…,” said Ruiz, who also said that the plan must change. “B.”") goes on in the
   * quote after it; one with a noun phrase ("who has accused the board of hiding it") does not.
   */
  private static boolean finiteVerbIn(Sentence s, CharSpan span) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.start() >= span.start() && t.end() <= span.end() && TokenRules.isFinite(t)) {
        return true;
      }
    }
    return false;
  }

  /** The draft of {@code e}, if there is one in paragraph {@code par} with a speaker. */
  private static Optional<Draft> withSpeakerIn(Entry<Integer, Draft> e, int par) {
    return e != null && e.getValue().paragraph() == par && e.getValue().speaker().isPresent()
        ? Optional.of(e.getValue()) : Optional.empty();
  }

  /** A speaker earlier in the paragraph, or one named after it ({@code direct/same-paragraph}). */
  private Optional<Draft> sameParagraphSieve(Stretch st, Found found) {
    int start = st.content().start();
    Optional<Draft> prev = withSpeakerIn(
        nearestBefore(start, found.directs(), found.reported()), st.paragraph());
    if (prev.isPresent()) {
      return Optional.of(borrow(st, prev.get(), AttributionRule.SAME_PARAGRAPH));
    }
    List<Attribution> named = found.bareByParagraph().getOrDefault(st.paragraph(), List.of());
    if (!named.isEmpty()) {
      return Optional.of(borrow(st, named.get(0), AttributionRule.SAME_PARAGRAPH));
    }
    return withSpeakerIn(found.directs().higherEntry(start), st.paragraph())
        .filter(d -> d.rule().contentFirst())
        .map(d -> borrow(st, d, AttributionRule.SAME_PARAGRAPH));
  }

  /**
   * "“... the end.” Devine said Tuesday, adding that ...": the sentence right after the quote
   * opens with the speaker of a reported clause, so that speaker said the quote too.
   */
  private Optional<Draft> nextSentenceSieve(Stretch st, Found found) {
    QuoteSpan q = st.quote();
    return withSpeakerIn(found.reported().higherEntry(st.content().start()), st.paragraph())
        .filter(d -> {
          int at = d.speaker().get().mention().start();
          Optional<Sentence> s = text.sentenceAt(at);
          return at >= q.end() && lettersBetween(q.end(), at) == 0 && s.isPresent()
              && s.get().start() == at;
        })
        .map(d -> borrow(st, d, AttributionRule.NEXT_SENTENCE));
  }

  /**
   * A quote that opens its sentence, in a paragraph that names no speaker before it, continues the
   * speaker of the paragraph before ("“A,” Ortiz said." then "The vote is Monday. “B.”").
   */
  private Optional<Draft> previousParagraphSieve(Stretch st, Found found) {
    if (!opensSentence(st.quote())) {
      return Optional.empty();
    }
    return withSpeakerIn(nearestBefore(st.content().start(), found.directs(), found.reported()),
        st.paragraph() - 1).map(d -> borrow(st, d, AttributionRule.PREVIOUS_PARAGRAPH));
  }

  /**
   * "“A.”" as a paragraph of its own, then "“B,” Lena Ortiz said.": a paragraph that is only a
   * quote, with no speaker in sight, takes the speaker of the next paragraph's opening quote when
   * that quote names its speaker in its own sentence. Only quote marks, punctuation and blank space
   * may stand between them.
   */
  private Optional<Draft> nextParagraphSieve(Stretch st, Found found) {
    QuoteSpan q = st.quote();
    if (!opensParagraph(q)) {
      return Optional.empty();
    }
    return withSpeakerIn(found.directs().higherEntry(st.content().start()), st.paragraph() + 1)
        .filter(d -> d.rule().contentFirst() && lettersBetween(q.end(), d.content().start()) == 0)
        .map(d -> borrow(st, d, AttributionRule.NEXT_PARAGRAPH));
  }

  /**
   * A sentence-like quote with no speaker in sight ({@code direct/unattributed}), or the subject of
   * the sentence it stands in ({@code direct/sentence-subject}).
   */
  private Optional<Draft> unattributedSieve(Stretch st, Found found) {
    QuoteSpan q = st.quote();
    Attribution subject = found.bySubject().get(q.open());
    // "Vela shot back: “No way.”": a colon after the subject's verb introduces words said, however
    // short
    boolean introduced = subject != null && colonBefore(q.open());
    return unattributed(q, st.content(), st.paragraph(), introduced)
        .map(u -> withSentenceSubject(u, subject));
  }

  /** Whether a colon stands right before offset {@code open}, past blank space. */
  private boolean colonBefore(int open) {
    int k = open - 1;
    while (k >= 0 && Character.isWhitespace(text.text().charAt(k))) {
      k--;
    }
    return k >= 0 && text.text().charAt(k) == ':';
  }

  private Optional<Draft> unattributed(QuoteSpan q, CharSpan content, int par,
      boolean introduced) {
    int words = content.text().trim().split("\\s+").length;
    if (words < MIN_UNATTRIBUTED_WORDS && !introduced) {
      return Optional.empty();
    }
    Optional<Sentence> s = text.sentenceAt(q.contentStart());
    if (s.isPresent()) {
      boolean before = lettersBetween(s.get().start(), q.open()) > 0;
      boolean after = lettersBetween(q.end(), s.get().end()) > 0;
      if ((before || after) && words < MIN_EMBEDDED_WORDS && !introduced) {
        return Optional.empty();
      }
      if (QuoteExtractor.headlineLike(s.get())) {
        return Optional.empty();
      }
    }
    return Optional.of(new Draft(QuoteType.DIRECT, content, Optional.empty(), Optional.empty(),
        Optional.empty(), AttributionRule.UNATTRIBUTED, par));
  }

  /** An unattributed quote with its sentence's subject as speaker, where there is one. */
  private static Draft withSentenceSubject(Draft u, Attribution a) {
    if (a == null) {
      return u;
    }
    return new Draft(u.type(), u.content(), Optional.of(a.cue()), a.speaker(), a.via(),
        a.rule(), u.paragraph());
  }

  /** The stretch as a direct quote with the cue, speaker and outlet of draft {@code from}. */
  private static Draft borrow(Stretch st, Draft from, AttributionRule rule) {
    return new Draft(QuoteType.DIRECT, st.content(), from.cue(), from.speaker(), from.via(), rule,
        st.paragraph());
  }

  /** The stretch as a direct quote with the cue, speaker and outlet of attribution {@code a}. */
  private static Draft borrow(Stretch st, Attribution a, AttributionRule rule) {
    return new Draft(QuoteType.DIRECT, st.content(), Optional.of(a.cue()), a.speaker(), a.via(),
        rule, st.paragraph());
  }

  /** Whether quote {@code q} opens its sentence (nothing but marks and blanks before it). */
  private boolean opensSentence(QuoteSpan q) {
    Optional<Sentence> s = text.sentenceAt(q.contentStart());
    return s.isPresent() && lettersBetween(s.get().start(), q.open()) == 0;
  }

  /** Whether quote {@code q} opens its paragraph (nothing but marks and blanks before it). */
  private boolean opensParagraph(QuoteSpan q) {
    Optional<Sentence> s = text.sentenceAt(q.contentStart());
    return s.isPresent() && startsParagraphWithQuote(s.get(), q);
  }

  private boolean startsParagraphWithQuote(Sentence s, QuoteSpan q) {
    if (s.index() > 0 && lines.lineAt(text.sentences().get(s.index() - 1).start())
        == lines.lineAt(s.start())) {
      return false;
    }
    return lettersBetween(s.start(), q.open()) == 0;
  }

  private int lettersBetween(int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, text.text().length()); i++) {
      if (Character.isLetterOrDigit(text.text().charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private int wordsOutside(CharSpan content, QuoteSpan q) {
    return lettersBetween(content.start(), Math.min(q.open(), content.end()))
        + lettersBetween(Math.max(q.end(), content.start()), content.end());
  }

  /** The words inside the marks, without a trailing comma ("“...in China,” said ..."). */
  private CharSpan content(QuoteSpan q) {
    int end = q.contentEnd();
    while (end > q.contentStart() + 1
        && (text.text().charAt(end - 1) == ',' || Character.isWhitespace(text.text().charAt(end - 1)))) {
      end--;
    }
    return text.span(q.contentStart(), end);
  }

  /**
   * {@code a} with its content ending at its sentence-final mark where a quotation opens right
   * after that mark inside the content ("…, who likened the plan to a shipwreck. ''It will take
   * years.''"): the quotation starts the next sentence, though the splitter kept its opening mark
   * (read as a closing one) with the sentence before, so it is not the clause's words and goes to
   * the sieves on its own.
   */
  private Attribution endBeforeNextSentence(Attribution a, List<QuoteSpan> spans) {
    if (ReportedSpeechFinder.isBare(a)) {
      return a;
    }
    CharSpan c = a.content();
    String t = text.text();
    int k = QuoteSpan.firstEndingAfter(spans, c.start(), QuoteSpan::end);
    for (; k < spans.size() && spans.get(k).open() < c.end(); k++) {
      QuoteSpan q = spans.get(k);
      int open = q.open();
      while (open > c.start() && (t.charAt(open - 1) == '\'' || t.charAt(open - 1) == '`')) {
        open--; // the first half of a doubled mark ("''")
      }
      int p = open - 1;
      while (p > c.start() && Character.isWhitespace(t.charAt(p))) {
        p--;
      }
      if (open > c.start() && q.closed() && p > c.start() && p < open - 1
          && (t.charAt(p) == '.' || t.charAt(p) == '?' || t.charAt(p) == '!')
          && !insideAny(spans, p)) {
        return new Attribution(a.sentence(), a.cue(), a.speaker(),
            text.span(c.start(), TokenRules.trimEnd(t, c.start(), p)),
            a.cueClass(), a.rule(), a.via());
      }
    }
    return a;
  }

  private static boolean insideAny(List<QuoteSpan> spans, int offset) {
    int k = QuoteSpan.firstEndingAfter(spans, offset, QuoteSpan::end);
    return k < spans.size() && spans.get(k).open() <= offset;
  }

  private int paragraph(int offset) {
    return lines.lineAt(offset);
  }

}
