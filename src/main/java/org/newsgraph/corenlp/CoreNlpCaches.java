package org.newsgraph.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP keeps loaded annotators (tagger, NER models) in a process-wide pool, and so does this
 * package for the dependency parser's model, so a second analyzer with the same settings reuses
 * them. The benchmark clears that pool between the systems
 * it compares, so that each one's model load and memory are measured on its own.
 */
public final class CoreNlpCaches {

  private CoreNlpCaches() {}

  /**
   * Forgets the pooled annotators; the next pipeline loads its models again. Pipelines already
   * built keep working (they hold their annotators).
   */
  public static void clear() {
    StanfordCoreNLP.clearAnnotatorPool();
    ParserModel.clearPool();
  }
}
