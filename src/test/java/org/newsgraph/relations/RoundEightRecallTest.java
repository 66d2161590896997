package org.newsgraph.relations;

/**
 * The eighth round's recall patterns on trade-heavy newswire: a facility of a sector built in the
 * only country a sentence names, with no builder, is that country's investment at home ("wind power
 * plants will be constructed in Chile"); an investment whose sentence names only its investor takes
 * as host the one other country of a sentence shortly before that names the investor and an
 * investment word; working on a sector with named partners is cooperation with each ("worked on
 * rail projects with Niger and Mali"); goods "shipped to" a country are trade with it; "both (the)
 * sides agreed to build refineries in Peru", the host one of the two, is mutual cooperation; a buyer
 * whose own possessive stands before the goods ("buys most of its sugar from Niger") trades with the
 * origin after them; two named countries that pledge or decide to act in a sector agree to; freight
 * costs are no transport claim; cooperation in a sentence that names no country is between the two
 * countries the sentence before joins ("Kenya and Chad held talks. They discussed cooperation in
 * farming."; "Peru signed an accord with Chile. The accord covers mining."). On hand-tagged, unparsed sentences written for these tests
 * (no model), one row a pattern, with the rows that keep it from firing where it should not.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundEightRecallTest extends PatternTableTest {

  private static final String TABLE = """
      a plant of a sector built in a country is its investment :: body :: \
      Two/CD wind/NN power/NN plants/NNS/plant will/MD be/VB constructed/VBN/construct in/IN Chile/NNP \
      next/JJ year/NN ./. :: CL clean-energy INVESTMENT -
      the construction of a factory of a sector in a country is its investment :: body :: \
      The/DT council/NN raised/VBD/raise funds/NNS/fund for/IN the/DT construction/NN of/IN a/DT cocoa/NN \
      processing/NN factory/NN in/IN Ghana/NNP ./. :: GH agriculture INVESTMENT -
      a sector term without a facility noun is no built plant :: body :: \
      Roads/NNS/road for/IN coffee/NN growers/NNS/grower will/MD be/VB built/VBN/build in/IN Peru/NNP ./. :: none
      a negated build is no investment :: body :: \
      No/DT solar/JJ power/NN plants/NNS/plant were/VBD/be built/VBN/build in/IN Chad/NNP last/JJ \
      year/NN ./. :: none
      a plant built far from the country is no claim of it :: body :: \
      A/DT solar/JJ power/NN plant/NN was/VBD/be built/VBN/build near/IN the/DT old/JJ mine/NN ,/, \
      the/DT company/NN said/VBD/say at/IN its/PRP$ annual/JJ meeting/NN last/JJ week/NN in/IN Chile/NNP ./. :: none
      a country after a preposition that names a party is no host :: body :: \
      A/DT solar/JJ power/NN plant/NN was/VBD/be built/VBN/build by/IN workers/NNS/worker from/IN Chile/NNP ./. :: none
      a country that builds the plant itself stays the investor :: body :: \
      Kenya/NNP will/MD build/VB a/DT solar/JJ power/NN plant/NN in/IN Uganda/NNP ./. :: \
      KE clean-energy INVESTMENT UG
      the host of an investment named shortly before is its counterpart :: paragraph :: \
      Firms/NNS/firm from/IN Norway/NNP eye/VBP Peru/NNP for/IN new/JJ investments/NNS/investment ./. || \
      The/DT Norwegian/JJ investors/NNS/investor want/VBP to/TO invest/VB in/IN fisheries/NNS/fishery ./. :: \
      NO agriculture INVESTMENT PE
      a sentence before without an investment word names no host :: paragraph :: \
      Firms/NNS/firm from/IN Norway/NNP visited/VBD/visit Peru/NNP last/JJ week/NN ./. || \
      The/DT Norwegian/JJ investors/NNS/investor want/VBP to/TO invest/VB in/IN fisheries/NNS/fishery ./. :: \
      NO agriculture INVESTMENT -
      a sentence before that names two other countries names no host :: paragraph :: \
      Firms/NNS/firm from/IN Norway/NNP eye/VBP Peru/NNP and/CC Chile/NNP for/IN new/JJ \
      investments/NNS/investment ./. || \
      The/DT Norwegian/JJ investors/NNS/investor want/VBP to/TO invest/VB in/IN fisheries/NNS/fishery ./. :: \
      NO agriculture INVESTMENT -
      working on a sector with a list of named partners is cooperation with each :: body :: \
      Chad/NNP worked/VBD/work on/IN rail/NN projects/NNS/project with/IN Niger/NNP and/CC Mali/NNP ./. :: \
      TD transport-logistics COOPERATION NE; NE transport-logistics COOPERATION TD; \
      TD transport-logistics COOPERATION ML; ML transport-logistics COOPERATION TD
      working on a sector with no partner named is no cooperation :: body :: \
      Chad/NNP is/VBZ/be working/VBG/work on/IN new/JJ rail/NN projects/NNS/project ./. :: \
      TD transport-logistics ACTIVITY -
      goods shipped to a country are the shipper's trade with it :: body :: \
      Chad/NNP shipped/VBD/ship cotton/NN to/TO Niger/NNP last/JJ year/NN ./. :: TD agriculture ACTIVITY NE
      both sides agreeing to build a plant in one of them is mutual cooperation :: paragraph :: \
      Envoys/NNS/envoy from/IN Peru/NNP visited/VBD/visit Chile/NNP ./. || \
      Both/DT the/DT sides/NNS/side agreed/VBD/agree to/TO build/VB two/CD refineries/NNS/refinery \
      in/IN Peru/NNP ./. :: CL energy COOPERATION PE; PE energy COOPERATION CL
      a host that is no party keeps the agreement as written :: paragraph :: \
      Envoys/NNS/envoy from/IN Peru/NNP visited/VBD/visit Chile/NNP ./. || \
      Both/DT sides/NNS/side agreed/VBD/agree to/TO build/VB two/CD refineries/NNS/refinery \
      in/IN Bolivia/NNP ./. :: CL energy INVESTMENT BO; PE energy INVESTMENT BO
      a buyer's own possessive before the goods leaves the origin its partner :: body :: \
      Chad/NNP buys/VBZ/buy most/JJS of/IN its/PRP$ sugar/NN from/IN Niger/NNP ./. :: \
      TD agriculture ACTIVITY NE; NE agriculture ACTIVITY TD
      a buyer of another country's goods keeps that country as partner :: body :: \
      Chad/NNP buys/VBZ/buy Niger/NNP 's/POS sugar/NN ./. :: \
      TD agriculture ACTIVITY NE; NE agriculture ACTIVITY TD
      two named countries that pledge to act in a sector cooperate :: body :: \
      Kenya/NNP and/CC Chad/NNP pledged/VBD/pledge to/TO boost/VB coffee/NN trade/NN ./. :: \
      KE agriculture COOPERATION TD; TD agriculture COOPERATION KE
      one country's pledge is no agreement :: body :: \
      Kenya/NNP pledged/VBD/pledge to/TO boost/VB coffee/NN trade/NN ./. :: KE agriculture ACTIVITY -
      the cost of moving goods is no transport claim :: body :: \
      Kenyan/JJ firms/NNS/firm complain/VBP about/IN high/JJ freight/NN costs/NNS/cost ./. :: none
      freight itself stays transport :: body :: \
      Kenyan/JJ firms/NNS/firm complain/VBP about/IN slow/JJ freight/NN ./. :: KE transport-logistics ACTIVITY -
      cooperation whose two partners the sentence before joins is theirs :: paragraph :: \
      Kenya/NNP and/CC Chad/NNP held/VBD/hold talks/NNS/talk on/IN Monday/NNP ./. || \
      They/PRP discussed/VBD/discuss cooperation/NN in/IN farming/NN and/CC mining/NN ./. :: \
      KE agriculture COOPERATION TD; TD agriculture COOPERATION KE; \
      KE metals-mining COOPERATION TD; TD metals-mining COOPERATION KE
      two countries the sentence before does not join are no partners :: paragraph :: \
      Kenya/NNP criticised/VBD/criticise Chad/NNP on/IN Monday/NNP ./. || \
      Officials/NNS/official discussed/VBD/discuss cooperation/NN in/IN farming/NN ./. :: none
      a cooperation word with its own partner takes none from before :: paragraph :: \
      Kenya/NNP and/CC Chad/NNP held/VBD/hold talks/NNS/talk on/IN Monday/NNP ./. || \
      Officials/NNS/official will/MD cooperate/VB with/IN banks/NNS/bank on/IN farming/NN ./. :: none
      an accord whose parties the sentence before names covers their sectors :: paragraph :: \
      Peru/NNP signed/VBD/sign an/DT accord/NN with/IN Chile/NNP on/IN Monday/NNP ./. || \
      The/DT accord/NN covers/VBZ/cover mining/NN and/CC fisheries/NNS/fishery ./. :: \
      PE metals-mining COOPERATION CL; CL metals-mining COOPERATION PE; \
      PE agriculture COOPERATION CL; CL agriculture COOPERATION PE
      """;

  @Override
  String table() {
    return TABLE;
  }
}
