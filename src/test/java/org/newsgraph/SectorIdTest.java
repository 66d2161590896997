package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.SectorTaxonomy;

/** Sector ids: their form, and the taxonomy refusing an id it does not define. */
class SectorIdTest {

  private static final SectorTaxonomy TAXONOMY = SectorTaxonomy.fromLines(ModelFiles.bundled().lines(ModelFile.SECTORS));

  @Test
  void wellFormedIdIsItsOwnText() {
    SectorId id = new SectorId("clean-energy");
    assertEquals("clean-energy", id.toString());
    assertEquals(id, TAXONOMY.id("clean-energy"));
  }

  @Test
  void malformedIdFailsNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SectorId("Clean Energy"));
    assertTrue(e.getMessage().contains("(Clean Energy)"), e.getMessage());
  }

  @Test
  void idOutsideTheTaxonomyFailsNamingTheValueAndTheKnownIds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TAXONOMY.id("space-tourism"));
    assertTrue(e.getMessage().contains("(space-tourism)"), e.getMessage());
    assertTrue(e.getMessage().contains("semiconductors"), e.getMessage());
  }

  @Test
  void everyTaxonomySectorIsAnId() {
    for (SectorTaxonomy.Sector s : TAXONOMY.sectors()) {
      assertEquals(s.id(), TAXONOMY.id(s.id()).id());
    }
  }
}
