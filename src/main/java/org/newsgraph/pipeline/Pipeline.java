package org.newsgraph.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.newsgraph.CueKind;
import org.newsgraph.Extraction;
import org.newsgraph.Feature;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.entities.EntityLayer;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.FurniturePatterns;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.quotes.QuoteExtractor;
import org.newsgraph.relations.RelationExtractor;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureDetector;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * The extraction pipeline: an ordered list of {@link Stage}s, each reading and adding to one
 * document in progress: {@link Stage#ANALYZE} (CoreNLP; the text model with its layout), {@link
 * Stage#FURNITURE} (the furniture kind of each sentence, once for every layer), {@link
 * Stage#ENTITIES}, {@link Stage#PARSE} (only the sentences quotes or relations want, never
 * furniture), {@link Stage#QUOTES} and {@link Stage#RELATIONS} (each only with its {@link
 * Feature}). {@code NewsGraph} runs it; the benchmark runs the same list with a {@link StageProbe}
 * that times each stage. A new stage goes into {@link #stages}.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods derive copies that share the loaded
 * rules and models.
 */
public final class Pipeline {

  private final ImmutableSet<Feature> features;
  private final TextAnalyzer analyzer;
  private final FurnitureDetector furniture;
  private final EntityLayer entityLayer;
  private final QuoteExtractor quoteExtractor;
  private final RelationExtractor relationExtractor;
  private final ImmutableList<Step> stages;

  private Pipeline(
      Set<Feature> features,
      TextAnalyzer analyzer,
      FurnitureDetector furniture,
      EntityLayer entityLayer,
      QuoteExtractor quoteExtractor,
      RelationExtractor relationExtractor) {
    this.features = ImmutableSet.copyOf(features);
    this.analyzer = checkNotNull(analyzer, "analyzer");
    this.furniture = furniture;
    this.entityLayer = entityLayer;
    this.quoteExtractor = quoteExtractor;
    this.relationExtractor = relationExtractor;
    this.stages = stages();
  }

  /**
   * Loads the rule data of {@code files} (one {@link Lexicons} shared by the layers), then the
   * analyzer (so that a malformed model file fails before the slow model load), and wires the
   * stages for {@code features}, keeping only quotes whose cue reports one of {@code cueKinds}.
   */
  public static Pipeline load(
      ModelFiles files,
      Set<Feature> features,
      Set<CueKind> cueKinds,
      Supplier<? extends TextAnalyzer> analyzer) {
    checkNotNull(files, "files");
    checkNotNull(features, "features");
    checkNotNull(analyzer, "analyzer");
    Lexicons lexicons = Lexicons.load(files);
    FurniturePatterns furniturePatterns = lexicons.furniture();
    FurnitureDetector furniture =
        new FurnitureDetector(furniturePatterns.tail(), furniturePatterns.paragraph());
    EntityLayer entityLayer = new EntityLayer(lexicons);
    QuoteExtractor quoteExtractor = new QuoteExtractor(lexicons, cueKinds);
    RelationExtractor relationExtractor = new RelationExtractor(lexicons);
    return new Pipeline(
        features, analyzer.get(), furniture, entityLayer, quoteExtractor, relationExtractor);
  }

  /** The stages, in order: the whole flow of a document. */
  private ImmutableList<Step> stages() {
    ImmutableList.Builder<Step> out = ImmutableList.builder();
    out.add(new Step(Stage.ANALYZE, d -> d.analyzed = analyzer.analyze(d.text)));
    out.add(new Step(Stage.FURNITURE, d -> d.analyzed = furniture.mark(d.analyzed)));
    out.add(new Step(Stage.ENTITIES, d -> d.entities = entityLayer.resolve(d.analyzed)));
    out.add(new Step(Stage.PARSE, this::parseWanted));
    if (features.contains(Feature.QUOTES)) {
      out.add(
          new Step(Stage.QUOTES, d -> d.quotes = quoteExtractor.extract(d.analyzed, d.entities)));
    }
    if (features.contains(Feature.RELATIONS)) {
      out.add(
          new Step(
              Stage.RELATIONS,
              d -> d.relations = relationExtractor.extract(d.analyzed, d.entities, d.quotes)));
    }
    return out.build();
  }

  /** The features this pipeline extracts (entities always). */
  public ImmutableSet<Feature> features() {
    return features;
  }

  /**
   * A copy that keeps only quotes whose cue reports one of {@code kinds}; this pipeline where that
   * changes nothing.
   */
  public Pipeline withCueKinds(Set<CueKind> kinds) {
    QuoteExtractor q = quoteExtractor.withCueKinds(kinds);
    return q == quoteExtractor
        ? this
        : new Pipeline(features, analyzer, furniture, entityLayer, q, relationExtractor);
  }

  /** A copy with the analyzer replaced by {@code wrap} of it (a test's slow or failing stage). */
  public Pipeline withAnalyzer(UnaryOperator<TextAnalyzer> wrap) {
    return new Pipeline(
        features, wrap.apply(analyzer), furniture, entityLayer, quoteExtractor, relationExtractor);
  }

  /**
   * Runs the stages on {@code text} (not blank). With {@code cancellable}, stops between stages and
   * between sentences of the parse once its thread is interrupted (CoreNLP itself checks in places
   * too), so that an abandoned document stops soon.
   *
   * @throws CancellationException if {@code cancellable} and the thread is interrupted
   */
  public Extraction run(String text, boolean cancellable, StageProbe probe) {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "text must not be blank");
    Document d = new Document(text, cancellable, checkNotNull(probe, "probe"));
    for (Step step : stages) {
      stopIfInterrupted(cancellable);
      long t0 = System.nanoTime();
      step.action().run(d);
      probe.stageDone(step.stage(), System.nanoTime() - t0);
    }
    probe.documentDone(d.analyzed.sentences().size());
    return new Extraction(d.entities.entities(), d.quotes, d.relations);
  }

  private void parseWanted(Document d) {
    d.analyzed =
        d.analyzed.mapSentences(
            s -> {
              stopIfInterrupted(d.cancellable);
              return parseIfWanted(s, d.probe);
            });
  }

  private Sentence parseIfWanted(Sentence s, StageProbe probe) {
    if (s.furniture()) {
      return s;
    }
    Feature wantedBy;
    if (features.contains(Feature.QUOTES) && quoteExtractor.wantsParse(s)) {
      wantedBy = Feature.QUOTES;
    } else if (features.contains(Feature.RELATIONS) && relationExtractor.wantsParse(s)) {
      wantedBy = Feature.RELATIONS;
    } else {
      return s;
    }
    long t0 = System.nanoTime();
    Sentence parsed = analyzer.parse(s);
    probe.sentenceParsed(wantedBy, System.nanoTime() - t0);
    return parsed;
  }

  private static void stopIfInterrupted(boolean cancellable) {
    if (cancellable && Thread.currentThread().isInterrupted()) {
      throw new CancellationException("extraction abandoned after its time budget");
    }
  }

  /** One stage: its name and what it does to a document in progress. */
  private record Step(Stage stage, Action action) {}

  /** What a stage does. */
  @FunctionalInterface
  private interface Action {
    void run(Document d);
  }

  /** One document in progress: what the stages so far have made of it. */
  private static final class Document {
    final String text;
    final boolean cancellable;
    final StageProbe probe;
    AnalyzedText analyzed;
    ResolvedEntities entities;
    ImmutableList<Quote> quotes = ImmutableList.of();
    ImmutableList<Relation> relations = ImmutableList.of();

    Document(String text, boolean cancellable, StageProbe probe) {
      this.text = text;
      this.cancellable = cancellable;
      this.probe = probe;
    }
  }
}
