package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.SharedPipeline;
import org.newsgraph.bench.StageProfiler.Stage;
import org.newsgraph.corenlp.SharedAnalyzer;
import org.newsgraph.lexicon.ModelFiles;

class StageProfilerTest {

  @Test
  void profilerGivesTheSameResultAsNewsGraph() {
    StageProfiler profiler = new StageProfiler(SharedAnalyzer.get(), ModelFiles.bundled());
    StageTimes times = new StageTimes();
    String seed = SharedPipeline.seed();
    assertEquals(SharedPipeline.get().extract(seed), profiler.extract(seed, times));
    assertTrue(times.nanos(Stage.ANALYZE) > 0);
    assertTrue(times.sentences() > 30);
    assertEquals(times.totalNanos(), times.entitiesOnlyNanos() + times.quotesNanos() + times.relationsNanos());
  }
}
