package org.newsgraph.relations;

/**
 * The fourteenth round's patterns. Goods bought in ("imports", "purchases") and restricted come from
 * the country named after "of": under a ban or a limit that country is the measure's target, its
 * counterpart, never its owner ("a ban on imports of Chilean wine", annotation convention 2); a plain
 * purchase keeps its flow, and an amount of a country's goods ("200,000 tonnes of U.S. wheat") names
 * their origin. A list of goods keeps its flow's destination in reach; falls, halts, caps, stakes and
 * market-share gains type their clauses; a ministry named by its field claims nothing; an investment
 * takes as host the country after "in" in its own sentence. The commodity words the sector lists
 * gained (fruit and nuts, rubber, kerosene, bullion) name their sectors in a clause. On hand-tagged,
 * unparsed sentences written for these tests (no model), one row a pattern, with rows that keep the
 * other reading.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundFourteenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      the origin of imports under a ban is its target :: body :: \
      Mexico/NNP imposed/VBD/impose a/DT ban/NN on/IN imports/NNS/import of/IN American/JJ \
      pork/NN ./. :: MX agriculture RESTRICTION US
      the origin of imports a verb limits is its target :: body :: \
      Japan/NNP limits/VBZ/limit imports/NNS/import of/IN Chinese/JJ steel/NN ./. :: \
      JP steel RESTRICTION CN
      purchases are goods bought in too :: body :: \
      Canada/NNP restricts/VBZ/restrict purchases/NNS/purchase of/IN Russian/JJ oil/NN ./. :: \
      CA energy RESTRICTION RU
      with no one who imposes it, the origin owns no measure :: body :: \
      A/DT ban/NN on/IN imports/NNS/import of/IN Chinese/JJ steel/NN took/VBD/take effect/NN ./. :: none
      the goods' country before a measure with no imports named is a target as before :: body :: \
      Mexico/NNP imposed/VBD/impose a/DT ban/NN on/IN American/JJ pork/NN ./. :: \
      MX agriculture RESTRICTION US
      a plain purchase keeps its flow :: body :: \
      Japan/NNP raised/VBD/raise imports/NNS/import of/IN Australian/JJ coal/NN ./. :: \
      JP energy ACTIVITY AU; AU energy ACTIVITY JP
      two goods of one sector before the origin :: body :: \
      Chad/NNP bought/VBD/buy drones/NNS/drone and/CC helicopters/NNS/helicopter from/IN Serbia/NNP ./. :: \
      RS aerospace ACTIVITY TD; TD aerospace ACTIVITY RS
      a list of goods before the destination :: body :: \
      Kenya/NNP exports/VBZ/export tea/NN ,/, coffee/NN and/CC flowers/NNS/flower to/TO Britain/NNP ./. :: \
      KE agriculture ACTIVITY GB
      a list of goods before the destination, the flow word a noun :: body :: \
      Kenya/NNP exports/NNS/export tea/NN ,/, coffee/NN and/CC flowers/NNS/flower to/TO Britain/NNP ./. :: \
      KE agriculture ACTIVITY GB
      a list of goods between a flow noun and its growth verb :: body :: \
      Chile/NNP 's/POS exports/NNS/export of/IN copper/NN ,/, zinc/NN and/CC gold/NN to/TO Japan/NNP \
      rose/VBD/rise ./. :: CL metals-mining ACTIVITY JP
      an amount of demonym goods bought names their origin :: body :: \
      Egypt/NNP bought/VBD/buy 200,000/CD tonnes/NNS/tonne of/IN U.S./NNP wheat/NN ./. :: \
      EG agriculture ACTIVITY US; US agriculture ACTIVITY EG
      a participle inside a list item keeps the destination in reach :: body :: \
      Indonesia/NNP exports/VBZ/export crude/JJ oil/NN ,/, liquefied/VBN/liquefy natural/JJ gas/NN ,/, \
      coffee/NN and/CC palm/NN oil/NN to/TO Japan/NNP ./. :: \
      ID energy ACTIVITY JP; ID agriculture ACTIVITY JP
      exports that slip are a fall :: body :: \
      U.S./NNP wheat/NN exports/NNS/export slipped/VBD/slip 9/CD pct/NN ./. :: US agriculture DECLINE -
      halted exports are a measure :: body :: \
      Pakistan/NNP halted/VBD/halt raw/JJ cotton/NN exports/NNS/export ./. :: PK agriculture RESTRICTION -
      capped exports are a measure :: body :: \
      India/NNP capped/VBD/cap sugar/NN exports/NNS/export ./. :: IN agriculture RESTRICTION -
      a stake taken in the sector's assets is an investment :: body :: \
      Peru/NNP will/MD take/VB/take a/DT stake/NN in/IN two/CD copper/NN mines/NNS/mine ./. :: \
      PE metals-mining INVESTMENT -
      exporters that gain market share gain ground, no mere volume :: body :: \
      Vietnamese/JJ garment/NN exporters/NNS/exporter gained/VBD/gain market/NN share/NN ./. :: \
      VN textiles ADVANTAGE -
      a topic that dominates talks leads nothing :: body :: \
      Egypt/NNP 's/POS solar/NN plans/NNS/plan dominated/VBD/dominate talks/NNS/talk ./. :: \
      EG clean-energy ACTIVITY -
      a ministry named by its field is no sector claim :: paragraph :: \
      Kenya/NNP will/MD hire/VB/hire teachers/NNS/teacher ,/, the/DT agriculture/NN ministry/NN said/VBD/say ./. || \
      Kenya/NNP will/MD hire/VB/hire teachers/NNS/teacher ,/, the/DT ministry/NN of/IN mines/NNS/mine said/VBD/say ./. :: \
      none
      a minister of two fields names neither :: body :: \
      Alemayehu/NNP ,/, Ethiopia/NNP 's/POS minister/NN of/IN water/NN and/CC energy/NN ,/, \
      spoke/VBD/speak ./. :: none
      a metal that names a colour is no goods :: body :: \
      Nicaragua/NNP 's/POS volcano/NN has/VBZ/have a/DT copper/NN -/HYPH colored/JJ cone/NN ./. :: none
      a sector term before an event noun names the event :: paragraph :: \
      Kenya/NNP will/MD host/VB/host an/DT energy/NN conference/NN ./. || \
      Panama/NNP allowed/VBD/allow craft/NN ,/, agricultural/JJ and/CC commercial/JJ fairs/NNS/fair ./. :: none
      a capital that possesses a measure imposes it :: body :: \
      Beijing/NNP 's/POS retaliatory/JJ tariffs/NNS/tariff on/IN American/JJ farm/NN goods/NNS/good \
      remained/VBD/remain ./. :: CN agriculture RESTRICTION US
      a capital that possesses a thing of the city is the city :: body :: \
      Beijing/NNP 's/POS streets/NNS/street were/VBD/be full/JJ of/IN cars/NNS/car ./. :: none
      goods that hide a narcotic are no claim :: body :: \
      Colombian/JJ police/NNS seized/VBD/seize cocaine/NN hidden/VBN/hide in/IN a/DT shipment/NN of/IN \
      bananas/NNS/banana bound/VBN/bind for/IN Belgium/NNP ./. :: none
      the gold and silver of a championship are prizes :: body :: \
      Jamaica/NNP took/VBD/take gold/NN and/CC silver/NN at/IN the/DT world/NN \
      championships/NNS/championship ./. :: none
      one farmer is a person :: body :: \
      A/DT Nepali/JJ rice/NN farmer/NN built/VBD/build a/DT school/NN ./. :: none
      farmers are the industry :: body :: \
      Nepali/JJ rice/NN farmers/NNS/farmer protested/VBD/protest ./. :: NP agriculture ACTIVITY -
      a suspension of permits is a measure :: body :: \
      Peru/NNP announced/VBD/announce a/DT suspension/NN of/IN new/JJ mining/NN permits/NNS/permit ./. :: \
      PE metals-mining RESTRICTION -
      a suspension of permits with nothing between is a measure too :: body :: \
      Peru/NNP announced/VBD/announce the/DT suspension/NN of/IN permits/NNS/permit for/IN gold/NN \
      mining/NN ./. :: PE metals-mining RESTRICTION -
      what the ministry does is judged by its other words :: body :: \
      The/DT energy/NN ministry/NN said/VBD/say Oman/NNP would/MD ban/VB/ban fuel/NN exports/NNS/export ./. :: \
      OM energy RESTRICTION -
      an investment's host after "in" in its own sentence :: body :: \
      A/DT French/JJ shipping/NN group/NN will/MD invest/VB/invest 300/CD million/CD euros/NNS/euro in/IN a/DT \
      new/JJ container/NN terminal/NN in/IN Ivory/NNP Coast/NNP ./. :: FR transport-logistics INVESTMENT CI
      fruit and nuts are farm goods :: body :: \
      Kenya/NNP exports/VBZ/export avocados/NNS/avocado and/CC macadamia/NN nuts/NNS/nut ./. :: \
      KE agriculture ACTIVITY -
      rubber is a farm good, rubber bullets are not :: paragraph :: \
      Malaysia/NNP exports/VBZ/export rubber/NN ./. || \
      Malaysian/JJ police/NNS fired/VBD/fire rubber/NN bullets/NNS/bullet ./. :: MY agriculture ACTIVITY -
      kerosene is a fuel of the energy sector :: body :: \
      Nigeria/NNP imports/VBZ/import kerosene/NN ./. :: NG energy ACTIVITY -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
