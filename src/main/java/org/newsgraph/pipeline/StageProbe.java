package org.newsgraph.pipeline;

import org.newsgraph.Feature;

/**
 * Watches a {@link Pipeline} run: the time of each stage, and of each sentence parse with the
 * feature that wanted it. The benchmark's stage profile is a probe; {@link #NONE} watches nothing.
 * Called on the thread that runs the document.
 */
public interface StageProbe {

  /** A probe that ignores everything. */
  StageProbe NONE = new StageProbe() {};

  /** {@code stage} took {@code nanos} on the current document. */
  default void stageDone(Stage stage, long nanos) {}

  /**
   * Within {@link Stage#PARSE}: one sentence was parsed in {@code nanos} because {@code wantedBy}
   * asked for it (quotes are asked first).
   */
  default void sentenceParsed(Feature wantedBy, long nanos) {}

  /** The document is done; it had {@code sentences} sentences. */
  default void documentDone(int sentences) {}
}
