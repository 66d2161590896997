package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's steady state: runs a system on benchmark documents until the JIT compiler has
 * settled, as a JMH warm-up would, so that the timed runs measure compiled code and not the
 * compiler. A measurement method, not the library's warm-up ({@code NewsGraph} warms itself up
 * once, at build, on its bundled article; plain CoreNLP not at all): it runs on both systems alike,
 * after their first documents are timed, and the report calls it their warm-up. On a 2-core machine the JIT's compiler threads
 * run for a minute or more after start (the rule layers and CoreNLP's annotators are large methods
 * that C2 compiles, and recompiles after a deoptimisation, in a second each); while they do, a
 * one-thread run gets the idle core's compilations for free and a two-thread run pays for them.
 *
 * <p>A pass runs the warm-up documents one by one, then all of them on the benchmark's threads.
 * Passes repeat until, twice in a row, the compilation time the JVM reports for a pass (summed over
 * the compiler threads) is at most {@value #SETTLED_SHARE} of the pass's wall time, or until the
 * time limit. Where the JVM does not report compilation time, one pass runs.
 */
final class SteadyState {

  /** A pass whose compilation time is at most this share of its wall time counts as settled. */
  static final double SETTLED_SHARE = 0.05;

  /** Settled passes needed in a row. */
  static final int SETTLED_PASSES = 2;

  private SteadyState() {}

  /**
   * What the warm-up did.
   *
   * @param seconds its wall time
   * @param documents documents run (each pass runs the warm-up documents twice)
   * @param passes passes run
   * @param settled whether the JIT settled before the time limit
   */
  record Result(double seconds, int documents, int passes, boolean settled) {}

  /**
   * Runs passes of {@code texts} on {@code subject} until the JIT has settled or {@code
   * maxSeconds} have passed (at least one pass).
   */
  static Result run(
      Subject subject, List<String> texts, int threads, double maxSeconds, PrintStream log) {
    return run(subject, texts, threads, maxSeconds, log, SYSTEM);
  }

  /**
   * Where the warm-up reads the time and the JIT's compilation time: the JVM's in production, a
   * scripted one in tests, so that they do not depend on the machine's speed or on the compilations
   * of other code in the same JVM.
   */
  interface Clock {
    default long nanoTime() {
      return System.nanoTime();
    }

    /** The accumulated compilation time in milliseconds, if reported. */
    Optional<Long> compilationMillis();
  }

  /** The JVM's clock and compilation time. */
  static final Clock SYSTEM = SteadyState::compilationMillis;

  /** As {@link #run(Subject, List, int, double, PrintStream)}, on {@code clock}. */
  static Result run(
      Subject subject,
      List<String> texts,
      int threads,
      double maxSeconds,
      PrintStream log,
      Clock clock) {
    checkNotNull(subject, "subject");
    checkNotNull(clock, "clock");
    checkNotNull(texts, "texts");
    checkArgument(!texts.isEmpty(), "no warm-up documents");
    checkArgument(threads >= 1, "threads (%s) must be at least 1", threads);
    checkArgument(maxSeconds >= 0, "maxSeconds (%s) must not be negative", maxSeconds);
    long start = clock.nanoTime();
    int passes = 0;
    int settledInRow = 0;
    boolean measurable = clock.compilationMillis().isPresent();
    while (true) {
      long compiled = clock.compilationMillis().orElse(0L);
      long t0 = clock.nanoTime();
      for (String t : texts) {
        subject.run(t);
      }
      subject.runAll(texts, threads);
      passes++;
      double wall = (clock.nanoTime() - t0) / 1e9;
      double jit = (clock.compilationMillis().orElse(0L) - compiled) / 1000.0;
      settledInRow = jit <= SETTLED_SHARE * wall ? settledInRow + 1 : 0;
      boolean settled = measurable && settledInRow >= SETTLED_PASSES;
      double elapsed = (clock.nanoTime() - start) / 1e9;
      if (settled || !measurable || elapsed >= maxSeconds) {
        return new Result(elapsed, passes * texts.size() * 2, passes, settled);
      }
      if (passes % 10 == 0) {
        log.printf("  warm-up pass %d: %.1f s, JIT compiled %.2f s of it%n", passes, wall, jit);
      }
    }
  }

  /** How long {@link #awaitIdle} sleeps between two looks at the compiler. */
  private static final long IDLE_PROBE_MILLIS = 250;

  /**
   * Sleeps until the JIT compiler has been idle for one probe interval ({@value #IDLE_PROBE_MILLIS}
   * ms without compilation time added), or {@code maxSeconds} have passed; returns the seconds
   * waited. The benchmark calls it before it loads a system, so that the compilation of its own
   * preparation (reading the corpus, counting tokens with CoreNLP's tokenizer) does not run on
   * the second core during the system's load and first document. Returns at once where the JVM
   * does not report compilation time.
   */
  static double awaitIdle(double maxSeconds) {
    checkArgument(maxSeconds >= 0, "maxSeconds (%s) must not be negative", maxSeconds);
    long start = System.nanoTime();
    if (compilationMillis().isEmpty()) {
      return 0;
    }
    long limit = start + (long) (maxSeconds * 1e9);
    long before = compilationMillis().get();
    while (System.nanoTime() < limit) {
      try {
        Thread.sleep(IDLE_PROBE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = compilationMillis().get();
      if (now == before) {
        break;
      }
      before = now;
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The JVM's accumulated compilation time in milliseconds (summed over compiler threads), if the
   * JVM reports it.
   */
  static Optional<Long> compilationMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return Optional.empty();
    }
    return Optional.of(jit.getTotalCompilationTime());
  }
}
