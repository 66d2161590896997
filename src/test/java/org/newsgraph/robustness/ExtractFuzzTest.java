package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;
import org.newsgraph.TextTooLongException;

/**
 * Jazzer fuzz test over {@link NewsGraph#extract}. Invariants: no exception other than the
 * documented ones, and every span (mention, quote, cue, speaker, via, trigger, evidence) equals
 * {@code input.substring(start, end)}.
 *
 * <p>In a plain {@code mvn verify} Jazzer runs in regression mode: once for each file of the seed
 * corpus testdata/fuzz/ (copied by the pom to this class's inputs directory on the test class
 * path) and once with an empty input. {@link MutationSweepTest} adds a deterministic sweep of
 * mutated inputs. To fuzz for real (coverage-guided, new inputs, up to {@code maxDuration}):
 *
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest=ExtractFuzzTest</pre>
 *
 * Jazzer keeps its corpus in .cifuzz-corpus/ and writes a finding as crash-* in the project root;
 * moved into src/test/resources/org/newsgraph/robustness/ExtractFuzzTestInputs/extract/, it
 * replays in every later regression run.
 */
class ExtractFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void extract(byte[] data) {
    String text = FuzzBytes.decode(data);
    NewsGraph graph = SharedPipeline.get();
    Extraction x;
    try {
      x = graph.extract(text);
    } catch (TextTooLongException e) {
      assertTrue(text.length() > graph.maxTextLength(), e.getMessage());
      return;
    }
    assertEquals(List.of(), Invariants.violations(text, x));
    if (text.isBlank()) {
      assertEquals(Extraction.empty(), x);
    }
  }
}
