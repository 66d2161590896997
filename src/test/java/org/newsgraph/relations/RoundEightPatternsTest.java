package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The eighth round's patterns (precision and types on unseen newswire): a country named for its
 * troops owns no sector word; a weapon that is intercepted names an attack; a flow word that names
 * its own goods ("imported food") carries no sector from an earlier sentence; "Anglo-" joins
 * Britain to the country after it; a trigger noun before a colon types the whole list after it
 * (hand-parsed, where the tree does not reach the trigger from the list); "the best X in the world"
 * is a lead; a market's name in title case after a demonym ("Japanese Government Bonds") is a
 * sector term; a textile agreement is the importer's restriction where the text says who sells to
 * whom; a people's demonym alone after goods and "for" ("energy for Sudanese") owns nothing; a
 * country between a sale verb and the goods ("selling Peru rice") is the buyer, never the seller;
 * a word coordinated before a term's head ("transport and telecommunications infrastructure")
 * shares the head; two named countries that agree to act in a sector cooperate; a bare "it" inside
 * a "where" clause names a thing, not the place's country; "in the United States" is a place as "in
 * Japan" is. On hand-tagged, unparsed sentences written for these tests (no model), one row a
 * pattern, with the row that keeps the nearby claim.
 *
 * <p>Columns as in {@link RoundSevenPatternsTest}: the pattern; how the sentences stand; the
 * sentences (" || " between); the relations expected ("none" for none, else "; "-separated).
 */
class RoundEightPatternsTest extends PatternTableTest {

  private static final String TABLE = """
      a country named for its troops owns no sector word :: body :: \
      Arms/NNS/arm are/VBP/be sold/VBN/sell openly/RB in/IN the/DT town/NN ,/, where/WRB Kenyan/JJ \
      troops/NNS/troop clashed/VBD/clash with/IN gunmen/NNS/gunman ./. :: none
      a country's arms sales stay a claim :: body :: \
      Kenyan/JJ arms/NNS/arm sales/NNS/sale rose/VBD/rise ./. :: KE defence ACTIVITY -
      an intercepted missile names an attack :: body :: \
      Peru/NNP 's/POS gunners/NNS/gunner intercepted/VBD/intercept two/CD of/IN the/DT rebel/JJ \
      missiles/NNS/missile ./. :: none
      a flow word that names its own goods carries no sector :: paragraph :: \
      Kenya/NNP grows/VBZ/grow less/JJR maize/NN ./. || Uganda/NNP worries/VBZ/worry about/IN \
      imported/VBN/import food/NN ./. :: KE agriculture ACTIVITY -
      a flow word without its goods carries the sector :: paragraph :: \
      Kenya/NNP grows/VBZ/grow less/JJR maize/NN ./. || Uganda/NNP imports/VBZ/import more/JJR \
      now/RB ./. :: KE agriculture ACTIVITY -; UG agriculture ACTIVITY -
      anglo joins Britain to the country after it :: body :: \
      The/DT Anglo-Swiss/JJ drugmaker/NN Novapharm/NNP sells/VBZ/sell vaccines/NNS/vaccine ./. :: \
      CH pharmaceuticals ACTIVITY -; GB pharmaceuticals ACTIVITY -
      the best goods in the world are a lead :: body :: \
      Colombia/NNP grows/VBZ/grow the/DT best/JJS coffee/NN in/IN the/DT world/NN ./. :: \
      CO agriculture ADVANTAGE -
      a market's name in title case after a demonym is a sector term :: body :: \
      Japanese/JJ Government/NNP Bonds/NNPS/bond rallied/VBD/rally on/IN Monday/NNP ./. :: JP finance ACTIVITY -
      a textile agreement is the importer's restriction on the exporter :: paragraph :: \
      Peru/NNP 's/POS textile/NN exports/NNS/export to/TO Canada/NNP rose/VBD/rise ./. || Peru/NNP and/CC \
      Canada/NNP signed/VBD/sign a/DT new/JJ textile/NN agreement/NN ./. :: \
      CA textiles RESTRICTION PE; PE textiles ACTIVITY CA
      a textile agreement with no stated direction stays as written :: body :: \
      Peru/NNP and/CC Canada/NNP signed/VBD/sign a/DT new/JJ textile/NN agreement/NN ./. :: \
      CA textiles COOPERATION PE; PE textiles COOPERATION CA
      an agreement on other goods stays a cooperation :: paragraph :: \
      Peru/NNP 's/POS copper/NN exports/NNS/export to/TO Canada/NNP rose/VBD/rise ./. || Peru/NNP and/CC \
      Canada/NNP signed/VBD/sign a/DT new/JJ copper/NN agreement/NN ./. :: \
      CA metals-mining COOPERATION PE; PE metals-mining ACTIVITY CA; PE metals-mining COOPERATION CA
      a people's demonym alone after goods and for is no owner :: body :: \
      Cheap/JJ energy/NN for/IN Sudanese/JJ is/VBZ/be the/DT aim/NN ./. :: none
      a demonym before its noun after for still owns :: body :: \
      Demand/NN for/IN Kenyan/JJ tea/NN rose/VBD/rise ./. :: KE agriculture ACTIVITY -
      a country between a sale verb and the goods is the buyer, no seller :: body :: \
      Officials/NNS/official voted/VBD/vote for/IN selling/VBG/sell Peru/NNP \
      rice/NN ./. :: none
      the buyer between a sale verb and the goods is the seller's counterpart :: body :: \
      Canada/NNP is/VBZ/be selling/VBG/sell China/NNP more/JJR wheat/NN ./. :: CA agriculture ACTIVITY CN
      a country's goods after a sale verb are still its own :: body :: \
      Traders/NNS/trader are/VBP/be selling/VBG/sell Chinese/JJ wheat/NN ./. :: CN agriculture ACTIVITY -
      a word coordinated before a term's head shares it :: body :: \
      Kenya/NNP will/MD expand/VB/expand its/PRP$ transport/NN and/CC telecommunications/NNS \
      infrastructure/NN ./. :: KE digital-economy INVESTMENT -; KE transport-logistics INVESTMENT -
      a word before a shared head that makes no term stays out :: body :: \
      Kenya/NNP will/MD expand/VB/expand its/PRP$ school/NN and/CC telecommunications/NNS \
      infrastructure/NN ./. :: KE digital-economy INVESTMENT -
      two named countries that agree to act in a sector cooperate :: body :: \
      Kenya/NNP and/CC Peru/NNP agreed/VBD/agree to/TO expand/VB/expand coffee/NN trade/NN ./. :: \
      KE agriculture COOPERATION PE; PE agriculture COOPERATION KE
      two countries acting without an agreement stay active :: body :: \
      Kenya/NNP and/CC Peru/NNP grow/VBP/grow coffee/NN ./. :: \
      KE agriculture ACTIVITY -; PE agriculture ACTIVITY -
      an agreed ban stays a restriction :: body :: \
      Kenya/NNP and/CC Peru/NNP agreed/VBD/agree to/TO ban/VB/ban coffee/NN exports/NNS/export ./. :: \
      KE agriculture RESTRICTION -; PE agriculture RESTRICTION -
      a bare it inside a where clause names a thing, not the place's country :: body :: \
      Husk/NN sells/VBZ/sell well/RB in/IN Chile/NNP ,/, where/WRB growers/NNS/grower spread/VBP/spread \
      it/PRP on/IN farms/NNS/farm ./. :: none
      a bare it after the country without a where clause may still name it :: body :: \
      Japan/NNP held/VBD/hold talks/NNS/talk and/CC it/PRP is/VBZ/be rich/JJ in/IN copper/NN ./. :: \
      JP metals-mining ACTIVITY -
      a country after in and the is a place too :: body :: \
      Cocoa/NN husk/NN is/VBZ/be burnt/VBN/burn as/IN waste/NN in/IN the/DT Netherlands/NNP ./. :: none
      a country right after the sector with in and the owns it :: body :: \
      Firms/NNS/firm in/IN the/DT logistics/NNS industry/NN in/IN the/DT Netherlands/NNP grew/VBD/grow ./. :: \
      NL transport-logistics ACTIVITY -
      a one-word title-case term after a country stays a name :: body :: \
      Qatar/NNP Petroleum/NNP raised/VBD/raise its/PRP$ prices/NNS/price ./. :: none
      """;

