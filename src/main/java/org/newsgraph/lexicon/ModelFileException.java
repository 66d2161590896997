package org.newsgraph.lexicon;

/**
 * A model file is missing or malformed. The message starts with {@code file:line:} where a line
 * is at fault. Thrown while a {@code NewsGraph} is built, never during extraction.
 */
public final class ModelFileException extends RuntimeException {

  public ModelFileException(String message) {
    super(message);
  }

  public ModelFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
