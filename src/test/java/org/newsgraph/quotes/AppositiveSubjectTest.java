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
            "Geoff/NNP/PERSON Garin/NNP/PERSON ,/, a/DT Democratic/JJ pollster/NN who/WP"
                + " advises/VBZ/O/advise the/DT super/JJ PAC/NNP ,/, said/VBD/O/say his/PRP$"
                + " research/NN shows/VBZ/O/show voters/NNS like/VBP/O/like her/PRP ./.",
            "said", "Geoff Garin"),
        Arguments.of("a name in apposition with where the person works",
            "Another/DT pollster/NN ,/, David/NNP/PERSON Woodard/NNP/PERSON of/IN"
                + " Clemson/NNP/ORGANIZATION University/NNP/ORGANIZATION ,/, said/VBD/O/say"
                + " his/PRP$ survey/NN showed/VBD/O/show steady/JJ support/NN ./.",
            "said", "David Woodard"),
        Arguments.of("which tells of the organisation in the aside, the name speaks",
            "Michael/NNP/PERSON Mulgrew/NNP/PERSON ,/, president/NN of/IN the/DT"
                + " United/NNP/ORGANIZATION Federation/NNP/ORGANIZATION of/IN"
                + " Teachers/NNPS/ORGANIZATION ,/, which/WDT represents/VBZ/O/represent"
                + " city/NN teachers/NNS ,/, said/VBD/O/say the/DT plan/NN would/MD fail/VB ./.",
            "said", "Michael Mulgrew"),
        Arguments.of("a whose-clause after the name",
            "Mr./NNP Cruz/NNP/PERSON ,/, whose/WP$ narrow/JJ finish/NN was/VBD/O/be seen/VBN"
                + " as/IN a/DT disappointment/NN ,/, said/VBD/O/say that/IN he/PRP was/VBD/O/be"
                + " the/DT lone/JJ conservative/NN ./.",
            "said", "Cruz"),
        Arguments.of("a that-clause in a long aside, after an opening conjunction",
            "But/CC Tom/NNP/PERSON Fitton/NNP/PERSON ,/, the/DT president/NN of/IN"
                + " Judicial/NNP/ORGANIZATION Watch/NNP/ORGANIZATION ,/, a/DT conservative/JJ"
                + " group/NN that/WDT has/VBZ/O/have sued/VBN/O/sue to/TO obtain/VB records/NNS"
                + " from/IN the/DT State/NNP/ORGANIZATION Department/NNP/ORGANIZATION ,/,"
                + " said/VBD/O/say that/IN the/DT damage/NN is/VBZ/O/be done/VBN ./.",
            "said", "Tom Fitton"),
        Arguments.of("a name the tagger reads as an adjective",
            "One/CD of/IN his/PRP$ advisers/NNS ,/, Tad/NNP/PERSON Devine/JJ/PERSON ,/,"
                + " told/VBD/O/tell reporters/NNS that/IN he/PRP would/MD leave/VB it/PRP ./.",
            "told", "Tad Devine"),
        Arguments.of("a month word inside a person's name",
            "Yin/NNP/PERSON Myint/NNP/PERSON May/NNP/PERSON ,/, 60/CD ,/, a/DT doctor/NN ,/,"
                + " said/VBD/O/say she/PRP was/VBD/O/be elated/JJ ./.",
            "said", "Yin Myint May"),
        Arguments.of("a quoted title inside the aside",
            "Hemsley/NNP/PERSON ,/, the/DT co-author/NN of/IN “/`` Going/VBG Viral/JJ ,/, ”/''"
                + " about/IN the/DT spread/NN of/IN news/NN ,/, said/VBD/O/say the/DT days/NNS"
                + " of/IN one/CD story/NN are/VBP/O/be gone/VBN ./.",
            "said", "Hemsley"),
        Arguments.of("a description that opens the sentence",
            "The/DT aides/NNS ,/, led/VBN/O/lead by/IN campaign/NN manager/NN Terry/NNP/PERSON"
                + " Sullivan/NNP/PERSON ,/, told/VBD/O/tell the/DT group/NN that/IN they/PRP"
                + " were/VBD/O/be not/RB expecting/VBG/O/expect to/TO win/VB ./.",
            "told", "The aides"),
        Arguments.of("a share of a group after an opening adjunct",
            "Among/IN likely/JJ voters/NNS ,/, about/RB two-thirds/NNS ,/, 67/CD percent/NN ,/,"
                + " say/VBP/O/say they/PRP will/MD vote/VB for/IN Trump/NNP/PERSON ./.",
            "say", "two-thirds"),
        Arguments.of("who with an aside of its own: who is the mention",
            "Bret/NNP/PERSON Stephens/NNP/PERSON ,/, who/WP ,/, after/IN trading/VBG"
                + " insults/NNS with/IN Mr./NNP Hannity/NNP/PERSON ,/, said/VBD/O/say the/DT"
                + " party/NN became/VBD/O/become an/DT echo/NN chamber/NN ./.",
            "said", "who"),
        Arguments.of("which after an organisation with no name before it",
            "The/DT NRA/NNP/ORGANIZATION ,/, which/WDT represents/VBZ/O/represent gun/NN"
                + " owners/NNS ,/, said/VBD/O/say the/DT plan/NN would/MD fail/VB ./.",
            "said", "NRA"));
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
    List<Quote> qs = quotes("Zeke/NNP/PERSON Emanuel/NNP/PERSON ,/, an/DT oncologist/NN who/WP"
        + " advised/VBD/O/advise Obama/NNP/PERSON on/IN the/DT overhaul/NN ,/, said/VBD/O/say"
        + " the/DT law/NN has/VBZ/O/have been/VBN/O/be a/DT success/NN ./.");
    Quote said = withCue("said", qs).orElseThrow();
    assertEquals("Zeke Emanuel", speaker(said));
    assertEquals("the law has been a success", said.content().text());
    assertTrue(qs.stream().noneMatch(q -> q != said && q.content().text().contains("success")),
        qs.toString());
  }

  @Test
  void aRelativeSpeakerTakesNoContentBeforeIt() {
    List<Quote> qs = quotes("“/`` The/DT agents/NNS are/VBP/O/be under/IN a/DT lot/NN of/IN"
        + " pressure/NN ,/, ”/'' an/DT intelligence/NN source/NN ,/, who/WP was/VBD/O/be not/RB"
        + " authorized/VBN/O/authorize to/TO speak/VB/O/speak on/IN the/DT record/NN ,/,"
        + " told/VBD/O/tell Fox/NNP/ORGANIZATION News/NNP/ORGANIZATION ./.");
    assertEquals("an intelligence source", speaker(withCue("told", qs).orElseThrow()), qs.toString());
    assertFalse(withCue("speak", qs).isPresent(), qs.toString());
  }

  @Test
  void aClauseBeforeTheAsideIsNoSubject() {
    // the words before the aside hold a verb: the opening phrase does not speak
    List<Quote> qs = quotes("Trump/NNP/PERSON won/VBD/O/win Iowa/NNP/LOCATION ,/, a/DT big/JJ"
        + " victory/NN ,/, said/VBD/O/say the/DT AP/NNP/ORGANIZATION ./.");
    qs.forEach(q -> assertNotEquals("Trump", speaker(q), qs.toString()));
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
        + " Clinton/NNP/PERSON ,/, 43/CD said/VBD/O/say they/PRP trust/VBP/O/trust her/PRP ./.");
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
    List<Quote> qs = quotes("Chris/NNP/PERSON Cox/NNP/PERSON ,/, who/WP runs/VBZ/O/run the/DT"
        + " lobbying/NN arm/NN ,/, says/VBZ/O/say the/DT plan/NN will/MD fail/VB ./.");
    assertEquals("Chris Cox", speaker(withCue("says", qs).orElseThrow()), qs.toString());
  }

  @Test
  void aQuotedWordNotInsideAPhraseStillStopsTheAside() {
    // the opening mark follows the comma: the quote is speech, not a title inside the aside
    List<Quote> qs = quotes("Hemsley/NNP/PERSON ,/, “/`` Going/VBG Viral/JJ ,/, ”/''"
        + " said/VBD/O/say the/DT author/NN ./.");
    qs.forEach(q -> assertNotEquals("Hemsley", speaker(q), qs.toString()));
  }
}
