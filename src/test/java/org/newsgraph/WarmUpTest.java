package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's rounds and wait, on a scripted clock: the outcomes do not depend on the machine's
 * speed or load (issue 17).
 */
class WarmUpTest {

  /**
   * A scripted clock: time moves only when the code sleeps or a test advances it; the process
   * uses {@code cpuShare} of a core while it sleeps.
   */
  private static class ScriptedClock implements WarmUp.Clock {
    long now = 1_000_000_000L;
    long cpu = 0;
    final double cpuShare;
    int sleeps;

    ScriptedClock(double cpuShare) {
      this.cpuShare = cpuShare;
    }

    void advance(long millis) {
      now += millis * 1_000_000L;
    }

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public long processCpuNanos() {
      return cpu;
    }

    @Override
    public void sleep(long millis) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      sleeps++;
      advance(millis);
      cpu += (long) (cpuShare * millis * 1_000_000L);
    }
  }

  @Test
  void aFastPipelineRunsEveryRoundAndAQuietProcessWaitsOneStep() {
    List<String> seen = new ArrayList<>();
    ScriptedClock clock = new ScriptedClock(0.0);
    WarmUp.run(seen::add, clock);
    assertEquals(WarmUp.ROUNDS, seen.size());
    assertTrue(seen.stream().allMatch(WarmUp.article()::equals));
    assertEquals(1, clock.sleeps);
  }

  @Test
  void roundsStopAtTheTimeLimit() {
    List<String> seen = new ArrayList<>();
    ScriptedClock clock = new ScriptedClock(0.0);
    long perRound = WarmUp.ROUND_LIMIT.toMillis() / 4;
    WarmUp.run(
        text -> {
          seen.add(text);
          clock.advance(perRound);
        },
        clock);
    assertEquals(4, seen.size());
  }

  @Test
  void aSlowPipelineStillRunsTheFewestRounds() {
    List<String> seen = new ArrayList<>();
    ScriptedClock clock = new ScriptedClock(0.0);
    long perRound = WarmUp.ROUND_LIMIT.toMillis() * 2;
    WarmUp.run(
        text -> {
          seen.add(text);
          clock.advance(perRound);
        },
        clock);
    assertEquals(WarmUp.MIN_ROUNDS, seen.size());
  }

  @Test
  void theWaitOfABusyProcessEndsAtItsLimit() {
    ScriptedClock clock = new ScriptedClock(1.0);
    long t0 = clock.nanoTime();
    WarmUp.awaitQuiet(Duration.ofMillis(300), clock);
    assertEquals(3, clock.sleeps);
    assertEquals(Duration.ofMillis(300), Duration.ofNanos(clock.nanoTime() - t0));
  }

  @Test
  void aProcessUnderTheQuietShareEndsTheWait() {
    ScriptedClock clock = new ScriptedClock(WarmUp.QUIET_SHARE / 2);
    WarmUp.awaitQuiet(Duration.ofSeconds(5), clock);
    assertEquals(1, clock.sleeps);
  }

  @Test
  void theWaitKeepsTheInterrupt() {
    ScriptedClock clock = new ScriptedClock(1.0);
    Thread.currentThread().interrupt();
    WarmUp.awaitQuiet(Duration.ofSeconds(5), clock);
    assertTrue(Thread.interrupted());
    assertEquals(0, clock.sleeps);
    Thread.currentThread().interrupt();
    WarmUp.awaitQuiet(Duration.ofSeconds(5));
    assertTrue(Thread.interrupted());
  }

  @Test
  void withoutAProcessCpuTimeThereIsNoWait() {
    ScriptedClock clock =
        new ScriptedClock(1.0) {
          @Override
          public long processCpuNanos() {
            return -1;
          }
        };
    WarmUp.awaitQuiet(Duration.ofSeconds(5), clock);
    assertEquals(0, clock.sleeps);
  }

  /** The article exercises every stage, so that the warm-up compiles their paths. */
  @Test
  void theArticleExercisesQuotesOfEachTypeAndRelations() {
    Extraction x = SharedPipeline.get().extract(WarmUp.article());
    Set<QuoteType> types = x.quotes().stream().map(Quote::type).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(QuoteType.class), types);
    assertTrue(x.relations().size() >= 5, x.relations().toString());
    Set<RelationType> relationTypes =
        x.relations().stream().map(Relation::type).collect(Collectors.toSet());
    assertTrue(relationTypes.size() >= 3, relationTypes.toString());
    assertFalse(x.entities().isEmpty());
  }
}
