package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The streaming batch engine on a model-free extractor: input order, bounded memory, and failures
 * that stay with their document. Behaviour only: latches, never sleeps or timings.
 */
class BatchStreamTest {

  /** The model-free extractor's result for any text. */
  private static Extraction marked(String text) {
    return Extraction.empty();
  }

  /** Documents "0", "1", ... as callables that count how many have been read. */
  private static Iterator<Callable<String>> numbered(int count, AtomicInteger pulled) {
    return new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Callable<String> next() {
        String text = Integer.toString(next++);
        pulled.incrementAndGet();
        return () -> text;
      }
    };
  }

  @Test
  void resultsArriveInInputOrderWhateverOrderTheyFinishIn() {
    int n = 400;
    AtomicInteger pulled = new AtomicInteger();
    // Every fourth document waits until the document after it has finished: finish order differs
    // from input order in every window.
    List<CountDownLatch> finished = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      finished.add(new CountDownLatch(1));
    }
    Function<String, Extraction> extract =
        text -> {
          int i = Integer.parseInt(text);
          if (i % 4 == 0 && i + 1 < n) {
            await(finished.get(i + 1));
          }
          finished.get(i).countDown();
          return marked(text);
        };
    List<Integer> order = new ArrayList<>();
    BatchStream.run(numbered(n, pulled), 3, 12, extract, r -> order.add(r.index()));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(i);
    }
    assertEquals(expected, order);
    assertEquals(n, pulled.get());
  }

  @Test
  void neverMoreDocumentsInFlightThanTheWindow() {
    int window = 8;
    AtomicInteger pulled = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch othersDone = new CountDownLatch(window - 1);
    // Document 0 is held until the rest of its window has finished: the stream must not pull
    // further documents while it waits for the head.
    Function<String, Extraction> extract =
        text -> {
          if (text.equals("0")) {
            await(othersDone);
            assertEquals(window, pulled.get(), "pulled past the window while the head was stuck");
          } else if (Integer.parseInt(text) < window) {
            othersDone.countDown();
          }
          return marked(text);
        };
    Iterator<Callable<String>> source = numbered(10_000, pulled);
    Iterator<Callable<String>> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public Callable<String> next() {
            Callable<String> c = source.next();
            most.accumulateAndGet(pulled.get() - delivered.get(), Math::max);
            return c;
          }
        };
    List<BatchResult> failed = new ArrayList<>();
    BatchStream.run(
        counting,
        2,
        window,
        extract,
        r -> {
          delivered.incrementAndGet();
          if (!r.succeeded()) {
            failed.add(r);
          }
        });
    assertEquals(List.of(), failed);
    assertEquals(10_000, delivered.get());
    assertEquals(window, most.get());
  }

  @Test
  void errorsAndCheckedExceptionsFailTheirDocumentOnly() {
    List<Callable<String>> docs =
        List.of(
            () -> "fine",
            () -> "overflow",
            () -> "assert",
            () -> {
              throw new IOException("unreadable");
            },
            () -> "runtime",
            () -> null,
            () -> "fine again");
    Function<String, Extraction> extract =
        text -> {
          switch (text) {
            case "overflow" -> throw new StackOverflowError("deep");
            case "assert" -> throw new AssertionError("broken invariant");
            case "runtime" -> throw new IllegalStateException("bad state");
            default -> {
              return marked(text.toString());
            }
          }
        };
    for (int threads : new int[] {1, 3}) {
      List<BatchResult> results = new ArrayList<>();
      BatchStream.run(docs.iterator(), threads, 4 * threads, extract, results::add);
      assertEquals(7, results.size(), threads + " threads");
      assertTrue(results.get(0).succeeded());
      assertInstanceOf(StackOverflowError.class, cause(results.get(1)));
      assertInstanceOf(AssertionError.class, cause(results.get(2)));
      assertInstanceOf(IOException.class, cause(results.get(3)));
      assertInstanceOf(IllegalStateException.class, results.get(4).failure().orElseThrow());
      assertInstanceOf(NullPointerException.class, results.get(5).failure().orElseThrow());
      assertTrue(results.get(6).succeeded());
      for (int i = 0; i < results.size(); i++) {
        assertEquals(i, results.get(i).index());
      }
    }
  }

  @Test
  void outOfMemoryEndsTheRunAndStopsTheWorkers() {
    OutOfMemoryError oom = new OutOfMemoryError("scripted");
    List<Integer> delivered = new ArrayList<>();
    AtomicInteger pulled = new AtomicInteger();
    Function<String, Extraction> extract =
        text -> {
          if (text.equals("5")) {
            throw oom;
          }
          return marked(text);
        };
    OutOfMemoryError thrown =
        assertThrows(
            OutOfMemoryError.class,
            () -> BatchStream.run(numbered(1000, pulled), 2, 8, extract, r -> delivered.add(r.index())));
    assertSame(oom, thrown);
    assertEquals(List.of(0, 1, 2, 3, 4), delivered);
    assertTrue(pulled.get() <= 5 + 8, pulled.get() + " pulled");
  }

  @Test
  void aFailingSinkEndsTheRun() {
    AtomicInteger pulled = new AtomicInteger();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                BatchStream.run(
                    numbered(1000, pulled),
                    2,
                    8,
                    BatchStreamTest::marked,
                    r -> {
                      throw new IllegalStateException("disk full");
                    }));
    assertEquals("disk full", e.getMessage());
    assertTrue(pulled.get() <= 8);
  }

  @Test
  void badArgumentsAreRejected() {
    List<Callable<String>> none = List.of();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchStream.run(none.iterator(), 4, 3, BatchStreamTest::marked, r -> {}));
    assertTrue(e.getMessage().contains("window (3)"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchStream.run(none.iterator(), 0, 3, BatchStreamTest::marked, r -> {}));
  }

  private static Throwable cause(BatchResult r) {
    RuntimeException e = r.failure().orElseThrow();
    assertInstanceOf(DocumentFailedException.class, e);
    return e.getCause();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
