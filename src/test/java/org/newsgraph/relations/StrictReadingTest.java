package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.relations.WireCopyPatternsTest.relations;
import static org.newsgraph.relations.WireCopyPatternsTest.relationsInOneParagraph;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fifth round's patterns (a strict reading of the guideline's conventions on unseen newswire):
 * what is no claim, which type a clause gives, and how far a pronoun reaches. On hand-tagged,
 * unparsed sentences written for these tests (no model).
 */
class StrictReadingTest {

  @Test
  void theBarePronounItReachesOnlyIntoTheSentenceBefore() {
    assertEquals(Set.of("CL metals-mining ACTIVITY -"),
        relationsInOneParagraph(
            "Chile/NNP held/VBD/hold a/DT vote/NN ./.",
            "It/PRP also/RB sells/VBZ/sell copper/NN ./."));
    assertEquals(Set.of(),
        relationsInOneParagraph(
            "Chile/NNP held/VBD/hold a/DT vote/NN ./.",
            "The/DT new/JJ plant/NN was/VBD/be opened/VBN/open ./.",
            "It/PRP also/RB sells/VBZ/sell copper/NN ./."));
  }

  @Test
  void alternativeEnergyIsCleanEnergy() {
    assertEquals(Set.of("PE clean-energy ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Peru/NNP uses/VBZ/use alternative/JJ energy/NN in/IN villages/NNS/village ./."));
  }