  @Override
  String table() {
    return TABLE;
  }

  /** "Kenya and Peru named their areas of cooperation: farming and mining." */
  private static final String COLON_LIST = "Kenya|NNP|3|nsubj and|CC|2|cc Peru|NNP|0|conj named|VBD|-1|root|name "
      + "their|PRP$|5|nmod:poss areas|NNS|3|obj|area of|IN|7|case cooperation|NN|5|nmod :|:|3|punct "
      + "farming|NN|3|parataxis and|CC|11|cc mining|NN|9|conj .|.|3|punct";

  @Test
  void aTriggerNounBeforeAColonTypesTheWholeListAfterIt() {
    assertEquals(Set.of("KE agriculture COOPERATION PE", "KE metals-mining COOPERATION PE",
        "PE agriculture COOPERATION KE", "PE metals-mining COOPERATION KE"),
        ObjectControlTest.relations(COLON_LIST));
  }

  @Test
  void aListAfterAColonWithoutTriggerStaysActivity() {
    assertEquals(Set.of("KE agriculture ACTIVITY -", "KE metals-mining ACTIVITY -",
        "PE agriculture ACTIVITY -", "PE metals-mining ACTIVITY -"),
        ObjectControlTest.relations(COLON_LIST.replace("cooperation|NN", "interest|NN")));
  }

  @Test
  void aSemicolonBetweenEndsTheColonsList() {
    assertEquals(Set.of("KE agriculture ACTIVITY -", "KE metals-mining ACTIVITY -",
        "PE agriculture ACTIVITY -", "PE metals-mining ACTIVITY -"),
        ObjectControlTest.relations(COLON_LIST.replace(":|:|3|punct", ";|:|3|punct")));
  }
}
