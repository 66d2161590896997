package org.newsgraph.bench;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.bench.StageProfiler.Stage;

/**
 * Time per stage summed over documents, and how many sentences were parsed; filled by {@link
 * StageProfiler}. Not thread-safe: one per measuring thread.
 */
final class StageTimes {

  private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
  private long sentences;
  private long parsedForQuotes;
  private long parsedForRelations;

  void add(Stage stage, long ns) {
    nanos.merge(stage, ns, Long::sum);
  }

  void countSentences(int n) {
    sentences += n;
  }

  void countParsed(boolean forQuotes) {
    if (forQuotes) {
      parsedForQuotes++;
    } else {
      parsedForRelations++;
    }
  }

  long nanos(Stage stage) {
    return nanos.getOrDefault(stage, 0L);
  }

  long totalNanos() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Time in newsgraph's own rules (not CoreNLP). */
  long ruleNanos() {
    long sum = 0;
    for (Stage s : Stage.values()) {
      if (!s.coreNlp()) {
        sum += nanos(s);
      }
    }
    return sum;
  }

  /** Entities only: analysis, furniture, entities. */
  long entitiesOnlyNanos() {
    return nanos(Stage.ANALYZE) + nanos(Stage.FURNITURE) + nanos(Stage.ENTITIES);
  }

  /** What switching quotes on adds: their parses, their share of the parse decisions, the rules. */
  long quotesNanos() {
    return nanos(Stage.PARSE_FOR_QUOTES) + nanos(Stage.QUOTES) + nanos(Stage.WANTS_PARSE) / 2;
  }

  /** What switching relations on adds on top of quotes. */
  long relationsNanos() {
    return nanos(Stage.PARSE_FOR_RELATIONS)
        + nanos(Stage.RELATIONS)
        + (nanos(Stage.WANTS_PARSE) - nanos(Stage.WANTS_PARSE) / 2);
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
