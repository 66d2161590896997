package org.newsgraph;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for futures and unwrapping their failures, for {@link NewsGraph}'s threads. */
final class Futures2 {

  private Futures2() {}

  /** The future's value; its unchecked exception or error rethrown as is. */
  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      throw cancelOnInterrupt(future, e);
    } catch (ExecutionException e) {
      throw rethrow(e);
    }
  }

  /**
   * For a caller interrupted while it waits: cancels {@code future}, sets the interrupt flag again
   * and returns the exception to throw.
   */
  static CancellationException cancelOnInterrupt(Future<?> future, InterruptedException e) {
    future.cancel(true);
    Thread.currentThread().interrupt();
    CancellationException c = new CancellationException("interrupted while extracting");
    c.initCause(e);
    return c;
  }

  /** The cause of {@code e}, thrown as it is if unchecked. */
  static RuntimeException rethrow(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException("extraction failed: " + cause, cause);
  }
}
