package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.newsgraph.CueKind;
import org.newsgraph.Extraction;
import org.newsgraph.Feature;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TestTexts;
import org.newsgraph.text.TextAnalyzer;

/** The stage list on a hand-built text: no CoreNLP model needed. */
class PipelineTest {

  private static final AnalyzedText TEXT =
      TestTexts.sentences(
          new String[][] {
            {"Peng Peng said Korea leads in chips .", "NNP NNP VBD NNP VBZ IN NNS .",
              "PERSON PERSON O LOCATION O O O O"},
            {"Lee Min visited Busan .", "NNP NNP VBD NNP .", "PERSON PERSON O LOCATION O"}
          });

  /** Gives {@link #TEXT} whatever the input; a parse adds no arcs. */
  private static final TextAnalyzer CANNED =
      new TextAnalyzer() {
        @Override
        public AnalyzedText analyze(String text) {
          return TEXT;
        }

        @Override
        public Sentence parse(Sentence sentence) {
          return sentence.withDependencies(List.of());
        }
      };

  private static Pipeline pipeline(Set<Feature> features) {
    return Pipeline.load(
        ModelFiles.bundled(), features, EnumSet.allOf(CueKind.class), () -> CANNED);
  }

  /** Records the stages it sees and the sentence count. */
  private static final class Recorder implements StageProbe {
    final List<Stage> stages = new ArrayList<>();
    int sentences = -1;

    @Override
    public void stageDone(Stage stage, long nanos) {
      assertTrue(nanos >= 0);
      stages.add(stage);
    }

    @Override
    public void documentDone(int count) {
      sentences = count;
    }
  }

  @Test
  void allFeaturesRunEveryStageInOrder() {
    Recorder r = new Recorder();
    Extraction x = pipeline(EnumSet.allOf(Feature.class)).run("any text", false, r);
    assertEquals(List.of(Stage.values()), r.stages);
    assertEquals(2, r.sentences);
    assertTrue(x.entities().size() >= 2, x.entities().toString());
  }

  @Test
  void entitiesOnlySkipsQuotesAndRelations() {
    Recorder r = new Recorder();
    Extraction x = pipeline(EnumSet.noneOf(Feature.class)).run("any text", false, r);
    assertEquals(List.of(Stage.ANALYZE, Stage.FURNITURE, Stage.ENTITIES, Stage.PARSE), r.stages);
    assertEquals(List.of(), x.quotes());
    assertEquals(List.of(), x.relations());
  }

  @Test
  void anInterruptedCancellableRunStopsBeforeTheFirstStage() {
    Pipeline p = pipeline(EnumSet.allOf(Feature.class));
    Recorder r = new Recorder();
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> p.run("any text", true, r));
      assertEquals(List.of(), r.stages);
      p.run("any text", false, r); // not cancellable: the interrupt is left to the caller
      assertEquals(List.of(Stage.values()), r.stages);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void unchangedCueKindsKeepThePipeline() {
    Pipeline p = pipeline(EnumSet.allOf(Feature.class));
    assertSame(p, p.withCueKinds(EnumSet.allOf(CueKind.class)));
    assertThrows(IllegalArgumentException.class, () -> p.run(" \n", false, StageProbe.NONE));
  }
}
