package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.NerModel;

/**
 * How the CoreNLP pipeline is built: which NER models run, and the longest sentence (in tokens)
 * the tagger and NER see; longer sentences are cut into pieces of at most that length before
 * tagging, because a huge sentence is where CoreNLP's tagger, NER and parser stall.
 */
public record CoreNlpOptions(ImmutableList<NerModel> nerModels, int maxSentenceTokens) {

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
    return new CoreNlpOptions(ImmutableList.of(NerModel.ALL_3CLASS), 150);
  }

  public CoreNlpOptions withNerModels(ImmutableList<NerModel> models) {
    return new CoreNlpOptions(models, maxSentenceTokens);
  }

  public CoreNlpOptions withMaxSentenceTokens(int max) {
    return new CoreNlpOptions(nerModels, max);
  }

  /** The models' CoreNLP resource paths, comma-separated, for CoreNLP's {@code ner.model}. */
  String nerModelResources() {
    return String.join(",", nerModels.stream().map(CoreNlpOptions::resource).toList());
  }

  private static String resource(NerModel model) {
    String name =
        switch (model) {
          case ALL_3CLASS -> "english.all.3class.distsim";
          case CONLL_4CLASS -> "english.conll.4class.distsim";
          case MUC_7CLASS -> "english.muc.7class.distsim";
        };
    return "edu/stanford/nlp/models/ner/" + name + ".crf.ser.gz";
  }
}
