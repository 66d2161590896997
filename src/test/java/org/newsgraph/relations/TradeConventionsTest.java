package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * The guideline's annotation conventions on agreements, restraint, suppliers, trade growth and
 * country lists: on hand-tagged, unparsed sentences invented for these tests (no model), one
 * pattern per row.
 */
class TradeConventionsTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  /**
   * Pattern :: tagged sentence :: the relations found ("country sector type counterpart", joined by
   * "; "; "none" for none).
   */
  private static final String TABLE = """
      a country word before a currency names money, not the country (issue 12) :: \
      Growers/NNS/grower paid/VBD/pay nine/CD million/CD US/NNP dollars/NNS/dollar for/IN fertiliser/NN ./. :: none
      a country word before a dollar sign names money, not the country (issue 12) :: \
      Bakers/NNS paid/VBD/pay U.S./NNP $/$ 3/CD for/IN a/DT bag/NN of/IN flour/NN ./. :: none
      smuggled narcotics are no pharmaceuticals (issue 12) :: \
      Mexican/JJ police/NN seized/VBD/seize two/CD tons/NNS/ton of/IN drugs/NNS/drug ./. :: none
      illegal drugs are no pharmaceuticals (issue 12) :: \
      Illegal/JJ drugs/NNS/drug reach/VBP/reach Peru/NNP by/IN boat/NN ./. :: none
      shown on television is a broadcast, no electronics (issue 12) :: \
      The/DT Cuban/JJ minister/NN spoke/VBD/speak on/IN television/NN ./. :: none
      televisions as goods stay electronics :: \
      Korean/JJ televisions/NNS/television sell/VBP/sell well/RB ./. :: KR electronics ACTIVITY -
      a national health insurance fund is a public body, no finance sector (issue 12) :: \
      The/DT health/NN insurance/NN fund/NN of/IN Togo/NNP paid/VBD/pay doctors/NNS/doctor ./. :: none
      a private insurance market stays finance :: \
      Moroccan/JJ insurers/NNS/insurer raised/VBD/raise premiums/NNS/premium ./. :: MA finance ACTIVITY -
      surveillance of phones is no sector claim (issue 12) :: \
      The/DT Zambian/JJ police/NN monitored/VBD/monitor phones/NNS/phone of/IN critics/NNS/critic ./. :: none
      surveillance of the internet is no sector claim (issue 12) :: \
      Zambian/JJ police/NN are/VBP/be monitoring/VBG/monitor the/DT internet/NN ./. :: none
      tapping phones is no electronics (issue 12) :: \
      Peruvian/JJ judges/NNS/judge approved/VBD/approve tapping/VBG/tap phones/NNS/phone ./. :: none
      a demonym in a company's name is a name part, no mention (convention 9) :: \
      South/JJ African/JJ Airways/NNPS bought/VBD/buy two/CD jets/NNS/jet ./. :: none
      a country name in a company's name is a name part, no mention (convention 9) :: \
      Kenya/NNP Airways/NNPS bought/VBD/buy two/CD jets/NNS/jet ./. :: none
      lower-case airlines after a demonym are the country's airlines :: \
      Kenyan/JJ airlines/NNS/airline grew/VBD/grow fast/RB ./. :: KE transport-logistics ACTIVITY -
      a currency after a demonym leaves the sentence's country its sector :: \
      India/NNP pays/VBZ/pay for/IN its/PRP$ oil/NN in/IN Emirati/JJ dirhams/NNS/dirham ./. :: IN energy ACTIVITY -
      "according to" hides the agreement word in it :: \
      According/VBG/accord to/TO the/DT survey/NN ,/, Peruvian/JJ coffee/NN sells/VBZ/sell well/RB ./. :: \
      PE agriculture ACTIVITY -
      "led to" is no lead :: \
      Kenyan/JJ fertiliser/NN shortages/NNS/shortage led/VBD/lead to/TO protests/NNS/protest ./. :: KE chemicals ACTIVITY -
      the lead word alone still types :: \
      Kenya/NNP leads/VBZ/lead the/DT region/NN in/IN tea/NN ./. :: KE agriculture ADVANTAGE -
      cooperation without a partner country is activity (convention 2) :: \
      Ghana/NNP formed/VBD/form a/DT partnership/NN to/TO market/VB/market cocoa/NN ./. :: GH agriculture ACTIVITY -
      cooperation with a named partner goes both ways :: \
      Ghana/NNP formed/VBD/form a/DT partnership/NN with/IN Brazil/NNP on/IN cocoa/NN ./. :: \
      BR agriculture COOPERATION GH; GH agriculture COOPERATION BR
      a lead has no counterpart and the one overtaken no relation (convention 2) :: \
      Thailand/NNP overtook/VBD/overtake Vietnam/NNP in/IN rice/NN ./. :: TH agriculture ADVANTAGE -
      the destination after "to" is the seller's counterpart, not an owner (convention 3) :: \
      Cuba/NNP sold/VBD/sell sugar/NN to/TO China/NNP ./. :: CU agriculture ACTIVITY CN
      a country named for an armed conflict is no party to the sector (issue 12) :: \
      The/DT Russian/JJ invasion/NN of/IN Ukraine/NNP raised/VBD/raise gas/NN prices/NNS/price in/IN Kenya/NNP ./. :: \
      KE energy ACTIVITY -
      "a partner of" names the partner (issue 12) :: \
      France/NNP remains/VBZ/remain a/DT partner/NN of/IN Qatar/NNP for/IN warships/NNS/warship ./. :: \
      FR defence COOPERATION QA; QA defence COOPERATION FR
      a trading partner trades both ways with the country after "for" (convention 2; round 9) :: \
      Qatar/NNP is/VBZ/be a/DT trading/NN partner/NN for/IN France/NNP in/IN gas/NN ./. :: \
      QA energy ACTIVITY FR; FR energy ACTIVITY QA
      a country that only flags a vessel names no party (issue 12) :: \
      The/DT Panama-flagged/JJ vessel/NN carried/VBD/carry garments/NNS/garment ./. :: none
      a country named for a border is a place (issue 12) :: \
      Herders/NNS/herder near/IN the/DT Kenyan/JJ border/NN raise/VBP/raise cattle/NNS ./. :: none
      a border with a country is a place, the owner of the dam keeps its sector (issue 12) :: \
      Uganda/NNP generates/VBZ/generate electricity/NN near/IN its/PRP$ border/NN with/IN Rwanda/NNP ./. :: \
      UG energy ACTIVITY -
      border trade keeps the country (issue 12) :: \
      Chinese/JJ border/NN trade/NN in/IN rice/NN grew/VBD/grow ./. :: CN agriculture ACTIVITY -
      a demonym after a region word names a region (convention 1) :: \
      Latin/NNP American/JJ steel/NN mills/NNS/mill cut/VBD/cut output/NN ./. :: none
      a two-word demonym of the lexicon stays a country (convention 1) :: \
      South/JJ Korean/JJ steel/NN mills/NNS/mill cut/VBD/cut output/NN ./. :: KR steel ACTIVITY -
      a country joined to a region by a hyphen names the country alone (convention 1) :: \
      The/DT Brazil-Africa/NNP partnership/NN covers/VBZ/cover cocoa/NN ./. :: BR agriculture ACTIVITY -
      a hyphenated region names no country (convention 1) :: \
      Indo-Pacific/NNP fishing/NN fleets/NNS/fleet grew/VBD/grow ./. :: none
      a national body that orders goods buys them, the seller gets the mirror (convention 3) :: \
      The/DT Peruvian/JJ navy/NN ordered/VBD/order two/CD warships/NNS/warship from/IN Spain/NNP ./. :: \
      ES defence ACTIVITY PE; PE defence ACTIVITY ES
      a country in a bracketed aside that closes before the sector owns nothing (issue 12) :: \
      Amina/NNP (/-LRB- Peru/NNP 's/POS former/JJ envoy/NN )/-RRB- now/RB runs/VBZ/run tea/NN farms/NNS/farm ./. :: none
      the owner before the aside keeps the sector (issue 12) :: \
      Kenya/NNP ,/, says/VBZ/say Amina/NNP (/-LRB- Peru/NNP 's/POS envoy/NN )/-RRB- ,/, grows/VBZ/grow tea/NN ./. :: \
      KE agriculture ACTIVITY -
      a ship is a vessel, not a built product (issue 12) :: \
      A/DT ship/NN with/IN Kenyan/JJ tea/NN docked/VBD/dock ./. :: KE agriculture ACTIVITY -
      destinations joined by "and" own nothing :: \
      Most/JJS of/IN the/DT sugar/NN was/VBD/be exported/VBN/export to/TO Germany/NNP and/CC France/NNP ./. :: none
      a pact between two named countries is cooperation both ways :: \
      Peru/NNP and/CC Chile/NNP signed/VBD/sign a/DT copper/NN pact/NN ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL
      a pact with one party named types nothing :: \
      Chile/NNP signed/VBD/sign a/DT copper/NN pact/NN ./. :: CL metals-mining ACTIVITY -
      a restraint on one's own exports is restriction :: \
      Japan/NNP agreed/VBD/agree to/TO limit/VB/limit car/NN exports/NNS/export ./. :: JP automotive RESTRICTION -
      the subject of a copula owns what another country possesses :: \
      Peru/NNP is/VBZ/be Japan/NNP 's/POS main/JJ copper/NN supplier/NN ./. :: PE metals-mining ACTIVITY JP
      a lead found through a copula has no counterpart (convention 2) :: \
      Peru/NNP is/VBZ/be now/RB Japan/NNP 's/POS largest/JJS copper/NN supplier/NN ./. :: PE metals-mining ADVANTAGE -
      a possessor without a copula subject stays the owner :: \
      Japan/NNP 's/POS copper/NN supplier/NN changed/VBD/change ./. :: JP metals-mining ACTIVITY -
      growing trade is activity, not investment :: \
      Vietnam/NNP is/VBZ/be expanding/VBG/expand its/PRP$ rice/NN exports/NNS/export to/TO Iraq/NNP ./. :: \
      VN agriculture ACTIVITY IQ
      growing output stays investment :: \
      Chile/NNP will/MD expand/VB/expand its/PRP$ copper/NN output/NN ./. :: CL metals-mining INVESTMENT -
      the country supplied is the supplier's counterpart :: \
      Brazil/NNP will/MD supply/VB/supply Egypt/NNP with/IN sugar/NN ./. :: BR agriculture ACTIVITY EG
      a list of countries keeps members after a determiner :: \
      Grain/NN exporters/NNS/exporter -/: Argentina/NNP ,/, Canada/NNP ,/, the/DT United/NNP States/NNPS \
      and/CC the/DT European/NNP Union/NNP :: AR agriculture ACTIVITY -; CA agriculture ACTIVITY -; \
      EU agriculture ACTIVITY -; US agriculture ACTIVITY -
      a country before a verb is no modifier of a stance word :: \
      Coffee/NN output/NN in/IN Uganda/NNP and/CC Kenya/NNP fell/VBD/fall ./. :: \
      KE agriculture DECLINE -; UG agriculture DECLINE -
      a flow noun as subject of a growth verb is activity with its destination :: \
      Shipments/NNS/shipment of/IN Thai/JJ rice/NN to/TO China/NNP will/MD rise/VB/rise sharply/RB ./. :: \
      TH agriculture ACTIVITY CN
      an investment abroad names its host past the verb's object :: \
      German/JJ carmakers/NNS/carmaker will/MD build/VB/build a/DT new/JJ plant/NN in/IN Hungary/NNP ./. :: \
      DE automotive INVESTMENT HU
      the buyer of a country's goods owns the purchase, the seller gets its mirror :: \
      Koreans/NNPS are/VBP/be the/DT biggest/JJS buyers/NNS/buyer of/IN Chilean/JJ salmon/NN ./. :: \
      CL agriculture ACTIVITY KR; KR agriculture ACTIVITY CL
      a subsidy next to the goods helps a sale, no investment :: \
      Canada/NNP will/MD sell/VB/sell subsidised/VBN/subsidise barley/NN to/TO Peru/NNP ./. :: \
      CA agriculture ACTIVITY PE
      a subsidy on a plant stays investment :: \
      Canada/NNP will/MD subsidise/VB/subsidise a/DT new/JJ steel/NN mill/NN ./. :: CA steel INVESTMENT -
      countries joined to a place are places too :: \
      Prices/NNS in/IN Canada/NNP and/CC Japan/NNP hurt/VBD/hurt copper/NN miners/NNS/miner ./. :: none
      a headline in capitals names its countries though every word is a proper noun :: \
      PERU/NNP/PERU ,/, CHILE/NNP/CHILE SIGN/NNP/SIGN COPPER/NNP/COPPER PACT/NNP/PACT :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL
      a headline's plural flow word and growth word state activity :: \
      PAKISTAN/NNP/PAKISTAN RICE/NNP/RICE EXPORTS/NNP/EXPORTS RISE/NNP/RISE :: PK agriculture ACTIVITY -
      a verb sharing a term's lemma is no sector term :: \
      Brazil/NNP shipped/VBD/ship more/JJR coffee/NN ./. :: BR agriculture ACTIVITY -
      """;

  static Stream<Arguments> table() {
    return TABLE.lines().map(line -> line.split(" :: "))
        .map(f -> Arguments.of(f[0], f[1],
            f[2].equals("none") ? Set.of() : new TreeSet<>(Arrays.asList(f[2].split("; ")))));
  }

  private static Set<String> relations(AnalyzedText text, boolean withEvidence) {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(text, ResolvedEntities.none(), List.of())) {
      out.add(r.country() + " " + r.sector() + " " + r.type()
          + (withEvidence ? " @" + r.evidence().start() : " " + r.counterpart().orElse("-")));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void conventionHolds(String pattern, String tagged, Set<String> expected) {
    assertEquals(expected, relations(LinearRulesTest.unparsed(tagged), false), pattern);
  }

  /** The relations of a headline and one body sentence, with the start of their evidence. */
  private static Set<String> underHeadline(String body) {
    return relations(ParsedTexts.of(
        LinearRulesTest.tagged("CHILE/NNP TO/TO CURB/VB/curb COPPER/NN EXPORTS/NNS/export"),
        LinearRulesTest.tagged(body)), true);
  }

  @Test
  void theGovernmentGoesOnAboutTheHeadlinesCountryAndSector() {
    Set<String> out = underHeadline(
        "The/DT government/NN will/MD limit/VB/limit shipments/NNS/shipment this/DT year/NN ./.");
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.stream().allMatch(r -> r.startsWith("CL metals-mining RESTRICTION")), out.toString());
  }

  @Test
  void aPronounAloneCarriesNoSector() {
    Set<String> out = underHeadline("It/PRP will/MD limit/VB/limit shipments/NNS/shipment ./.");
    assertEquals(1, out.stream().map(r -> r.substring(r.indexOf('@'))).collect(Collectors.toSet()).size(),
        out.toString());
  }
}
