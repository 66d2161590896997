package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The outcome of one document of a batch ({@link NewsGraph#extractAll}): either its {@link
 * Extraction} or the exception that made this document fail. A failing document never fails the
 * batch, so a caller can report each failure next to its input. Immutable.
 *
 * @param index the document's position in the batch's input list
 * @param extraction the result, present exactly when the document succeeded
 * @param failure the exception, present exactly when the document failed
 */
public record BatchResult(int index, Optional<Extraction> extraction, Optional<RuntimeException> failure) {

  public BatchResult {
    checkArgument(index >= 0, "index (%s) must not be negative", index);
    checkNotNull(extraction, "extraction");
    checkNotNull(failure, "failure");
    checkArgument(
        extraction.isPresent() != failure.isPresent(),
        "exactly one of extraction and failure must be present (index %s)",
        index);
  }

  /** A document that succeeded. */
  public static BatchResult success(int index, Extraction extraction) {
    return new BatchResult(index, Optional.of(checkNotNull(extraction, "extraction")), Optional.empty());
  }

  /** A document that failed. */
  public static BatchResult failure(int index, RuntimeException failure) {
    return new BatchResult(index, Optional.empty(), Optional.of(checkNotNull(failure, "failure")));
  }

  /** Whether the document succeeded. */
  public boolean succeeded() {
    return extraction.isPresent();
  }

  /** The extraction, or the document's exception rethrown. */
  public Extraction orThrow() {
    if (failure.isPresent()) {
      throw failure.get();
    }
    return extraction.get();
  }
}
