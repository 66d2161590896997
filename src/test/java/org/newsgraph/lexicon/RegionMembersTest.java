package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The region adjectives' member countries, on lines written here and on the bundled file. */
class RegionMembersTest {

  @Test
  void aLaterLineAddsMembersAndCaseDoesNotMatter() {
    RegionMembers r = RegionMembers.fromLines(List.of(
        new DataLine("r.tsv", 1, ImmutableList.of("Nordic", "NO|SE")),
        new DataLine("r.tsv", 2, ImmutableList.of("nordic", "FI"))));
    assertEquals(List.of("NO", "SE", "FI"), r.members("NORDIC").orElseThrow().asList());
    assertEquals(Optional.empty(), r.members("arctic"));
  }

  @Test
  void aCodeThatIsNoAlphaTwoCodeFailsWithItsLine() {
    ModelFileException e = assertThrows(ModelFileException.class, () -> RegionMembers.fromLines(
        List.of(new DataLine("r.tsv", 4, ImmutableList.of("nordic", "Norway")))));
    assertTrue(e.getMessage().contains("r.tsv:4"), e.getMessage());
    assertTrue(e.getMessage().contains("Norway"), e.getMessage());
  }

  @Test
  void theBundledFileKnowsTheContinents() {
    RegionMembers r = RegionMembers.load(ModelFiles.bundled());
    assertTrue(r.members("european").orElseThrow().contains("GR"));
    assertTrue(r.members("south american").orElseThrow().contains("PE"));
    assertTrue(!r.members("asian").orElseThrow().contains("GR"));
  }
}
