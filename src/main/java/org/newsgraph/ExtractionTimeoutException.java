package org.newsgraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * One document took longer than the instance's time budget ({@link
 * NewsGraph.Builder#timeBudget(Duration)}). Only that document fails: the instance stays usable, and
 * the work on the document is interrupted in the background.
 */
public final class ExtractionTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Duration budget;
  private final int length;

  public ExtractionTimeoutException(Duration budget, int length) {
    super(
        "extraction of a text of "
            + length
            + " characters exceeded the time budget ("
            + checkNotNull(budget, "budget").toMillis()
            + " ms)");
    this.budget = budget;
    this.length = length;
  }

  /**
   * The budget the document exceeded: the instance's {@link NewsGraph#timeBudget()} when the
   * document started.
   */
  public Duration budget() {
    return budget;
  }

  /** The length of the text, in characters. */
  public int length() {
    return length;
  }
}
