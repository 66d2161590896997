package org.newsgraph;

/**
 * The CoreNLP NER models newsgraph can run ({@link NewsGraph.Builder#nerModels}): CRFs bundled with
 * CoreNLP's English models. Several run in order, and each entity label comes from the first model
 * that has it.
 */
public enum NerModel {
  /**
   * The broad three-class CRF (person, organisation, location; {@code
   * english.all.3class.distsim}), trained beyond CoNLL's 1996 Reuters: the default, it holds on
   * news from everywhere.
   */
  ALL_3CLASS,
  /** The CoNLL-trained four-class CRF (adds MISC; {@code english.conll.4class.distsim}). */
  CONLL_4CLASS,
  /**
   * The MUC seven-class CRF (adds money, percent, date, time; {@code english.muc.7class.distsim}).
   */
  MUC_7CLASS
}
