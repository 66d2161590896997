package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seventh round's patterns (types and counterparts on unseen newswire and wire copy): several
 * partners give one relation each, a list of parties to a pact pairs every member with every other;
 * a price move of a security or a commodity is no stance; working more closely is cooperation; a
 * plant's host may follow a place in it; no country restricts itself; "the three countries" refer
 * back to the last three named; controls that are checks or competition law ("quality controls",
 * "anti-monopoly controls") are no trade measure; missiles that were fired are an attack's weapons;
 * a bare "it" before "is useful" names no country; a destination after a moving verb and an
 * amount ("shipments rose 12 percent to Chile") is a sale flow's counterpart. On hand-tagged, unparsed sentences written for
 * these tests (no model), one row a pattern; and, on hand-parsed ones, a negating verb ("refrained
 * from") right above the sector's clause negates it where no trigger stands.
 *
 * <p>Columns, split by " :: ": the pattern; how the sentences stand ({@code body}: one body
 * sentence under a headline that names no country and no sector; {@code paragraph}: sentences of
 * one paragraph, split by " || "; {@code alone}: the text's only sentence); the sentences; the
 * relations expected ("none" for none, else "; "-separated).
 */
class RoundSevenPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      imports from two countries give each seller a relation :: body :: \
      Kenya/NNP imports/VBZ/import fertiliser/NN from/IN Russia/NNP and/CC Belarus/NNP ./. :: \
      BY chemicals ACTIVITY KE; KE chemicals ACTIVITY BY; KE chemicals ACTIVITY RU; RU chemicals ACTIVITY KE
      a list of parties to a pact pairs every member with every other :: body :: \
      Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP signed/VBD/sign a/DT copper/NN pact/NN ./. :: \
      BO metals-mining COOPERATION CL; BO metals-mining COOPERATION PE; CL metals-mining COOPERATION BO; \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION BO; PE metals-mining COOPERATION CL
      a country further on is no partner of the list :: body :: \
      Kenya/NNP imports/VBZ/import tea/NN from/IN Uganda/NNP ,/, officials/NNS/official in/IN Tanzania/NNP \
      said/VBD/say ./. :: KE agriculture ACTIVITY UG; UG agriculture ACTIVITY KE
      a drop in a security after the loss word is a price move :: body :: \
      Argentina/NNP 's/POS wheat/NN trade/NN slowed/VBD/slow after/IN a/DT drop/NN in/IN futures/NNS/future ./. :: \
      AR agriculture ACTIVITY -
      a security as the object of a lead word is a price move :: body :: \
      Canadian/JJ bonds/NNS/bond opened/VBD/open softer/JJR but/CC outperformed/VBD/outperform \
      Mexican/JJ notes/NNS/note ./. :: CA finance ACTIVITY -
      markets that weaken move in price :: body :: \
      Canadian/JJ and/CC Mexican/JJ bond/NN markets/NNS/market weakened/VBD/weaken ./. :: \
      CA finance ACTIVITY -; MX finance ACTIVITY -
      a one-word move right after a commodity is its price :: alone :: \
      Indian/JJ copper/NN falls/VBZ/fall ./. :: IN metals-mining ACTIVITY -
      a fall of output keeps its stance :: alone :: \
      Indian/JJ copper/NN output/NN falls/VBZ/fall ./. :: IN metals-mining DECLINE -
      market share is no price :: body :: \
      Thai/JJ rice/NN exporters/NNS/exporter lost/VBD/lose market/NN share/NN ./. :: TH agriculture DECLINE -
      working more closely is cooperation :: body :: \
      Chile/NNP and/CC Peru/NNP will/MD work/VB/work more/RBR closely/RB on/IN copper/NN ./. :: \
      CL metals-mining COOPERATION PE; PE metals-mining COOPERATION CL
      a plant built in a city in a country has the country as host :: body :: \
      Peru/NNP will/MD build/VB/build a/DT copper/NN smelter/NN in/IN Arica/NNP city/NN in/IN \
      northern/JJ Chile/NNP ./. :: PE metals-mining INVESTMENT CL
      no country restricts itself: a pronoun read as the target owns nothing :: paragraph :: \
      Burundi/NNP held/VBD/hold talks/NNS/talk ./. || The/DT council/NN lifted/VBD/lift its/PRP$ \
      arms/NNS embargo/NN against/IN Burundi/NNP ./. :: none
      the three countries refer back to the last three named :: paragraph :: \
      Kenya/NNP ,/, Uganda/NNP and/CC Tanzania/NNP grow/VBP/grow tea/NN ./. || The/DT three/CD \
      countries/NNS/country import/VBP/import fertiliser/NN from/IN Morocco/NNP ./. :: \
      KE agriculture ACTIVITY -; TZ agriculture ACTIVITY -; UG agriculture ACTIVITY -; \
      KE chemicals ACTIVITY MA; MA chemicals ACTIVITY KE; MA chemicals ACTIVITY TZ; MA chemicals ACTIVITY UG; \
      TZ chemicals ACTIVITY MA; UG chemicals ACTIVITY MA
      the three countries refer to nothing after only two were named :: paragraph :: \
      Kenya/NNP and/CC Uganda/NNP grow/VBP/grow tea/NN ./. || The/DT three/CD \
      countries/NNS/country use/VBP/use much/JJ fertiliser/NN ./. :: \
      KE agriculture ACTIVITY -; UG agriculture ACTIVITY -
      anti-monopoly controls are competition law, no trade measure :: body :: \
      Anti-monopoly/JJ controls/NNS/control slowed/VBD/slow Peru/NNP 's/POS telecoms/NNS firms/NNS/firm ./. :: \
      PE digital-economy ACTIVITY -
      quality controls are checks, no trade measure :: body :: \
      Kenya/NNP tightened/VBD/tighten quality/NN controls/NNS/control on/IN tea/NN ./. :: KE agriculture ACTIVITY -
      export controls stay a restriction :: body :: \
      Kenya/NNP tightened/VBD/tighten export/NN controls/NNS/control on/IN tea/NN ./. :: KE agriculture RESTRICTION -
      missiles that were fired are an attack's weapons, no defence claim :: body :: \
      Rebels/NNS/rebel said/VBD/say that/IN Libyan/JJ gunners/NNS/gunner fired/VBD/fire the/DT missiles/NNS/missile ./. :: none
      a country's missiles are still a defence claim :: body :: \
      Libyan/JJ missiles/NNS/missile were/VBD/be shown/VBN/show at/IN a/DT fair/NN ./. :: LY defence ACTIVITY -
      a bare it before it is useful names a thing, no country :: paragraph :: \
      Uganda/NNP held/VBD/hold a/DT fair/NN ./. || It/PRP is/VBZ/be useful/JJ on/IN \
      farms/NNS/farm ./. :: none
      a bare it before another copula phrase may still name the country :: paragraph :: \
      Uganda/NNP held/VBD/hold a/DT fair/NN ./. || It/PRP is/VBZ/be rich/JJ in/IN \
      copper/NN ./. :: UG metals-mining ACTIVITY -
      a destination after a moving verb and an amount is the flow's counterpart :: body :: \
      Kenyan/JJ tea/NN shipments/NNS/shipment rose/VBD/rise 12/CD percent/NN to/TO Chile/NNP ./. :: \
      KE agriculture ACTIVITY CL
      a destination after a fraction with by is the flow's counterpart :: body :: \
      Kenya/NNP 's/POS tea/NN exports/NNS/export grew/VBD/grow by/IN a/DT fifth/JJ to/TO Vietnam/NNP ./. :: \
      KE agriculture ACTIVITY VN
      each listed destination after a move is a counterpart :: body :: \
      Kenya/NNP 's/POS tea/NN exports/NNS/export rose/VBD/rise sharply/RB to/TO Chile/NNP and/CC Peru/NNP ./. :: \
      KE agriculture ACTIVITY CL; KE agriculture ACTIVITY PE
      a fall keeps its stance, which has no counterpart :: body :: \
      Kenya/NNP 's/POS tea/NN exports/NNS/export fell/VBD/fall sharply/RB to/TO Chile/NNP ./. :: \
      KE agriculture DECLINE -
      an amount after a move and to is no destination :: body :: \
      Kenya/NNP 's/POS tea/NN exports/NNS/export rose/VBD/rise 12/CD percent/NN to/TO 4.5/CD \
      billion/CD dollars/NNS/dollar ./. :: KE agriculture ACTIVITY -
      an origin after a purchase's move and an amount is the counterpart, the seller's partner the buyer :: body :: \
      Kenya/NNP 's/POS tea/NN imports/NNS/import rose/VBD/rise 12/CD percent/NN from/IN Chile/NNP ./. :: \
      CL agriculture ACTIVITY KE; KE agriculture ACTIVITY CL
      a purchase that moves has no destination after to :: body :: \
      Kenya/NNP 's/POS tea/NN imports/NNS/import rose/VBD/rise 12/CD percent/NN to/TO Chile/NNP \
      's/POS level/NN ./. :: KE agriculture ACTIVITY -
      """;

  @Override
  String table() {
    return TABLE;
  }

  @Test
  void aNegatingVerbRightAboveTheSectorsClauseNegatesItWithoutTrigger() {
    // hand-parsed: "Peru refrained from staging a copper auction."
    assertEquals(Set.of(), ObjectControlTest.relations(
        "Peru|NNP|1|nsubj refrained|VBD|-1|root|refrain from|IN|3|mark staging|VBG|1|advcl|stage "
            + "a|DT|6|det copper|NN|6|compound auction|NN|3|obj .|.|1|punct"));
  }

  @Test
  void theSameClauseWithoutTheNegatingVerbIsAClaim() {
    // hand-parsed: "Peru began staging a copper auction."
    assertEquals(Set.of("PE metals-mining ACTIVITY -"), ObjectControlTest.relations(
        "Peru|NNP|1|nsubj began|VBD|-1|root|begin staging|VBG|1|xcomp|stage "
            + "a|DT|5|det copper|NN|5|compound auction|NN|2|obj .|.|1|punct"));
  }

  @Test
  void aGroupCountsWhatItsNumberWordOrNumeralSays() {
    assertEquals(3, BackReferenceResolver.groupSize("Three", 2));
    assertEquals(10, BackReferenceResolver.groupSize("ten", 2));
    assertEquals(7, BackReferenceResolver.groupSize("7", 2));
    assertEquals(2, BackReferenceResolver.groupSize("East", 2), "another word counts the default");
    assertEquals(2, BackReferenceResolver.groupSize("50", 2), "a numeral above the limit is no group");
    assertEquals(2, BackReferenceResolver.groupSize("1", 2), "one country is no group");
  }
}
