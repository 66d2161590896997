package org.newsgraph.bench;

import java.util.Optional;

/**
 * What the benchmark measured for one system (plain CoreNLP or newsgraph). Times in seconds, heap
 * in bytes.
 *
 * @param loadSeconds building the pipeline (loading models)
 * @param firstDocSeconds the first document (the seed article) right after loading
 * @param earlySeedSeconds the seed article again right after the first document, before the
 *     warm-up (median of several runs): what the next documents cost while the JIT still compiles
 * @param warmSeedSeconds the seed article once warm, after the warm-up (median of several runs)
 * @param seedTokens tokens of the seed article
 * @param docs documents of the throughput runs
 * @param tokens tokens of the throughput runs
 * @param oneThreadSeconds the throughput documents on one thread
 * @param threads threads of the parallel run
 * @param parallelSeconds the throughput documents on {@code threads} threads
 * @param warmUp the warm-up before the seed warm and the throughput runs
 * @param jit the JIT's compilation time during the throughput runs, if the JVM reports it
 * @param liveHeapAfterLoad heap in use after loading and a full collection
 * @param peakLiveHeap the largest heap in use after a collection during the throughput runs
 * @param longDoc the long document's run, if it was run
 */
record SystemResult(
    double loadSeconds,
    double firstDocSeconds,
    double earlySeedSeconds,
    double warmSeedSeconds,
    int seedTokens,
    int docs,
    long tokens,
    double oneThreadSeconds,
    int threads,
    double parallelSeconds,
    SteadyState.Result warmUp,
    Optional<SystemRunner.JitShare> jit,
    long liveHeapAfterLoad,
    long peakLiveHeap,
    Optional<LongDocResult> longDoc) {

  /** The rates and ratios the report shows, derived from the times. */
  Rates rates() {
    return new Rates(
        docs / oneThreadSeconds,
        tokens / oneThreadSeconds,
        docs / parallelSeconds,
        oneThreadSeconds / parallelSeconds,
        firstDocSeconds / warmSeedSeconds,
        firstDocSeconds / earlySeedSeconds);
  }

  /** Warm seconds per token on the seed article. */
  double seedSecondsPerToken() {
    return warmSeedSeconds / seedTokens;
  }

  /** The long document's per-token cost over the seed's, if the long document ran. */
  Optional<Double> longOverSeedPerToken() {
    return longDoc.map(l -> l.secondsPerToken() / seedSecondsPerToken());
  }

  /**
   * Rates and ratios of one system.
   *
   * @param docsPerSecond warm throughput on one thread, documents per second
   * @param tokensPerSecond the same in tokens per second
   * @param parallelDocsPerSecond throughput on several threads, documents per second
   * @param parallelSpeedup the one-thread time over the several-thread time
   * @param firstOverWarm the first document's time over the warm seed's
   * @param firstOverEarly the first document's time over the seed's right after it
   */
  record Rates(
      double docsPerSecond,
      double tokensPerSecond,
      double parallelDocsPerSecond,
      double parallelSpeedup,
      double firstOverWarm,
      double firstOverEarly) {}

  /**
   * One run of the long document.
   *
   * @param tokens its tokens
   * @param seconds its time
   * @param peakLiveHeap the largest heap in use after a collection during the run
   */
  record LongDocResult(int tokens, double seconds, long peakLiveHeap) {
    double secondsPerToken() {
      return seconds / tokens;
    }
  }
}
