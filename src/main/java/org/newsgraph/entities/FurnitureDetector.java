package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;

/**
 * Marks the sentences that are website furniture rather than article: related headlines, "More
 * from ..." blocks, app and channel promotions, copyright lines. Patterns come from {@code
 * models/furniture.tsv}. Thread-safe.
 */
public final class FurnitureDetector {

  public FurnitureDetector(ModelFiles files) {
    checkNotNull(files, "files");
  }

  /** A copy of {@code text} with furniture sentences marked. */
  public AnalyzedText mark(AnalyzedText text) {
    checkNotNull(text, "text");
    return text; // TODO(entities): the real detector
  }
}
