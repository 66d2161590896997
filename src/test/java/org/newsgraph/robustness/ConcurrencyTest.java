package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.BatchResult;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;
import org.newsgraph.TextTooLongException;

/** One shared instance, many threads: the same results as one thread, in the same order. */
class ConcurrencyTest {

  private static final int DOCUMENTS = 200;
  private static List<String> docs;
  private static List<Extraction> sequential;

  @BeforeAll
  static void runSequentially() {
    docs = TestDocuments.documents(DOCUMENTS);
    sequential = new ArrayList<>();
    for (String d : docs) {
      sequential.add(SharedPipeline.get().extract(d));
    }
    assertTrue(
        sequential.stream().filter(x -> !x.entities().isEmpty()).count() > DOCUMENTS / 2,
        "the documents are real news with entities to compare");
  }

  @Test
  void eightThreadsOneInstanceGiveTheSequentialResults() throws Exception {
    NewsGraph graph = SharedPipeline.get();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (String d : docs) {
        futures.add(pool.submit(() -> graph.extract(d)));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "document " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void batchGivesTheOneByOneResultsInOrder() {
    List<BatchResult> results = SharedPipeline.get().extractAll(docs, 4);
    assertEquals(docs.size(), results.size());
    for (int i = 0; i < docs.size(); i++) {
      BatchResult r = results.get(i);
      assertEquals(i, r.index());
      assertEquals(sequential.get(i), r.orThrow(), "document " + i);
    }
  }

  @Test
  void aFailingDocumentFailsAloneInItsPlace() {
    NewsGraph graph = SharedPipeline.get();
    List<String> batch = new ArrayList<>(docs.subList(0, 6));
    batch.set(1, null);
    batch.set(4, Strings.repeat("x", graph.maxTextLength() + 1));
    batch.set(5, "  \n ");
    List<BatchResult> results = graph.extractAll(batch, 3);
    assertEquals(6, results.size());
    assertInstanceOf(NullPointerException.class, results.get(1).failure().orElseThrow());
    TextTooLongException tooLong =
        assertInstanceOf(TextTooLongException.class, results.get(4).failure().orElseThrow());
    assertEquals(graph.maxTextLength() + 1, tooLong.length());
    assertEquals(Extraction.empty(), results.get(5).orThrow());
    for (int i : new int[] {0, 2, 3}) {
      assertEquals(sequential.get(i), results.get(i).orThrow(), "document " + i);
    }
  }

  @Test
  void batchArgumentsAreChecked() {
    NewsGraph graph = SharedPipeline.get();
    assertEquals(List.of(), graph.extractAll(List.of(), 8));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> graph.extractAll(List.of("a"), 0));
    assertTrue(e.getMessage().contains("threads (0)"), e.getMessage());
    NullPointerException npe =
        org.junit.jupiter.api.Assertions.assertThrows(
            NullPointerException.class, () -> graph.extractAll(null, 2));
    assertEquals("texts", npe.getMessage());
  }
}
