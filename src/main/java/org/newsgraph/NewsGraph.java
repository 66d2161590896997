package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterators;
import com.google.common.collect.ListMultimap;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsgraph.corenlp.CoreNlpAnalyzer;
import org.newsgraph.corenlp.CoreNlpOptions;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageProbe;
import org.newsgraph.text.TextAnalyzer;

/**
 * The entry point: reads English news and returns its entities, quotes and country–sector
 * relations.
 *
 * <pre>{@code
 * NewsGraph graph = NewsGraph.builder().build();   // loads the models: build once, share
 * Extraction result = graph.extract(articleText);  // thread-safe
 * }</pre>
 *
 * <p>Building an instance loads CoreNLP's models (seconds); an instance is immutable and
 * thread-safe, so one instance serves a whole application. {@link #extractAll(List, int)} runs many
 * documents on several threads, {@link #extractStream} a stream of any length in constant memory;
 * {@link #withTimeBudget(Duration)} derives an instance, sharing the loaded models, whose documents
 * fail alone when they take too long.
 */
public final class NewsGraph {

  /** The default for {@link Builder#maxTextLength(int)}. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  /** The most threads {@link #extractAll(List, int)} accepts. */
  public static final int MAX_THREADS = 256;

  /**
   * Runs documents that have a time budget, so that the caller can stop waiting. Cached daemon
   * threads: a document that ignores interruption occupies its own thread, never a caller's.
   */
  private static final ExecutorService BUDGET_WORKERS =
      Executors.newCachedThreadPool(
          new ThreadFactoryBuilder().setNameFormat("newsgraph-budget-%d").setDaemon(true).build());

  private final int maxTextLength;
  private final Optional<Duration> timeBudget;
  private final Pipeline pipeline;

  private NewsGraph(Builder b) {
    this.maxTextLength = b.maxTextLength;
    this.timeBudget = b.timeBudget;
    CoreNlpOptions coreNlpOptions = b.coreNlpOptions;
    this.pipeline =
        Pipeline.load(
            ModelFiles.withExtras(b.extraFiles),
            b.features,
            b.cueKinds,
            () -> new CoreNlpAnalyzer(coreNlpOptions));
    if (b.warmUp) {
      WarmUp.run(text -> run(text, false));
    }
  }

  /** A copy of {@code other} with another time budget and pipeline, sharing its loaded models. */
  private NewsGraph(NewsGraph other, Optional<Duration> timeBudget, Pipeline pipeline) {
    this.maxTextLength = other.maxTextLength;
    this.timeBudget = timeBudget;
    this.pipeline = pipeline;
  }

  /**
   * A copy that keeps only quotes whose cue reports one of {@code kinds} (cheap: the new instance
   * shares the loaded models). See {@link Builder#cueKinds}.
   */
  public NewsGraph withCueKinds(Set<CueKind> kinds) {
    Pipeline p = pipeline.withCueKinds(kinds);
    return p == pipeline ? this : new NewsGraph(this, timeBudget, p);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The features this instance extracts. */
  public ImmutableSet<Feature> features() {
    return pipeline.features();
  }

  /** The longest text {@link #extract} accepts, in characters. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** The time one document may take, if this instance has a budget. */
  public Optional<Duration> timeBudget() {
    return timeBudget;
  }

  /**
   * This instance with a time budget per document: a document that takes longer fails alone with
   * an {@link ExtractionTimeoutException}. Cheap: the new instance shares the loaded models.
   */
  public NewsGraph withTimeBudget(Duration budget) {
    return new NewsGraph(this, Optional.of(checkBudget(budget)), pipeline);
  }

  /** This instance without a time budget (sharing the loaded models). */
  public NewsGraph withoutTimeBudget() {
    return new NewsGraph(this, Optional.empty(), pipeline);
  }

  /**
   * Extracts entities, quotes and relations from one document.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws TextTooLongException if {@code text} is longer than the limit
   * @throws ExtractionTimeoutException if the instance has a time budget and the document exceeds
   *     it
   * @throws CancellationException if the calling thread is interrupted while it waits for a
   *     document with a time budget (the thread's interrupt flag is set again)
   */
  public Extraction extract(String text) {
    checkNotNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new TextTooLongException(text.length(), maxTextLength);
    }
    if (text.isBlank()) {
      return Extraction.empty();
    }
    if (timeBudget.isEmpty()) {
      return run(text, false);
    }
    return runWithBudget(text, timeBudget.get());
  }

