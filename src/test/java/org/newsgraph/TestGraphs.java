package org.newsgraph;

import java.util.concurrent.CountDownLatch;
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

  /**
   * {@code graph} whose analysis of a text containing {@code marker} stalls until its thread is
   * interrupted (then counts {@code interrupted} down, keeps the interrupt and goes on): a document
   * over any time budget, on any machine.
   */
  public static NewsGraph stallingOn(NewsGraph graph, String marker, CountDownLatch interrupted) {
    return withStage(
        graph,
        text -> text.contains(marker),
        () -> {
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
          }
        });
  }
}
