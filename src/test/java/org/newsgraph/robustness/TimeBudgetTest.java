package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.BatchResult;
import org.newsgraph.ExtractionTimeoutException;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;

/**
 * The per-document time budget: a document over it fails alone with an exception naming the
 * budget, the caller gets it on time, the abandoned work stops, and the instance goes on.
 */
class TimeBudgetTest {

  private static final Duration BUDGET = Duration.ofSeconds(3);

  /**
   * About 860,000 characters (under the 1,000,000-character limit), far over the budget: 230,000
   * characters no longer were once the suite had warmed the JIT with the faster 3-class NER model.
   */
  private static String longDocument() {
    return SharedPipeline.seed().repeat(150);
  }

  @Test
  void aDocumentOverBudgetFailsAloneAndTheNextSucceeds() throws InterruptedException {
    NewsGraph graph = SharedPipeline.get().withTimeBudget(BUDGET);
    String big = longDocument();
    long t0 = System.nanoTime();
    ExtractionTimeoutException e =
        assertThrows(ExtractionTimeoutException.class, () -> graph.extract(big));
    Duration waited = Duration.ofNanos(System.nanoTime() - t0);
    assertTrue(waited.compareTo(BUDGET.plusSeconds(5)) < 0, "the caller waited " + waited);
    assertEquals(BUDGET, e.budget());
    assertEquals(big.length(), e.length());
    assertTrue(e.getMessage().contains("time budget (3000 ms)"), e.getMessage());

    String small = TestDocuments.documents(1).get(0);
    assertEquals(SharedPipeline.get().extract(small), graph.extract(small));
    assertAbandonedWorkStops();
  }

  @Test
  void inABatchOnlyTheSlowDocumentFails() throws InterruptedException {
    NewsGraph graph = SharedPipeline.get().withTimeBudget(BUDGET);
    List<String> docs = TestDocuments.documents(3);
    List<BatchResult> results =
        graph.extractAll(List.of(docs.get(0), longDocument(), docs.get(1), docs.get(2)), 2);
    assertInstanceOf(ExtractionTimeoutException.class, results.get(1).failure().orElseThrow());
    assertEquals(SharedPipeline.get().extract(docs.get(0)), results.get(0).orThrow());
    assertEquals(SharedPipeline.get().extract(docs.get(1)), results.get(2).orThrow());
    assertEquals(SharedPipeline.get().extract(docs.get(2)), results.get(3).orThrow());
    assertAbandonedWorkStops();
  }

  @Test
  void derivingABudgetLeavesTheSharedInstanceAlone() {
    NewsGraph base = SharedPipeline.get();
    NewsGraph limited = base.withTimeBudget(BUDGET);
    assertEquals(Optional.empty(), base.timeBudget());
    assertEquals(Optional.of(BUDGET), limited.timeBudget());
    assertEquals(Optional.empty(), limited.withoutTimeBudget().timeBudget());
    assertEquals(base.features(), limited.features());
  }

  @Test
  void aBudgetMustBePositive() {
    NewsGraph base = SharedPipeline.get();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base.withTimeBudget(Duration.ZERO));
    assertTrue(e.getMessage().contains("time budget (PT0S)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> base.withTimeBudget(Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> base.withTimeBudget(null));
    assertThrows(
        IllegalArgumentException.class, () -> NewsGraph.builder().timeBudget(Duration.ZERO));
  }

  /** The interrupted worker notices (CoreNLP and the pipeline check) and goes idle. */
  private static void assertAbandonedWorkStops() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (budgetWorkerRunning()) {
      assertTrue(System.nanoTime() < deadline, "an abandoned document is still being worked on");
      Thread.sleep(100);
    }
    assertFalse(budgetWorkerRunning());
  }

  private static boolean budgetWorkerRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(
            t -> t.getName().startsWith("newsgraph-budget-") && t.getState() == Thread.State.RUNNABLE);
  }
}
