package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;
import static org.newsgraph.quotes.QuoteTexts.withCue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;

/**
 * Subjects with an aside between commas before the cue ({@link AppositiveSubject}): long role
 * phrases with relative clauses, "whose" and "that" clauses, a name in apposition with where the
 * person works, "which" telling of an organisation inside the aside, a quoted title inside it, a
 * description that opens the sentence, a quantifier standing alone for its group ("Several
 * said"); each with its negative. Hand-built texts, no models.
 */
class AppositiveSubjectTest {

  /** One row: the sentence, the cue, the expected speaker mention. */
  static List<Arguments> subjects() {
    return List.of(
        Arguments.of("a role with a who-clause",
            "Mara/NNP/PERSON Lindqvist/NNP/PERSON ,/, a/DT Green/JJ strategist/NN who/WP"
                + " advises/VBZ/O/advise the/DT harbor/JJ Council/NNP ,/, said/VBD/O/say her/PRP$"
                + " polling/NN shows/VBZ/O/show residents/NNS trust/VBP/O/trust him/PRP ./.",
            "said", "Mara Lindqvist"),
        Arguments.of("a name in apposition with where the person works",
            "Another/DT analyst/NN ,/, Tomas/NNP/PERSON Arvelo/NNP/PERSON of/IN"
                + " Halvorsen/NNP/ORGANIZATION College/NNP/ORGANIZATION ,/, said/VBD/O/say"
                + " his/PRP$ sample/NN showed/VBD/O/show modest/JJ growth/NN ./.",
            "said", "Tomas Arvelo"),
        Arguments.of("which tells of the organisation in the aside, the name speaks",
            "Priya/NNP/PERSON Okonjo/NNP/PERSON ,/, president/NN of/IN the/DT"
                + " Northern/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION of/IN"
                + " Nurses/NNPS/ORGANIZATION ,/, which/WDT represents/VBZ/O/represent"
                + " county/NN nurses/NNS ,/, said/VBD/O/say the/DT levy/NN would/MD"
                + " backfire/VB ./.",
            "said", "Priya Okonjo"),
        Arguments.of("a whose-clause after the name",
            "Mr./NNP Varga/NNP/PERSON ,/, whose/WP$ late/JJ entry/NN was/VBD/O/be viewed/VBN"
                + " as/IN a/DT gamble/NN ,/, said/VBD/O/say that/IN he/PRP was/VBD/O/be"
                + " the/DT only/JJ outsider/NN ./.",
            "said", "Varga"),
        Arguments.of("a that-clause in a long aside, after an opening conjunction",
            "But/CC Lena/NNP/PERSON Marchetti/NNP/PERSON ,/, the/DT director/NN of/IN"
                + " Open/NNP/ORGANIZATION Ledger/NNP/ORGANIZATION ,/, a/DT nonprofit/JJ"
                + " group/NN that/WDT has/VBZ/O/have petitioned/VBN/O/petition to/TO release/VB"
                + " files/NNS from/IN the/DT Port/NNP/ORGANIZATION Authority/NNP/ORGANIZATION ,/,"
                + " said/VBD/O/say that/IN the/DT question/NN is/VBZ/O/be settled/VBN ./.",
            "said", "Lena Marchetti"),
        Arguments.of("a name the tagger reads as an adjective",
            "One/CD of/IN her/PRP$ aides/NNS ,/, Corin/NNP/PERSON Little/JJ/PERSON ,/,"
                + " told/VBD/O/tell colleagues/NNS that/IN she/PRP would/MD drop/VB it/PRP ./.",
            "told", "Corin Little"),
        Arguments.of("a month word inside a person's name",
            "Nandar/NNP/PERSON Htun/NNP/PERSON May/NNP/PERSON ,/, 47/CD ,/, a/DT nurse/NN ,/,"
                + " said/VBD/O/say she/PRP was/VBD/O/be relieved/JJ ./.",
            "said", "Nandar Htun May"),
        Arguments.of("a quoted title inside the aside",
            "Okafor/NNP/PERSON ,/, the/DT co-author/NN of/IN “/`` Breaking/VBG Loose/JJ ,/,"
                + " ”/'' about/IN the/DT decline/NN of/IN radio/NN ,/, said/VBD/O/say the/DT"
                + " habits/NNS of/IN one/CD generation/NN are/VBP/O/be changed/VBN ./.",
            "said", "Okafor"),
        Arguments.of("a description that opens the sentence",
            "The/DT volunteers/NNS ,/, led/VBN/O/lead by/IN field/NN director/NN Ines/NNP/PERSON"
                + " Paredes/NNP/PERSON ,/, told/VBD/O/tell the/DT crowd/NN that/IN they/PRP"
                + " were/VBD/O/be not/RB planning/VBG/O/plan to/TO leave/VB ./.",
            "told", "The volunteers"),
        Arguments.of("a share of a group after an opening adjunct",
            "Among/IN registered/JJ members/NNS ,/, about/RB three-quarters/NNS ,/,"
                + " 74/CD percent/NN ,/, say/VBP/O/say they/PRP will/MD campaign/VB for/IN"
                + " Halloran/NNP/PERSON ./.",
            "say", "three-quarters"),
        Arguments.of("who with an aside of its own: who is the mention",
            "Odile/NNP/PERSON Ferrand/NNP/PERSON ,/, who/WP ,/, after/IN exchanging/VBG"
                + " barbs/NNS with/IN Mr./NNP Kessler/NNP/PERSON ,/, said/VBD/O/say the/DT"
                + " network/NN became/VBD/O/become a/DT shouting/NN match/NN ./.",
            "said", "who"),
        Arguments.of("which after an organisation with no name before it",
            "The/DT TBCA/NNP/ORGANIZATION ,/, which/WDT represents/VBZ/O/represent boat/NN"
                + " owners/NNS ,/, said/VBD/O/say the/DT levy/NN would/MD backfire/VB ./.",
            "said", "TBCA"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void subject(String name, String sentence, String cue, String expected) {
    List<Quote> qs = quotes(sentence);
    Quote q = withCue(cue, qs).orElseThrow(() -> new AssertionError("no quote with " + cue + qs));
    assertEquals(expected, speaker(q), qs.toString());
  }

  @Test
  void aRelativeClauseInTheAsideDoesNotRunOverTheMainCue() {
    List<Quote> qs = quotes("Ruth/NNP/PERSON Adeyemi/NNP/PERSON ,/, an/DT economist/NN who/WP"
        + " advised/VBD/O/advise Halloran/NNP/PERSON on/IN the/DT budget/NN ,/, said/VBD/O/say"
        + " the/DT reform/NN has/VBZ/O/have been/VBN/O/be a/DT triumph/NN ./.");
    Quote said = withCue("said", qs).orElseThrow();
    assertEquals("Ruth Adeyemi", speaker(said));
    assertEquals("the reform has been a triumph", said.content().text());
    assertTrue(qs.stream().noneMatch(q -> q != said && q.content().text().contains("triumph")),
        qs.toString());
  }

  @Test
  void aRelativeSpeakerTakesNoContentBeforeIt() {
    List<Quote> qs = quotes("“/`` The/DT inspectors/NNS are/VBP/O/be under/IN a/DT mountain/NN"
        + " of/IN paperwork/NN ,/, ”/'' a/DT customs/NN source/NN ,/, who/WP was/VBD/O/be not/RB"
        + " cleared/VBN/O/clear to/TO speak/VB/O/speak about/IN the/DT inquiry/NN ,/,"
        + " told/VBD/O/tell Harbor/NNP/ORGANIZATION Radio/NNP/ORGANIZATION ./.");
    assertEquals("a customs source", speaker(withCue("told", qs).orElseThrow()), qs.toString());
    assertFalse(withCue("speak", qs).isPresent(), qs.toString());
  }

  @Test
  void aClauseBeforeTheAsideIsNoSubject() {
    // the words before the aside hold a verb: the opening phrase does not speak
    List<Quote> qs = quotes("Halloran/NNP/PERSON carried/VBD/O/carry Delaware/NNP/LOCATION ,/,"
        + " a/DT narrow/JJ upset/NN ,/, said/VBD/O/say the/DT Courier/NNP/ORGANIZATION ./.");
    qs.forEach(q -> assertNotEquals("Halloran", speaker(q), qs.toString()));
  }

  @Test
  void anOpeningAdjunctAloneIsNoSubject() {
    // "In a statement, ..., said": a preposition opens an adjunct, not a subject
    List<Quote> qs = quotes("In/IN a/DT statement/NN ,/, on/IN Tuesday/NNP ,/, said/VBD/O/say"
        + " the/DT plan/NN would/MD fail/VB ./.");
    qs.forEach(q -> assertNotEquals("a statement", speaker(q), qs.toString()));
  }

  @Test
  void aQuantifierAloneSpeaksForItsGroup() {
    List<Quote> qs = quotes("Several/JJ said/VBD/O/say they/PRP would/MD rather/RB stay/VB"
        + " home/NN ./.");
    assertEquals("Several", speaker(withCue("said", qs).orElseThrow()), qs.toString());
    List<Quote> counted = quotes("Of/IN 100/CD voters/NNS asked/VBN/O/ask about/IN"
        + " Halloran/NNP/PERSON ,/, 43/CD said/VBD/O/say they/PRP trust/VBP/O/trust him/PRP ./.");
    assertEquals("43", speaker(withCue("said", counted).orElseThrow()), counted.toString());
  }

  @Test
  void aDemonstrativeIsNoQuantifier() {
    // negative: "That said, ..." is no speaker with its cue
    List<Quote> qs = quotes("That/DT said/VBD/O/say ,/, the/DT plan/NN failed/VBD/O/fail ./.");
    qs.forEach(q -> assertNotEquals("That", speaker(q), qs.toString()));
  }

  @Test
  void whoRightBeforeItsCueStillGivesTheName() {
    // negative of the "who, ..., said" row: with no aside after "who", the name is the mention
    List<Quote> qs = quotes("Dana/NNP/PERSON Whitcombe/NNP/PERSON ,/, who/WP runs/VBZ/O/run the/DT"
        + " advocacy/NN office/NN ,/, says/VBZ/O/say the/DT levy/NN will/MD stall/VB ./.");
    assertEquals("Dana Whitcombe", speaker(withCue("says", qs).orElseThrow()), qs.toString());
  }

  @Test
  void aQuotedWordNotInsideAPhraseStillStopsTheAside() {
    // the opening mark follows the comma: the quote is speech, not a title inside the aside
    List<Quote> qs = quotes("Okafor/NNP/PERSON ,/, “/`` Breaking/VBG Loose/JJ ,/, ”/''"
        + " said/VBD/O/say the/DT author/NN ./.");
    qs.forEach(q -> assertNotEquals("Okafor", speaker(q), qs.toString()));
  }
}
