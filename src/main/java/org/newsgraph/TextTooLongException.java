package org.newsgraph;

/**
 * A text is longer than the instance's limit ({@link NewsGraph.Builder#maxTextLength(int)}).
 * Nothing is truncated silently: the caller decides whether to split the text or skip it.
 */
public final class TextTooLongException extends IllegalArgumentException {

  private final int length;
  private final int limit;

  public TextTooLongException(int length, int limit) {
    super("text length (" + length + " characters) exceeds the limit (" + limit + " characters)");
    this.length = length;
    this.limit = limit;
  }

  /** The text's length in characters. */
  public int length() {
    return length;
  }

  /** The limit it exceeded. */
  public int limit() {
    return limit;
  }
}
