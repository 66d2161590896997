package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.CueKind;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.Speaker;
import org.newsgraph.SpeakerKind;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds direct, indirect and mixed quotes and attributes each to its speaker through an ordered
 * list of sieves. Stateless after construction; thread-safe.
 *
 * <p>Steps: {@link TranscriptRule} finds the turns of an interview transcript ("ORTIZ: ..."), whose
 * words are not attributed again; {@link QuoteMarkScanner} finds the quoted stretches; {@link
 * ReportedSpeechFinder} finds each sentence's attributions (cue, speaker phrase, reported content)
 * from tokens and tags;
 * {@link QuoteAssembler} joins the two (a quoted stretch that is an attribution's whole content is
 * DIRECT, one inside a larger reported clause makes it MIXED, a reported clause without marks is
 * INDIRECT) and gives unattributed quoted stretches a speaker through its sieves; {@link
 * SpeakerResolver} resolves names, pronouns and descriptions. Furniture sentences and headline-like
 * lines (no final punctuation) yield no quotes; a headline-like line that only signs the quote
 * before it ("― Pamela Padilla") gives that quote its speaker.
 *
 * <p>The rules need no dependency parse: {@link #wantsParse} is false, so quotes cost the pipeline
 * no parser time. All steps are linear in the document's length.
 */
public final class QuoteExtractor {

  private final Lexicons lexicons;
  private final SpeechCueLexicon cues;
  private final ReportedSpeechFinder finder;
  private final SourceTest sources;
  private final QuoteConfidence confidences;
  private final com.google.common.collect.ImmutableSet<CueKind> cueKinds;
  private final TranscriptRule transcripts = new TranscriptRule();

  /** An extractor that keeps quotes of every cue kind. */
  public QuoteExtractor(Lexicons lexicons) {
    this(lexicons, java.util.EnumSet.allOf(CueKind.class));
  }

  /**
   * An extractor that keeps only quotes whose cue reports one of {@code cueKinds} (say, only
   * SPEECH: what people said, without what they think or what evidence shows).
   */
  public QuoteExtractor(Lexicons lexicons, java.util.Set<CueKind> cueKinds) {
    checkNotNull(lexicons, "lexicons");
    checkNotNull(cueKinds, "cueKinds");
    com.google.common.base.Preconditions.checkArgument(!cueKinds.isEmpty(),
        "cueKinds must name at least one of %s", java.util.Arrays.toString(CueKind.values()));
    this.cueKinds = com.google.common.collect.ImmutableSet.copyOf(cueKinds);
    this.lexicons = lexicons;
    this.cues = lexicons.speechCues();
    this.finder = new ReportedSpeechFinder(cues, new NounPhrases(lexicons.roles()));
    this.sources = new SourceTest(lexicons.roles(), cues);
    this.confidences = QuoteConfidence.fromLines(lexicons.quoteConfidenceLines());
  }

  private QuoteExtractor(QuoteExtractor other, java.util.Set<CueKind> cueKinds) {
    this.lexicons = other.lexicons;
    this.cues = other.cues;
    this.finder = other.finder;
    this.sources = other.sources;
    this.confidences = other.confidences;
    this.cueKinds = com.google.common.collect.ImmutableSet.copyOf(cueKinds);
  }

  /** A copy that keeps only quotes whose cue reports one of {@code kinds}; shares the lexicons. */
  public QuoteExtractor withCueKinds(java.util.Set<CueKind> kinds) {
    checkNotNull(kinds, "kinds");
    com.google.common.base.Preconditions.checkArgument(!kinds.isEmpty(),
        "cueKinds must name at least one of %s", java.util.Arrays.toString(CueKind.values()));
    return kinds.equals(cueKinds) ? this : new QuoteExtractor(this, kinds);
  }

  /**
   * Whether the rules want the dependency parse of {@code sentence}: never; the token and tag
   * patterns do without it (measured on PolNeAR, see README), and the parser would cost more than
   * the quotes' time budget.
   */
  public boolean wantsParse(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    return false;
  }

  /** The quotes of {@code text}, in text order, with ids "q1", "q2", ... */
  public ImmutableList<Quote> extract(AnalyzedText text, ResolvedEntities entities) {
    checkNotNull(text, "text");
    checkNotNull(entities, "entities");
    if (text.sentences().isEmpty()) {
      return ImmutableList.of();
    }
    SpeakerResolver resolver = new SpeakerResolver(text, entities, lexicons, confidences);
    // the turns of a transcript are their label's words: nothing inside them is attributed again
    List<TranscriptRule.Turn> turns = transcripts.turns(text, entities);
    IntPredicate inTurn = offset -> inTurn(turns, offset);
    List<QuoteSpan> spans = new ArrayList<>();
    for (QuoteSpan q : QuoteMarkScanner.scan(text.text())) {
      Optional<Sentence> at = text.sentenceAt(q.contentStart());
      if (at.isPresent() && !at.get().furniture() && !inTurn.test(q.contentStart())) {
        spans.add(q);
      }
    }
    IntPredicate quoted = offset -> insideQuote(spans, offset);
    List<Attribution> attributions = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (s.furniture() || inTurn.test(s.start())) {
        continue;
      }
      Optional<Attribution> colon = finder.headlineColon(text, s);
      if (colon.isPresent()) {
        attributions.add(colon.get());
        continue;
      }
      if (headlineLike(s)) {
        // "“...” ― Pamela Padilla": a signature line after a quote has no final punctuation
        finder.signature(text, s, quoted).ifPresent(attributions::add);
        continue;
      }
      attributions.addAll(finder.find(text, s, resolver::isOutlet, quoted,
          a -> admissible(text, entities, a)));
    }
    // the likeliest speaker of a quote inside a sentence with no cue of ours, used only for a
    // quote no attribution or sieve gives a speaker
    java.util.Map<Integer, Attribution> bySubject = new java.util.HashMap<>();
    for (QuoteSpan q : spans) {
      Optional<Sentence> s = text.sentenceAt(q.open());
      int mark = s.map(x -> tokenAt(x, q.open())).orElse(-1);
      if (mark >= 0 && !headlineLike(s.get())) {
        finder.sentenceSubject(text, s.get(), mark).ifPresent(a -> bySubject.put(q.open(), a));
      }
      if (mark == 0 && s.get().index() > 0) {
        // "The board issued a statement:" then the quote: the colon sentence's subject
        Sentence before = text.sentences().get(s.get().index() - 1);
        if (!before.furniture()) {
          finder.colonSentenceSubject(text, before).ifPresent(a -> bySubject.put(q.open(), a));
        }
      }
    }
    List<QuoteAssembler.Draft> drafts = new ArrayList<>(
        new QuoteAssembler(text).assemble(spans, attributions, bySubject));
    for (TranscriptRule.Turn t : turns) {
      Attribution a = t.attribution();
      drafts.add(new QuoteAssembler.Draft(QuoteType.DIRECT, a.content(), Optional.of(a.cue()),
          a.speaker(), Optional.empty(), a.rule(), text.layout().lineAt(a.content().start())));
    }
    return build(text, entities, drafts, resolver);
  }

  private ImmutableList<Quote> build(AnalyzedText text, ResolvedEntities entities,
      List<QuoteAssembler.Draft> drafts, SpeakerResolver resolver) {
    List<QuoteAssembler.Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparingInt((QuoteAssembler.Draft d) -> d.content().start())
        .thenComparingInt(d -> d.content().end()));
    List<Speaker> speakers = new ArrayList<>();
    List<Optional<Speaker>> bySpeakerPhrase = new ArrayList<>();
    for (QuoteAssembler.Draft d : sorted) {
      Optional<Speaker> sp = d.speaker().map(p -> resolver.resolveDescription(p, speakers)
          .orElseGet(() -> resolver.resolve(p)));
      sp.ifPresent(speakers::add);
      bySpeakerPhrase.add(sp);
    }
    // a role or organisation given once holds for every quote of the same entity
    java.util.Map<String, Speaker> described = new java.util.HashMap<>();
    for (Speaker s : speakers) {
      if (s.role().isPresent() || s.organization().isPresent()) {
        described.putIfAbsent(key(s), s);
      }
    }
    List<Quote> kept = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      QuoteAssembler.Draft d = sorted.get(i);
      Optional<org.newsgraph.EntityType> type = bySpeakerPhrase.get(i).flatMap(Speaker::entityId)
          .flatMap(entities::entity).map(org.newsgraph.Entity::type);
      Optional<SpeakerKind> kind = d.speaker().isEmpty() ? Optional.empty()
          : sources.kind(text, entities, d.speaker().get(), type, sourceVerb(text, d.cue()));
      if (kind.isEmpty() && d.speaker().isPresent() && d.rule().accordingTo()) {
        // "according to state law", "according to the latest data": the phrase itself presents
        // what follows it as a source of what is stated, whatever its noun
        kind = Optional.of(SpeakerKind.DOCUMENT);
      }
      if (d.type() == QuoteType.INDIRECT && (d.speaker().isPresent() && kind.isEmpty()
          || !reportingConstruction(text, d))) {
        continue; // no source that can speak, or a verb that reports nothing in this construction
      }
      CueKind cueKind = cueKind(text, d.cue());
      if (!cueKinds.contains(cueKind)) {
        continue;
      }
      SpeakerKind sk = kind.orElse(SpeakerKind.UNKNOWN);
      Optional<Speaker> sp = bySpeakerPhrase.get(i).map(s -> {
        Speaker known = described.get(key(s));
        if (known == null || s.role().isPresent() || s.organization().isPresent()
            || s.entityId().isEmpty() && s.name().equals(s.mention().text())
            && !known.mention().text().equals(s.mention().text())) {
          return s;
        }
        return new Speaker(s.mention(), s.entityId(), s.name(), known.role(),
            known.organization(), s.kind(), s.confidence());
      }).map(s -> s.withKind(sk, s.confidence()));
      AttributionRule rule = d.rule();
      double confidence = confidences.quote(d.type(), rule, cueKind, sp.map(Speaker::kind));
      kept.add(new Quote("q" + (kept.size() + 1), d.type(), d.content(), d.cue(), sp,
          d.via().map(resolver::outlet), rule, cueKind, confidence));
    }
    return ImmutableList.copyOf(kept);
  }

  /**
   * Whether a candidate attribution may compete for its sentence's words: one whose content holds
   * a quotation mark always may (its quote stays whatever its subject); otherwise its speaker must
   * pass the source test and its verb stand in a reporting construction, as for an indirect quote.
   */
  private boolean admissible(AnalyzedText text, ResolvedEntities entities, Attribution a) {
    if (NounPhrases.holdsQuotation(a.content().text()) || a.rule().accordingTo()) {
      return true;
    }
    boolean source = a.speaker().isEmpty() || sources.kind(text, entities, a.speaker().get(),
        Optional.empty(), sourceVerb(text, Optional.of(a.cue()))).isPresent();
    return source && reportingConstruction(text, Optional.of(a.cue()), a.content());
  }

  /**
   * Whether an indirect quote's verb cue stands in a construction where it reports (see {@link
   * CueConstruction}); cues that are no listed verb (phrases, claim nouns) always do.
   */
  private boolean reportingConstruction(AnalyzedText text, QuoteAssembler.Draft d) {
    return reportingConstruction(text, d.cue(), d.content());
  }

  private boolean reportingConstruction(AnalyzedText text, Optional<CharSpan> cue,
      CharSpan content) {
    if (cue.isEmpty()) {
      return true;
    }
    Optional<Token> t = cueToken(text, cue.get());
    if (t.isEmpty() || !t.get().posStartsWith("VB") || cues.verb(t.get().lemma()).isEmpty()) {
      return true;
    }
    CueConstruction.Kind k = CueConstruction.of(text, cue.get(), content);
    // a verb that reports with a noun phrase reports with one that has its participle too
    return cues.reportsWith(t.get().lemma(), k) || k == CueConstruction.Kind.SMALL_CLAUSE
        && cues.reportsWith(t.get().lemma(), CueConstruction.Kind.NOUN_PHRASE);
  }

  /** Whether the cue's verb is marked {@code source} in {@code speech-cues.tsv}. */
  private boolean sourceVerb(AnalyzedText text, Optional<CharSpan> cue) {
    Optional<Token> t = cue.flatMap(c -> cueToken(text, c));
    return t.isPresent() && t.get().posStartsWith("VB")
        && cues.is(SpeechCueLexicon.Mark.SOURCE_VERB, t.get().lemma());
  }

  /**
   * What the cue reports: the kind of the first verb, claim noun or phrase cue in its span; a quote
   * with no cue, or whose cue is no listed word ("Keller shot back"), reports speech.
   */
  private CueKind cueKind(AnalyzedText text, Optional<CharSpan> cue) {
    Optional<Sentence> s = cue.flatMap(c -> text.sentenceAt(c.start()));
    int k = s.isEmpty() ? -1 : cueIndex(s.get(), cue.get());
    if (k < 0) {
      return CueKind.SPEECH;
    }
    Token t = s.get().token(k);
    Optional<SpeechCueLexicon.Phrase> ph = cues.phraseAt(s.get(), k);
    if (ph.isPresent()) {
      return cues.phraseKind(ph.get());
    }
    return (t.posStartsWith("VB") || t.posStartsWith("JJ") ? cues.verbKind(t.lemma())
        : cues.claimNounKind(t.lemma()).or(() -> cues.verbKind(t.lemma())))
        .orElse(CueKind.SPEECH);
  }

  /** The first token of {@code cue} that is a listed verb, claim noun or phrase cue. */
  private Optional<Token> cueToken(AnalyzedText text, CharSpan cue) {
    Optional<Sentence> s = text.sentenceAt(cue.start());
    int k = s.isEmpty() ? -1 : cueIndex(s.get(), cue);
    return k < 0 ? Optional.empty() : Optional.of(s.get().token(k));
  }

  /** Index in {@code s} of the first token of {@code cue} that is a cue of the lexicon, or -1. */
  private int cueIndex(Sentence s, CharSpan cue) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.end() <= cue.start()) {
        continue;
      }
      if (t.start() >= cue.end()) {
        break;
      }
      if (cues.phraseAt(s, k).isPresent() || cues.verbKind(t.lemma()).isPresent()
          || cues.claimNounKind(t.lemma()).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the token of {@code s} that starts at {@code offset}, or -1. */
  private static int tokenAt(Sentence s, int offset) {
    int lo = 0;
    int hi = s.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int st = s.token(mid).start();
      if (st == offset) {
        return mid;
      } else if (st < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // the opening mark's last character inside a token: "''" (two apostrophes as one double
    // mark, the token starting one character earlier)
    return hi >= 0 && s.token(hi).end() > offset ? hi : -1;
  }

  /** Whether {@code offset} lies in one of {@code turns} (in text order, apart): a binary search. */
  private static boolean inTurn(List<TranscriptRule.Turn> turns, int offset) {
    int lo = 0;
    int hi = turns.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CharSpan c = turns.get(mid).covered();
      if (offset < c.start()) {
        hi = mid - 1;
      } else if (offset >= c.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code offset} lies between the marks of one of {@code spans} (sorted). */
  static boolean insideQuote(List<QuoteSpan> spans, int offset) {
    int k = QuoteSpan.firstEndingAfter(spans, offset, QuoteSpan::contentEnd);
    return k < spans.size() && spans.get(k).contentStart() <= offset;
  }


  private static String key(Speaker s) {
    return s.entityId().orElse("name:" + s.name());
  }

  /**
   * A line with no final punctuation (a headline or a link) reports nothing; a semicolon ends a
   * wire headline that reads as a sentence.
   */
  static boolean headlineLike(Sentence s) {
    String last = s.token(s.size() - 1).text();
    return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("”")
        || last.equals("\"") || last.equals("’") || last.equals("'") || last.equals("''")
        || last.equals(":")
        // "Ortiz says the levy will pass;": a wire headline closes with a semicolon
        || last.equals(";") && s.size() > 3
        || last.equals("…") || last.equals(")") || last.endsWith(".")
        // "… a shipwreck. “": the splitter kept the next sentence's opening mark
        || last.equals("“") && s.size() > 2 && s.token(s.size() - 2).text().equals(".")
        // "... interesting.” [WashPost.]": a credit in brackets after the sentence
        || last.equals("]") && s.size() > 2 && s.token(s.size() - 2).text().endsWith("."));
  }
}
