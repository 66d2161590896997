package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.ModelFile;
import org.newsgraph.SectorId;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.TestTexts;

/** The sector taxonomy: the guideline's 20 ids, matching, names, and data errors. */
class SectorTaxonomyTest {

  private static final SectorTaxonomy BUNDLED = SectorTaxonomy.fromLines(ModelFiles.bundled().lines(ModelFile.SECTORS));

  private static List<String> found(SectorTaxonomy taxonomy, String words, String tags) {
    AnalyzedText t = TestTexts.sentence(words, tags, tags.replaceAll("\\S+", "O"));
    return taxonomy.find(t.sentences().get(0)).stream()
        .map(m -> m.sector() + ":" + t.span(t.sentences().get(0), m.start(), m.end() - 1).text())
        .collect(Collectors.toList());
  }

  @Test
  void bundledFileHasTheTwentyGuidelineSectors() {
    Set<String> ids = BUNDLED.sectors().stream().map(SectorTaxonomy.Sector::id).collect(Collectors.toSet());
    assertEquals(Set.of("semiconductors", "automotive", "shipbuilding", "steel", "critical-minerals",
        "metals-mining", "energy", "clean-energy", "batteries", "electronics", "digital-economy",
        "advanced-manufacturing", "agriculture", "finance", "aerospace", "pharmaceuticals", "textiles",
        "chemicals", "defence", "transport-logistics"), ids);
  }

  @Test
  void sectorOfATermIsTheOneItsLineGivesInAnyCase() {
    assertEquals(Optional.of(new SectorId("finance")), BUNDLED.sectorOfTerm("Currency"));
    assertEquals(Optional.of(new SectorId("automotive")), BUNDLED.sectorOfTerm("carmaker"));
    assertEquals(Optional.empty(), BUNDLED.sectorOfTerm("greenhouse gas")); // listed, but no sector
    assertEquals(Optional.empty(), BUNDLED.sectorOfTerm("tourism"));
  }

  @Test
  void findsTermsLongestFirstIncludingHyphenatedPartsAndIndustryNouns() {
    assertEquals(List.of("advanced-manufacturing:high - end manufacturing", "clean-energy:low - carbon",
            "automotive:carmaker", "shipbuilding:ship manufacturing"),
        found(BUNDLED, "high - end manufacturing , low - carbon projects , a carmaker and ship manufacturing",
            "JJ HYPH NN NN , JJ HYPH NN NNS , DT NN CC NN NN"));
  }

  @Test
  void titleCaseWordInsideASentenceIsPartOfANameButAcronymsAndSentenceStartsAreTerms() {
    assertEquals(List.of(), found(BUNDLED, "the Chips and Science Act", "DT NNPS CC NNP NNP"));
    assertEquals(List.of("automotive:EVs"), found(BUNDLED, "sales of EVs", "NNS IN NNPS"));
    assertEquals(List.of("semiconductors:Chips"), found(BUNDLED, "Chips are scarce", "NNS VBP JJ"));
  }

  @Test
  void wireCopyCapitalAfterADottedAbbreviationIsATermUnlessANameGoesOn() {
    assertEquals(List.of("agriculture:Wheat"),
        found(BUNDLED, "sales of U.S. Wheat rose", "NNS IN NNP NNP VBD"));
    assertEquals(List.of(), found(BUNDLED, "the U.S. Agriculture Department said", "DT NNP NNP NNP VBD"));
  }

  @Test
  void sectorMappingOfTheAnnotationConventions() {
    assertEquals(List.of("agriculture:livestock", "aerospace:helicopters", "automotive:motorcycles",
            "energy:oil rigs"),
        found(BUNDLED, "livestock , helicopters , motorcycles and oil rigs", "NN , NNS , NNS CC NN NNS"));
  }

