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
}
