package org.newsgraph.quotes;

import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;
import static org.newsgraph.quotes.QuoteTexts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;
import org.newsgraph.text.AnalyzedText;

/**
 * Attribution forms found on PolNeAR's train split (split quotes, "Name: “...”", clauses joined to
 * a reported one, passives with "been", participles with their own subject, speakers the tagger
 * misreads, "according to a tally by X", ...), each with its negative; hand-built texts, no
 * models.
 */
class AttributionFormsTest {

  /** One row: the text, the cue, the expected speaker mention and rule. */
  static List<Arguments> forms() {
    return List.of(
        Arguments.of("a quote ending with ? before its own sentence's cue",
            new String[] {"“/`` Who/WP do/VBP/O/do they/PRP think/VBP/O/think they/PRP"
                + " are/VBP/O/be ?/. ”/''", "Trump/NNP/PERSON said/VBD/O/say of/IN"
                + " Apple/NNP/ORGANIZATION in/IN February/NNP ./."},
            "said", "Trump", "direct/content-split-cue"),
        Arguments.of("an inverted cue opening the sentence after a question",
            new String[] {"“/`` But/CC why/WRB ?/. ”/''", "asked/VBD/O/ask reporter/NN"
                + " Jackie/NNP/PERSON Nespral/NNP/PERSON ./."},
            "asked", "Jackie Nespral", "direct/content-split-cue"),
        Arguments.of("a name, a colon and a quote inside a sentence",
            new String[] {"It/PRP does/VBZ/O/do n't/RB surprise/VB pollster/NN Daron/NNP/PERSON"
                + " Shaw/NNP/PERSON :/: “/`` Lesser/JJR known/VBN candidates/NNS have/VBP/O/have"
                + " seen/VBN/O/see the/DT biggest/JJS boost/NN ./. ”/''"},
            ":", "Daron Shaw", "direct/name-colon-quote"),
        Arguments.of("a document before a colon and a quote",
            new String[] {"More/JJR from/IN the/DT report/NN/O/report :/: “/`` Today/NN numerous/JJ"
                + " surveys/NNS are/VBP/O/be used/VBN to/TO poll/VB voters/NNS ./. ”/''"},
            ":", "the report", "direct/name-colon-quote"),
        Arguments.of("a preposition after the cue: the content is before it",
            new String[] {"Clinton/NNP/PERSON won/VBD/O/win the/DT Missouri/NNP/LOCATION"
                + " primary/NN ,/, the/DT Associated/NNP/ORGANIZATION Press/NNP/ORGANIZATION"
                + " declared/VBD/O/declare on/IN Thursday/NNP ,/, two/CD days/NNS after/IN"
                + " voters/NNS went/VBD/O/go to/TO the/DT polls/NNS ./."},
            "declared", "Associated Press", "indirect/content-name-cue"),
        Arguments.of("a participle between the subject and its cue",
            new String[] {"A/DT news/NN report/NN published/VBN/O/publish Wednesday/NNP"
                + " said/VBD/O/say Carter/NNP/PERSON used/VBD/O/use a/DT personal/JJ"
                + " account/NN ./."},
            "said", "A news report", "indirect/subject-cue"),
        Arguments.of("an age after the name, before a forward-only verb",
            new String[] {"“/`` That/DT is/VBZ/O/be a/DT legitimate/JJ concern/NN ,/, ”/''"
                + " Sarandon/NNP/PERSON ,/, 69/CD ,/, told/VBD/O/tell MSNBC/NNP/ORGANIZATION"
                + " Monday/NNP ./."},
            "told", "Sarandon", "direct/content-name-cue"),
        Arguments.of("a person's name in apposition to a description",
            new String[] {"Sanders/NNP/PERSON remains/VBZ/O/remain committed/VBN to/TO the/DT"
                + " race/NN ,/, his/PRP$ top/JJ aide/NN ,/, Tad/NNP/PERSON Devine/NNP/PERSON ,/,"
                + " told/VBD/O/tell reporters/NNS ./."},
            "told", "Tad Devine", "indirect/content-name-cue"),
        Arguments.of("a name that opens its clause after a time adjunct",
            new String[] {"On/IN Saturday/NNP ,/, Senator/NNP Bernie/NNP/PERSON Sanders/NNP/PERSON"
                + " ,/, a/DT Democratic/JJ rival/NN ,/, assailed/VBD/O/assail her/PRP for/IN"
                + " supporting/VBG the/DT war/NN ./."},
            "assailed", "Bernie Sanders", "indirect/subject-cue"),
        Arguments.of("a passive with been and its agent",
            new String[] {"Trump/NNP/PERSON has/VBZ/O/have been/VBN/O/be rebuked/VBN/O/rebuke by/IN"
                + " opponents/NNS for/IN his/PRP$ plan/NN ./."},
            "rebuked by", "opponents", "indirect/passive-by"),
        Arguments.of("a participle after with takes the phrase before it",
            new String[] {"Candidates/NNS went/VBD/O/go further/RB ,/, with/IN Martin/NNP/PERSON"
                + " O’Malley/NNP/PERSON calling/VBG/O/call Trump/NNP/PERSON a/DT fascist/NN ./."},
            "calling", "Martin O’Malley", "indirect/participle"),
        Arguments.of("a participle after an appositive subject",
            new String[] {"David/NNP/PERSON Stockman/NNP/PERSON ,/, a/DT former/JJ director/NN ,/,"
                + " called/VBD/O/call for/IN repeal/NN ,/, arguing/VBG/O/argue that/IN"
                + " banks/NNS were/VBD/O/be too/RB big/JJ ./."},
            "arguing", "David Stockman", "indirect/participle"),
        Arguments.of("a parenthetical cue after an adjunct",
            new String[] {"In/IN the/DT early/JJ 1990s/CD ,/, Ms./NNP Dunmore/NNP/PERSON"
                + " said/VBD/O/say ,/, she/PRP was/VBD/O/be earning/VBG/O/earn more/JJR ./."},
            "said", "Dunmore", "indirect/parenthetical-cue"),
        Arguments.of("a share of a group speaks",
            new String[] {"Most/JJS of/IN them/PRP said/VBD/O/say they/PRP had/VBD/O/have"
                + " loved/VBN/O/love working/VBG for/IN Carrier/NNP ./."},
            "said", "Most of them", "indirect/subject-cue"),
        Arguments.of("a relative clause without commas before the cue",
            new String[] {"Officials/NNS who/WP spoke/VBD/O/speak with/IN The/DT"
                + " Huffington/NNP/ORGANIZATION Post/NNP/ORGANIZATION said/VBD/O/say the/DT"
                + " party/NN would/MD change/VB ./."},
            "said", "Officials", "indirect/subject-cue"),
        Arguments.of("a subordinate clause before the main subject",
            new String[] {"When/WRB she/PRP arrived/VBD/O/arrive at/IN the/DT party/NN ,/,"
                + " Ms./NNP Sherry/NNP/PERSON smiled/VBD/O/smile and/CC said/VBD/O/say ,/, “/``"
                + " I/PRP am/VBP/O/be waiting/VBG for/IN Bloomberg/NNP/PERSON ./. ”/''"},
            "said", "Sherry", "direct/subject-cue"),
        Arguments.of("a name the tagger reads as a modal after a quote",
            new String[] {"“/`` This/DT should/MD hasten/VB the/DT eclipse/NN of/IN"
                + " Donald/NNP/PERSON Trump/NNP/PERSON ,/, ”/'' Will/MD wrote/VBD/O/write ./."},
            "wrote", "Will", "direct/content-name-cue"),
        Arguments.of("a speech verb tagged as a participle after a quote",
            new String[] {"“/`` We/PRP are/VBP/O/be nowhere/RB near/IN the/DT end/NN ,/, ”/''"
                + " Devine/JJ/PERSON declared/VBN/O/declare ./."},
            "declared", "Devine", "direct/content-name-cue"),
        Arguments.of("a name tagged as a foreign word after an inverted cue",
            new String[] {"“/`` I/PRP do/VBP/O/do think/VB that/IN Trump/NNP/PERSON is/VBZ/O/be a/DT"
                + " threat/NN ,/, ”/'' said/VBD/O/say Mike/NNP/PERSON Lux/FW/PERSON ./."},
            "said", "Mike Lux", "direct/content-cue-name"),
        Arguments.of("a quote in a sentence whose verb is no cue takes its subject",
            new String[] {"Sanders/NNP/PERSON delivered/VBD/O/deliver a/DT snappy/JJ retort/NN :/:"
                + " “/`` No/DT one/NN is/VBZ/O/be tearing/VBG this/DT up/RP ,/, we/PRP are/VBP/O/be"
                + " going/VBG forward/RB ./. ”/''"},
            "delivered", "Sanders", "direct/sentence-subject"),
        Arguments.of("a claim that is a verb's object belongs to the verb's subject",
            new String[] {"Biden/NNP/PERSON rubbished/VBD/O/rubbish Trump/NNP/PERSON 's/POS"
                + " claim/NN/O/claim that/IN he/PRP understands/VBZ/O/understand the/DT"
                + " middle/JJ class/NN ./."},
            "rubbished", "Biden", "indirect/noun-cue"),
        Arguments.of("the author of a document after according to",
            new String[] {"Clinton/NNP/PERSON had/VBD/O/have 2,205/CD delegates/NNS ,/,"
                + " according/VBG/O/accord to/TO a/DT tally/NN/O/tally by/IN the/DT"
                + " Associated/NNP/ORGANIZATION Wire/NNP/ORGANIZATION ./."},
            "according to", "Associated Wire", "indirect/according-to-document"),
        Arguments.of("a month is a time word, not the speaker",
            new String[] {"A/DT Bloomberg/NNP/ORGANIZATION poll/NN/O/poll in/IN June/NNP"
                + " showed/VBD/O/show that/IN 72/CD percent/NN opposed/VBD/O/oppose it/PRP ./."},
            "showed", "A Bloomberg poll", "indirect/subject-cue"),
        Arguments.of("a place after the subject's head is not the speaker",
            new String[] {"Delegates/NNS in/IN Philadelphia/NNP/LOCATION said/VBD/O/say the/DT"
                + " vote/NN was/VBD/O/be rigged/VBN ./."},
            "said", "Delegates", "indirect/subject-cue"),
        Arguments.of("a signature with a dash on the line after the quote",
            new String[] {"\"/`` Almost/RB all/DT new/JJ income/NN is/VBZ/O/be going/VBG to/TO the/DT"
                + " top/JJ 1/CD percent/NN ./. \"/''", "|", "-/HYPH Bernie/NNP/PERSON"
                + " Sanders/NNP/PERSON ./."},
            "-", "Bernie Sanders", "direct/content-dash-name"),
        Arguments.of("a signature line with a horizontal bar and no final punctuation",
            new String[] {"“/`` He/PRP is/VBZ/O/be ignorant/JJ of/IN our/PRP$ culture/NN and/CC"
                + " lives/NNS ./. ”/''", "―/SYM Pamela/NNP/PERSON Padilla/NNP/PERSON"},
            "―", "Pamela Padilla", "direct/content-dash-name"),
        Arguments.of("a quote before a sentence that opens with a reported clause's speaker",
            new String[] {"“/`` The/DT end/NN game/NN is/VBZ/O/be going/VBG to/TO come/VB at/IN"
                + " the/DT end/NN ./. ”/''", "Devine/NNP/PERSON said/VBD/O/say Tuesday/NNP ,/,"
                + " adding/VBG/O/add that/IN the/DT race/NN goes/VBZ/O/go on/RP ./."},
            "said", "Devine", "direct/next-sentence"),
        Arguments.of("a sentence of only a speaker and a verb tagged as a participle",
            new String[] {"“/`` We/PRP will/MD stay/VB in/IN this/DT race/NN until/IN the/DT"
                + " end/NN ./. ”/''", "Devine/NNP/PERSON declared/VBN/O/declare ./."},
            "declared", "Devine", "direct/same-paragraph"),
        Arguments.of("a purpose clause before a parenthetical cue",
            new String[] {"To/TO get/VB/O/get their/PRP$ votes/NNS ,/, participants/NNS"
                + " said/VBD/O/say ,/, the/DT party/NN must/MD change/VB ./."},
            "said", "participants", "indirect/parenthetical-cue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void form(String name, String[] sentences, String cue, String speaker, String rule) {
    ImmutableList<Quote> qs = quotes(sentences);
    Quote q = withCue(cue, qs).orElseThrow(() -> new AssertionError(name + ": " + qs));
    assertEquals(speaker, speaker(q), name);
    assertEquals(rule, q.rule(), name);
  }

  @Test
  void aStatementAfterAQuestionIsNoSplitQuote() {
    // negative: "Trump said the plan failed" reports a clause of its own
    ImmutableList<Quote> qs = quotes("“/`` Why/WRB ?/. ”/''", "Trump/NNP/PERSON said/VBD/O/say"
        + " the/DT plan/NN failed/VBD/O/fail ./.");
    assertTrue(qs.stream().noneMatch(q -> q.rule().contains("split")), qs::toString);
    assertTrue(qs.stream().anyMatch(q -> q.text().equals("the plan failed")
        && q.rule().equals("indirect/subject-cue")), qs::toString);
  }

  @Test
  void aColonAfterACommonNounIsNoSpeaker() {
    // negative: "Here is the list: “...”" names nobody
    ImmutableList<Quote> qs = quotes("Here/RB is/VBZ/O/be the/DT list/NN :/: “/`` Lower/JJR"
        + " taxes/NNS for/IN every/DT family/NN in/IN the/DT state/NN ./. ”/''");
    assertTrue(qs.stream().noneMatch(q -> q.rule().contains("name-colon")), qs::toString);
  }

  @Test
  void aThatClauseAfterTheCueStaysTheContent() {
    // negative of the adjunct form: "said on Thursday that ..." reports what follows
    Quote q = withCue("said", quotes("Trump/NNP/PERSON said/VBD/O/say on/IN Thursday/NNP that/IN"
        + " the/DT wall/NN will/MD rise/VB ./.")).orElseThrow();
    assertEquals("the wall will rise", q.text());
    assertEquals("indirect/subject-cue", q.rule());
  }

  @Test
  void aSpeakerOfAnInnerClauseKeepsItsOwnAttribution() {
    ImmutableList<Quote> qs = quotes("Trump/NNP/PERSON said/VBD/O/say the/DT plan/NN"
        + " failed/VBD/O/fail because/IN Clinton/NNP/PERSON told/VBD/O/tell voters/NNS it/PRP"
        + " would/MD cost/VB too/RB much/JJ ./.");
    assertTrue(qs.stream().anyMatch(q -> q.text().equals("the plan failed")
        && q.rule().equals("indirect/subject-cue")), qs::toString);
    assertEquals("Clinton", speaker(withCue("told", qs).orElseThrow()));
    // negative: a verb of thinking inside stays part of the outer content
    ImmutableList<Quote> think = quotes("Trump/NNP/PERSON said/VBD/O/say the/DT plan/NN"
        + " failed/VBD/O/fail because/IN voters/NNS believe/VBP/O/believe it/PRP costs/VBZ/O/cost"
        + " too/RB much/JJ ./.");
    assertEquals(1, think.size(), think::toString);
    assertTrue(think.get(0).text().endsWith("too much"), think::toString);
  }

  @Test
  void aTitleBeforeTheInnerSpeakerStillCutsTheOuterContent() {
    ImmutableList<Quote> qs = quotes("Like/IN owners/NNS who/WP foresee/VBP/O/foresee an/DT"
        + " upside/NN ,/, Mr./NNP Schmidt/NNP/PERSON said/VBD/O/say he/PRP was/VBD/O/be"
        + " building/VBG a/DT clubhouse/NN ./.");
    Quote said = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Schmidt", speaker(said));
    assertEquals("he was building a clubhouse", said.text());
  }

  @Test
  void aCueAtTheEndFramesTheWholeSentence() {
    // "Ms. Olivieri found skating to be a salve, she said.": one attribution, hers through "she"
    ImmutableList<Quote> qs = quotes("Ms./NNP Olivieri/NNP/PERSON found/VBD/O/find skating/VBG"
        + " to/TO be/VB a/DT salve/NN for/IN her/PRP$ depression/NN ,/, she/PRP said/VBD/O/say ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("she", speaker(qs.get(0)));
    assertEquals("Ms. Olivieri found skating to be a salve for her depression", qs.get(0).text());
  }

  @Test
  void aParentheticalCueIsNotCutBackToItself() {
    // "Still, he said, officials have to decide ...": what "he" said, not what officials decide
    ImmutableList<Quote> qs = quotes("Still/RB ,/, he/PRP said/VBD/O/say ,/, officials/NNS"
        + " have/VBP/O/have to/TO decide/VB/O/decide who/WP gets/VBZ/O/get scrutiny/NN ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("he", speaker(qs.get(0)));
    assertEquals("indirect/parenthetical-cue", qs.get(0).rule());
  }

  @Test
  void aSpeakingVerbNeedsATopic() {
    assertEquals(List.of(), quotes("Trump/NNP/PERSON spoke/VBD/O/speak to/TO reporters/NNS at/IN"
        + " a/DT rally/NN where/WRB crowds/NNS cheered/VBD/O/cheer ./."));
    Quote q = withCue("spoke", quotes("Trump/NNP/PERSON spoke/VBD/O/speak about/IN the/DT"
        + " wall/NN that/WDT he/PRP would/MD build/VB ./.")).orElseThrow();
    assertEquals("Trump", speaker(q));
  }

  @Test
  void aForwardOnlyVerbNeverTakesItsAddresseeAsSpeaker() {
    // negative: "..., told AFP" with no speaker before names the addressee, not a speaker
    ImmutableList<Quote> qs = quotes("“/`` We/PRP were/VBD/O/be wrong/JJ to/TO wait/VB ,/, ”/''"
        + " ,/, told/VBD/O/tell AFP/NNP/ORGANIZATION ./.");
    assertTrue(qs.stream().noneMatch(q -> speaker(q).equals("AFP")), qs::toString);
  }

  @Test
  void aPassiveWithoutAnAgentHasNoSpeaker() {
    assertTrue(quotes("Trump/NNP/PERSON has/VBZ/O/have been/VBN/O/be rebuked/VBN/O/rebuke for/IN"
        + " his/PRP$ plan/NN ./.").stream().noneMatch(q -> q.rule().contains("passive")));
  }

  @Test
  void aParticipleAfterAPlaceDoesNotTakeThePlace() {
    // negative: "heard on a microphone telling ...": the microphone says nothing
    ImmutableList<Quote> qs = quotes("Trump/NNP/PERSON was/VBD/O/be heard/VBN/O/hear on/IN a/DT"
        + " microphone/NN telling/VBG/O/tell Christie/NNP/PERSON to/TO go/VB home/NN ./.");
    assertTrue(qs.stream().noneMatch(q -> speaker(q).contains("microphone")), qs::toString);
  }

  @Test
  void anOutletReportingNoSpeechIsTheSpeakerItself() {
    // "according to the AP, delegates supported Clinton": a report, not words passed on
    ImmutableList<Quote> qs = quotes("According/VBG/O/accord to/TO the/DT Associated/NNP/ORGANIZATION"
        + " Press/NNP/ORGANIZATION ,/, 571/CD superdelegates/NNS supported/VBD/O/support"
        + " Clinton/NNP/PERSON ./.");
    Quote q = withCue("According to", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Associated Press", speaker(q));
    assertTrue(q.via().isEmpty(), qs::toString);
  }

  @Test
  void aQuoteOpeningItsSentenceHasNoSentenceSubject() {
    // negative: nothing before the quote in its sentence, so it stays unattributed
    ImmutableList<Quote> qs = quotes("Prices/NNS rose/VBD/O/rise sharply/RB last/JJ year/NN ./.",
        "“/`` That/DT is/VBZ/O/be exactly/RB what/WP people/NNS feared/VBD all/DT along/RB ./. ”/''");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("direct/unattributed", qs.get(0).rule());
  }

  @Test
  void aClosingDoubleApostropheEndsASentence() {
    // NYT style: ''We will win,'' said Peng. ''Then ...'' — the sentence ends in '' after a period
    ImmutableList<Quote> qs = quotes("''/'' Some/DT courses/NNS are/VBP/O/be adapting/VBG ,/,"
        + " ''/'' said/VBD/O/say Paul/NNP/PERSON Chipok/NNP/PERSON ./. ''/''");
    Quote q = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Paul Chipok", speaker(q));
    // negative: a line that ends in a bare word is still a headline and reports nothing
    assertEquals(List.of(), quotes("Peng/NNP/PERSON says/VBZ/O/say growth/NN will/MD slow/VB"));
  }

  @Test
  void aJoinedClauseWithItsOwnSubjectEndsTheReportedOne() {
    Quote q = withCue("said", quotes("Trump/NNP/PERSON said/VBD/O/say the/DT wall/NN will/MD"
        + " rise/VB ,/, but/CC critics/NNS doubt/VBP/O/doubt it/PRP ./.")).orElseThrow();
    assertEquals("the wall will rise", q.text());
    // negative: "and" joining a verb phrase without its own subject stays inside
    Quote whole = withCue("said", quotes("Trump/NNP/PERSON said/VBD/O/say the/DT wall/NN will/MD"
        + " rise/VB ,/, and/CC cost/VB little/JJ ./.")).orElseThrow();
    assertEquals("the wall will rise , and cost little", whole.text());
  }

  @Test
  void aDashBeforeLowerCaseWordsSignsNothing() {
    // negative: "“...” - and then the crowd cheered" names no speaker after the dash
    ImmutableList<Quote> qs = quotes("“/`` We/PRP will/MD win/VB every/DT state/NN in/IN the/DT"
        + " fall/NN ./. ”/'' -/HYPH and/CC then/RB the/DT crowd/NN cheered/VBD ./.");
    assertTrue(qs.stream().noneMatch(q -> q.rule().contains("dash")), qs::toString);
  }

  @Test
  void aSignatureLineSignsOnlyAQuoteRightBeforeIt() {
    // negative: a dash-and-name line after a sentence that is no quote signs nothing
    ImmutableList<Quote> qs = quotes("He/PRP is/VBZ/O/be ignorant/JJ of/IN our/PRP$ culture/NN"
        + " and/CC lives/NNS ./.", "―/SYM Pamela/NNP/PERSON Padilla/NNP/PERSON");
    assertEquals(List.of(), qs);
    // negative: a line without final punctuation is still no attribution of its own
    ImmutableList<Quote> headline = quotes("“/`` He/PRP is/VBZ/O/be ignorant/JJ of/IN our/PRP$"
        + " culture/NN and/CC lives/NNS ./. ”/''", "―/SYM Padilla/NNP/PERSON says/VBZ/O/say"
        + " Trump/NNP/PERSON lies/VBZ/O/lie");
    assertTrue(headline.stream().noneMatch(q -> q.rule().contains("dash")
        || q.rule().contains("subject-cue")), headline::toString);
  }

  @Test
  void aReportedClauseLaterInTheParagraphDoesNotClaimAQuoteBeforeIt() {
    // negative: text stands between the quote and the next sentence's speaker
    ImmutableList<Quote> qs = quotes("“/`` The/DT end/NN game/NN is/VBZ/O/be going/VBG to/TO"
        + " come/VB at/IN the/DT end/NN ./. ”/''", "Prices/NNS rose/VBD/O/rise ./.",
        "Devine/NNP/PERSON said/VBD/O/say the/DT race/NN goes/VBZ/O/go on/RP ./.");
    assertTrue(qs.stream().noneMatch(q -> q.rule().equals("direct/next-sentence")), qs::toString);
  }

  @Test
  void aCreditInBracketsAfterASentenceIsNoHeadline() {
    // "- Pew Research: “...” [Pew.]": the bracketed credit after the period keeps the sentence
    ImmutableList<Quote> qs = quotes("-/HYPH Pew/NNP/ORGANIZATION Research/NNP/ORGANIZATION :/:"
        + " “/`` All/DT the/DT samples/NNS were/VBD/O/be evaluated/VBN carefully/RB ./. ”/''"
        + " [/-LRB- Pew/NNP ./. ]/-RRB-");
    assertEquals("Pew Research", speaker(withCue(":", qs).orElseThrow(
        () -> new AssertionError(qs.toString()))));
    // negative: a bracket after a bare word is still a headline-like line
    assertEquals(List.of(), quotes("All/DT the/DT samples/NNS were/VBD/O/be evaluated/VBN ,/,"
        + " Pew/NNP/ORGANIZATION said/VBD/O/say [/-LRB- Pew/NNP ]/-RRB-"));
  }

  @Test
  void everyLineIsAParagraph() {
    LineParagraphs lines = LineParagraphs.of("One line.\nTwo line.\n\n  \nThree.");
    assertEquals(0, lines.at(0));
    assertEquals(0, lines.at(8));
    assertEquals(1, lines.at(10));
    assertEquals(2, lines.at(27));
    assertEquals(-1, LineParagraphs.of("\n\nA").at(0));
  }

  @Test
  void aQuoteOnTheNextLineIsAnotherParagraph() {
    // one paragraph per line with no blank line: the quote on the next line still opens its own
    // paragraph, so it continues the previous paragraph's speaker
    AnalyzedText t = QuoteTexts.of("“/`` We/PRP will/MD win/VB ,/, ”/'' Peng/NNP/PERSON"
        + " said/VBD/O/say ./.", "|", "“/`` Then/RB we/PRP will/MD govern/VB well/RB ./. ”/''");
    String single = t.text().replace("\n\n", "\n");
    AnalyzedText oneNewline = QuoteTexts.of("“/`` We/PRP will/MD win/VB ,/, ”/''"
        + " Peng/NNP/PERSON said/VBD/O/say ./.", "|", "“/`` Then/RB we/PRP will/MD"
        + " govern/VB well/RB ./. ”/''");
    assertEquals(t.text(), oneNewline.text());
    AnalyzedText shifted = shiftToSingleNewline(oneNewline, single);
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(shifted);
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("direct/previous-paragraph", qs.get(1).rule());
    assertEquals("Peng", speaker(qs.get(1)));
  }

  /** The same tokens over {@code text}, where one blank line became a single newline. */
  private static AnalyzedText shiftToSingleNewline(AnalyzedText t, String text) {
    int cut = t.text().indexOf("\n\n");
    return AnalyzedText.of(text, t.sentences().stream().map(s -> {
      List<org.newsgraph.text.Token> toks = s.tokens().stream().map(k -> k.start() > cut
          ? new org.newsgraph.text.Token(k.index(), k.text(), k.word(), k.start() - 1,
              k.end() - 1, k.pos(), k.lemma(), k.ner()) : k).toList();
      return org.newsgraph.text.Sentence.of(s.index(), 0, toks);
    }).toList());
  }
}