  @Test
  void commodityVocabularyOfTheFourteenthRound() {
    assertEquals(List.of("agriculture:avocados", "agriculture:pistachio nuts", "agriculture:rubber",
            "energy:kerosene", "metals-mining:bullion", "critical-minerals:coltan", "textiles:carpets"),
        found(BUNDLED, "avocados , pistachio nuts , rubber , kerosene , bullion , coltan and carpets",
            "NNS , NN NNS , NN , NN , NN , NN CC NNS"));
    assertEquals(List.of("energy:power cuts", "defence:military spending", "finance:put options"),
        found(BUNDLED, "power cuts , military spending and put options", "NN NNS , JJ NN CC VB NNS"));
  }

  @Test
  void aCommodityWordInAnotherSenseIsNoTerm() {
    assertEquals(List.of(), found(BUNDLED, "it sounds nuts", "PRP VBZ JJ"));
    assertEquals(List.of(), found(BUNDLED, "police fired rubber bullets", "NNS VBD NN NNS"));
    assertEquals(List.of(), found(BUNDLED, "a rubber stamp parliament", "DT NN NN NN"));
    assertEquals(List.of(), found(BUNDLED, "the machinery of fear grew", "DT NN IN NN VBD"));
    assertEquals(List.of(), found(BUNDLED, "a copper - colored cone", "DT NN HYPH JJ NN"));
    assertEquals(List.of("advanced-manufacturing:machinery"), found(BUNDLED, "imports of machinery", "NNS IN NN"));
  }

  @Test
  void phrasesListedAsNotASectorHideTheShorterTerm() {
    assertEquals(List.of(), found(BUNDLED, "cut greenhouse gas emissions", "VB NN NN NNS"));
    assertEquals(List.of("energy:gas"), found(BUNDLED, "cut gas exports", "VB NN NNS"));
  }

  @Test
  void anExtraLineAddsASectorOrATermToABundledOne() {
    List<DataLine> lines = new java.util.ArrayList<>(ModelFiles.bundled().lines(org.newsgraph.ModelFile.SECTORS));
    lines.add(new DataLine("extra.tsv", 1, ImmutableList.of("space-tourism", "Space tourism", "space tourism")));
    lines.add(new DataLine("extra.tsv", 2, ImmutableList.of("semiconductors", "", "gpu|gpus")));
    SectorTaxonomy extended = SectorTaxonomy.fromLines(lines);
    assertEquals(List.of("space-tourism:space tourism", "semiconductors:gpus"),
        found(extended, "space tourism and gpus", "NN NN CC NNS"));
  }

  @Test
  void aTermGivenToTwoSectorsFailsNamingFileAndLine() {
    ModelFileException e = assertThrows(ModelFileException.class, () -> SectorTaxonomy.fromLines(List.of(
        new DataLine("a.tsv", 3, ImmutableList.of("steel", "Steel", "steel")),
        new DataLine("a.tsv", 4, ImmutableList.of("metals-mining", "Metals", "steel")))));
    assertTrue(e.getMessage().startsWith("a.tsv:4: term 'steel'"), e.getMessage());
  }

  @Test
  void aBadIdOrANewSectorWithoutLabelFails() {
    assertThrows(ModelFileException.class, () -> SectorTaxonomy.fromLines(List.of(
        new DataLine("a.tsv", 1, ImmutableList.of("Steel", "Steel", "steel")))));
    assertThrows(ModelFileException.class, () -> SectorTaxonomy.fromLines(List.of(
        new DataLine("a.tsv", 1, ImmutableList.of("steel", "", "steel")))));
  }

  @Test
  void noTermIsGivenTwiceInTheBundledFile() {
    Set<String> seen = new HashSet<>();
    for (DataLine l : ModelFiles.bundled().lines(org.newsgraph.ModelFile.SECTORS)) {
      for (int f = 2; f <= 3; f++) {
        for (String term : l.listField(f)) {
          assertTrue(seen.add(term), "duplicate term " + term + " at " + l.source() + ":" + l.lineNumber());
        }
      }
    }
  }
}
