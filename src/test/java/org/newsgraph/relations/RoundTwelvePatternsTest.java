package org.newsgraph.relations;

/**
 * The twelfth round's patterns. A currency named by its country ("the Swiss franc", "the Kenyan
 * shilling slipped") is a claim about the country's finance sector (the guideline counts currency in
 * finance), always ACTIVITY, since a currency's rise or fall is a price move and the money on the
 * other side of the rate is no counterpart, where the sentence speaks of its value (a price move, an
 * exchange rate, a finance term), not of money held; an amount of money ("40 million Canadian
 * dollars", "US$ 5", "paid in Indian rupees") names which money, no claim and no party. Experience or expertise
 * shared or brought in is no lead of the giver; "less competitive" and "uncompetitive" are a loss of
 * ground, "more competitive than" an edge (conventions 4 and 8); a lead word in an apposition to a
 * firm's name ranks the firm, ACTIVITY (convention 7); the "drugs" of a sentence that names a
 * narcotic are no medicines, and the gold and silver of a sentence about medals are prizes. On
 * hand-tagged, unparsed sentences written for these tests (no model), one row a pattern, with the
 * rows that keep the other reading.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundTwelvePatternsTest extends PatternTableTest {

  private static final String TABLE = """
      a currency named by a demonym is finance where its value moves :: body :: \
      Traders/NNS/trader said/VBD/say the/DT Swiss/JJ franc/NN firmed/VBD/firm ./. :: CH finance ACTIVITY -
      money held is no claim about its country's finance :: body :: \
      Some/DT customers/NNS/customer hold/VBP/hold Thai/JJ baht/NN at/IN the/DT exchange/NN ./. :: none
      a falling currency is a price move, no decline :: body :: \
      The/DT Kenyan/JJ shilling/NN fell/VBD/fall sharply/RB ./. :: KE finance ACTIVITY -
      both currencies of a rate, neither the other's counterpart :: body :: \
      The/DT dollar/NN rose/VBD/rise against/IN the/DT Swiss/JJ franc/NN and/CC the/DT Japanese/JJ \
      yen/NN ./. :: CH finance ACTIVITY -; JP finance ACTIVITY -
      an invariant noun the tagger calls plural is one currency :: body :: \
      The/DT Japanese/JJ yen/NNS firmed/VBD/firm ./. :: JP finance ACTIVITY -
      a mark after a demonym is money :: body :: \
      The/DT German/JJ mark/NN slipped/VBD/slip ./. :: DE finance ACTIVITY -
      an amount after a number is no claim :: body :: \
      Its/PRP$ costs/NNS/cost rose/VBD/rise to/TO 40/CD million/CD Canadian/JJ dollar/NN ./. :: none
      an amount after "of" and a number is no claim :: body :: \
      Billions/NNS/billion of/IN Japanese/JJ yen/NN left/VBD/leave as/IN rates/NNS/rate fell/VBD/fall ./. :: \
      none
      a plural currency names the money paid :: body :: \
      Payments/NNS/payment in/IN Indian/JJ rupees/NNS/rupee rose/VBD/rise ./. :: none
      a number after the currency makes an amount :: body :: \
      Fees/NNS/fee rose/VBD/rise to/TO Kenyan/JJ shilling/NN 500/CD ./. :: none
      a currency sign is an amount :: body :: \
      The/DT bill/NN rose/VBD/rise to/TO US/NNP $/$ 5/CD ./. :: none
      experience shared with others is no lead :: body :: \
      Norway/NNP will/MD share/VB/share its/PRP$ experience/NN in/IN fish/NN farming/NN ./. :: \
      NO agriculture ACTIVITY -
      expertise brought in is no lead :: body :: \
      Norway/NNP brings/VBZ/bring its/PRP$ expertise/NN in/IN fish/NN farming/NN ./. :: \
      NO agriculture ACTIVITY -
      a country's own experience stays a lead :: body :: \
      Norway/NNP 's/POS experience/NN in/IN fish/NN farming/NN is/VBZ/be unmatched/JJ ./. :: \
      NO agriculture ADVANTAGE -
      less competitive is a loss of ground :: body :: \
      High/JJ costs/NNS/cost made/VBD/make Danish/JJ steel/NN less/RBR competitive/JJ ./. :: \
      DK steel DECLINE -
      uncompetitive is a loss of ground :: body :: \
      Danish/JJ steel/NN became/VBD/become uncompetitive/JJ ./. :: DK steel DECLINE -
      more competitive than is an edge of the first side only :: body :: \
      Danish/JJ steel/NN is/VBZ/be more/RBR competitive/JJ than/IN Swedish/JJ steel/NN ./. :: \
      DK steel ADVANTAGE -
      a firm's rank in an apposition is the firm's, no national lead :: body :: \
      Acme/NNP Mining/NNP ,/, Chile/NNP 's/POS leading/JJ copper/NN miner/NN ,/, cut/VBD/cut \
      output/NN ./. :: CL metals-mining ACTIVITY -
      drugs beside a narcotic are no medicines, even when shipped :: body :: \
      Peru/NNP shipped/VBD/ship drugs/NNS/drug ,/, mostly/RB cocaine/NN ,/, to/TO Chile/NNP ./. :: none
      drugs without a narcotic stay medicines :: body :: \
      Peru/NNP shipped/VBD/ship drugs/NNS/drug to/TO Chile/NNP ./. :: PE pharmaceuticals ACTIVITY CL
      gold among medals is a prize :: body :: \
      Kenya/NNP won/VBD/win two/CD golds/NNS/gold and/CC three/CD bronze/JJ medals/NNS/medal ./. :: none
      gold sold stays a metal among medals :: body :: \
      Kenya/NNP sold/VBD/sell gold/NN to/TO a/DT medal/NN maker/NN ./. :: KE metals-mining ACTIVITY -
      a country's rank in an apposition stays a lead :: body :: \
      Chile/NNP ,/, the/DT world/NN 's/POS leading/JJ copper/NN miner/NN ,/, cut/VBD/cut \
      output/NN ./. :: CL metals-mining ADVANTAGE -
      """;

  @Override
  String table() {
    return TABLE;
  }
}
