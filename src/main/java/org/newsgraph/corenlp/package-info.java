/**
 * The one door to Stanford CoreNLP: the only package that imports {@code edu.stanford.nlp}. It builds
 * the pipeline from typed options and maps CoreNLP's output to {@link org.newsgraph.text.AnalyzedText}.
 */
package org.newsgraph.corenlp;
