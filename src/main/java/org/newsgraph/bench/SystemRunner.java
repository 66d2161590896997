package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsgraph.bench.SystemResult.LongDocResult;

/**
 * Measures one system on the corpus, in this order: a wait until the JIT compiler is idle (so that
 * the compilation of the benchmark's own preparation, or of the previous system, does not share the
 * machine with this one's load), model load, first document (the seed article), the seed again a
 * few times (still early), the steady state ({@link SteadyState}: passes until the JIT has
 * settled), the seed warm, the throughput documents on one thread then on several threads (the pair
 * repeated, medians kept, with the JIT's compilation time during them), and optionally the long
 * document. Progress goes to a log stream.
 *
 * @param corpus the documents
 * @param tokens their token counts
 * @param options the run's options
 * @param log where progress goes
 */
record SystemRunner(BenchCorpus corpus, TokenCounts tokens, BenchOptions options, PrintStream log) {

  private static final int SEED_REPEATS = 5;

  /** The longest wait for an idle JIT before a system loads. */
  private static final double IDLE_LIMIT_SECONDS = 30;

  SystemRunner {
    checkNotNull(corpus, "corpus");
    checkNotNull(tokens, "tokens");
    checkNotNull(options, "options");
    checkNotNull(log, "log");
  }

  /** Loads the system with {@code loader} and measures it; {@code afterLoad} sees the loaded subject. */
  <S extends Subject> SystemResult measure(
      String name, Supplier<S> loader, boolean runLong, java.util.function.Consumer<S> afterRuns) {
    try (HeapMeter heap = new HeapMeter()) {
      double idle = SteadyState.awaitIdle(IDLE_LIMIT_SECONDS);
      log.printf("[%s] JIT idle after %.1f s; loading%n", name, idle);
      long t0 = System.nanoTime();
      S subject = loader.get();
      double load = seconds(t0);
      log.printf("[%s] loaded in %.1f s%n", name, load);
      String seed = corpus.seed().text();
      t0 = System.nanoTime();
      subject.run(seed);
      double first = seconds(t0);
      log.printf("[%s] first document %.2f s%n", name, first);
      long liveAfterLoad = HeapMeter.liveHeapNow();
      double earlySeed = medianOfSeedRuns(subject, seed);
      log.printf(
          "[%s] seed again, before the warm-up %.3f s (median of %d)%n",
          name, earlySeed, SEED_REPEATS);

      List<BenchDoc> docs = corpus.throughputDocs();
      List<String> texts = docs.stream().map(BenchDoc::text).toList();
      int warm = Math.max(1, Math.min(options.warmupDocs(), texts.size()));
      SteadyState.Result warmUp =
          SteadyState.run(
              subject, texts.subList(0, warm), options.threads(), options.warmupSeconds(), log);
      log.printf(
          "[%s] warm-up: %d passes, %d documents in %.1f s (JIT %s)%n",
          name,
          warmUp.passes(),
          warmUp.documents(),
          warmUp.seconds(),
          warmUp.settled() ? "settled" : "still compiling at the time limit");
      double warmSeed = medianOfSeedRuns(subject, seed);
      log.printf("[%s] seed warm %.3f s (median of %d)%n", name, warmSeed, SEED_REPEATS);

      heap.reset();
      double[] ones = new double[options.repeats()];
      double[] parallels = new double[options.repeats()];
      long jitOne = 0;
      long jitParallel = 0;
      for (int r = 0; r < options.repeats(); r++) {
        long compiled = SteadyState.compilationMillis().orElse(0L);
        t0 = System.nanoTime();
        for (String t : texts) {
          subject.run(t);
        }
        ones[r] = seconds(t0);
        jitOne += SteadyState.compilationMillis().orElse(0L) - compiled;
        log.printf("[%s] %d documents on one thread: %.1f s%n", name, texts.size(), ones[r]);
        compiled = SteadyState.compilationMillis().orElse(0L);
        t0 = System.nanoTime();
        subject.runAll(texts, options.threads());
        parallels[r] = seconds(t0);
        jitParallel += SteadyState.compilationMillis().orElse(0L) - compiled;
        log.printf(
            "[%s] %d documents on %d threads: %.1f s%n",
            name, texts.size(), options.threads(), parallels[r]);
      }
      Optional<JitShare> jit =
          SteadyState.compilationMillis().isPresent()
              ? Optional.of(
                  new JitShare(jitOne / 1000.0 / sum(ones), jitParallel / 1000.0 / sum(parallels)))
              : Optional.empty();
      double one = median(ones);
      double parallel = median(parallels);
      // A short run may see no collection at all: end it with one, so the live set is counted.
      long peak = Math.max(heap.peakLiveHeap(), HeapMeter.liveHeapNow());

      Optional<LongDocResult> longDoc = Optional.empty();
      if (runLong && options.longTokens() > 0) {
        heap.reset();
        t0 = System.nanoTime();
        subject.run(corpus.longDoc().text());
        double s = seconds(t0);
        long longPeak = Math.max(heap.peakLiveHeap(), HeapMeter.liveHeapNow());
        longDoc = Optional.of(new LongDocResult(tokens.longDoc(), s, longPeak));
        log.printf("[%s] long document (%d tokens): %.1f s%n", name, tokens.longDoc(), s);
      }
      afterRuns.accept(subject);
      return new SystemResult(
          load,
          first,
          earlySeed,
          warmSeed,
          tokens.seed(),
          texts.size(),
          tokens.throughput(),
          one,
          options.threads(),
          parallel,
          warmUp,
          jit,
          liveAfterLoad,
          peak,
          longDoc);
    }
  }

  /** The seed article run {@value #SEED_REPEATS} times: the median time. */
  private static double medianOfSeedRuns(Subject subject, String seed) {
    double[] runs = new double[SEED_REPEATS];
    for (int i = 0; i < SEED_REPEATS; i++) {
      long s = System.nanoTime();
      subject.run(seed);
      runs[i] = seconds(s);
    }
    return median(runs);
  }

  /** The median of {@code values} (the upper one of the two middle values for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /**
   * Token counts of the corpus (CoreNLP's tokenizer).
   *
   * @param seed the seed article
   * @param throughput all throughput documents together
   * @param longDoc the long document
   * @param perDoc each throughput document, in order
   */
  record TokenCounts(int seed, long throughput, int longDoc, ImmutableList<Integer> perDoc) {}

  /**
   * The JIT's compilation time during the timed runs, as a share of their wall time (summed over
   * the compiler threads, so it can exceed 1).
   *
   * @param oneThread during the one-thread runs
   * @param parallel during the several-thread runs
   */
  record JitShare(double oneThread, double parallel) {}
}
