package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.newsgraph.CharSpan;
import org.newsgraph.quotes.SpeechCueLexicon.CueClass;
import org.newsgraph.quotes.SpeechCueLexicon.Phrase;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the attributions of one sentence from its tokens and tags (no parse): a cue verb with its
 * subject and reported clause ("Ding said the move ..."), a cue after its content ("..., Peng
 * said." / "..., said Peng Peng, executive chairman of ..."), a participle ("..., saying ..."),
 * and "according to X". Work is linear in the sentence's length.
 *
 * <p>Rule names: {@code subject-cue}, {@code content-name-cue}, {@code content-cue-name}, {@code
 * participle}, {@code according-to}, {@code according-to-document}.
 */
final class ReportedSpeechFinder {

  /** Rule of an attribution that reports nothing itself and ends with a colon ("He added:"). */
  static final String BARE_COLON = "colon-cue";
  /** Rule of an attribution that reports nothing itself ("Peng said in an interview."). */
  static final String BARE = "bare-cue";

  /** Longest name before a headline's colon, in tokens. */
  private static final int MAX_HEADLINE_NAME = 4;

  /** Longest appositive between a name and its cue, in tokens. */
  private static final int MAX_APPOSITIVE = 30;

  private final SpeechCueLexicon cues;
  private final NounPhrases phrases;

  ReportedSpeechFinder(SpeechCueLexicon cues, NounPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
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
    List<Attribution> found = new ArrayList<>();
    List<Attribution> viaOutlet = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (quoted.test(t.start())) {
        continue;
      }
      Optional<Phrase> phrase = cues.phraseAt(s, i);
      if (phrase.isPresent() && phrase.get().cueClass() == CueClass.SOURCE_AFTER) {
        Optional<Attribution> a = accordingTo(text, s, i, phrase.get().words().size());
        if (a.isPresent()) {
          boolean outlet = a.get().speaker().map(sp -> isOutlet.test(sp.mention())).orElse(false);
          (outlet ? viaOutlet : found).add(a.get());
        }
        i += phrase.get().words().size() - 1;
        continue;
      }
      if (t.posStartsWith("VB")) {
        Optional<CueClass> cls = cues.verb(t.lemma());
        if (cls.isPresent()) {
          verbCue(text, s, i, cls.get(), found).ifPresent(found::add);
        }
      }
    }
    List<Attribution> chosen = choose(text, found);
    // "..., Korea conveyed its dissatisfaction ..., according to Yonhap": Yonhap passed it on
    for (Attribution outlet : viaOutlet) {
      boolean merged = false;
      for (int k = 0; k < chosen.size() && !merged; k++) {
        Attribution inner = chosen.get(k);
        if (outlet.content().contains(inner.cue())) {
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
    return ImmutableList.copyOf(chosen);
  }

  /**
   * A headline of the form "Graham: Trump's rhetoric is destroying the GOP": a name of at most
   * {@link #MAX_HEADLINE_NAME} words, a colon, and at least three words said.
   */
  Optional<Attribution> headlineColon(AnalyzedText text, Sentence s) {
    for (int k = 1; k <= Math.min(MAX_HEADLINE_NAME, s.size() - 4); k++) {
      Token t = s.token(k);
      if (t.text().equals(":")) {
        for (int m = 0; m < k; m++) {
          if (!NounPhrases.isProper(s.token(m))) {
            return Optional.empty();
          }
        }
        int ce = lastContentToken(s);
        if (ce - k < 3) {
          return Optional.empty();
        }
        final int colon = k;
        return phrases.speaker(text, s, 0, k - 1).map(sp -> new Attribution(s.index(),
            text.span(s, colon, colon), Optional.of(sp), text.span(s, colon + 1, ce), CueClass.SPEECH,
            "name-colon", Optional.empty()));
      }
      if (!NounPhrases.isProper(t)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
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
    if (inner.speaker().isEmpty() || !inner.rule().equals("subject-cue")
        || !outer.content().contains(inner.cue())) {
      return Optional.empty();
    }
    int speakerStart = inner.speaker().get().mention().start();
    if (speakerStart <= outer.content().start()) {
      return Optional.empty();
    }
    int k = speakerStart - 1;
    String t = text.text();
    while (k > outer.content().start() && Character.isWhitespace(t.charAt(k))) {
      k--;
    }
    // allow "the" / "this" between comma and speaker: ", the official said"
    if (t.charAt(k) != ',') {
      return Optional.empty();
    }
    int end = k;
    while (end > outer.content().start() && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end <= outer.content().start() || inner.content().start() < end) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(outer.sentence(), outer.cue(), outer.speaker(),
        text.span(outer.content().start(), end), outer.cueClass(), outer.rule(), outer.via()));
  }

  /** Whether {@code a} names a speaker and cue but reports nothing itself. */
  static boolean isBare(Attribution a) {
    return a.rule().equals(BARE) || a.rule().equals(BARE_COLON);
  }

  private Optional<Attribution> verbCue(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    Token t = s.token(i);
    String pos = t.pos();
    int before = skipBack(s, i - 1);
    Token prev = i > 0 ? s.token(i - 1) : null;
    if (pos.equals("VBN")) {
      // only the perfect: "has said"; "was reported", "the planned wall" are not attributions
      if (before + 1 >= i || !isAux(s.token(before + 1), "have")) {
        boolean haveAux = false;
        for (int k = before + 1; k < i; k++) {
          haveAux |= isAux(s.token(k), "have");
        }
        if (!haveAux) {
          return passive(text, s, i, cls, before);
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
          // "Trump refused to say whether ...": the subject of the governing verb
          before = skipBack(s, before - 2);
        } else {
          return Optional.empty();
        }
      }
    }
    if (i + 1 < s.size() && s.token(i + 1).pos().equals("TO") && cls == CueClass.SPEECH
        && t.lemma().equalsIgnoreCase("continue")) {
      return Optional.empty(); // "continued to play well"
    }
    CharSpan cue = text.span(s, i, i);
    Optional<Subject> subject = subjectLeft(text, s, before);
    int contentStart = contentStartAfter(s, i, t.lemma());
    int contentEnd = lastContentToken(s);
    boolean clauseAfter = contentStart <= contentEnd && !adjunctOnly(s, contentStart, contentEnd);
    if (subject.isPresent()) {
      int afterCue = i + 1;
      while (afterCue < s.size() && s.token(afterCue).pos().startsWith("RB")) {
        afterCue++;
      }
      boolean endsWithColon = s.token(s.size() - 1).text().equals(":");
      if (endsWithColon && cls == CueClass.SPEECH && !(afterCue < s.size()
          && s.token(afterCue).text().equals(":") && clauseAfter)) {
        // "Cruz called them on it:" / "President Clinton released the following statement:"
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, BARE_COLON, Optional.empty()));
      }
      if (afterCue < s.size() && s.token(afterCue).text().equals(":")) {
        // "He added: “...”" or, at the end of a paragraph, "In a 1963 speech, he declared:"
        if (clauseAfter) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, contentStart, contentEnd), cls, "subject-cue", Optional.empty()));
        }
        return cls == CueClass.SPEECH
            ? Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
                cue, cls, BARE_COLON, Optional.empty()))
            : Optional.empty();
      }
      int beforeSubject = trimTokensEnd(s, subject.get().start() - 1);
      if (cls == CueClass.SPEECH && subject.get().start() > 0 && hasWord(s, 0, beforeSubject)) {
        // "“...,” McCain said, citing low growth" / "“...,” Espinoza said Friday." /
        // "“...,” the tycoon told Reuters in an interview when asked ...": the content is before
        boolean commaAfter = i + 1 < s.size() && s.token(i + 1).text().equals(",");
        boolean quoteBefore = NounPhrases.isQuoteMark(s.token(beforeSubject));
        // "..., Espinoza said Friday.": a short verbless tail after the cue is not the content
        boolean noVerbAfter = contentStart > contentEnd
            || contentEnd - contentStart < 3 && !hasVerb(s, contentStart, contentEnd)
            && hasVerb(s, 0, beforeSubject);
        boolean quoteAfter = contentStart <= contentEnd
            && NounPhrases.isQuoteMark(s.token(contentStart));
        if (quoteBefore || (commaAfter || noVerbAfter) && !quoteAfter) {
          clauseAfter = false;
        }
      }
      if (clauseAfter) {
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            text.span(s, contentStart, contentEnd), cls, "subject-cue", Optional.empty()));
      }
      if (cls == CueClass.SPEECH && subject.get().start() > 0) {
        int ce = trimTokensEnd(s, subject.get().start() - 1);
        Token bs = s.token(subject.get().start() - 1);
        boolean delimited = bs.text().equals(",") || NounPhrases.isQuoteMark(bs)
            || bs.text().equals("—") || bs.text().equals("–") || bs.text().equals("--");
        if (ce >= 0 && delimited && words(s, 0, ce) >= 3) {
          return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
              text.span(s, 0, ce), cls, "content-name-cue", Optional.empty()));
        }
      }
      if (cls == CueClass.SPEECH) {
        // "He added:" or "Peng said in an interview." : a speaker for the quotes around it
        boolean colon = contentStart > i + 1 && contentStart - 1 < s.size()
            && s.token(contentStart - 1).text().equals(":");
        return Optional.of(new Attribution(s.index(), cue, Optional.of(subject.get().phrase()),
            cue, cls, colon ? BARE_COLON : BARE, Optional.empty()));
      }
      return Optional.empty();
    }
    if (cls == CueClass.SPEECH && prev != null && i + 1 < s.size()
        && (prev.text().equals(",") || NounPhrases.isQuoteMark(prev))) {
      // "..., said Peng Peng, executive chairman of the Guangdong Society of Reform."
      int ce = trimTokensEnd(s, i - 1);
      if (ce < 0 || !hasWord(s, 0, ce) || !hasVerb(s, 0, ce) && !NounPhrases.isQuoteMark(prev)) {
        return Optional.empty();
      }
      Optional<SpeakerRight> right = speakerRight(text, s, i + 1);
      if (right.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(s.index(), cue, Optional.of(right.get().phrase()),
          text.span(s, 0, ce), cls, "content-cue-name", right.get().via()));
    }
    return Optional.empty();
  }

  /** "O’Malley’s move was first reported by MSNBC": the agent after "by" speaks. */
  private Optional<Attribution> passive(
      AnalyzedText text, Sentence s, int i, CueClass cls, int before) {
    if (i + 1 >= s.size() || !s.token(i + 1).text().equalsIgnoreCase("by") || before < 0
        || before + 1 >= i || !isAux(s.token(before + 1), "be")) {
      return Optional.empty();
    }
    int agent = i + 2;
    if (agent >= s.size()) {
      return Optional.empty();
    }
    int end = NounPhrases.endRight(s, agent);
    Optional<SpeakerPhrase> sp = phrases.speaker(text, s, agent, end);
    int ce = trimTokensEnd(s, before);
    if (sp.isEmpty() || ce < 0 || !hasWord(s, 0, ce)) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i + 1), sp, text.span(s, 0, ce),
        cls, "passive-by", Optional.empty()));
  }

  private Optional<Attribution> participle(
      AnalyzedText text, Sentence s, int i, CueClass cls, List<Attribution> earlier) {
    int cs = contentStartAfter(s, i, s.token(i).lemma());
    int ce = lastContentToken(s);
    if (cs > ce || adjunctOnly(s, cs, ce)) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> speaker = Optional.empty();
    for (int k = earlier.size() - 1; k >= 0 && speaker.isEmpty(); k--) {
      if (earlier.get(k).sentence() == s.index()) {
        speaker = earlier.get(k).speaker();
      }
    }
    if (speaker.isEmpty()) {
      speaker = firstSubject(text, s, i);
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i), speaker,
        text.span(s, cs, ce), cls, "participle", Optional.empty()));
  }

  /**
   * The subject of the sentence's main clause before token {@code limit}: the noun phrase or
   * pronoun, outside quotation marks, that stands right before the first finite verb.
   */
  private Optional<SpeakerPhrase> firstSubject(AnalyzedText text, Sentence s, int limit) {
    boolean inQuote = false;
    for (int k = 1; k < limit; k++) {
      Token t = s.token(k);
      if (NounPhrases.isQuoteMark(t)) {
        inQuote = !inQuote;
        continue;
      }
      if (inQuote || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")
          || t.pos().equals("MD"))) {
        continue;
      }
      int j = skipBack(s, k - 1);
      if (j < 0) {
        return Optional.empty();
      }
      Token tj = s.token(j);
      if (NounPhrases.isPronoun(tj)) {
        return phrases.speaker(text, s, j, j);
      }
      if (NounPhrases.isNoun(tj)) {
        return phrases.speaker(text, s, NounPhrases.startLeft(s, j), j);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<Attribution> accordingTo(AnalyzedText text, Sentence s, int i, int len) {
    int srcStart = i + len;
    if (srcStart >= s.size()) {
      return Optional.empty();
    }
    int srcEnd = NounPhrases.endRight(s, srcStart);
    Token last = s.token(srcEnd);
    if (!NounPhrases.isNoun(last) && !NounPhrases.isPronoun(last)) {
      return Optional.empty();
    }
    Optional<SpeakerPhrase> speaker;
    String rule = "according-to";
    if (cues.isDocumentNoun(last.lemma()) || cues.isDocumentNoun(last.text())) {
      // "according to an NDRC statement": the organisation speaks through its statement
      int a = srcEnd - 1;
      while (a >= srcStart && !s.token(a).isNamed() && !NounPhrases.isProper(s.token(a))) {
        a--;
      }
      if (a >= srcStart) {
        int b = a;
        while (a - 1 >= srcStart
            && (s.token(a - 1).isNamed() || NounPhrases.isProper(s.token(a - 1)))) {
          a--;
        }
        speaker = phrases.speaker(text, s, a, b);
        rule = "according-to-document";
      } else {
        speaker = phrases.speaker(text, s, srcStart, srcEnd);
      }
    } else {
      speaker = phrases.speaker(text, s, srcStart, srcEnd);
    }
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int contentEnd = lastContentToken(s);
    CharSpan content;
    int before = trimTokensEnd(s, i - 1);
    if (before >= 0 && hasWord(s, 0, before)) {
      // "..., according to X." or "The plan, according to X, will ..."
      int after = srcEnd + 1;
      while (after <= contentEnd && !s.token(after).text().equals(",")) {
        after++;
      }
      boolean continues = after < contentEnd && hasWord(s, after + 1, contentEnd)
          && contentEnd - after > 2;
      content = continues ? text.span(s, 0, contentEnd) : text.span(s, 0, before);
    } else {
      int comma = srcEnd + 1;
      while (comma <= contentEnd && !s.token(comma).text().equals(",")) {
        comma++;
      }
      if (comma >= contentEnd || !hasWord(s, comma + 1, contentEnd)) {
        return Optional.empty();
      }
      content = text.span(s, comma + 1, contentEnd);
    }
    return Optional.of(new Attribution(s.index(), text.span(s, i, i + len - 1), speaker, content,
        CueClass.SOURCE_AFTER, rule, Optional.empty()));
  }

  /** The subject before a cue, given the index of the last token before the cue's auxiliaries. */
  private Optional<Subject> subjectLeft(AnalyzedText text, Sentence s, int j) {
    if (j < 0) {
      return Optional.empty();
    }
    Token tj = s.token(j);
    if (NounPhrases.isPronoun(tj)) {
      return phrases.speaker(text, s, j, j).map(p -> new Subject(j, p));
    }
    if (isRelative(tj) && j >= 1) {
      // "Peng, who chairs the society, said" / "an official who said": the mention is "who",
      // standing for the noun phrase before it
      int k = j - 1;
      if (s.token(k).text().equals(",")) {
        k--;
      }
      if (k >= 0 && NounPhrases.isNoun(s.token(k))) {
        int start = NounPhrases.startLeft(s, k);
        CharSpan word = text.span(s, j, j);
        return phrases.speaker(text, s, start, k).map(p -> new Subject(start, p.relative(word)));
      }
      return Optional.empty();
    }
    if (tj.text().equals(",")) {
      // "Ding Shuang, chief Greater China economist at Standard Chartered Bank, said"
      for (int k = j - 1; k >= Math.max(1, j - MAX_APPOSITIVE); k--) {
        Token tk = s.token(k);
        if (tk.text().equals(",")) {
          int nameEnd = k - 1;
          if (!NounPhrases.isNoun(s.token(nameEnd))) {
            continue; // "Clinton, 35, the daughter of ..., said": look further left
          }
          int start = NounPhrases.startLeft(s, nameEnd);
          Optional<SpeakerPhrase> p = phrases.speaker(text, s, start, nameEnd);
          if (p.isEmpty() || p.get().form() != SpeakerPhrase.Form.NAME) {
            continue;
          }
          Optional<NounPhrases.Appositive> app = phrases.appositive(text, s, k + 1, j - 1);
          if (app.isEmpty()) {
            // "Dean Johnson, a 55-year-old salesman from Sumter, says": a name and an aside with
            // no verb of its own, at the start of the sentence
            if (start == 0 && !hasVerb(s, k + 1, j - 1)) {
              return Optional.of(new Subject(start, p.get()));
            }
            continue; // "..., a salesman from Sumter, South Carolina, says": further left
          }
          SpeakerPhrase sp = p.get().withAppositive(Optional.of(app.get().role()),
              app.get().organization());
          return Optional.of(new Subject(start, sp));
        }
        if (NounPhrases.isQuoteMark(tk) || tk.posStartsWith("VB") && !tk.pos().equals("VBN")
            && !tk.pos().equals("VBG")) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
    if (NounPhrases.isNoun(tj)) {
      int start = NounPhrases.startLeft(s, j);
      return phrases.speaker(text, s, start, j).map(p -> new Subject(start, p));
    }
    return Optional.empty();
  }

  /** The speaker after an inverted cue, with its appositive and any "quoted by" outlet. */
  private Optional<SpeakerRight> speakerRight(AnalyzedText text, Sentence s, int start) {
    Token first = s.token(start);
    if (!(NounPhrases.isNoun(first) || NounPhrases.isPronoun(first)
        || NounPhrases.inPhrase(first))) {
      return Optional.empty();
    }
    int end = NounPhrases.isPronoun(first) ? start : NounPhrases.endRight(s, start);
    Optional<SpeakerPhrase> p = phrases.speaker(text, s, start, end);
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

  /** Where the reported clause starts after cue {@code i}: past an addressee, "that", ":". */
  private int contentStartAfter(Sentence s, int i, String lemma) {
    int k = i + 1;
    int n = s.size();
    while (k < n && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("RP"))) {
      k++;
    }
    if (cues.takesObject(lemma) && k < n
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
    while (k < n && (s.token(k).text().equals(",") || s.token(k).text().equals(":"))) {
      k++;
    }
    return k;
  }

  /** Whether tokens {@code [from, to]} are only an adjunct ("in a statement", "on Tuesday"). */
  private static boolean adjunctOnly(Sentence s, int from, int to) {
    boolean hasWord = false;
    for (int k = from; k <= to; k++) {
      Token t = s.token(k);
      if (t.posStartsWith("VB") || NounPhrases.isQuoteMark(t) || t.pos().equals("MD")) {
        return false;
      }
      hasWord |= NounPhrases.isWord(t);
    }
    if (!hasWord) {
      return true;
    }
    String p = s.token(from).pos();
    return p.equals("IN") || p.equals("TO") || p.startsWith("RB") || p.equals("WRB")
        || s.token(from).text().equals(",");
  }

  /** The last token of the sentence that can belong to content (final punctuation excluded). */
  static int lastContentToken(Sentence s) {
    int e = s.size() - 1;
    while (e >= 0 && NounPhrases.isPunct(s.token(e)) && !NounPhrases.isQuoteMark(s.token(e))
        && !s.token(e).text().equals(")") && !s.token(e).text().equals("]")) {
      e--;
    }
    return e;
  }

  /** Index of the last token at or before {@code e} that is not a comma, dash or colon. */
  private static int trimTokensEnd(Sentence s, int e) {
    while (e >= 0) {
      String x = s.token(e).text();
      if (x.equals(",") || x.equals(":") || x.equals("—") || x.equals("–") || x.equals("-")
          || x.equals("--") || x.equals(";")) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start) {
      char c = text.charAt(end - 1);
      if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':') {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  private static int words(Sentence s, int from, int to) {
    int n = 0;
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (NounPhrases.isWord(s.token(k))) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasVerb(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (s.token(k).posStartsWith("VB") || s.token(k).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWord(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (NounPhrases.isWord(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last token before {@code j}'s auxiliaries and adverbs, going left from j. */
  private static int skipBack(Sentence s, int j) {
    while (j >= 0) {
      Token t = s.token(j);
      if (t.pos().startsWith("RB") || t.pos().equals("MD") || isAux(t, "have")
          || isAux(t, "be") || isAux(t, "do")) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** "who" or "which" (not "that", which is mostly a complementiser). */
  private static boolean isRelative(Token t) {
    return t.pos().equals("WP") && !NounPhrases.lower(t).equals("what")
        || t.pos().equals("WDT") && NounPhrases.lower(t).equals("which");
  }

  private static boolean isAux(Token t, String lemma) {
    return t.posStartsWith("VB") && t.lemma().equalsIgnoreCase(lemma)
        || t.posStartsWith("VB") && lemma.equals("have") && (t.text().equals("’ve")
        || t.text().equals("'ve") || t.text().equalsIgnoreCase("has")
        || t.text().equalsIgnoreCase("have") || t.text().equalsIgnoreCase("had"))
        || lemma.equals("be") && t.posStartsWith("VB") && isBeForm(t.text())
        || lemma.equals("do") && t.posStartsWith("VB") && isDoForm(t.text());
  }

  private static boolean isBeForm(String w) {
    return switch (w.toLowerCase(java.util.Locale.ROOT)) {
      case "is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s" -> true;
      default -> false;
    };
  }

  private static boolean isDoForm(String w) {
    return switch (w.toLowerCase(java.util.Locale.ROOT)) {
      case "do", "does", "did" -> true;
      default -> false;
    };
  }

  private record Subject(int start, SpeakerPhrase phrase) {}

  private record SpeakerRight(SpeakerPhrase phrase, Optional<CharSpan> via) {}
}
