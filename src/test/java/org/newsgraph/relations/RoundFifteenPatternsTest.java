package org.newsgraph.relations;

/**
 * The fifteenth round's patterns, found on annotated world news (the relation label sets of
 * testdata/relation-labels). A country word that locates a named place inside it ("the Indian state
 * of Kerala", "Peru's capital Lima", "Accra, the Ghanaian capital") is no party to the sentence's
 * sector claims, which are the place's; without a place named ("the Egyptian state") it stays. A
 * capital named after such a noun ("the capital, Nairobi, ...") is the city, no government acting. A
 * country word before a news outlet ("a Dutch newspaper reported") names where the outlet is. "The
 * administration" refers back to a country as "the government" does, but not "the administration of"
 * something (a drug's).
 * Geothermal power and biofuels are clean energy, drill ships and fracking energy, military aid
 * defence, a country's mineral wealth mining, radiopharmaceuticals pharmaceuticals. On hand-tagged,
 * unparsed sentences written for these tests (no model), one row a pattern, with rows that keep the
 * other reading.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundFifteenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      a demonym that locates a named state claims nothing :: body :: \
      Farmers/NNS/farmer in/IN the/DT Indian/JJ state/NN of/IN Kerala/NNP grow/VBP/grow rubber/NN ./. :: none
      a possessive that locates a named province claims nothing :: body :: \
      Coffee/NN grows/VBZ/grow in/IN Peru/NNP 's/POS northern/JJ province/NN of/IN Cajamarca/NNP ./. :: none
      a possessive before a province's own name claims nothing :: body :: \
      Steel/NN mills/NNS/mill dot/VBP/dot China/NNP 's/POS Hebei/NNP province/NN ./. :: none
      a place noun that modifies another noun locates nothing :: body :: \
      Brazil/NNP 's/POS Petrobras/NNP state/NN oil/NN company/NN raised/VBD/raise output/NN ./. :: \
      BR energy ACTIVITY -
      a capital with its name after the country claims nothing :: body :: \
      Taxis/NNS/taxi in/IN Kenya/NNP 's/POS capital/NN Nairobi/NNP run/VBP/run on/IN diesel/NN ./. :: none
      a capital after the place noun names the city, no government acting :: body :: \
      Buses/NNS/bus in/IN the/DT capital/NN ,/, Nairobi/NNP ,/, run/VBP/run on/IN diesel/NN ./. :: none
      a demonym in apposition to a city claims nothing :: body :: \
      Two/CD airlines/NNS/airline resumed/VBD/resume service/NN to/TO Accra/NNP ,/, the/DT \
      Ghanaian/JJ capital/NN ,/, on/IN Friday/NNP ./. :: none
      a state with no place named is the government :: body :: \
      The/DT Egyptian/JJ state/NN subsidises/VBZ/subsidise bread/NN and/CC fuel/NN imports/NNS/import ./. :: \
      EG energy ACTIVITY -
      a country named plainly beside the located place still claims :: body :: \
      Indian/JJ steel/NN output/NN rose/VBD/rise ,/, led/VBN/lead by/IN mills/NNS/mill in/IN the/DT state/NN \
      of/IN Odisha/NNP ./. :: IN steel ACTIVITY -
      a country word before a news outlet claims nothing :: body :: \
      A/DT Dutch/JJ newspaper/NN reported/VBD/report that/IN Vietnam/NNP exports/VBZ/export \
      garments/NNS/garment ./. :: VN textiles ACTIVITY -
      a country word before an outlet's modifiers claims nothing :: body :: \
      Chinese/JJ state/NN media/NNS said/VBD/say steel/NN output/NN fell/VBD/fall ./. :: none
      an outlet's word before another noun is no outlet :: body :: \
      Saudi/JJ daily/JJ oil/NN output/NN rose/VBD/rise ./. :: SA energy ACTIVITY -
      the gas pedal of an economy is a figure of speech :: body :: \
      The/DT Fed/NNP took/VBD/take its/PRP$ foot/NN off/IN the/DT gas/NN ,/, U.S./NNP banks/NNS/bank said/VBD/say ./. :: \
      US finance ACTIVITY -
      the administration refers back to the country, as the government does :: paragraph :: \
      The/DT United/NNP States/NNPS imports/VBZ/import cheap/JJ goods/NNS/good ./. || \
      The/DT administration/NN slapped/VBD/slap a/DT duty/NN on/IN Chinese/JJ tyres/NNS/tyre ./. :: \
      US automotive RESTRICTION CN
      the administration of a drug is no government :: paragraph :: \
      Kenya/NNP opened/VBD/open clinics/NNS/clinic ./. || \
      The/DT administration/NN of/IN vaccines/NNS/vaccine was/VBD/be slow/JJ ./. :: none
      geothermal power is clean energy :: body :: \
      Kenya/NNP produces/VBZ/produce geothermal/JJ power/NN ./. :: KE clean-energy ACTIVITY -
      biofuels are clean energy :: body :: \
      Brazil/NNP produces/VBZ/produce biofuels/NNS/biofuel ./. :: BR clean-energy ACTIVITY -
      drill ships drill for oil, no ships as built products :: body :: \
      Guyana/NNP leased/VBD/lease two/CD drill/NN ships/NNS/ship ./. :: GY energy ACTIVITY -
      fracking is the energy sector :: body :: \
      Argentina/NNP allows/VBZ/allow fracking/NN ./. :: AR energy ACTIVITY -
      military aid is the defence sector's trade :: body :: \
      American/JJ military/JJ aid/NN rose/VBD/rise ./. :: US defence ACTIVITY -
      a country's mineral wealth is mining :: body :: \
      Zambia/NNP 's/POS mineral/JJ wealth/NN draws/VBZ/draw investors/NNS/investor ./. :: \
      ZM metals-mining ACTIVITY -
      radiopharmaceuticals are pharmaceuticals :: body :: \
      Jordan/NNP makes/VBZ/make radiopharmaceuticals/NNS/radiopharmaceutical ./. :: JO pharmaceuticals ACTIVITY -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
