package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The streaming batch engine behind {@link NewsGraph#extractStream} and {@link
 * NewsGraph#extractAll}: pulls documents from an iterator, reads and extracts each on a fixed pool
 * of worker threads created for the run, and hands the results to a sink in input order, on the
 * calling thread, each as soon as it and every document before it are done.
 *
 * <p>Memory is bounded by the window: at most {@code window} documents (read text and result) are
 * in flight at once: queued, running, or done and waiting in the reorder buffer for an earlier
 * one. The iterator is pulled only when a result leaves, so a source of any length runs in
 * constant memory, and the workers stay busy as long as the window holds more documents than there
 * are threads.
 *
 * <p>Failures: a {@link RuntimeException} of one document (reading or extracting) is that
 * document's failed {@link BatchResult}; any other {@link Throwable} except {@link
 * OutOfMemoryError} is wrapped in a {@link DocumentFailedException} and fails its document alone.
 * An {@code OutOfMemoryError}, an exception thrown by the sink or an interrupt of the caller ends
 * the run: the remaining work is cancelled and the pool shut down before it propagates.
 */
final class BatchStream {

  /** Documents in flight per worker thread, for the streaming API. */
  static final int WINDOW_PER_THREAD = 4;

  private BatchStream() {}

  /**
   * Runs the documents. With one thread everything runs on the caller's thread, one document at a
   * time.
   *
   * @param documents what reads each document's text, in input order
   * @param threads worker threads (1 means the caller's thread)
   * @param window documents in flight at most (at least {@code threads})
   * @param extract the extraction of one text (may throw)
   * @param sink receives each result, in input order, on the calling thread
   */
  static void run(
      Iterator<? extends Callable<String>> documents,
      int threads,
      int window,
      Function<String, Extraction> extract,
      Consumer<? super BatchResult> sink) {
    checkNotNull(documents, "documents");
    checkNotNull(extract, "extract");
    checkNotNull(sink, "sink");
    checkArgument(threads >= 1, "threads (%s) must be at least 1", threads);
    checkArgument(window >= threads, "window (%s) must be at least threads (%s)", window, threads);
    if (threads == 1) {
      for (int index = 0; documents.hasNext(); index++) {
        sink.accept(one(index, documents.next(), extract));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            new ThreadFactoryBuilder().setNameFormat("newsgraph-batch-%d").setDaemon(true).build());
    ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>(window);
    try {
      int next = 0;
      while (true) {
        while (inFlight.size() < window && documents.hasNext()) {
          Callable<String> doc = documents.next();
          int index = next++;
          inFlight.add(pool.submit(() -> one(index, doc, extract)));
        }
        Future<BatchResult> head = inFlight.poll();
        if (head == null) {
          return;
        }
        sink.accept(Futures2.await(head));
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  /** Reads and extracts one document; only an {@link OutOfMemoryError} escapes. */
  static BatchResult one(int index, Callable<String> doc, Function<String, Extraction> extract) {
    try {
      return BatchResult.success(index, extract.apply(doc.call()));
    } catch (RuntimeException e) {
      return BatchResult.failure(index, e);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Exception | Error e) {
      return BatchResult.failure(index, new DocumentFailedException(index, e));
    }
  }
}
