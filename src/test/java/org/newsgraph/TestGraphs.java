package org.newsgraph;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * Derived instances for tests whose premise is a slow or failing stage: the shared models with an
 * injected stage in front of the analyzer, so that such tests do not depend on how fast the
 * machine runs the real pipeline.
 */
public final class TestGraphs {

  private TestGraphs() {}

  /** {@code graph} with its analyzer replaced by {@code wrap} of it. */
  public static NewsGraph withAnalyzer(NewsGraph graph, UnaryOperator<TextAnalyzer> wrap) {
    return graph.withAnalyzer(wrap);
  }

  /** {@code graph} whose analysis runs {@code stage} first on every text that {@code when} accepts. */
  public static NewsGraph withStage(NewsGraph graph, Predicate<String> when, Runnable stage) {
    return graph.withAnalyzer(
        real ->
            new TextAnalyzer() {
              @Override
              public AnalyzedText analyze(String text) {
                if (when.test(text)) {
                  stage.run();
                }
                return real.analyze(text);
              }

              @Override
              public Sentence parse(Sentence sentence) {
                return real.parse(sentence);
              }
            });
  }
}
