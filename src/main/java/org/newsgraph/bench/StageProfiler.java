package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import org.newsgraph.CueKind;
import org.newsgraph.Extraction;
import org.newsgraph.Feature;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.TextAnalyzer;

/**
 * Runs the pipeline {@code NewsGraph} runs, with all features on, and times each stage through a
 * {@link StageTimes} probe, so that the benchmark can say how much of newsgraph's time is CoreNLP
 * and how much its own rules, and what quotes and relations add. No copy of the pipeline: the
 * stages are {@link Pipeline}'s. Thread-safe (the times go into a caller's {@link StageTimes}).
 */
final class StageProfiler {

  private final Pipeline pipeline;

  StageProfiler(TextAnalyzer analyzer, ModelFiles files) {
    checkNotNull(analyzer, "analyzer");
    this.pipeline =
        Pipeline.load(
            files, EnumSet.allOf(Feature.class), EnumSet.allOf(CueKind.class), () -> analyzer);
  }

  /** Extracts from {@code text} (not blank), adding each stage's time to {@code times}. */
  Extraction extract(String text, StageTimes times) {
    return pipeline.run(text, false, checkNotNull(times, "times"));
  }

  /** The parts of the time the report shows: the pipeline's stages, the parse split in three. */
  enum Part {
    /** CoreNLP: tokenize, split, tag, lemmatize, NER. */
    ANALYZE(true),
    /** Rules: website furniture. */
    FURNITURE(false),
    /** Rules: entity consolidation. */
    ENTITIES(false),
    /** Rules: the stages' decisions which sentences to parse. */
    WANTS_PARSE(false),
    /** CoreNLP: dependency parse of the sentences quotes want. */
    PARSE_FOR_QUOTES(true),
    /** CoreNLP: dependency parse of the sentences only relations want. */
    PARSE_FOR_RELATIONS(true),
    /** Rules: quote attribution. */
    QUOTES(false),
    /** Rules: country–sector relations. */
    RELATIONS(false);

    private final boolean coreNlp;

    Part(boolean coreNlp) {
      this.coreNlp = coreNlp;
    }

    /** Whether the time is CoreNLP's rather than newsgraph's own rules'. */
    boolean coreNlp() {
      return coreNlp;
    }
  }
}
