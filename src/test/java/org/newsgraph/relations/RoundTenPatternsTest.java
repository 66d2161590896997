package org.newsgraph.relations;

/**
 * The tenth round's patterns (from freshly annotated world newswire and political news): a list of
 * sector terms may hold items that are no sector ("copper, tourism and fishing") and may be a range
 * ("from copper to fishing"), and shares one analysis; a refusal ("declined to comment") is no
 * decline; a competitive disadvantage is a decline and a competitive advantage an advantage, not a
 * contest; a sector word right before a noun for a person by their field ("an energy analyst", "the
 * agriculture minister") names that person's field, no country's sector; a break-in into computers
 * is an incident; numbers do not lengthen a list of troops and weapons; a colon's cooperation word
 * types its list over an investment word after the list; a sector term after a noun of talk and
 * "on" or "about" is only what was talked about; an investment word that a restriction word
 * restricts types nothing; a leader word names rulers unless a field follows or precedes it;
 * ammunition, reinsurers, the power grid and airports are sector terms; an investor in a sector
 * invests in it; a sentence that names other goods by their makers carries no sector from the one
 * before.
 * On hand-tagged, unparsed sentences written for these tests (no model), one row a pattern, with the
 * row that keeps the nearby claim.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundTenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      a list item that is no sector keeps the list together :: body :: \
      Chile/NNP and/CC Peru/NNP agreed/VBD/agree to/TO cooperate/VB/cooperate in/IN copper/NN ,/, \
      tourism/NN and/CC fishing/NN ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL; \
      CL agriculture COOPERATION PE; PE agriculture COOPERATION CL
      a range and items that are no sector make one list :: body :: \
      Peru/NNP is/VBZ/be a/DT trading/NN partner/NN of/IN Chile/NNP in/IN many/JJ areas/NNS/area ,/, \
      from/IN energy/NN to/TO shipping/NN ,/, as/RB well/RB as/IN tourism/NN or/CC fishing/NN ./. :: \
      CL energy ACTIVITY PE; PE energy ACTIVITY CL; CL transport-logistics ACTIVITY PE; \
      PE transport-logistics ACTIVITY CL; CL agriculture ACTIVITY PE; PE agriculture ACTIVITY CL
      a range of sector terms is one list :: body :: \
      Chile/NNP and/CC Peru/NNP cooperate/VBP/cooperate in/IN fields/NNS/field from/IN copper/NN \
      to/TO fishing/NN ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL; \
      CL agriculture COOPERATION PE; PE agriculture COOPERATION CL
      a refusal is no decline :: body :: \
      A/DT Kenyan/JJ tea/NN firm/NN declined/VBD/decline to/TO comment/VB/comment ./. :: \
      KE agriculture ACTIVITY -
      a refusal without to is no decline :: body :: \
      A/DT Kenyan/JJ tea/NN firm/NN declined/VBD/decline comment/NN ./. :: KE agriculture ACTIVITY -
      a fall to an amount stays a decline :: body :: \
      Kenya/NNP 's/POS tea/NN exports/NNS/export declined/VBD/decline to/TO 5/CD percent/NN ./. :: \
      KE agriculture DECLINE -
      a competitive disadvantage is a decline :: body :: \
      The/DT rules/NNS/rule left/VBD/leave Peruvian/JJ banks/NNS/bank at/IN a/DT competitive/JJ \
      disadvantage/NN ./. :: PE finance DECLINE -
      a competitive advantage is an advantage :: body :: \
      Chilean/JJ copper/NN miners/NNS/miner hold/VBP/hold a/DT competitive/JJ advantage/NN ./. :: \
      CL metals-mining ADVANTAGE -
      competitive alone stays a contest :: body :: \
      Chile/NNP is/VBZ/be competitive/JJ in/IN copper/NN ./. :: CL metals-mining COMPETITION -
      a sector word before an analyst names the person's field :: body :: \
      A/DT Canadian/JJ energy/NN analyst/NN said/VBD/say prices/NNS/price would/MD rise/VB/rise ./. :: none
      a sector word before a minister names the minister's field :: body :: \
      The/DT French/JJ agriculture/NN minister/NN visited/VBD/visit Kenya/NNP ./. :: none
      a sector word and one noun before a magnate :: body :: \
      A/DT Chilean/JJ copper/NN mining/NN magnate/NN bought/VBD/buy a/DT house/NN ./. :: none
      what the person says about a sector stays a claim :: body :: \
      The/DT French/JJ agriculture/NN minister/NN said/VBD/say French/JJ wheat/NN exports/NNS/export \
      rose/VBD/rise ./. :: FR agriculture ACTIVITY -
      a sector word before a worker stays a claim :: body :: \
      Chilean/JJ copper/NN workers/NNS/worker produced/VBD/produce more/JJR ./. :: CL metals-mining ACTIVITY -
      hacked computers are an incident :: body :: \
      The/DT Kenyan/JJ ministry/NN 's/POS computers/NNS/computer were/VBD/be hacked/VBN/hack ./. :: none
      numbers do not lengthen a list of troops :: body :: \
      Chile/NNP has/VBZ/have 40,000/CD soldiers/NNS/soldier ,/, 300/CD tanks/NNS/tank and/CC \
      90/CD planes/NNS/plane ./. :: none
      planes without troops stay aerospace :: body :: \
      Chile/NNP has/VBZ/have 90/CD planes/NNS/plane ./. :: CL aerospace ACTIVITY -
      a colon's cooperation types the list over a later investment word :: body :: \
      Peru/NNP and/CC Chile/NNP named/VBD/name fields/NNS/field of/IN cooperation/NN :/: fishing/NN ,/, \
      roads/NNS/road and/CC mining/NN ,/, and/CC plan/VBP/plan more/JJR investment/NN ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL; \
      CL agriculture COOPERATION PE; PE agriculture COOPERATION CL
      a sector term after a noun of talk is only the topic :: body :: \
      Kenya/NNP hosted/VBD/host a/DT seminar/NN on/IN solar/JJ power/NN ./. :: none
      a list after a noun of talk is only the topic :: body :: \
      Peru/NNP held/VBD/hold a/DT debate/NN about/IN fishing/NN and/CC mining/NN ./. :: none
      a trigger keeps a claim in talk :: body :: \
      Kenya/NNP and/CC Peru/NNP held/VBD/hold talks/NNS/talk on/IN oil/NN cooperation/NN ./. :: \
      KE energy COOPERATION PE; PE energy COOPERATION KE
      investment that a ban restricts is no investment :: body :: \
      Chile/NNP lifted/VBD/lift its/PRP$ ban/NN on/IN foreign/JJ investment/NN in/IN mining/NN ./. :: \
      CL metals-mining RESTRICTION -
      investment without a restriction stays one :: body :: \
      Chile/NNP plans/VBZ/plan new/JJ investment/NN in/IN mining/NN ./. :: CL metals-mining INVESTMENT -
      a country's leadership names its rulers :: body :: \
      China/NNP 's/POS leadership/NN wants/VBZ/want more/JJR solar/JJ power/NN ./. :: \
      CN clean-energy ACTIVITY -
      a leader in a field leads :: body :: \
      Kenya/NNP is/VBZ/be a/DT leader/NN in/IN tea/NN ./. :: KE agriculture ADVANTAGE -
      a market leader leads :: body :: \
      Kenya/NNP is/VBZ/be the/DT market/NN leader/NN for/IN tea/NN ./. :: KE agriculture ADVANTAGE -
      a sector term before the leader makes it a lead :: body :: \
      Kenya/NNP is/VBZ/be the/DT tea/NN leader/NN ./. :: KE agriculture ADVANTAGE -
      ammunition is defence :: body :: \
      Peru/NNP makes/VBZ/make ammunition/NN ./. :: PE defence ACTIVITY -
      reinsurers are finance :: body :: \
      British/JJ reinsurers/NNS/reinsurer grew/VBD/grow ./. :: GB finance ACTIVITY -
      the power grid is energy :: body :: \
      Kenya/NNP 's/POS power/NN grid/NN grew/VBD/grow ./. :: KE energy ACTIVITY -
      airports are transport :: body :: \
      Kenya/NNP 's/POS airports/NNS/airport grew/VBD/grow ./. :: KE transport-logistics ACTIVITY -
      an investor in a sector invests :: body :: \
      Germany/NNP is/VBZ/be a/DT big/JJ investor/NN in/IN solar/JJ power/NN ./. :: DE clean-energy INVESTMENT -
      investors alone signal nothing :: body :: \
      Japanese/JJ investors/NNS/investor sold/VBD/sell bonds/NNS/bond ./. :: JP finance ACTIVITY -
      a sentence naming other goods by their makers carries no sector :: paragraph :: \
      Kenya/NNP expects/VBZ/expect a/DT record/JJ wheat/NN harvest/NN ./. || \
      Kenyan/JJ cement/NN makers/NNS/maker will/MD raise/VB/raise exports/NNS/export to/TO Peru/NNP ./. :: \
      KE agriculture ACTIVITY -
      a sentence without other goods carries the sector :: paragraph :: \
      Kenya/NNP expects/VBZ/expect a/DT record/JJ wheat/NN harvest/NN ./. || \
      Kenyan/JJ makers/NNS/maker will/MD raise/VB/raise exports/NNS/export to/TO Peru/NNP ./. :: \
      KE agriculture ACTIVITY -; KE agriculture ACTIVITY PE
      """;

  @Override
  String table() {
    return TABLE;
  }
}
