package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitWarmUpTest {

  private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

  /** Records what it was asked to run. */
  private static final class Recorder implements Subject {
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
    JitWarmUp.Result result = JitWarmUp.run(r, List.of("a", "bb"), 3, 0, NO_LOG);
    assertEquals(1, result.passes());
    assertEquals(4, result.documents());
    assertEquals(List.of("a", "bb"), r.single);
    assertEquals(List.of(3), r.batchThreads);
  }

  @Test
  void passesRepeatUntilSettledOrTheLimit() {
    Recorder r = new Recorder();
    JitWarmUp.Result result = JitWarmUp.run(r, List.of("a"), 2, 30, NO_LOG);
    // Settling needs two quiet passes in a row; without a compilation clock it is one pass.
    boolean clock = JitWarmUp.compilationMillis().isPresent();
    assertTrue(clock ? result.passes() >= JitWarmUp.SETTLED_PASSES : result.passes() == 1);
    assertTrue(result.settled() || result.seconds() >= 30 || !clock, result.toString());
    assertEquals(result.passes(), r.batchThreads.size());
    assertEquals(result.passes(), r.single.size());
  }

  @Test
  void badArgumentsAreRejected() {
    Recorder r = new Recorder();
    assertThrows(IllegalArgumentException.class, () -> JitWarmUp.run(r, List.of(), 1, 1, NO_LOG));
    assertThrows(
        IllegalArgumentException.class, () -> JitWarmUp.run(r, List.of("a"), 0, 1, NO_LOG));
    assertThrows(
        IllegalArgumentException.class, () -> JitWarmUp.run(r, List.of("a"), 1, -1, NO_LOG));
  }
}
