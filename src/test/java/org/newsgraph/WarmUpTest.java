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

class WarmUpTest {

  @Test
  void roundsRunTheArticleWithinTheirLimits() {
    List<String> seen = new ArrayList<>();
    long t0 = System.nanoTime();
    WarmUp.run(seen::add);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(WarmUp.ROUNDS, seen.size());
    assertTrue(seen.stream().allMatch(WarmUp.article()::equals));
    double limit = (WarmUp.ROUND_LIMIT.toMillis() + WarmUp.SETTLE_LIMIT.toMillis()) / 1000.0;
    assertTrue(seconds < limit + 1, "warm-up took " + seconds + " s");
  }

  @Test
  void roundsStopAtTheTimeLimit() {
    List<String> seen = new ArrayList<>();
    long perRound = WarmUp.ROUND_LIMIT.toMillis() / 4;
    WarmUp.run(
        text -> {
          seen.add(text);
          sleep(perRound);
        });
    assertTrue(seen.size() >= 4 && seen.size() <= 5, seen.size() + " rounds");
  }

  @Test
  void theWaitEndsAtItsLimitAndKeepsTheInterrupt() {
    long t0 = System.nanoTime();
    WarmUp.awaitQuiet(Duration.ofMillis(300));
    assertTrue((System.nanoTime() - t0) / 1e6 < 1300);
    Thread.currentThread().interrupt();
    WarmUp.awaitQuiet(Duration.ofSeconds(5));
    assertTrue(Thread.interrupted());
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