  /**
   * Extracts from many documents on {@code threads} threads with this one instance. The results
   * are in input order, one for each text; a document that fails (null, too long, over the time
   * budget, an {@link Error} such as a stack overflow, ...) gives a failed {@link BatchResult} and
   * the others go on. For inputs too large to hold at once, use {@link #extractStream}.
   *
   * @throws NullPointerException if {@code texts} is null (a null element fails alone)
   * @throws IllegalArgumentException if {@code threads} is not between 1 and {@link #MAX_THREADS}
   * @throws CancellationException if the calling thread is interrupted while it waits
   */
  public ImmutableList<BatchResult> extractAll(List<String> texts, int threads) {
    checkNotNull(texts, "texts");
    checkThreads(threads);
    List<String> docs = new ArrayList<>(texts);
    List<BatchResult> out = new ArrayList<>(docs.size());
    // Everything is in memory already: the whole batch is in flight, as before streaming existed.
    BatchStream.run(
        Iterators.transform(docs.iterator(), NewsGraph::given),
        threads,
        Math.max(threads, docs.size()),
        this::extract,
        out::add);
    return ImmutableList.copyOf(out);
  }

  /**
   * Extracts from a stream of documents of any length in constant memory: {@code threads} worker
   * threads, created for this call and shut down before it returns, run the documents while the
   * calling thread hands each result to {@code sink} in input order as soon as it and all before
   * it are done. At most {@value BatchStream#WINDOW_PER_THREAD} × {@code threads} documents (text
   * and result) are held at once: {@code texts} is pulled only as results leave. With one thread,
   * everything runs on the calling thread.
   *
   * <p>Each document gives exactly one {@link BatchResult} (its {@code index} counts from 0 in
   * input order): a document that fails (null, too long, over the time budget, an {@link Error}
   * such as a stack overflow, wrapped in a {@link DocumentFailedException}) fails alone. An {@link
   * OutOfMemoryError}, an exception from {@code sink} or from {@code texts}, or an interrupt of the
   * caller ends the call after the workers are stopped. {@code texts} and {@code sink} are used
   * only on the calling thread, so they need not be thread-safe; several calls may run at once on
   * one instance.
   *
   * @throws IllegalArgumentException if {@code threads} is not between 1 and {@link #MAX_THREADS}
   * @throws CancellationException if the calling thread is interrupted while it waits
   */
  public void extractStream(Iterator<String> texts, int threads, Consumer<? super BatchResult> sink) {
    checkNotNull(texts, "texts");
    readAndExtractStream(Iterators.transform(texts, NewsGraph::given), threads, sink);
  }

  /**
   * As {@link #extractStream}, for documents that must first be read (files, rows, ...): each
   * {@link Callable} reads one document's text on a worker thread, so that reading runs in
   * parallel and a document that cannot be read fails alone. A checked exception from reading
   * fails the document with a {@link DocumentFailedException} whose cause it is; an unchecked one
   * fails it as it is.
   */
  public void readAndExtractStream(
      Iterator<? extends Callable<String>> documents,
      int threads,
      Consumer<? super BatchResult> sink) {
    checkThreads(threads);
    BatchStream.run(
        documents, threads, BatchStream.WINDOW_PER_THREAD * threads, this::extract, sink);
  }

  private static Callable<String> given(String text) {
    return () -> text;
  }

  private static void checkThreads(int threads) {
    checkArgument(
        threads >= 1 && threads <= MAX_THREADS,
        "threads (%s) must be between 1 and %s",
        threads,
        MAX_THREADS);
  }

  /**
   * Test seam: this instance with its analyzer replaced by {@code wrap} of it (a slow or failing
   * stage, a spy), sharing everything else.
   */
  NewsGraph withAnalyzer(UnaryOperator<TextAnalyzer> wrap) {
    return new NewsGraph(this, timeBudget, pipeline.withAnalyzer(wrap));
  }

  private Extraction runWithBudget(String text, Duration budget) {
    Future<Extraction> task = BUDGET_WORKERS.submit(() -> run(text, true));
    try {
      return task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ExtractionTimeoutException(budget, text.length());
    } catch (InterruptedException e) {
      throw Futures2.cancelOnInterrupt(task, e);
    } catch (ExecutionException e) {
      throw Futures2.rethrow(e);
    }
  }