  @Test
  void drugCrimeMedicalInsuranceAndFiguresOfSpeechAreNoSectorTerms() {
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Police/NNS in/IN Bolivia/NNP arrested/VBD/arrest a/DT drug/NN trafficker/NN ./."));
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Few/JJ people/NNS in/IN Chad/NNP have/VBP/have medical/JJ insurance/NN ./."));
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "The/DT scandal/NN could/MD chip/VB away/RP at/IN the/DT Peruvian/JJ mayor/NN 's/POS "
                + "support/NN ./."));
  }

  @Test
  void challengesFacingACountryAreDifficultiesNoCompetition() {
    assertEquals(Set.of("LB energy ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "He/PRP spoke/VBD/speak of/IN the/DT challenges/NNS/challenge facing/VBG/face "
                + "Lebanon/NNP 's/POS power/NN sector/NN ./."));
  }

  @Test
  void anIndustryCalledOneOfTheWorldsLargestIsANationalLead() {
    assertEquals(Set.of("NO agriculture ADVANTAGE -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Norway/NNP 's/POS fishing/NN industry/NN ,/, one/CD of/IN the/DT world/NN 's/POS "
                + "largest/JJS ,/, hired/VBD/hire more/JJR staff/NN ./."));
  }

  @Test
  void helpingAnotherCountryBuildIsCooperation() {
    assertEquals(Set.of("RU energy COOPERATION YE", "YE energy COOPERATION RU"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Russia/NNP will/MD help/VB Yemen/NNP build/VB an/DT oil/NN pipeline/NN ./."));
  }

  @Test
  void theSultanateAndThatCountryReferBackToACountry() {
    assertEquals(Set.of("OM agriculture ACTIVITY -"),
        relationsInOneParagraph(
            "Oman/NNP held/VBD/hold a/DT fair/NN ./.",
            "The/DT Sultanate/NNP exports/VBZ/export fish/NN ./."));
    assertEquals(Set.of("PE metals-mining ACTIVITY -"),
        relationsInOneParagraph(
            "Peru/NNP held/VBD/hold a/DT vote/NN ./.",
            "That/DT country/NN mines/VBZ/mine copper/NN ./."));
  }

  @Test
  void cryptocurrencyPostalServicesAndDefenceTechnologyHaveTheirSectors() {
    assertEquals(Set.of("NA finance ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Namibia/NNP opened/VBD/open its/PRP$ first/JJ cryptocurrency/NN exchange/NN ./."));
    assertEquals(Set.of("KE transport-logistics ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Kenya/NNP 's/POS postal/JJ sector/NN grew/VBD/grow ./."));
    assertEquals(Set.of("TR defence ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Turkey/NNP showed/VBD/show its/PRP$ defence/NN technology/NN ./."));
  }

  @Test
  void theCountryALossGoesToGainsTheLead() {
    assertEquals(Set.of("BR agriculture DECLINE -", "VN agriculture ADVANTAGE -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Brazil/NNP lost/VBD/lose ground/NN in/IN coffee/NN to/TO Vietnam/NNP ./."));
    assertEquals(Set.of("CL metals-mining DECLINE -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Chile/NNP 's/POS copper/NN exports/NNS/export fell/VBD/fall to/TO Japan/NNP ./."));
  }

  @Test
  void aCountryInTheDatelineOrNamedForOneOfItsPartsIsAPlace() {
    assertEquals(Set.of(),
        relations("NAIROBI/NNP ,/, KENYA/NNP ,/, May/NNP 2/CD -/: Herders/NNS/herder sold/VBD/sell "
            + "their/PRP$ cattle/NNS/cattle ./."));
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "In/IN Kenya/NNP 's/POS arid/JJ and/CC dry/JJ north/NN ,/, herders/NNS/herder "
                + "sold/VBD/sell cattle/NNS/cattle ./."));
    assertEquals(Set.of("KE agriculture ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Kenya/NNP 's/POS herders/NNS/herder sold/VBD/sell cattle/NNS/cattle ./."));
  }

  @Test
  void shippingContainersAreBoxesAndACountryPassedThroughIsAPlace() {
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "The/DT train/NN carried/VBD/carry Iranian/JJ shipping/NN containers/NNS/container ./."));
  }

  @Test
  void takingAdvantageOfSomethingIsNoLead() {
    assertEquals(Set.of("GH agriculture ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Ghana/NNP urged/VBD/urge investors/NNS/investor to/TO take/VB full/JJ advantage/NN "
                + "of/IN its/PRP$ cocoa/NN ./."));
  }

  @Test
  void aDirectionBeforeACountryOrAnInvadedCountryIsNoParty() {
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Herders/NNS/herder in/IN northern/JJ Kenya/NNP lost/VBD/lose cattle/NNS/cattle ./."));
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "After/IN Russia/NNP invaded/VBD/invade Ukraine/NNP ,/, farmers/NNS/farmer "
                + "grew/VBD/grow maize/NN ./."));
  }

  @Test
  void oneOwnedObjectOrAnEnginesFuelIsNoSectorClaim() {
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "A/DT Canadian/JJ man/NN bought/VBD/buy a/DT used/VBN/use car/NN ./."));
    assertEquals(Set.of("CA automotive ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Canada/NNP 's/POS car/NN exports/NNS/export rose/VBD/rise ./."));
    assertEquals(Set.of("CL defence ACTIVITY -"),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Chile/NNP operates/VBZ/operate four/CD diesel-electric/JJ submarines/NNS/submarine ./."));
  }

  @Test
  void aCommonNeedOrARestrictionOfSomethingElseCarriesNoSector() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"),
        relationsInOneParagraph(
            "Kenya/NNP grows/VBZ/grow wheat/NN ./.",
            "Uganda/NNP needs/VBZ/need more/JJR rain/NN ./."));
    assertEquals(Set.of("DZ energy ACTIVITY -"),
        relationsInOneParagraph(
            "Algeria/NNP exports/VBZ/export gas/NN ./.",
            "Peru/NNP imposed/VBD/impose restrictions/NNS/restriction on/IN public/JJ protests/NNS/protest ./."));
    assertEquals(Set.of("DZ energy ACTIVITY -", "PE energy RESTRICTION -"),
        relationsInOneParagraph(
            "Algeria/NNP exports/VBZ/export gas/NN ./.",
            "Peru/NNP imposed/VBD/impose restrictions/NNS/restriction on/IN imports/NNS/import ./."));
  }

  @Test
  void itSaidNamesTheSourceNoCountry() {
    assertEquals(Set.of("PE agriculture ACTIVITY -"),
        relationsInOneParagraph(
            "Peru/NNP grows/VBZ/grow wheat/NN ./.",
            "Wheat/NN output/NN will/MD shrink/VB/shrink ,/, it/PRP said/VBD/say ./."));
  }

  @Test
  void layingDownArmsIsNoDefenceClaim() {
    assertEquals(Set.of(),
        relations("Trade/NN was/VBD/be calm/JJ ./.",
            "Chad/NNP 's/POS army/NN laid/VBD/lay down/RP its/PRP$ arms/NNS/arm ./."));
  }
}
