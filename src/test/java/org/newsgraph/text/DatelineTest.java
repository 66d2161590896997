package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Model-free checks of {@link Dateline} on hand-tagged sentences of our own. */
class DatelineTest {

  private static int dashOf(String words, String tags) {
    String ner = "O ".repeat(words.split(" ").length).trim();
    AnalyzedText t = TestTexts.sentence(words, tags, ner);
    return Dateline.dashAt(t, t.sentences().get(0));
  }

  @Test
  void aPlaceDateAndOutletBeforeADashOpenTheText() {
    assertEquals(5, dashOf("LIMA , ( Wire ) — Farmers sold more maize .",
        "NNP , ( NNP ) : NNS VBD JJR NN ."));
  }

  @Test
  void aSpacedHyphenEndsADateline() {
    assertEquals(1, dashOf("QUITO - The port reopened on Monday .", "NNP : DT NN VBD IN NNP ."));
  }

  @Test
  void anAllCapitalsHeadlineWithItsSourceIsNoDateline() {
    assertEquals(-1, dashOf("FROST CUTS PERU COFFEE CROP - TRADE REPORT",
        "NNP NNP NNP NNP NNP : NNP NNP"));
  }

  @Test
  void aSentenceOfTheBodyIsNoDateline() {
    assertEquals(-1, dashOf("Farmers in Peru - most of them small - sold maize .",
        "NNS IN NNP : JJS IN PRP JJ : VBD NN ."));
  }
}
