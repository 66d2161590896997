package org.newsgraph.text;

/**
 * Turns raw text into an {@link AnalyzedText} and parses chosen sentences. The CoreNLP adapter is
 * the implementation; tests of the rule layers build {@code AnalyzedText} by hand instead.
 * Implementations are thread-safe.
 */
public interface TextAnalyzer {

  /** Tokens, sentences, part of speech, lemmas and NER tags; no parse. */
  AnalyzedText analyze(String text);

  /** The sentence with its dependency parse (returned as is if already parsed). */
  Sentence parse(Sentence sentence);
}
