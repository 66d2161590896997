package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * How the CoreNLP pipeline is built: which NER models run, and the longest sentence (in tokens)
 * the tagger and NER see; longer sentences are cut into pieces of at most that length before
 * tagging, because a huge sentence is where CoreNLP's tagger, NER and parser stall.
 */
public record CoreNlpOptions(ImmutableList<String> nerModels, int maxSentenceTokens) {

  /** CoreNLP's CoNLL-trained four-class CRF (PER, ORG, LOC, MISC). */
  public static final String CONLL_4CLASS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** CoreNLP's broad three-class CRF (PERSON, ORGANIZATION, LOCATION). */
  public static final String ALL_3CLASS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  public CoreNlpOptions {
    nerModels = ImmutableList.copyOf(checkNotNull(nerModels, "nerModels"));
    checkArgument(!nerModels.isEmpty(), "at least one NER model is needed");
    checkArgument(
        maxSentenceTokens >= 10 && maxSentenceTokens <= 10_000,
        "maxSentenceTokens (%s) must be between 10 and 10000",
        maxSentenceTokens);
  }

  /**
   * The defaults newsgraph ships with: one CRF, CoreNLP's broad three-class model (persons,
   * organisations, places), trained beyond CoNLL's 1996 Reuters, so it holds on news from
   * everywhere. Adding the CoNLL four-class model after it changed nothing on the wwn-dev tuning
   * part (CoreNLP's combiner keeps each label from the first model that has it, so only MISC came
   * from it) and halved the tagger's speed; see the README's entities section.
   */
  public static CoreNlpOptions defaults() {
    return new CoreNlpOptions(ImmutableList.of(ALL_3CLASS), 150);
  }

  public CoreNlpOptions withNerModels(ImmutableList<String> models) {
    return new CoreNlpOptions(models, maxSentenceTokens);
  }

  public CoreNlpOptions withMaxSentenceTokens(int max) {
    return new CoreNlpOptions(nerModels, max);
  }
}
