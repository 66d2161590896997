package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsGraphSmokeTest {

  @Test
  void nullTextIsRejectedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SharedPipeline.get().extract(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void blankTextGivesEmptyResult() {
    assertEquals(Extraction.empty(), SharedPipeline.get().extract("  \n\t "));
  }

  @Test
  void seedArticleRuns() {
    Extraction x = SharedPipeline.get().extract(SharedPipeline.seed());
    assertTrue(!x.entities().isEmpty(), "the seed article has entities");
  }

  @Test
  void theWarmUpSwitchChangesNoResult() {
    NewsGraph cold = NewsGraph.builder().warmUp(false).build();
    String text =
        "Lena Ortiz, a trade minister, said on Monday that Chile and Peru compete in copper.\n\n"
            + "\u201cWe will open two more mines,\u201d she told reporters in Lima.";
    assertEquals(SharedPipeline.get().extract(text), cold.extract(text));
  }
}
