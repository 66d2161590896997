package org.newsgraph.pipeline;

/** The stages of the {@link Pipeline}, in the order they run. */
public enum Stage {
  /** CoreNLP: tokenize, split, tag, lemmatize, NER; the text's layout (paragraphs, lines). */
  ANALYZE,
  /** Rules: the {@code FurnitureKind} of each sentence. */
  FURNITURE,
  /** Rules: entity consolidation. */
  ENTITIES,
  /** CoreNLP's dependency parse of the sentences that quotes or relations want parsed. */
  PARSE,
  /** Rules: quote attribution (with {@code Feature.QUOTES}). */
  QUOTES,
  /** Rules: country–sector relations (with {@code Feature.RELATIONS}). */
  RELATIONS
}
