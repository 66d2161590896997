package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

  private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

  /** Records what it was asked to run. */
  private static class Recorder implements Subject {
    final List<String> single = new ArrayList<>();
    final List<Integer> batchThreads = new ArrayList<>();

    @Override
    public int run(String text) {
      single.add(text);
      return text.length();
    }

    @Override
    public int runAll(List<String> texts, int threads) {
      batchThreads.add(threads);
      return texts.size();
    }
  }

  @Test
  void aZeroLimitRunsExactlyOnePassOneByOneThenOnTheThreads() {
    Recorder r = new Recorder();
    SteadyState.Result result = SteadyState.run(r, List.of("a", "bb"), 3, 0, NO_LOG);
    assertEquals(1, result.passes());
    assertEquals(4, result.documents());
    assertEquals(List.of("a", "bb"), r.single);
    assertEquals(List.of(3), r.batchThreads);
  }

  /**
   * A scripted clock and compiler: each document run takes one second, and the compiler reports
   * {@code busyPasses} passes of half their wall time in compilation, then none.
   */
  private static final class ScriptedJit extends Recorder implements SteadyState.Clock {
    long now;
    long compiled;
    final int busyPasses;
    final boolean reported;
    int passes;

    ScriptedJit(int busyPasses, boolean reported) {
      this.busyPasses = busyPasses;
      this.reported = reported;
    }

    @Override
    public int run(String text) {
      now += 1_000_000_000L;
      return super.run(text);
    }

    @Override
    public int runAll(List<String> texts, int threads) {
      now += 1_000_000_000L;
      if (passes++ < busyPasses) {
        compiled += 1000L * (texts.size() + 1) / 2;
      }
      return super.runAll(texts, threads);
    }

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public Optional<Long> compilationMillis() {
      return reported ? Optional.of(compiled) : Optional.empty();
    }
  }

  @Test
  void passesRepeatUntilTwoPassesInARowAreQuiet() {
    ScriptedJit jit = new ScriptedJit(3, true);
    SteadyState.Result result = SteadyState.run(jit, List.of("a"), 2, 600, NO_LOG, jit);
    assertEquals(3 + SteadyState.SETTLED_PASSES, result.passes());
    assertTrue(result.settled());
    assertEquals(result.passes(), jit.batchThreads.size());
    assertEquals(result.passes(), jit.single.size());
    assertEquals(2.0 * result.passes(), result.seconds(), 1e-9);
  }

  @Test
  void aCompilerThatNeverSettlesStopsAtTheLimit() {
    ScriptedJit jit = new ScriptedJit(Integer.MAX_VALUE, true);
    SteadyState.Result result = SteadyState.run(jit, List.of("a"), 2, 30, NO_LOG, jit);
    assertEquals(15, result.passes());
    assertFalse(result.settled());
  }

  @Test
  void withoutACompilationClockOnePassRuns() {
    ScriptedJit jit = new ScriptedJit(Integer.MAX_VALUE, false);
    SteadyState.Result result = SteadyState.run(jit, List.of("a"), 2, 30, NO_LOG, jit);
    assertEquals(1, result.passes());
    assertFalse(result.settled());
  }

  @Test
  void badArgumentsAreRejected() {
    Recorder r = new Recorder();
    assertThrows(IllegalArgumentException.class, () -> SteadyState.run(r, List.of(), 1, 1, NO_LOG));
    assertThrows(
        IllegalArgumentException.class, () -> SteadyState.run(r, List.of("a"), 0, 1, NO_LOG));
    assertThrows(
        IllegalArgumentException.class, () -> SteadyState.run(r, List.of("a"), 1, -1, NO_LOG));
  }
}