  /**
   * The pipeline's stages on {@code text} (see {@link Pipeline}); with {@code cancellable}, it stops
   * soon once its thread is interrupted.
   */
  private Extraction run(String text, boolean cancellable) {
    return pipeline.run(text, cancellable, StageProbe.NONE);
  }

  private static Duration checkBudget(Duration budget) {
    checkNotNull(budget, "budget");
    checkArgument(
        !budget.isNegative() && !budget.isZero(), "time budget (%s) must be positive", budget);
    return budget;
  }

  /** Options for a {@link NewsGraph}; not thread-safe, build once. */
  public static final class Builder {
    private final Set<Feature> features = EnumSet.allOf(Feature.class);
    private final ListMultimap<ModelFile, Path> extraFiles = ModelFiles.newExtras();
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private CoreNlpOptions coreNlpOptions = CoreNlpOptions.defaults();
    private Optional<Duration> timeBudget = Optional.empty();
    private Set<CueKind> cueKinds = EnumSet.allOf(CueKind.class);
    private boolean warmUp = true;

    private Builder() {}

    /**
     * Whether {@link #build()} warms the instance up (default: on): runs the pipeline on a bundled
     * article for a few seconds at most, so that the first real document costs about what a warm
     * one does (see {@code WarmUp}). Off: a faster build and a slower first document, for tools
     * and tests that run few documents.
     */
    public Builder warmUp(boolean on) {
      this.warmUp = on;
      return this;
    }

    /**
     * Keep only quotes whose cue reports one of these kinds (default: all): {@code
     * EnumSet.of(CueKind.SPEECH)} gives what people said, without what they think or what
     * evidence shows. See {@link CueKind}.
     */
    public Builder cueKinds(Set<CueKind> kinds) {
      checkNotNull(kinds, "kinds");
      checkArgument(!kinds.isEmpty(), "cueKinds must name at least one of %s",
          EnumSet.allOf(CueKind.class));
      this.cueKinds = EnumSet.copyOf(kinds);
      return this;
    }

    /** Extract only these features (entities are always extracted). */
    public Builder features(Set<Feature> wanted) {
      checkNotNull(wanted, "wanted");
      features.clear();
      features.addAll(wanted);
      return this;
    }

    /** Switch one feature on or off. */
    public Builder feature(Feature feature, boolean on) {
      checkNotNull(feature, "feature");
      if (on) {
        features.add(feature);
      } else {
        features.remove(feature);
      }
      return this;
    }

    /**
     * Adds a rule-data file of the same format as the bundled one, read after it: a new sector, a
     * new country alias, a new speech cue. See {@code models/README.md} for the formats.
     */
    public Builder addModelFile(ModelFile kind, Path file) {
      checkNotNull(kind, "kind");
      checkNotNull(file, "file");
      extraFiles.put(kind, file);
      return this;
    }

    /** The longest text {@link #extract} accepts, in characters (default 1,000,000). */
    public Builder maxTextLength(int max) {
      checkArgument(max > 0, "maxTextLength (%s) must be positive", max);
      this.maxTextLength = max;
      return this;
    }

    /**
     * The longest sentence, in tokens, that the tagger, NER and parser see (default 150); longer
     * sentences are cut into pieces. Bounds the time one pathological sentence can take.
     */
    public Builder maxSentenceTokens(int max) {
      this.coreNlpOptions = coreNlpOptions.withMaxSentenceTokens(max);
      return this;
    }

    /**
     * The NER models to run, in order (default: {@link NerModel#ALL_3CLASS} alone); each entity
     * label comes from the first model that has it.
     */
    public Builder nerModels(List<NerModel> models) {
      checkNotNull(models, "models");
      this.coreNlpOptions = coreNlpOptions.withNerModels(ImmutableList.copyOf(models));
      return this;
    }

    /**
     * The time one document may take (default: no limit). A document that takes longer fails
     * alone with an {@link ExtractionTimeoutException} naming the budget, and its work is
     * interrupted; the instance stays usable. See also {@link NewsGraph#withTimeBudget(Duration)}.
     */
    public Builder timeBudget(Duration budget) {
      this.timeBudget = Optional.of(checkBudget(budget));
      return this;
    }

    /** Loads the models and builds the instance. */
    public NewsGraph build() {
      return new NewsGraph(this);
    }
  }
}
