package org.newsgraph;

/**
 * A document of a batch failed with something that is not a {@link RuntimeException}: an {@link
 * Error} such as a {@link StackOverflowError} or an {@link AssertionError} thrown while extracting
 * it, or a checked exception thrown while reading it (see {@link
 * NewsGraph#readAndExtractStream}). The original is the {@linkplain #getCause() cause}; the
 * wrapper exists so that such a document fails its own {@link BatchResult} and not the batch.
 * {@link OutOfMemoryError} is never wrapped: it ends the batch.
 */
public final class DocumentFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}, the failure of the document at {@code index}. */
  public DocumentFailedException(int index, Throwable cause) {
    super("document " + index + " failed: " + cause, cause);
  }
}
