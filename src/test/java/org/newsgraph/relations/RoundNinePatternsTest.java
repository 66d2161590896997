package org.newsgraph.relations;

/**
 * The ninth round's patterns (from freshly annotated world newswire): a sector term after "global",
 * "world" or "international" speaks of the world market, not of a country, unless "of", "in" or a
 * possessive frames it as a country's; "competition" brought into a market by a policy, a regulator
 * of competition, "challenges" as difficulties and cuts in emissions type nothing; a colour compound
 * ("red-and-gold") names no metal and money "in foreign currency" no finance sector;
 * "transportation" is a sector term with a head noun or a mode (a trading partner trading both ways is
 * a row of {@link TradeConventionsTest});
 * a country in a relative clause that opens later than right after the term describes another noun;
 * a place after a few words of the term's noun phrase still places the term; "of" names an owner
 * unless a part of the land stands before it; recipients placed in a country ("to buyers in Egypt")
 * make it the destination; telecoms carriers are the digital economy, a tyre is automotive,
 * hydrocarbons are energy and a plantation is a farm; a subsidy after goods coordinated before it
 * helps the consumer; data cables are the digital economy; a partnership two named countries
 * announce "to" act is a bilateral agreement.
 * On hand-tagged, unparsed sentences written for these tests (no model), one row a pattern, with the
 * row that keeps the nearby claim.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundNinePatternsTest extends PatternTableTest {

  private static final String TABLE = """
      a term after global speaks of the world market :: body :: \
      Kenya/NNP worries/VBZ/worry about/IN global/JJ oil/NN prices/NNS/price ./. :: none
      a term after global and another word of its phrase too :: body :: \
      The/DT war/NN in/IN Peru/NNP hurt/VBD/hurt global/JJ grain/NN and/CC fuel/NN markets/NNS/market ./. :: none
      a share of the global market is the country's :: body :: \
      Kenya/NNP 's/POS share/NN of/IN the/DT global/JJ tea/NN market/NN grew/VBD/grow ./. :: \
      KE agriculture ACTIVITY -
      a possessive before global keeps the term :: body :: \
      Kenya/NNP 's/POS global/JJ tea/NN exports/NNS/export grew/VBD/grow ./. :: KE agriculture ACTIVITY -
      competition brought into a sector by a policy is no rivalry :: body :: \
      Chile/NNP will/MD introduce/VB/introduce competition/NN into/IN its/PRP$ energy/NN sector/NN ./. :: \
      CL energy ACTIVITY -
      a country that competes in a sector keeps competition :: body :: \
      Chile/NNP competes/VBZ/compete with/IN Peru/NNP in/IN copper/NN ./. :: \
      CL metals-mining COMPETITION PE; PE metals-mining COMPETITION CL
      a regulator of competition is no rivalry :: body :: \
      Chile/NNP 's/POS competition/NN authority/NN fined/VBD/fine two/CD oil/NN firms/NNS/firm ./. :: \
      CL energy ACTIVITY -
      challenges as difficulties are no rivalry :: body :: \
      Kenya/NNP 's/POS main/JJ challenges/NNS/challenge in/IN solar/NN power/NN were/VBD/be costs/NNS/cost ./. :: \
      KE clean-energy ACTIVITY -
      a country that challenges another keeps competition :: body :: \
      Peru/NNP challenges/VBZ/challenge Chile/NNP in/IN copper/NN ./. :: \
      CL metals-mining COMPETITION PE; PE metals-mining COMPETITION CL
      a cut in emissions is no decline of the sector :: body :: \
      Kenya/NNP plans/VBZ/plan an/DT emissions/NNS/emission reduction/NN at/IN its/PRP$ coal/NN plants/NNS/plant ./. :: \
      KE energy ACTIVITY -
      a cut in the sector's output stays a decline :: body :: \
      Kenya/NNP reported/VBD/report a/DT reduction/NN in/IN coal/NN output/NN ./. :: KE energy DECLINE -
      a colour compound names no metal :: body :: \
      Oman/NNP raised/VBD/raise a/DT red-and-gold/JJ banner/NN ./. :: none
      the metal alone stays a term :: body :: \
      Oman/NNP exports/VBZ/export gold/NN ./. :: OM metals-mining ACTIVITY -
      money in foreign currency is no finance claim :: body :: \
      Tourists/NNS/tourist brought/VBD/bring Peru/NNP $/$ 9/CD million/CD in/IN foreign/JJ currency/NN ./. :: none
      a currency market stays finance :: body :: \
      Peru/NNP 's/POS currency/NN markets/NNS/market calmed/VBD/calm ./. :: PE finance ACTIVITY -
      transportation with a mode is a sector term :: body :: \
      Kenya/NNP expanded/VBD/expand its/PRP$ maritime/JJ transportation/NN ./. :: \
      KE transport-logistics INVESTMENT -
      transportation alone is a journey :: body :: \
      Kenya/NNP improved/VBD/improve transportation/NN for/IN pupils/NNS/pupil ./. :: none
      a country in a later relative clause describes another noun :: body :: \
      The/DT region/NN ,/, known/VBN/know for/IN its/PRP$ farming/NN ,/, spans/VBZ/span countries/NNS/country \
      which/WDT include/VBP/include Mali/NNP and/CC Chad/NNP ./. :: none
      a relative clause right after the term keeps its country :: body :: \
      The/DT coffee/NN which/WDT Peru/NNP grows/VBZ/grow is/VBZ/be cheap/JJ ./. :: \
      PE agriculture ACTIVITY -
      a comma closes the later relative clause :: body :: \
      Nickel/NN plants/NNS/plant had/VBD/have problems/NNS/problem which/WDT nobody/NN solved/VBD/solve ,/, \
      despite/IN large/JJ Peruvian/JJ investment/NN ./. :: PE critical-minerals INVESTMENT -
      a place phrase after the term still places it :: body :: \
      Firms/NNS/firm run/VBP/run gold/NN mining/NN sites/NNS/site near/IN two/CD rivers/NNS/river \
      in/IN Ghana/NNP ./. :: GH metals-mining ACTIVITY -
      a place after a verb stays only a place :: body :: \
      Mining/NN firms/NNS/firm met/VBD/meet in/IN Ghana/NNP ./. :: none
      of names an owner :: body :: \
      The/DT Acme/NNP Corp/NNP of/IN Canada/NNP will/MD build/VB/build \
      a/DT fertiliser/NN plant/NN in/IN Peru/NNP ./. :: CA chemicals INVESTMENT PE
      of after a part of the land is a place :: body :: \
      Firms/NNS/firm will/MD build/VB/build a/DT fertiliser/NN plant/NN in/IN the/DT north/NN of/IN Peru/NNP ./. :: \
      PE chemicals INVESTMENT -
      recipients placed in a country make it the destination :: body :: \
      Kenya/NNP sells/VBZ/sell tea/NN to/TO buyers/NNS/buyer in/IN Egypt/NNP ./. :: KE agriculture ACTIVITY EG
      a country right after to stays the destination :: body :: \
      Kenya/NNP sells/VBZ/sell tea/NN to/TO Egypt/NNP ./. :: KE agriculture ACTIVITY EG
      telecoms carriers are the digital economy :: body :: \
      Kenyan/JJ telecoms/NNS carriers/NNS/carrier grew/VBD/grow ./. :: KE digital-economy ACTIVITY -
      a tyre is automotive :: body :: \
      The/DT Italian/JJ tyre/NN giant/NN grew/VBD/grow ./. :: IT automotive ACTIVITY -
      hydrocarbons are energy :: body :: \
      Mexico/NNP exports/VBZ/export hydrocarbons/NNS/hydrocarbon ./. :: MX energy ACTIVITY -
      a plantation is a farm :: body :: \
      Ghana/NNP opened/VBD/open a/DT rubber/NN plantation/NN ./. :: GH agriculture ACTIVITY -
      a subsidy after goods coordinated before it helps the consumer :: body :: \
      Kenya/NNP pays/VBZ/pay electricity/NN and/CC bread/NN subsidies/NNS/subsidy ./. :: \
      KE energy ACTIVITY -
      a subsidy for building plants stays an investment :: body :: \
      Kenya/NNP pays/VBZ/pay subsidies/NNS/subsidy to/TO build/VB/build power/NN plants/NNS/plant ./. :: \
      KE energy INVESTMENT -
      data cables are the digital economy :: body :: \
      Peru/NNP laid/VBD/lay a/DT submarine/JJ cable/NN ./. :: PE digital-economy ACTIVITY -
      a partnership of two named countries to build is cooperation :: body :: \
      Peru/NNP and/CC Chile/NNP formed/VBD/form a/DT partnership/NN between/IN their/PRP$ firms/NNS/firm \
      to/TO build/VB/build a/DT fibre/NN optic/JJ link/NN ./. :: \
      CL digital-economy COOPERATION PE; PE digital-economy COOPERATION CL
      one country building under a partnership stays an investment :: body :: \
      Under/IN a/DT partnership/NN ,/, Kenya/NNP will/MD build/VB/build a/DT refinery/NN ./. :: \
      KE energy INVESTMENT -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
