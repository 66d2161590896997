package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.Extraction;
import org.newsgraph.SharedPipeline;
import org.newsgraph.bench.StageProfiler.Part;
import org.newsgraph.corenlp.SharedAnalyzer;
import org.newsgraph.lexicon.ModelFiles;

/** The stage profile of the seed: every part counted once, the parts adding up. */
class StageProfilerTest {

  @Test
  void theProfileCountsTheSeedsStagesAndAddsUp() {
    StageProfiler profiler = new StageProfiler(SharedAnalyzer.get(), ModelFiles.bundled());
    StageTimes times = new StageTimes();
    Extraction x = profiler.extract(SharedPipeline.seed(), times);
    assertFalse(x.quotes().isEmpty());
    assertTrue(times.nanos(Part.ANALYZE) > 0);
    assertTrue(times.sentences() > 30);
    assertTrue(times.parsedForQuotes() + times.parsedForRelations() > 0);
    assertEquals(times.totalNanos(), times.entitiesOnlyNanos() + times.quotesNanos() + times.relationsNanos());
  }
}
