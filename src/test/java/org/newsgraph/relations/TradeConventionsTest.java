package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;

/**
 * The guideline's annotation conventions on agreements, restraint, suppliers and trade growth: on
 * hand-tagged, unparsed sentences invented for these tests (no model), one pattern per test.
 */
class TradeConventionsTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  private static Set<String> relations(String tagged) {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(LinearRulesTest.unparsed(tagged), ResolvedEntities.none(),
        List.of())) {
      out.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return out;
  }

  @Test
  void aPactBetweenTwoNamedCountriesIsCooperationBothWays() {
    assertEquals(Set.of("CL metals-mining COOPERATION PE", "PE metals-mining COOPERATION CL"),
        relations("Peru/NNP and/CC Chile/NNP signed/VBD/sign a/DT copper/NN pact/NN ./."));
  }

  @Test
  void aPactWithOnePartyNamedTypesNothing() {
    assertEquals(Set.of("CL metals-mining ACTIVITY -"),
        relations("Chile/NNP signed/VBD/sign a/DT copper/NN pact/NN ./."));
  }

  @Test
  void aRestraintOnOnesOwnExportsIsRestriction() {
    assertEquals(Set.of("JP automotive RESTRICTION -"),
        relations("Japan/NNP agreed/VBD/agree to/TO limit/VB/limit car/NN exports/NNS/export ./."));
  }

  @Test
  void theSubjectOfACopulaOwnsWhatAnotherCountryPossesses() {
    assertEquals(Set.of("PE metals-mining ACTIVITY JP"),
        relations("Peru/NNP is/VBZ/be Japan/NNP 's/POS main/JJ copper/NN supplier/NN ./."));
    // a lead has no counterpart (convention 2)
    assertEquals(Set.of("PE metals-mining ADVANTAGE -"),
        relations("Peru/NNP is/VBZ/be now/RB Japan/NNP 's/POS largest/JJS copper/NN supplier/NN ./."));
  }

  @Test
  void aPossessorWithoutACopulaSubjectStaysTheOwner() {
    assertEquals(Set.of("JP metals-mining ACTIVITY -"),
        relations("Japan/NNP 's/POS copper/NN supplier/NN changed/VBD/change ./."));
  }

  @Test
  void growingTradeIsActivityNotInvestment() {
    assertEquals(Set.of("VN agriculture ACTIVITY IQ"),
        relations("Vietnam/NNP is/VBZ/be expanding/VBG/expand its/PRP$ rice/NN exports/NNS/export "
            + "to/TO Iraq/NNP ./."));
  }

  @Test
  void growingOutputStaysInvestment() {
    assertEquals(Set.of("CL metals-mining INVESTMENT -"),
        relations("Chile/NNP will/MD expand/VB/expand its/PRP$ copper/NN output/NN ./."));
  }

  @Test
  void theCountrySuppliedIsTheCounterpartOfTheSupplier() {
    assertEquals(Set.of("BR agriculture ACTIVITY EG"),
        relations("Brazil/NNP will/MD supply/VB/supply Egypt/NNP with/IN sugar/NN ./."));
  }

  @Test
  void aListOfCountriesKeepsMembersAfterADeterminer() {
    assertEquals(Set.of("AR agriculture ACTIVITY -", "CA agriculture ACTIVITY -",
            "EU agriculture ACTIVITY -", "US agriculture ACTIVITY -"),
        relations("Grain/NN exporters/NNS/exporter -/: Argentina/NNP ,/, Canada/NNP ,/, the/DT "
            + "United/NNP States/NNPS and/CC the/DT European/NNP Union/NNP"));
  }

  @Test
  void aCountryBeforeAVerbIsNoModifierOfAStanceWord() {
    assertEquals(Set.of("KE agriculture DECLINE -", "UG agriculture DECLINE -"),
        relations("Coffee/NN output/NN in/IN Uganda/NNP and/CC Kenya/NNP fell/VBD/fall ./."));
  }

  @Test
  void aFlowNounAsSubjectOfAGrowthVerbIsActivityWithItsDestination() {
    assertEquals(Set.of("TH agriculture ACTIVITY CN"),
        relations("Shipments/NNS/shipment of/IN Thai/JJ rice/NN to/TO China/NNP will/MD rise/VB/rise "
            + "sharply/RB ./."));
  }

  @Test
  void theGovernmentGoesOnAboutTheHeadlinesCountryAndSector() {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(ParsedTexts.of(
            LinearRulesTest.tagged("CHILE/NNP TO/TO CURB/VB/curb COPPER/NN EXPORTS/NNS/export"),
            LinearRulesTest.tagged("The/DT government/NN will/MD limit/VB/limit shipments/NNS/shipment "
                + "this/DT year/NN ./.")),
        ResolvedEntities.none(), List.of())) {
      out.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.evidence().start());
    }
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.stream().allMatch(r -> r.startsWith("CL metals-mining RESTRICTION")), out.toString());
  }

  @Test
  void aPronounAloneCarriesNoSector() {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(ParsedTexts.of(
            LinearRulesTest.tagged("CHILE/NNP TO/TO CURB/VB/curb COPPER/NN EXPORTS/NNS/export"),
            LinearRulesTest.tagged("It/PRP will/MD limit/VB/limit shipments/NNS/shipment ./.")),
        ResolvedEntities.none(), List.of())) {
      out.add(r.country() + " " + r.evidence().start());
    }
    assertEquals(1, out.size(), out.toString());
  }

  @Test
  void anInvestmentAbroadNamesItsHostPastTheVerbsObject() {
    assertEquals(Set.of("DE automotive INVESTMENT HU"),
        relations("German/JJ carmakers/NNS/carmaker will/MD build/VB/build a/DT new/JJ plant/NN in/IN "
            + "Hungary/NNP ./."));
  }

  @Test
  void theBuyerOfACountrysGoodsOwnsThePurchaseAndTheSellerGetsItsMirror() {
    assertEquals(Set.of("CL agriculture ACTIVITY KR", "KR agriculture ACTIVITY CL"),
        relations("Koreans/NNPS are/VBP/be the/DT biggest/JJS buyers/NNS/buyer of/IN Chilean/JJ "
            + "salmon/NN ./."));
  }

  @Test
  void aVerbSharingATermsLemmaIsNoSectorTerm() {
    assertEquals(Set.of("BR agriculture ACTIVITY -"),
        relations("Brazil/NNP shipped/VBD/ship more/JJR coffee/NN ./."));
  }
}
