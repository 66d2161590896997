package org.newsgraph.bench;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.Feature;
import org.newsgraph.bench.StageProfiler.Part;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.StageProbe;

/**
 * Time per {@link Part} summed over documents, and how many sentences were parsed: the probe that
 * {@link StageProfiler} runs the pipeline with. The parse stage's time is split into the parses
 * for quotes, those for relations, and the rest (the decisions which sentences to parse). Not
 * thread-safe: one per measuring thread.
 */
final class StageTimes implements StageProbe {

  private final Map<Part, Long> nanos = new EnumMap<>(Part.class);
  private long sentences;
  private long parsedForQuotes;
  private long parsedForRelations;
  private long parsingInStage;

  @Override
  public void stageDone(Stage stage, long ns) {
    switch (stage) {
      case ANALYZE -> add(Part.ANALYZE, ns);
      case FURNITURE -> add(Part.FURNITURE, ns);
      case ENTITIES -> add(Part.ENTITIES, ns);
      case PARSE -> {
        add(Part.WANTS_PARSE, ns - parsingInStage);
        parsingInStage = 0;
      }
      case QUOTES -> add(Part.QUOTES, ns);
      case RELATIONS -> add(Part.RELATIONS, ns);
    }
  }

  @Override
  public void sentenceParsed(Feature wantedBy, long ns) {
    boolean forQuotes = wantedBy == Feature.QUOTES;
    add(forQuotes ? Part.PARSE_FOR_QUOTES : Part.PARSE_FOR_RELATIONS, ns);
    parsingInStage += ns;
    if (forQuotes) {
      parsedForQuotes++;
    } else {
      parsedForRelations++;
    }
  }

  @Override
  public void documentDone(int sentenceCount) {
    sentences += sentenceCount;
  }

  private void add(Part part, long ns) {
    nanos.merge(part, ns, Long::sum);
  }

  long nanos(Part part) {
    return nanos.getOrDefault(part, 0L);
  }

  long totalNanos() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Time in newsgraph's own rules (not CoreNLP). */
  long ruleNanos() {
    long sum = 0;
    for (Part s : Part.values()) {
      if (!s.coreNlp()) {
        sum += nanos(s);
      }
    }
    return sum;
  }

  /** Entities only: analysis, furniture, entities. */
  long entitiesOnlyNanos() {
    return nanos(Part.ANALYZE) + nanos(Part.FURNITURE) + nanos(Part.ENTITIES);
  }

  /** What switching quotes on adds: their parses, their share of the parse decisions, the rules. */
  long quotesNanos() {
    return nanos(Part.PARSE_FOR_QUOTES) + nanos(Part.QUOTES) + nanos(Part.WANTS_PARSE) / 2;
  }

  /** What switching relations on adds on top of quotes. */
  long relationsNanos() {
    return nanos(Part.PARSE_FOR_RELATIONS)
        + nanos(Part.RELATIONS)
        + (nanos(Part.WANTS_PARSE) - nanos(Part.WANTS_PARSE) / 2);
  }

  long sentences() {
    return sentences;
  }

  long parsedForQuotes() {
    return parsedForQuotes;
  }

  long parsedForRelations() {
    return parsedForRelations;
  }
}
