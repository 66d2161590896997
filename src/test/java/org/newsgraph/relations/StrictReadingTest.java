package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fifth and sixth rounds' patterns (a strict reading of the guideline's conventions on unseen
 * newswire and wire copy): what is no claim (an incident, a price move, a language or an era named
 * by a country word), which type a clause gives, how far a pronoun reaches, and (second pass of the
 * sixth round, for recall) lists of countries with figures, central banks named "of" a country,
 * money-market terms, "from X to Y" flows and a plural possessive standing for a list. On hand-tagged,
 * unparsed sentences written for these tests (no model), one row a pattern.
 *
 * <p>Columns, split by " :: ": the pattern; how the sentences stand ({@code body}: one body
 * sentence under a headline that names no country and no sector; {@code paragraph}: sentences of
 * one paragraph, split by " || "; {@code alone}: the text's only sentence); the sentences; the
 * relations expected ("none" for none, else "; "-separated).
 */
class StrictReadingTest {

  private static final String CALM = "Trade/NN was/VBD/be calm/JJ ./.";

  private static final String TABLE = """
      the bare pronoun it reaches into the sentence before :: paragraph :: \
      Chile/NNP held/VBD/hold a/DT vote/NN ./. || It/PRP also/RB sells/VBZ/sell copper/NN ./. :: \
      CL metals-mining ACTIVITY -
      the bare pronoun it reaches no further :: paragraph :: \
      Chile/NNP held/VBD/hold a/DT vote/NN ./. || The/DT new/JJ plant/NN was/VBD/be opened/VBN/open ./. || \
      It/PRP also/RB sells/VBZ/sell copper/NN ./. :: none
      alternative energy is clean energy :: body :: \
      Peru/NNP uses/VBZ/use alternative/JJ energy/NN in/IN villages/NNS/village ./. :: PE clean-energy ACTIVITY -
      a drug trafficker is no pharmaceuticals claim :: body :: \
      Police/NNS in/IN Bolivia/NNP arrested/VBD/arrest a/DT drug/NN trafficker/NN ./. :: none
      medical insurance is no finance claim :: body :: \
      Few/JJ people/NNS in/IN Chad/NNP have/VBP/have medical/JJ insurance/NN ./. :: none
      to chip away is no chip :: body :: \
      The/DT scandal/NN could/MD chip/VB away/RP at/IN the/DT Peruvian/JJ mayor/NN 's/POS support/NN ./. :: none
      challenges facing a country are difficulties, no competition :: body :: \
      He/PRP spoke/VBD/speak of/IN the/DT challenges/NNS/challenge facing/VBG/face Lebanon/NNP 's/POS \
      power/NN sector/NN ./. :: LB energy ACTIVITY -
      an industry called one of the world's largest is a national lead :: body :: \
      Norway/NNP 's/POS fishing/NN industry/NN ,/, one/CD of/IN the/DT world/NN 's/POS largest/JJS ,/, \
      hired/VBD/hire more/JJR staff/NN ./. :: NO agriculture ADVANTAGE -
      helping another country build is cooperation :: body :: \
      Russia/NNP will/MD help/VB Yemen/NNP build/VB an/DT oil/NN pipeline/NN ./. :: \
      RU energy COOPERATION YE; YE energy COOPERATION RU
      the sultanate refers back to a country :: paragraph :: \
      Oman/NNP held/VBD/hold a/DT fair/NN ./. || The/DT Sultanate/NNP exports/VBZ/export fish/NN ./. :: \
      OM agriculture ACTIVITY -
      that country refers back to a country :: paragraph :: \
      Peru/NNP held/VBD/hold a/DT vote/NN ./. || That/DT country/NN mines/VBZ/mine copper/NN ./. :: \
      PE metals-mining ACTIVITY -
      cryptocurrency is finance :: body :: \
      Namibia/NNP opened/VBD/open its/PRP$ first/JJ cryptocurrency/NN exchange/NN ./. :: NA finance ACTIVITY -
      postal services are transport and logistics :: body :: \
      Kenya/NNP 's/POS postal/JJ sector/NN grew/VBD/grow ./. :: KE transport-logistics ACTIVITY -
      defence technology is defence :: body :: \
      Turkey/NNP showed/VBD/show its/PRP$ defence/NN technology/NN ./. :: TR defence ACTIVITY -
      the country a loss goes to gains the lead :: body :: \
      Brazil/NNP lost/VBD/lose ground/NN in/IN coffee/NN to/TO Vietnam/NNP ./. :: \
      BR agriculture DECLINE -; VN agriculture ADVANTAGE -
      a fall in exports to a destination gives the destination nothing :: body :: \
      Chile/NNP 's/POS copper/NN exports/NNS/export fell/VBD/fall to/TO Japan/NNP ./. :: \
      CL metals-mining DECLINE -
      a country in the opening dateline is a place :: alone :: \
      NAIROBI/NNP ,/, KENYA/NNP ,/, May/NNP 2/CD -/: Herders/NNS/herder sold/VBD/sell their/PRP$ \
      cattle/NNS/cattle ./. :: none
      a country named for one of its parts is a place :: body :: \
      In/IN Kenya/NNP 's/POS arid/JJ and/CC dry/JJ north/NN ,/, herders/NNS/herder sold/VBD/sell \
      cattle/NNS/cattle ./. :: none
      a country's own herders give it the sector :: body :: \
      Kenya/NNP 's/POS herders/NNS/herder sold/VBD/sell cattle/NNS/cattle ./. :: KE agriculture ACTIVITY -
      shipping containers are boxes :: body :: \
      The/DT train/NN carried/VBD/carry Iranian/JJ shipping/NN containers/NNS/container ./. :: none
      taking advantage of something is no lead :: body :: \
      Ghana/NNP urged/VBD/urge investors/NNS/investor to/TO take/VB full/JJ advantage/NN of/IN its/PRP$ \
      cocoa/NN ./. :: GH agriculture ACTIVITY -
      a lower-case direction before a country makes a region :: body :: \
      Herders/NNS/herder in/IN northern/JJ Kenya/NNP lost/VBD/lose cattle/NNS/cattle ./. :: none
      an invaded country is named for the conflict :: body :: \
      After/IN Russia/NNP invaded/VBD/invade Ukraine/NNP ,/, farmers/NNS/farmer grew/VBD/grow maize/NN ./. :: none
      one owned object is no sector claim :: body :: \
      A/DT Canadian/JJ man/NN bought/VBD/buy a/DT used/VBN/use car/NN ./. :: none
      a car word before another noun stays a sector term :: body :: \
      Canada/NNP 's/POS car/NN exports/NNS/export rose/VBD/rise ./. :: CA automotive ACTIVITY -
      an engine's fuel is no energy claim :: body :: \
      Chile/NNP operates/VBZ/operate four/CD diesel-electric/JJ submarines/NNS/submarine ./. :: CL defence ACTIVITY -
      a common need carries no sector :: paragraph :: \
      Kenya/NNP grows/VBZ/grow wheat/NN ./. || Uganda/NNP needs/VBZ/need more/JJR rain/NN ./. :: \
      KE agriculture ACTIVITY -
      a restriction of something else carries no sector :: paragraph :: \
      Algeria/NNP exports/VBZ/export gas/NN ./. || Peru/NNP imposed/VBD/impose restrictions/NNS/restriction \
      on/IN public/JJ protests/NNS/protest ./. :: DZ energy ACTIVITY -
      a restriction of imports carries the sector :: paragraph :: \
      Algeria/NNP exports/VBZ/export gas/NN ./. || Peru/NNP imposed/VBD/impose restrictions/NNS/restriction \
      on/IN imports/NNS/import ./. :: DZ energy ACTIVITY -; PE energy RESTRICTION -
      it said names the source, no country :: paragraph :: \
      Peru/NNP grows/VBZ/grow wheat/NN ./. || Wheat/NN output/NN will/MD shrink/VB/shrink ,/, it/PRP \
      said/VBD/say ./. :: PE agriculture ACTIVITY -
      a display of something is a show, no electronics :: body :: \
      Peru/NNP held/VBD/hold displays/NNS/display of/IN folk/NN art/NN ./. :: none
      laying down arms is no defence claim :: body :: \
      Chad/NNP 's/POS army/NN laid/VBD/lay down/RP its/PRP$ arms/NNS/arm ./. :: none
      a canary in the coal mine is a warning, no energy claim :: body :: \
      Canada/NNP is/VBZ/be a/DT canary/NN in/IN the/DT coal/NN mine/NN for/IN climate/NN change/NN ./. :: none
      a coal mine stays an energy claim :: body :: \
      Canada/NNP runs/VBZ/run a/DT large/JJ coal/NN mine/NN ./. :: CA energy ACTIVITY -
      talks that bear fruit give no agriculture :: body :: \
      Talks/NNS/talk between/IN Peru/NNP and/CC Chile/NNP bore/VBD/bear fruit/NN ./. :: none
      to beef up something is no agriculture :: body :: \
      Kenya/NNP will/MD beef/VB up/RP security/NN at/IN its/PRP$ borders/NNS/border ./. :: none
      a bargaining chip is no semiconductor :: body :: \
      Iran/NNP used/VBD/use the/DT prisoners/NNS/prisoner as/IN a/DT bargaining/NN chip/NN ./. :: none
      the social fabric is no textile :: body :: \
      Violence/NN tore/VBD/tear at/IN Haiti/NNP 's/POS social/JJ fabric/NN ./. :: none
      the state machinery is no manufacturing :: body :: \
      Critics/NNS/critic said/VBD/say Nepal/NNP 's/POS state/NN machinery/NN was/VBD/be misused/VBN/misuse ./. :: none
      the gold standard is a measure, no mining :: body :: \
      Norway/NNP 's/POS fund/NN is/VBZ/be the/DT gold/NN standard/NN for/IN openness/NN ./. :: none
      a solar eclipse is no clean energy :: body :: \
      Chile/NNP will/MD see/VB a/DT total/JJ solar/JJ eclipse/NN ./. :: none
      a dish named for a country is no farm claim :: body :: \
      Diners/NNS/diner in/IN Laos/NNP praised/VBD/praise the/DT American/JJ fried/JJ rice/NN ./. :: none
      unmanned aerial vehicles are aerospace, no cars :: body :: \
      Turkey/NNP makes/VBZ/make unmanned/JJ aerial/JJ vehicles/NNS/vehicle ./. :: TR aerospace ACTIVITY -
      armoured vehicles are defence, no cars :: body :: \
      Egypt/NNP makes/VBZ/make armoured/JJ vehicles/NNS/vehicle ./. :: EG defence ACTIVITY -
      cooking oil is a farm good, no energy :: body :: \
      Indonesia/NNP sells/VBZ/sell cooking/NN oil/NN ./. :: ID agriculture ACTIVITY -
      an agreement known by its title names its sector :: body :: \
      Peru/NNP and/CC Chile/NNP signed/VBD/sign the/DT Andean/NNP Copper/NNP Trade/NNP Accord/NNP ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL
      a title-case term in another name stays a name :: body :: \
      Peru/NNP and/CC Chile/NNP joined/VBD/join the/DT Andean/NNP Copper/NNP Club/NNP ./. :: none
      construction as a kind of goods is no building project :: body :: \
      A/DT Peruvian/JJ maker/NN of/IN construction/NN and/CC mining/NN equipment/NN hired/VBD/hire staff/NN ./. :: \
      PE metals-mining ACTIVITY -
      a medal won is no mining :: body :: \
      Thailand/NNP 's/POS boxer/NN won/VBD/win the/DT gold/NN in/IN Doha/NNP ./. :: none
      green energies are clean energy :: body :: \
      Uruguay/NNP wants/VBZ/want green/JJ energies/NNS/energy in/IN its/PRP$ grid/NN ./. :: UY clean-energy ACTIVITY -
      countries named for a crisis are no parties :: body :: \
      The/DT Sudanese-Chadian/JJ crisis/NN raised/VBD/raise energy/NN prices/NNS/price ./. :: none
      food and medicine are basic needs, no pharmaceuticals :: body :: \
      Bolivia/NNP struggles/VBZ/struggle to/TO provide/VB food/NN and/CC medicine/NN ./. :: none
      ships and aircraft listed with troops are a military force :: body :: \
      Peru/NNP allowed/VBD/allow troops/NNS/troop ,/, ships/NNS/ship and/CC aircraft/NN from/IN Chile/NNP ./. :: none
      warships listed with troops stay a defence claim :: body :: \
      Chile/NNP sent/VBD/send troops/NNS/troop and/CC warships/NNS/warship ./. :: CL defence ACTIVITY -
      ships without troops stay a sector claim :: body :: \
      Chile/NNP sells/VBZ/sell ships/NNS/ship and/CC aircraft/NN ./. :: \
      CL aerospace ACTIVITY -; CL shipbuilding ACTIVITY -
      a dish is food on the plate, no farming :: body :: \
      Thai/JJ cooks/NNS/cook served/VBD/serve a/DT delicious/JJ dish/NN of/IN rice/NN and/CC chicken/NN ./. :: none
      a farm trade word keeps the sentence's farm goods :: body :: \
      Thai/JJ restaurants/NNS/restaurant import/VBP/import rice/NN from/IN Laos/NNP ./. :: \
      LA agriculture ACTIVITY TH; TH agriculture ACTIVITY LA
      an airliner that crashed is an incident, no sector :: body :: \
      A/DT Chilean/JJ airliner/NN carrying/VBG/carry copper/NN miners/NNS/miner crashed/VBD/crash ./. :: none
      weapons stolen from an arms store are an incident, no defence claim :: body :: \
      Thieves/NNS/thief stole/VBD/steal rifles/NNS/rifle and/CC other/JJ weapons/NNS/weapon in/IN Peru/NNP ./. :: none
      tanks and helicopters in a battle are an incident :: body :: \
      Rebels/NNS/rebel backed/VBN/back by/IN Sudanese/JJ tanks/NNS/tank and/CC helicopters/NNS/helicopter \
      took/VBD/take the/DT town/NN after/IN heavy/JJ fighting/NN ./. :: none
      a trade word keeps the sector of an incident sentence :: body :: \
      The/DT fighting/NN halted/VBD/halt Chad/NNP 's/POS oil/NN exports/NNS/export to/IN Niger/NNP ./. :: TD energy ACTIVITY NE
      one aircraft after a determiner is one object :: body :: \
      The/DT Kenyan/JJ aircraft/NN landed/VBD/land in/IN Lima/NNP ./. :: none
      aircraft without a determiner stay a sector :: body :: \
      Kenya/NNP sells/VBZ/sell aircraft/NN ./. :: KE aerospace ACTIVITY -
      a price that fell is a price move, no decline :: body :: \
      Indian/JJ copper/NN prices/NNS/price fell/VBD/fall on/IN Friday/NNP ./. :: IN metals-mining ACTIVITY -
      a rival in a battle is figurative, no stance keeps the incident's sectors :: body :: \
      Iraqi/JJ tanks/NNS/tank backed/VBD/back the/DT militia/NN in/IN a/DT battle/NN with/IN rival/JJ \
      clans/NNS/clan ./. :: none
      a way to travel is no sector :: body :: \
      The/DT Norwegian/JJ village/NN is/VBZ/be an/DT hour/NN away/RB by/IN helicopter/NN ./. :: none
      an embargo against a country gives the target no restriction of its own :: body :: \
      The/DT council/NN dropped/VBD/drop its/PRP$ threat/NN of/IN an/DT arms/NNS/arm embargo/NN \
      against/IN Burundi/NNP ./. :: none
      a country-led alliance is no lead, and allied planes are a military force :: body :: \
      U.S./NNP -/HYPH led/VBN/lead allied/VBN/ally planes/NNS/plane flew/VBD/fly over/IN Peru/NNP ./. :: none
      government bonds are finance :: body :: \
      Investors/NNS/investor bought/VBD/buy Dutch/JJ government/NN bonds/NNS/bond ./. :: NL finance ACTIVITY -
      warplanes listed with ships make the ships a military force :: body :: \
      Chile/NNP sent/VBD/send warplanes/NNS/warplane and/CC ships/NNS/ship ./. :: CL defence ACTIVITY -
      goods for a country go there, no trade verb needed :: body :: \
      Traders/NNS/trader loaded/VBD/load 9,000/CD tonnes/NNS/tonne of/IN rice/NN for/IN Egypt/NNP ./. :: none
      demand for a demonym's goods stays the seller's :: body :: \
      Demand/NN for/IN Chilean/JJ copper/NN rose/VBD/rise ./. :: CL metals-mining ACTIVITY -
      opening a plant abroad is an investment with the host as counterpart :: body :: \
      A/DT Peruvian/JJ firm/NN opened/VBD/open a/DT copper/NN plant/NN in/IN Chile/NNP ./. :: PE metals-mining INVESTMENT CL
      a plant built in a region of a country has that country as host :: body :: \
      A/DT Chilean/JJ group/NN will/MD build/VB a/DT steel/NN mill/NN in/IN northern/JJ Peru/NNP ./. :: CL steel INVESTMENT PE
      a continent and a demonym joined by a hyphen name a community, no country :: body :: \
      An/DT African/JJ -/HYPH American/JJ trader/NN got/VBD/get rich/JJ in/IN wool/NN ./. :: none
      one's energies are effort, no energy sector :: body :: \
      Iran/NNP can/MD mobilize/VB all/DT its/PRP$ energies/NNS/energy to/TO win/VB ./. :: none
      a television broadcaster is no electronics claim :: body :: \
      The/DT show/NN airs/VBZ/air on/IN Ghana/NNP 's/POS largest/JJS television/NN broadcaster/NN ./. :: none
      a country naming an era is no party :: body :: \
      Soviet/JJ -/HYPH era/NN farming/NN drained/VBD/drain the/DT lake/NN ./. :: none
      motorcycles in road accidents are an incident :: body :: \
      Motorcycles/NNS/motorcycle cause/VBP/cause most/JJS road/NN accidents/NNS/accident in/IN Kenya/NNP ./. :: none
      a country word naming a language is no party :: body :: \
      The/DT Spanish/JJ -/HYPH language/NN channel/NN sells/VBZ/sell computers/NNS/computer ./. :: none
      coal mines are energy, not metals and mining :: body :: \
      Jobs/NNS/job in/IN Polish/JJ coal/NN mines/NNS/mine fell/VBD/fall ./. :: PL energy DECLINE -
      a television ad is no electronics claim :: body :: \
      A/DT Mexican/JJ group/NN ran/VBD/run a/DT television/NN ad/NN ./. :: none
      a round-up section under a country heading in capitals :: body :: \
      CHILE/NNP -/: Copper/NN output/NN fell/VBD/fall ./. :: CL metals-mining DECLINE -
      a title-case term after a dash in running text stays a name :: body :: \
      Chile/NNP -/: Copper/NNP Holdings/NNP hired/VBD/hire staff/NN ./. :: none
      the cargo of one aircraft is one object :: body :: \
      Dutch/JJ officials/NNS/official checked/VBD/check the/DT aircraft/NN 's/POS cargo/NN ./. :: none
      output that fell stays a decline :: body :: \
      Indian/JJ copper/NN output/NN fell/VBD/fall last/JJ year/NN ./. :: IN metals-mining DECLINE -
      a gapped list of countries with figures states the clause for each :: body :: \
      Chile/NNP mines/VBZ/mine 50/CD tonnes/NNS/tonne of/IN copper/NN ;/: Peru/NNP ,/, 40/CD ;/: \
      and/CC the/DT neighbouring/VBG/neighbour Bolivia/NNP ,/, 30/CD ./. :: \
      BO metals-mining ACTIVITY -; CL metals-mining ACTIVITY -; PE metals-mining ACTIVITY -
      a gapped list takes the sector carried from the sentence before :: paragraph :: \
      Copper/NN output/NN rose/VBD/rise ./. || Chile/NNP produced/VBD/produce 50/CD tonnes/NNS/tonne ;/: \
      Peru/NNP ,/, 40/CD ./. :: CL metals-mining ACTIVITY -; PE metals-mining ACTIVITY -
      a country after a semicolon without its own figure is no member :: body :: \
      Chile/NNP mines/VBZ/mine 50/CD tonnes/NNS/tonne of/IN copper/NN ;/: Peru/NNP held/VBD/hold \
      a/DT vote/NN ./. :: CL metals-mining ACTIVITY -
      a central bank named after 'of' stands for its country :: body :: \
      The/DT Central/NNP Bank/NNP of/IN Ghana/NNP staged/VBD/stage a/DT repo/NN operation/NN ./. :: \
      GH finance ACTIVITY -
      a national bank named after 'of' stands for its country :: body :: \
      The/DT National/NNP Bank/NNP of/IN South/NNP Africa/NNP sold/VBD/sell treasury/NN bills/NNS/bill ./. :: \
      ZA finance ACTIVITY -
      foreign exchange reserves are finance :: body :: \
      Peru/NNP 's/POS foreign/JJ exchange/NN reserves/NNS/reserve fell/VBD/fall ./. :: PE finance DECLINE -
      a table-like list of countries with figures shares the finding :: body :: \
      Argentina/NNP 1,200/CD tonnes/NNS/tonne ,/, Brazil/NNP 800/CD and/CC Uruguay/NNP 300/CD \
      tonnes/NNS/tonne of/IN wheat/NN were/VBD/be shipped/VBN/ship ./. :: \
      AR agriculture ACTIVITY -; BR agriculture ACTIVITY -; UY agriculture ACTIVITY -
      a country whose figure a verb follows is no member of the table :: body :: \
      Peru/NNP 3/CD won/VBD/win the/DT match/NN ,/, and/CC Chile/NNP 40/CD tonnes/NNS/tonne of/IN \
      copper/NN were/VBD/be sold/VBN/sell ./. :: CL metals-mining ACTIVITY -
      a body noun of a country that a longer name goes on from names no country :: body :: \
      The/DT Bureau/NNP of/IN Ghana/NNP Traders/NNPS sold/VBD/sell cocoa/NN ./. :: none
      goods from one country to another go to that destination :: body :: \
      Wheat/NN from/IN Canada/NNP to/TO Japan/NNP totalled/VBD/total 300,000/CD tonnes/NNS/tonne ./. :: \
      CA agriculture ACTIVITY JP
      a falling flow from one country to another is a decline without counterpart :: body :: \
      Shipments/NNS/shipment of/IN coffee/NN from/IN Colombia/NNP to/TO Germany/NNP fell/VBD/fall ./. :: \
      CO agriculture DECLINE -
      a country's bonds are finance :: body :: \
      Kenyan/JJ bonds/NNS/bond rallied/VBD/rally on/IN Friday/NNP ./. :: KE finance ACTIVITY -
      cultural bonds between countries are ties, no finance :: body :: \
      Peru/NNP and/CC Chile/NNP share/VBP/share cultural/JJ bonds/NNS/bond ./. :: none
      a plural possessive stands for the whole list before it :: body :: \
      Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP kept/VBD/keep their/PRP$ common/JJ currency/NN ./. :: \
      BO finance ACTIVITY -; CL finance ACTIVITY -; PE finance ACTIVITY -
      refraining from a measure negates it :: body :: \
      Chile/NNP refrained/VBD/refrain from/IN raising/VBG/raise its/PRP$ copper/NN tariffs/NNS/tariff ./. :: none
      refrains from before the measure negates it :: body :: \
      Peru/NNP refrains/VBZ/refrain from/IN new/JJ curbs/NNS/curb on/IN fish/NN exports/NNS/export ./. :: none
      raising the measure is still a restriction :: body :: \
      Chile/NNP raised/VBD/raise its/PRP$ copper/NN tariffs/NNS/tariff ./. :: CL metals-mining RESTRICTION -
      a country's name before sanctions is their target :: body :: \
      Iraq/NNP oil/NN sanctions/NNS/sanction stay/VBP/stay ./. :: none
      a country's name before an embargo is its target :: body :: \
      The/DT Cuba/NNP embargo/NN blocks/VBZ/block sugar/NN sales/NNS/sale ./. :: none
      a usual imposer before sanctions imposes them :: body :: \
      U.S./NNP oil/NN sanctions/NNS/sanction stay/VBP/stay ./. :: US energy RESTRICTION -
      sanctions that name their target after on belong to the country before them :: body :: \
      Canada/NNP sanctions/NNS/sanction on/IN Haiti/NNP cover/VBP/cover oil/NN ./. :: CA energy RESTRICTION HT
      a currency's country word is no party of the bond claim; its fall is a price move :: body :: \
      The/DT Swedish/JJ krona/NN fell/VBD/fall as/IN bond/NN yields/NNS/yield rose/VBD/rise ./. :: \
      SE finance ACTIVITY -
      a demonym before marks names the money :: body :: \
      Dealers/NNS/dealer sold/VBD/sell German/JJ marks/NNS/mark and/CC bought/VBD/buy bonds/NNS/bond ./. :: none
      a country's currency falling is a price move, no decline :: body :: \
      Chile/NNP 's/POS currency/NN fell/VBD/fall on/IN Monday/NNP ./. :: CL finance ACTIVITY -
      a country's name before marks is its subject :: body :: \
      Kenya/NNP marks/VBZ/mark a/DT record/NN coffee/NN harvest/NN ./. :: KE agriculture ACTIVITY -
      """;

  static Stream<Arguments> rows() {
    return rowsOf(TABLE);
  }

  /** The rows of a pattern table in this class's columns, as test arguments. */
  static Stream<Arguments> rowsOf(String table) {
    return table.lines().map(line -> line.split(" :: ")).map(f -> Arguments.of(f[0], f[1],
        f[2].split(" \\|\\| "), f[3].equals("none") ? Set.of() : new TreeSet<>(Arrays.asList(f[3].split("; ")))));
  }

  /** The relations of {@code sentences} standing as the column says ("body", "paragraph", "alone"). */
  static Set<String> relationsStanding(String standing, String[] sentences) {
    return switch (standing) {
      case "body" -> WireCopyPatternsTest.relations(CALM, sentences[0]);
      case "paragraph" -> WireCopyPatternsTest.relationsInOneParagraph(sentences);
      case "alone" -> WireCopyPatternsTest.relations(sentences[0]);
      default -> throw new IllegalArgumentException("unknown standing '" + standing + "'");
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void patternHolds(String pattern, String standing, String[] sentences, Set<String> expected) {
    assertEquals(expected, relationsStanding(standing, sentences), pattern);
  }
}
