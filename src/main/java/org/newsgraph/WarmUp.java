package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one warm-up: a {@link NewsGraph} runs it at construction (unless {@link
 * NewsGraph.Builder#warmUp(boolean)} turns it off), so that its first document costs about what a
 * warm one does (issue 5: at most twice). It also loads what CoreNLP loads lazily (the lemmatizer's
 * lexer, the tagger's and the CRF's caches) and compiles the parser's paths. Two steps:
 *
 * <ol>
 *   <li>the whole pipeline runs on a bundled news-like article ({@value #ARTICLE}, written for this
 *       purpose: headline, furniture, direct, split, mixed and indirect quotes, several countries
 *       and sectors, a negation, a back-reference) at least {@value #MIN_ROUNDS} times, then up to
 *       {@value #ROUNDS} times or for {@link #ROUND_LIMIT}, whichever comes first;
 *   <li>then it waits, at most {@link #SETTLE_LIMIT}, until the JVM's other threads (the JIT
 *       compilers, which queue the warm-up's hot methods) use less than {@value #QUIET_SHARE} of a
 *       core, so that the first document does not share the machine with their compilations.
 * </ol>
 *
 * <p>With one round of a short text, the first document ran largely in interpreted and lightly
 * optimised code; with the rounds but no wait, it still ran while C2 compiled the rule layers'
 * large methods on the other core. Both limits bound the cost on a slow or busy machine: where
 * the process never goes quiet (other busy threads in the application), the wait ends at its
 * limit.
 */
final class WarmUp {

  /** The bundled warm-up article, a resource next to this class. */
  static final String ARTICLE = "warm-up.txt";

  /** Pipeline rounds on the article, at most. */
  static final int ROUNDS = 40;

  /**
   * Pipeline rounds on the article, at least, however long they take: the first rounds load what
   * CoreNLP loads lazily and run its tagger, NER and parser often enough for the JIT to compile
   * them, which on a busy machine takes more than {@link #ROUND_LIMIT}.
   */
  static final int MIN_ROUNDS = 3;

  /** The rounds stop after this long even if rounds remain. */
  static final Duration ROUND_LIMIT = Duration.ofSeconds(3);

  /** The wait for the compilers ends after this long even if they are still busy. */
  static final Duration SETTLE_LIMIT = Duration.ofMillis(1500);

  /** The process counts as quiet when it uses less than this share of one core while we sleep. */
  static final double QUIET_SHARE = 0.15;

  private static final long SLEEP_MILLIS = 100;

  private WarmUp() {}

  /** The warm-up article's text. */
  static String article() {
    URL url = WarmUp.class.getResource(ARTICLE);
    checkArgument(url != null, "the warm-up article %s is not on the class path", ARTICLE);
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the warm-up article " + ARTICLE, e);
    }
  }

  /**
   * Where the warm-up reads the time and the process's CPU time, and how it sleeps: the system's
   * in production, a scripted one in tests, so that they do not depend on the machine's speed.
   */
  interface Clock {
    long nanoTime();

    /** The process's CPU time in nanoseconds, or a negative number where it is not reported. */
    long processCpuNanos();

    void sleep(long millis) throws InterruptedException;
  }

  /** The system's clock and sleep; the process's CPU time as the JVM reports it. */
  static final Clock SYSTEM =
      new Clock() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public long processCpuNanos() {
          OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
          return os instanceof com.sun.management.OperatingSystemMXBean cpu
              ? cpu.getProcessCpuTime()
              : -1;
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
          Thread.sleep(millis);
        }
      };

  /** Runs {@code pipeline} on the article, then waits for the compilers (both bounded). */
  static void run(Consumer<String> pipeline) {
    run(pipeline, SYSTEM);
  }

  /** As {@link #run(Consumer)}, on {@code clock}. */
  static void run(Consumer<String> pipeline, Clock clock) {
    checkNotNull(pipeline, "pipeline");
    checkNotNull(clock, "clock");
    String text = article();
    long deadline = clock.nanoTime() + ROUND_LIMIT.toNanos();
    for (int round = 0;
        round < ROUNDS && (round < MIN_ROUNDS || clock.nanoTime() < deadline);
        round++) {
      pipeline.accept(text);
    }
    awaitQuiet(SETTLE_LIMIT, clock);
  }

  /**
   * Sleeps in steps of {@value #SLEEP_MILLIS} ms until a step in which the process used less than
   * {@value #QUIET_SHARE} of a core, at most {@code limit}. Returns at once where the JVM does not
   * report the process's CPU time. Keeps the thread's interrupt status.
   */
  static void awaitQuiet(Duration limit) {
    awaitQuiet(limit, SYSTEM);
  }

  /** As {@link #awaitQuiet(Duration)}, on {@code clock}. */
  static void awaitQuiet(Duration limit, Clock clock) {
    if (clock.processCpuNanos() < 0) {
      return;
    }
    long end = clock.nanoTime() + limit.toNanos();
    while (clock.nanoTime() < end) {
      long used = clock.processCpuNanos();
      long t0 = clock.nanoTime();
      try {
        clock.sleep(SLEEP_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long elapsed = clock.nanoTime() - t0;
      if (clock.processCpuNanos() - used < QUIET_SHARE * elapsed) {
        return;
      }
    }
  }
}
