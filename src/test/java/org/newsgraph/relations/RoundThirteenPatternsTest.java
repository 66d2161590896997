package org.newsgraph.relations;

/**
 * The thirteenth round's patterns. Goods named before "and other" plus a broader term are of that
 * term's kind ("drones and other weapons" are defence goods); "shipping" and "banking" used as verbs
 * name no sector ("keep shipping wheat"); computer chips are semiconductors; hard currency, freight
 * rates, synthetic drugs and car horns are no sector claims; locomotives are the railways' fleet. A
 * figure "down 12 pct" is a fall (DECLINE, as "fell 12 pct"), and at equal distance a stance beats a
 * flow word; becoming more competitive is a gain of ground; falling short of a target, building up an
 * arsenal and people pouring out of cafes are idioms that type nothing. A singular back-reference
 * ("the government") does not take one country of a list named before it ("help from Chile, Brazil
 * and Bolivia"). On hand-tagged, unparsed sentences written for these tests (no model), one row a
 * pattern, with rows that keep the other reading.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundThirteenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      goods before "and other" take the broader term's sector :: body :: \
      Chad/NNP bought/VBD/buy drones/NNS/drone and/CC other/JJ weapons/NNS/weapon from/IN Serbia/NNP ./. :: \
      RS defence ACTIVITY TD; TD defence ACTIVITY RS
      every member of the list before "and other" takes the broader sector :: body :: \
      Chad/NNP makes/VBZ/make helicopters/NNS/helicopter ,/, drones/NNS/drone and/CC other/JJ \
      weapons/NNS/weapon ./. :: TD defence ACTIVITY -
      goods without "and other" keep their own sector :: body :: \
      Chad/NNP bought/VBD/buy drones/NNS/drone from/IN Serbia/NNP ./. :: \
      RS aerospace ACTIVITY TD; TD aerospace ACTIVITY RS
      shipping as a verb moves goods, no shipping sector :: body :: \
      India/NNP will/MD keep/VB/keep shipping/VBG/ship wheat/NN abroad/RB ./. :: \
      IN agriculture ACTIVITY -
      shipping as a noun stays the sector :: body :: \
      India/NNP 's/POS shipping/NN industry/NN grew/VBD/grow ./. :: IN transport-logistics ACTIVITY -
      computer chips are semiconductors, not computers :: body :: \
      Japan/NNP exports/VBZ/export computer/NN chips/NNS/chip ./. :: JP semiconductors ACTIVITY -
      hard currency is money, no finance claim :: body :: \
      Peru/NNP needs/VBZ/need hard/JJ currency/NN ./. :: none
      freight rates are a price, no transport claim :: body :: \
      Freight/NN rates/NNS/rate from/IN Brazil/NNP fell/VBD/fall ./. :: none
      locomotives are the railways' fleet :: body :: \
      Kenya/NNP bought/VBD/buy locomotives/NNS/locomotive from/IN Spain/NNP ./. :: \
      ES transport-logistics ACTIVITY KE; KE transport-logistics ACTIVITY ES
      a figure down by a percentage is a fall :: body :: \
      Danish/JJ steel/NN exports/NNS/export were/VBD/be 2/CD mln/CD tonnes/NNS/tonne ,/, down/RB 12/CD \
      pct/NN ./. :: DK steel DECLINE -
      a figure up by a percentage is plain activity :: body :: \
      Danish/JJ steel/NN exports/NNS/export were/VBD/be 2/CD mln/CD tonnes/NNS/tonne ,/, up/RB 12/CD \
      pct/NN ./. :: DK steel ACTIVITY -
      down from a level is no figure of a fall by itself :: body :: \
      Danish/JJ steel/NN exports/NNS/export rose/VBD/rise to/TO 2/CD mln/CD tonnes/NNS/tonne ,/, after/IN \
      being/VBG/be down/RB from/IN 3/CD percent/NN ./. :: DK steel ACTIVITY -
      at equal distance the stance beats the flow word :: body :: \
      Chile/NNP 's/POS copper/NN exports/NNS/export were/VBD/be 1.1/CD mln/CD tonnes/NNS/tonne in/IN \
      1986/CD ,/, down/RB 4.5/CD pct/NN ./. :: CL metals-mining DECLINE -
      becoming more competitive is a gain of ground :: body :: \
      Argentine/JJ corn/NN has/VBZ/have become/VBN/become more/RBR competitive/JJ ./. :: \
      AR agriculture ADVANTAGE -
      falling short of a target is no loss of ground :: body :: \
      Poland/NNP fell/VBD/fall short/RB of/IN its/PRP$ wheat/NN target/NN ./. :: PL agriculture ACTIVITY -
      building up an arsenal builds no plant :: body :: \
      Chad/NNP is/VBZ/be building/VBG/build up/RP its/PRP$ arsenal/NN of/IN missiles/NNS/missile ./. :: \
      TD defence ACTIVITY -
      building a plant stays an investment :: body :: \
      Chad/NNP is/VBZ/be building/VBG/build a/DT steel/NN mill/NN ./. :: TD steel INVESTMENT -
      people pouring out of cafes invest nothing, nor are horns cars :: body :: \
      Chilean/JJ fans/NNS/fan poured/VBD/pour out/RP of/IN cafes/NNS/cafe honking/VBG/honk car/NN \
      horns/NNS/horn ./. :: none
      a singular back-reference skips a list of countries :: paragraph :: \
      Peru/NNP sought/VBD/seek help/NN from/IN Chile/NNP ,/, Brazil/NNP and/CC Bolivia/NNP ./. || \
      The/DT government/NN will/MD cut/VB/cut oil/NN imports/NNS/import ./. :: PE energy ACTIVITY -
      a singular back-reference takes a lone country :: paragraph :: \
      Peru/NNP sought/VBD/seek help/NN from/IN Chile/NNP ./. || \
      The/DT government/NN will/MD cut/VB/cut oil/NN imports/NNS/import ./. :: CL energy ACTIVITY -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
