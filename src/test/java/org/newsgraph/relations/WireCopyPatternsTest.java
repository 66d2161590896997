package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * The patterns of real wire copy that the relation rules handle beyond the trigger-first rules: on
 * hand-tagged, unparsed sentences written for these tests (no model). Each test holds one pattern;
 * the sentences are invented.
 */
class WireCopyPatternsTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  /** Sentences in one paragraph each (the first one a headline). */
  static Set<String> relations(String... sentences) {
    return relationsOf(ParsedTexts.of(java.util.Arrays.stream(sentences).map(LinearRulesTest::tagged)
        .toArray(String[]::new)));
  }

  /** One body sentence under a headline that names no country and no sector. */
  private static Set<String> afterCalmHeadline(String body) {
    return relations("Trade/NN was/VBD/be calm/JJ ./.", body);
  }

  /** Sentences of one paragraph. */
  static Set<String> relationsInOneParagraph(String... sentences) {
    return relationsOf(ParsedTexts.inOneParagraph(java.util.Arrays.stream(sentences)
        .map(LinearRulesTest::tagged).toArray(String[]::new)));
  }

  private static Set<String> relationsOf(AnalyzedText text) {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(text, ResolvedEntities.none(), List.of())) {
      out.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return out;
  }

  @Test
  void aHyphenatedPairNamesBothCountries() {
    assertEquals(Set.of("JP semiconductors COOPERATION US", "US semiconductors COOPERATION JP"),
        relations("The/DT U.S.-Japan/NNP cooperation/NN in/IN chips/NNS/chip deepened/VBD/deepen ./."));
    assertEquals(Set.of("CN clean-energy COOPERATION US", "US clean-energy COOPERATION CN"),
        relations("Sino-US/JJ cooperation/NN on/IN solar/NN power/NN grew/VBD/grow ./."));
  }

  @Test
  void aWordWithOneCountryAndAnotherWordIsNoPair() {
    assertEquals(Set.of("CN automotive ACTIVITY -"),
        relations("Chinese-made/JJ cars/NNS/car sold/VBD/sell well/RB ./."));
  }

  @Test
  void theSectorOfTheSentenceBeforeIsCarriedToAFlowWord() {
    assertEquals(Set.of("KE agriculture ACTIVITY -", "KE agriculture ACTIVITY NL"),
        relationsInOneParagraph(
            "Kenya/NNP expects/VBZ/expect a/DT record/JJ wheat/NN harvest/NN this/DT year/NN ./.",
            "Kenya/NNP will/MD raise/VB/raise exports/NNS/export to/TO the/DT Netherlands/NNP ./."));
  }

  @Test
  void aCarriedFlowWordWhoseOnlyCountryIsItsPartnerBelongsToTheEarlierCountry() {
    assertEquals(Set.of("CO agriculture ACTIVITY PE", "PE agriculture ACTIVITY -", "PE agriculture ACTIVITY CO"),
        relationsInOneParagraph(
            "Peru/NNP expects/VBZ/expect a/DT smaller/JJR maize/NN harvest/NN ./.",
            "Imports/NNS/import from/IN Colombia/NNP are/VBP/be estimated/VBN/estimate at/IN "
                + "40,000/CD tonnes/NNS/tonne ./."));
  }

  @Test
  void theHeadlinesSectorIsCarriedIntoTheFirstSentences() {
    assertEquals(Set.of("GH agriculture DECLINE -", "GH agriculture ACTIVITY DE"),
        relations(
            "GHANA/NNP COCOA/NN OUTPUT/NN SLUMPS/VBZ/slump",
            "Ghana/NNP sold/VBD/sell less/JJR to/TO Germany/NNP this/DT season/NN ,/, traders/NNS/trader "
                + "said/VBD/say ./."));
  }

  @Test
  void noSectorIsCarriedWithoutAFlowWord() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"),
        relationsInOneParagraph(
            "Kenya/NNP expects/VBZ/expect a/DT record/JJ wheat/NN harvest/NN this/DT year/NN ./.",
            "The/DT Netherlands/NNP held/VBD/hold elections/NNS/election ./."));
  }

  @Test
  void aBuyerOfACountrysGoodsMirrorsTheSellersActivity() {
    assertEquals(Set.of("JP agriculture ACTIVITY US", "US agriculture ACTIVITY JP"),
        relations("Japan/NNP is/VBZ/be the/DT main/JJ buyer/NN of/IN U.S./NNP sorghum/NN and/CC "
            + "wheat/NN ./."));
    assertEquals(Set.of("EG agriculture ACTIVITY RU", "RU agriculture ACTIVITY EG"),
        relations("Egypt/NNP agreed/VBD/agree to/TO buy/VB/buy Russian/JJ wheat/NN ./."));
  }

  @Test
  void anExporterGetsNoMirror() {
    assertEquals(Set.of("AU energy ACTIVITY IN"),
        relations("Australia/NNP exports/VBZ/export coal/NN to/TO India/NNP ./."));
  }

  @Test
  void aNationalSuperlativeOfTradeIsALead() {
    assertEquals(Set.of("VN agriculture ADVANTAGE -"),
        relations("Vietnam/NNP is/VBZ/be the/DT second/JJ largest/JJS rice/NN exporter/NN ./."));
  }

  @Test
  void aCountrysIndustryIsItsActivityUnlessTheClauseRestrictsIt() {
    Set<String> invest = relations(
        "Qatar/NNP will/MD invest/VB/invest in/IN the/DT Egyptian/JJ gas/NN sector/NN ./.");
    assertTrue(invest.contains("EG energy ACTIVITY -"), invest.toString());
    Set<String> restrict = relations(
        "Canada/NNP imposed/VBD/impose tariffs/NNS/tariff on/IN Mexico/NNP 's/POS steel/NN industry/NN ./.");
    assertTrue(restrict.contains("CA steel RESTRICTION MX"), restrict.toString());
    assertFalse(restrict.contains("MX steel ACTIVITY -"), restrict.toString());
  }

  @Test
  void aListOfCountriesAfterTheSectorOwnsItTogether() {
    assertEquals(Set.of("ET agriculture ACTIVITY -", "KE agriculture ACTIVITY -", "PE agriculture ACTIVITY -"),
        relations("The/DT best/JJS coffee/NN comes/VBZ/come from/IN Kenya/NNP ,/, Peru/NNP and/CC "
            + "Ethiopia/NNP ./."));
  }

  @Test
  void aCountryAfterThatAndBeforeAVerbIsASubjectNotAPlace() {
    assertEquals(Set.of("CL metals-mining ACTIVITY -"),
        relations("Officials/NNS said/VBD/say that/IN Chile/NNP mines/VBZ/mine more/JJR copper/NN "
            + "each/DT year/NN ./."));
  }

  @Test
  void anAllCapsHeadlineStatesTheRelation() {
    assertEquals(Set.of("BR agriculture RESTRICTION -"),
        relations("BRAZIL/NNP TO/TO CURB/VB/curb COFFEE/NN EXPORTS/NNS/export"));
  }

  @Test
  void aRestrictionThatIsOnlyAskedForIsNone() {
    assertEquals(Set.of("US steel ACTIVITY -"),
        relations("U.S./NNP STEELMAKERS/NNS/steelmaker URGE/VBP/urge QUOTAS/NNS/quota ON/IN KOREA/NNP"));
    assertEquals(Set.of("IN steel RESTRICTION KR"),
        relations("India/NNP imposed/VBD/impose quotas/NNS/quota on/IN steel/NN from/IN Korea/NNP ./."));
  }

  @Test
  void dumpingIsCompetition() {
    assertEquals(Set.of("TH chemicals COMPETITION -"),
        relations("Thai/JJ dumping/NN of/IN fertiliser/NN hurt/VBD/hurt prices/NNS/price ./."));
  }

  @Test
  void aBodyNamedAfterItsCountryIsAMentionOfIt() {
    assertEquals(Set.of("GH agriculture ACTIVITY VN", "VN agriculture ACTIVITY GH"),
        relations("The/DT Ghana/NNP Grain/NNP Board/NNP will/MD import/VB/import rice/NN from/IN "
            + "Vietnam/NNP ./."));
    assertEquals(Set.of(),
        relations("The/DT Lake/NNP Basin/NNP Authority/NNP will/MD import/VB/import rice/NN ./."));
  }

  @Test
  void aDottedAbbreviationBeforeAWireCapitalIsStillTheCountry() {
    assertEquals(Set.of("US agriculture ACTIVITY -"),
        relations("Officials/NNS said/VBD/say U.S./NNP Exports/NNP/export of/IN corn/NN rose/VBD/rise ./."));
  }

  @Test
  void nominalTradeWithoutAVerbTrigger() {
    assertEquals(Set.of("AU agriculture ACTIVITY KR", "KR agriculture ACTIVITY AU"),
        relations("Korean/JJ barley/NN imports/NNS/import from/IN Australia/NNP doubled/VBD/double ./."));
    assertEquals(Set.of("EC energy ACTIVITY -"),
        relations("Ecuador/NNP 's/POS oil/NN exports/NNS/export grew/VBD/grow ./."));
  }

  @Test
  void aPurchaseListGivesOneRelationPerSector() {
    assertEquals(Set.of("CN agriculture ACTIVITY US", "US agriculture ACTIVITY CN",
            "CN aerospace ACTIVITY US", "US aerospace ACTIVITY CN"),
        relations("China/NNP agreed/VBD/agree to/TO buy/VB/buy U.S./NNP corn/NN and/CC aircraft/NN ./."));
  }

  // --- issue 12, round 2: patterns of world-newswire copy (invented sentences)

  @Test
  void aCountryTheClauseTiesToTheSectorIsACandidateWithTheListAfterIt() {
    assertEquals(Set.of("CN critical-minerals ACTIVITY -", "CA critical-minerals ACTIVITY -",
            "ES critical-minerals ACTIVITY -", "DE critical-minerals ACTIVITY -",
            "PT critical-minerals ACTIVITY -"),
        relations("Nickel/NN sells/VBZ/sell well/RB ./.",
            "The/DT main/JJ buyer/NN of/IN the/DT nickel/NN is/VBZ/be China/NNP ,/, followed/VBN/follow "
                + "by/IN Canada/NNP ,/, Spain/NNP ,/, Germany/NNP and/CC Portugal/NNP ./."));
  }

  @Test
  void withNamesAPartyButInAndForPlaceIt() {
    assertEquals(Set.of("PE agriculture ACTIVITY -", "CL agriculture ACTIVITY -", "EC agriculture ACTIVITY -"),
        afterCalmHeadline("Peru/NNP talked/VBD/talk about/IN fisheries/NNS/fishery with/IN Chile/NNP and/CC Ecuador/NNP ./."));
    // round 8: working on a sector with named partners is cooperation with each (trigger "work on")
    assertEquals(Set.of("PE agriculture COOPERATION CL", "CL agriculture COOPERATION PE",
        "PE agriculture COOPERATION EC", "EC agriculture COOPERATION PE"),
        afterCalmHeadline("Peru/NNP worked/VBD/work on/IN fisheries/NNS/fishery with/IN Chile/NNP and/CC Ecuador/NNP ./."));
    assertEquals(Set.of(),
        afterCalmHeadline("A/DT vessel/NN left/VBD/leave for/IN Poland/NNP with/IN cotton/NN ./."));
  }

  @Test
  void noCandidateFromAStanceClauseAnotherTermsOwnerOrAFarPlace() {
    // a restriction's parties are the rules' business: no candidate for the country in it
    assertEquals(Set.of("US agriculture RESTRICTION -"),
        relations("Grain/NN trade/NN was/VBD/be calm/JJ ./.",
            "The/DT United/NNP States/NNPS imposed/VBD/impose tariffs/NNS/tariff on/IN wheat/NN "
                + "from/IN the/DT region/NN ./."));
    // "Australian coal for Indian steelmakers": Australia owns the coal, not the steel
    assertFalse(afterCalmHeadline("Demand/NN for/IN Australian/JJ coal/NN from/IN Indian/JJ steelmakers/NNS/steelmaker "
                + "stayed/VBD/stay firm/JJ ./.").contains("AU steel ACTIVITY -"));
    // far from the term, after "in": a place
    assertEquals(Set.of(),
        afterCalmHeadline("Steel/NN prices/NNS/price were/VBD/be discussed/VBN/discuss at/IN length/NN by/IN "
                + "the/DT delegates/NNS/delegate at/IN a/DT meeting/NN in/IN Kenya/NNP ./."));
  }

  @Test
  void aCandidateAddsOnlyAPairNoOtherRuleFound() {
    // Canada's nickel is found by the rules with its type; no extra ACTIVITY for the pair
    assertEquals(Set.of("CA critical-minerals ADVANTAGE -", "CN critical-minerals ACTIVITY -"),
        relations("Canada/NNP leads/VBZ/lead the/DT world/NN in/IN nickel/NN ./.",
            "The/DT main/JJ buyer/NN of/IN the/DT nickel/NN is/VBZ/be China/NNP ,/, followed/VBN/follow "
                + "by/IN Canada/NNP ./."));
  }

  @Test
  void aUnionsAdjectiveNamesARegion() {
    assertEquals(Set.of(),
        afterCalmHeadline("European/JJ markets/NNS/market bought/VBD/buy more/JJR gas/NN ./."));
  }

  @Test
  void mediaMetaphorsAndMedalsAreNoSectorTerms() {
    assertEquals(Set.of(),
        afterCalmHeadline("A/DT Honduran/JJ television/NN host/NN was/VBD/be jailed/VBN/jail ./."));
    assertEquals(Set.of(),
        afterCalmHeadline("Kenyan/JJ runners/NNS/runner won/VBD/win two/CD gold/NN medals/NNS/medal ./."));
  }

  // --- issue 12, round 5

  @Test
  void theGovernmentOfACountryNamesThatCountryNotTheOneBefore() {
    assertEquals(Set.of("CL metals-mining ACTIVITY -"),
        relationsInOneParagraph("Rains/NNS fell/VBD/fall in/IN Bolivia/NNP ./.",
            "The/DT government/NN of/IN Chile/NNP raised/VBD/raise copper/NN output/NN ./."));
  }

  @Test
  void aListAfterTheSectorAndAPlacePrepositionGivesEveryMember() {
    assertEquals(Set.of("AO agriculture ACTIVITY -", "MW agriculture ACTIVITY -", "ZM agriculture ACTIVITY -"),
        afterCalmHeadline("Tea/NN output/NN rose/VBD/rise in/IN Malawi/NNP ,/, Zambia/NNP and/CC Angola/NNP ./."));
    // one country there stays a place
    assertEquals(Set.of(),
        afterCalmHeadline("Tea/NN output/NN rose/VBD/rise sharply/RB in/IN Malawi/NNP ./."));
  }

  @Test
  void aStrikeOrShellingIsAMilitaryOperationNoDefenceClaim() {
    assertEquals(Set.of(),
        afterCalmHeadline("Syrian/JJ missile/NN strikes/NNS/strike hit/VBD/hit two/CD villages/NNS/village ./."));
    assertEquals(Set.of(),
        afterCalmHeadline("Armenian/JJ artillery/NN fire/NN closed/VBD/close the/DT road/NN ./."));
    // arms that are sold stay the defence sector
    assertEquals(Set.of("AM defence ACTIVITY -"),
        afterCalmHeadline("Armenian/JJ artillery/NN sells/VBZ/sell well/RB ./."));
  }

  @Test
  void aRegionNounPhraseRefersBackToTheNearestCountryOfThatRegion() {
    assertEquals(Set.of("ES agriculture ACTIVITY -"),
        relationsInOneParagraph("Officials/NNS of/IN Spain/NNP visited/VBD/visit Ghana/NNP ./.",
            "The/DT European/JJ country/NN imports/VBZ/import coffee/NN ./."));
    assertEquals(Set.of("GH agriculture ACTIVITY -"),
        relationsInOneParagraph("Officials/NNS of/IN Spain/NNP visited/VBD/visit Ghana/NNP ./.",
            "The/DT African/JJ nation/NN exports/VBZ/export coffee/NN ./."));
  }

  /** Whether a second sentence, after one that gives Peru copper, carries no claim of its own. */
  private static void assertNoClaimAfterPeruCopper(String second) {
    assertEquals(Set.of("PE metals-mining ACTIVITY -"),
        relationsInOneParagraph("Peru/NNP exports/VBZ/export copper/NN ./.", second), second);
  }

  @Test
  void takingOrHandingControlIsNoRestriction() {
    assertNoClaimAfterPeruCopper(
        "Chilean/JJ players/NNS/player handed/VBD/hand control/NN of/IN the/DT match/NN to/TO Peru/NNP ./.");
    assertNoClaimAfterPeruCopper("Chilean/JJ rebels/NNS/rebel took/VBD/take control/NN of/IN a/DT town/NN ./.");
    // a tagger that reads the participle as an adjective leaves its text
    assertNoClaimAfterPeruCopper(
        "Chilean/JJ players/NNS/player were/VBD/be effectively/RB handed/JJ control/NN of/IN the/DT match/NN ./.");
  }

  @Test
  void peopleInNeedOfAidAreNoDemand() {
    assertNoClaimAfterPeruCopper("Two/CD million/CD Chileans/NNPS/chilean are/VBP/be in/IN need/NN of/IN aid/NN ./.");
  }
}
