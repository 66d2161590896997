package org.newsgraph.relations;

/**
 * The eleventh round's patterns (from freshly annotated 1996 wire copy): planes and ships in a
 * military operation (a patrol, an air strike, a bombardment) are the things of the operation, no
 * sector claim, unless a trade word states one; the capital markets' own words (equities, bourses,
 * pension funds) are finance; an investment word about traded paper only ("investors in Danish
 * bonds") is market activity, not an investment; a firm controlled by someone, or state-controlled, is
 * owned, not restricted; a central bank is the state's monetary authority, not the banking sector.
 * On hand-tagged, unparsed sentences written for these tests (no model), one row a pattern, with the
 * row that keeps the nearby claim.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundElevenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      planes on patrol are no sector claim :: body :: \
      Danish/JJ planes/NNS/plane patrol/VBP/patrol the/DT strait/NN ./. :: none
      an air strike names no sector :: body :: \
      Danish/JJ airstrikes/NNS/airstrike hit/VBD/hit the/DT fuel/NN depot/NN ,/, and/CC the/DT Danish/JJ \
      warplanes/NNS/warplane returned/VBD/return ./. :: none
      planes sold in a patrol sentence stay a claim :: body :: \
      Denmark/NNP sold/VBD/sell planes/NNS/plane to/TO Peru/NNP for/IN its/PRP$ coastal/JJ \
      patrols/NNS/patrol ./. :: DK aerospace ACTIVITY PE
      planes without an operation stay aerospace :: body :: \
      Denmark/NNP makes/VBZ/make planes/NNS/plane ./. :: DK aerospace ACTIVITY -
      equities are finance :: body :: \
      Danish/JJ equities/NNS/equity rallied/VBD/rally ./. :: DK finance ACTIVITY -
      a pension fund is finance :: body :: \
      Norway/NNP 's/POS pension/NN fund/NN grew/VBD/grow ./. :: NO finance ACTIVITY -
      investors in bonds trade paper, they invest in no plant :: body :: \
      Investors/NNS/investor in/IN Danish/JJ bonds/NNS/bond sold/VBD/sell ./. :: DK finance ACTIVITY -
      an investment in a sector's firms keeps its type :: body :: \
      Investors/NNS/investor in/IN Danish/JJ banking/NN sold/VBD/sell ./. :: DK finance INVESTMENT -
      a firm controlled by a person is owned, not restricted :: body :: \
      A/DT Danish/JJ oil/NN firm/NN controlled/VBN/control by/IN a/DT banker/NN grew/VBD/grow ./. :: \
      DK energy ACTIVITY -
      a state-controlled firm is owned, not restricted :: body :: \
      Danish/JJ state-controlled/JJ oil/NN firms/NNS/firm grew/VBD/grow ./. :: DK energy ACTIVITY -
      a control on exports stays a restriction :: body :: \
      Denmark/NNP will/MD control/VB/control oil/NN exports/NNS/export ./. :: DK energy RESTRICTION -
      central banks are no banking sector :: body :: \
      The/DT Danish/JJ central/JJ bank/NN and/CC other/JJ central/JJ banks/NNS/bank raised/VBD/raise \
      rates/NNS/rate ./. :: none
      commercial banks stay finance :: body :: \
      Danish/JJ banks/NNS/bank raised/VBD/raise rates/NNS/rate ./. :: DK finance ACTIVITY -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
