package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.SharedPipeline;
import org.newsgraph.eval.BratAttributions.Document;
import org.newsgraph.eval.BratAttributions.Gold;
import org.newsgraph.eval.BratAttributions.Range;
import org.newsgraph.eval.QuoteEvaluation.Predicted;
import org.newsgraph.eval.QuoteEvaluation.Score;

/** The brat reader and the quote scores, on testdata/brat (written for this test). */
class QuoteEvaluationTest {

  private static final Path DIR = Path.of("testdata", "brat");

  @Test
  void readsDiscontinuousContentAndAttributionsWithoutSource() throws IOException {
    ImmutableList<Document> docs = BratAttributions.corpus(DIR, Integer.MAX_VALUE);
    assertEquals(1, docs.size());
    Document d = docs.get(0);
    assertTrue(d.annotations().getFileName().toString().endsWith("_aa.ann"),
        "the first annotator's file in sorted order");
    assertEquals(4, d.gold().size());
    Gold split = d.gold().get(1);
    assertEquals(2, split.content().size());
    assertEquals("Ruiz", d.text().substring(split.source().get(0).start(),
        split.source().get(0).end()));
    assertTrue(d.gold().get(3).source().isEmpty());
    assertEquals("The plan", d.text().substring(d.gold().get(3).content().get(0).start(),
        d.gold().get(3).content().get(0).end()));
  }

  @Test
  void limitCutsTheCorpus() throws IOException {
    assertEquals(0, BratAttributions.corpus(DIR, 0).size());
  }

  @Test
  void coverageThresholdsAndOneToOneMatching() {
    Gold g = new Gold(ImmutableList.of(new Range(0, 100)), ImmutableList.of(),
        ImmutableList.of(new Range(200, 210)));
    Predicted third = new Predicted(List.of(new Range(0, 35)), Optional.of(new Range(205, 208)));
    Predicted most = new Predicted(List.of(new Range(10, 95)), Optional.of(new Range(300, 305)));
    Score s30 = QuoteEvaluation.score(List.of(g), List.of(third, most), 0.3);
    assertEquals(new Score(1, 2, 1, 1, 0), s30, "best coverage wins; its speaker misses");
    Score onlyThird30 = QuoteEvaluation.score(List.of(g), List.of(third), 0.3);
    assertEquals(new Score(1, 1, 1, 1, 1), onlyThird30);
    Score onlyThird80 = QuoteEvaluation.score(List.of(g), List.of(third), 0.8);
    assertEquals(new Score(1, 1, 0, 0, 0), onlyThird80);
    assertEquals(0.5, s30.precision(), 1e-9);
    assertEquals(1.0, s30.recall(), 1e-9);
    assertEquals(2 / 3.0, s30.f1(), 1e-9);
  }

  @Test
  void discontinuousGoldIsCoveredByQuotesSharingACue() {
    Gold g = new Gold(ImmutableList.of(new Range(0, 10), new Range(20, 30)), ImmutableList.of(),
        ImmutableList.of());
    Predicted both = new Predicted(List.of(new Range(0, 10), new Range(20, 30)),
        Optional.empty());
    assertEquals(new Score(1, 1, 1, 0, 0), QuoteEvaluation.score(List.of(g), List.of(both), 0.8));
  }

  @Test
  void endToEndOnTheSampleWithTheSharedPipeline() throws IOException {
    ImmutableList<Document> docs = BratAttributions.corpus(DIR, Integer.MAX_VALUE);
    QuoteEvaluation.Report r = QuoteEvaluation.evaluate(docs, SharedPipeline.get());
    Score s = r.scores().get(0);
    assertEquals(4, s.gold());
    assertTrue(s.matched() >= 3, s::toString);
    assertEquals(s.withSource(), s.speakerRight(), s::toString);
    assertTrue(r.characters() > 0);
  }

  @Test
  void usageErrorWithoutAFolder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = QuoteEvaluation.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("usage"));
  }
}
