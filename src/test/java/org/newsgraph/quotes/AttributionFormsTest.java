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
            new String[] {"“/`` What/WP do/VBP/O/do they/PRP suppose/VBP/O/suppose we/PRP"
                + " are/VBP/O/be ?/. ”/''", "Halvorsen/NNP/PERSON said/VBD/O/say of/IN"
                + " Brindlecorp/NNP/ORGANIZATION in/IN October/NNP ./."},
            "said", "Halvorsen", "direct/content-split-cue"),
        Arguments.of("an inverted cue opening the sentence after a question",
            new String[] {"“/`` But/CC how/WRB ?/. ”/''", "asked/VBD/O/ask reporter/NN"
                + " Odile/NNP/PERSON Ferranti/NNP/PERSON ./."},
            "asked", "Odile Ferranti", "direct/content-split-cue"),
        Arguments.of("a name, a colon and a quote inside a sentence",
            new String[] {"It/PRP does/VBZ/O/do n't/RB faze/VB pollster/NN Marit/NNP/PERSON"
                + " Okonkwo/NNP/PERSON :/: “/`` Newer/JJR listed/VBN firms/NNS have/VBP/O/have"
                + " posted/VBN/O/post the/DT largest/JJS gain/NN ./. ”/''"},
            ":", "Marit Okonkwo", "direct/name-colon-quote"),
        Arguments.of("a document before a colon and a quote",
            new String[] {"More/JJR from/IN the/DT memo/NN/O/memo :/: “/`` Today/NN several/JJ"
                + " depots/NNS are/VBP/O/be used/VBN to/TO store/VB grain/NNS ./. ”/''"},
            ":", "the memo", "direct/name-colon-quote"),
        Arguments.of("a statement its subject issued before a colon: the subject speaks",
            new String[] {"The/DT Tarn/NNP/ORGANIZATION Ferry/NNP/ORGANIZATION Company/NNP/ORGANIZATION"
                + " issued/VBD/O/issue a/DT statement/NN/O/statement :/: “/`` We/PRP will/MD"
                + " appeal/VB the/DT ruling/NN ./. ”/''"},
            ":", "Tarn Ferry Company", "direct/name-colon-quote"),
        Arguments.of("'said in a statement' before a colon: the subject speaks",
            new String[] {"Varga/NNP/PERSON said/VBD/O/say in/IN a/DT statement/NN/O/statement"
                + " :/: “/`` The/DT dock/NN will/MD reopen/VB ./. ”/''"},
            "said", "Varga", "direct/subject-cue"),
        Arguments.of("a preposition after the cue: the content is before it",
            new String[] {"Varga/NNP/PERSON won/VBD/O/win the/DT Dalby/NNP/LOCATION"
                + " regatta/NN ,/, the/DT Northern/NNP/ORGANIZATION Courier/NNP/ORGANIZATION"
                + " declared/VBD/O/declare on/IN Friday/NNP ,/, three/CD days/NNS after/IN"
                + " crews/NNS went/VBD/O/go to/TO the/DT docks/NNS ./."},
            "declared", "Northern Courier", "indirect/content-name-cue"),
        Arguments.of("a participle between the subject and its cue",
            new String[] {"A/DT court/NN report/NN released/VBN/O/release Tuesday/NNP"
                + " said/VBD/O/say Okafor/NNP/PERSON kept/VBD/O/keep a/DT private/JJ"
                + " ledger/NN ./."},
            "said", "A court report", "indirect/subject-cue"),
        Arguments.of("an age after the name, before a forward-only verb",
            new String[] {"“/`` That/DT is/VBZ/O/be a/DT fair/JJ point/NN ,/, ”/''"
                + " Lindqvist/NNP/PERSON ,/, 58/CD ,/, told/VBD/O/tell KVRT/NNP/ORGANIZATION"
                + " Sunday/NNP ./."},
            "told", "Lindqvist", "direct/content-name-cue"),
        Arguments.of("a person's name in apposition to a description",
            new String[] {"Marlowe/NNP/PERSON remains/VBZ/O/remain committed/VBN to/TO the/DT"
                + " bid/NN ,/, his/PRP$ chief/JJ adviser/NN ,/, Ilse/NNP/PERSON"
                + " Brandvold/NNP/PERSON ,/, told/VBD/O/tell reporters/NNS ./."},
            "told", "Ilse Brandvold", "indirect/content-name-cue"),
        Arguments.of("a name that opens its clause after a time adjunct",
            new String[] {"On/IN Sunday/NNP ,/, Senator/NNP Halima/NNP/PERSON Oduya/NNP/PERSON"
                + " ,/, a/DT Green/JJ rival/NN ,/, assailed/VBD/O/assail her/PRP for/IN"
                + " backing/VBG the/DT levy/NN ./."},
            "assailed", "Halima Oduya", "indirect/subject-cue"),
        Arguments.of("a passive with been and its agent",
            new String[] {"Kessler/NNP/PERSON has/VBZ/O/have been/VBN/O/be"
                + " rebuked/VBN/O/rebuke by/IN neighbours/NNS for/IN his/PRP$ fence/NN ./."},
            "rebuked by", "neighbours", "indirect/passive-by"),
        Arguments.of("a participle after with takes the phrase before it",
            new String[] {"Rivals/NNS went/VBD/O/go further/RB ,/, with/IN Fenella/NNP/PERSON"
                + " O’Dwyer/NNP/PERSON calling/VBG/O/call Brandt/NNP/PERSON a/DT coward/NN ./."},
            "calling", "Fenella O’Dwyer", "indirect/participle"),
        Arguments.of("a participle after an appositive subject",
            new String[] {"Osric/NNP/PERSON Pellham/NNP/PERSON ,/, a/DT former/JJ director/NN ,/,"
                + " called/VBD/O/call for/IN reform/NN ,/, arguing/VBG/O/argue that/IN"
                + " fees/NNS were/VBD/O/be too/RB high/JJ ./."},
            "arguing", "Osric Pellham", "indirect/participle"),
        Arguments.of("a parenthetical cue after an adjunct",
            new String[] {"In/IN the/DT late/JJ 1980s/CD ,/, Ms./NNP Quilley/NNP/PERSON"
                + " said/VBD/O/say ,/, she/PRP was/VBD/O/be saving/VBG/O/save more/JJR ./."},
            "said", "Quilley", "indirect/parenthetical-cue"),
        Arguments.of("a share of a group speaks",
            new String[] {"Most/JJS of/IN them/PRP said/VBD/O/say they/PRP had/VBD/O/have"
                + " enjoyed/VBN/O/enjoy sailing/VBG for/IN Tremont/NNP ./."},
            "said", "Most of them", "indirect/subject-cue"),
        Arguments.of("a relative clause without commas before the cue",
            new String[] {"Engineers/NNS who/WP spoke/VBD/O/speak with/IN The/DT"
                + " Harbour/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION said/VBD/O/say the/DT"
                + " bridge/NN would/MD close/VB ./."},
            "said", "Engineers", "indirect/subject-cue"),
        Arguments.of("a subordinate clause before the main subject",
            new String[] {"When/WRB she/PRP stepped/VBD/O/step onto/IN the/DT stage/NN ,/,"
                + " Ms./NNP Ferrol/NNP/PERSON smiled/VBD/O/smile and/CC said/VBD/O/say ,/, “/``"
                + " I/PRP am/VBP/O/be waiting/VBG for/IN Halloran/NNP/PERSON ./. ”/''"},
            "said", "Ferrol", "direct/subject-cue"),
        Arguments.of("a name the tagger reads as a modal after a quote",
            new String[] {"“/`` This/DT should/MD speed/VB the/DT decline/NN of/IN"
                + " Conrad/NNP/PERSON Ashby/NNP/PERSON ,/, ”/'' Will/MD wrote/VBD/O/write ./."},
            "wrote", "Will", "direct/content-name-cue"),
        Arguments.of("a speech verb tagged as a participle after a quote",
            new String[] {"“/`` We/PRP are/VBP/O/be nowhere/RB near/IN the/DT finish/NN ,/, ”/''"
                + " Ostrander/JJ/PERSON declared/VBN/O/declare ./."},
            "declared", "Ostrander", "direct/content-name-cue"),
        Arguments.of("a name tagged as a foreign word after an inverted cue",
            new String[] {"“/`` I/PRP do/VBP/O/do believe/VB that/IN Varga/NNP/PERSON"
                + " is/VBZ/O/be a/DT risk/NN ,/, ”/'' said/VBD/O/say Niels/NNP/PERSON"
                + " Aukes/FW/PERSON ./."},
            "said", "Niels Aukes", "direct/content-cue-name"),
        Arguments.of("a quote in a sentence whose verb is no cue takes its subject",
            new String[] {"Ferrante/NNP/PERSON delivered/VBD/O/deliver a/DT curt/JJ reply/NN :/:"
                + " “/`` No/DT one/NN is/VBZ/O/be packing/VBG this/DT up/RP ,/, we/PRP are/VBP/O/be"
                + " pressing/VBG ahead/RB ./. ”/''"},
            "delivered", "Ferrante", "direct/sentence-subject"),
        Arguments.of("a claim that is a verb's object belongs to the verb's subject",
            new String[] {"Okonjo/NNP/PERSON rubbished/VBD/O/rubbish Delacroix/NNP/PERSON 's/POS"
                + " claim/NN/O/claim that/IN he/PRP understands/VBZ/O/understand the/DT"
                + " rural/JJ economy/NN ./."},
            "rubbished", "Okonjo", "indirect/noun-cue"),
        Arguments.of("the author of a document after according to",
            new String[] {"Brennick/NNP/PERSON had/VBD/O/have 1,874/CD votes/NNS ,/,"
                + " according/VBG/O/accord to/TO a/DT tally/NN/O/tally by/IN the/DT"
                + " Coastal/NNP/ORGANIZATION Wire/NNP/ORGANIZATION ./."},
            "according to", "Coastal Wire", "indirect/according-to-document"),
        Arguments.of("a month is a time word, not the speaker",
            new String[] {"A/DT Meridian/NNP/ORGANIZATION survey/NN/O/survey in/IN March/NNP"
                + " showed/VBD/O/show that/IN 64/CD percent/NN backed/VBD/O/back it/PRP ./."},
            "showed", "A Meridian survey", "indirect/subject-cue"),
        Arguments.of("a place after the subject's head is not the speaker",
            new String[] {"Growers/NNS in/IN Tarvik/NNP/LOCATION said/VBD/O/say the/DT"
                + " tender/NN was/VBD/O/be fixed/VBN ./."},
            "said", "Growers", "indirect/subject-cue"),
        Arguments.of("a signature with a dash on the line after the quote",
            new String[] {"\"/`` Nearly/RB all/DT new/JJ housing/NN is/VBZ/O/be going/VBG"
                + " to/TO the/DT richest/JJ 5/CD percent/NN ./. \"/''", "|",
                "-/HYPH Rosalind/NNP/PERSON Thackery/NNP/PERSON ./."},
            "-", "Rosalind Thackery", "direct/content-dash-name"),
        Arguments.of("a signature line with a horizontal bar and no final punctuation",
            new String[] {"“/`` He/PRP is/VBZ/O/be unaware/JJ of/IN our/PRP$ history/NN and/CC"
                + " values/NNS ./. ”/''", "―/SYM Corinna/NNP/PERSON Vastel/NNP/PERSON"},
            "―", "Corinna Vastel", "direct/content-dash-name"),
        Arguments.of("a quote before a sentence that opens with a reported clause's speaker",
            new String[] {"“/`` The/DT harbour/NN project/NN is/VBZ/O/be going/VBG to/TO"
                + " happen/VB in/IN the/DT spring/NN ./. ”/''", "Ostrander/NNP/PERSON"
                + " said/VBD/O/say Tuesday/NNP ,/, adding/VBG/O/add that/IN the/DT work/NN"
                + " goes/VBZ/O/go on/RP ./."},
            "said", "Ostrander", "direct/next-sentence"),
        Arguments.of("a sentence of only a speaker and a verb tagged as a participle",
            new String[] {"“/`` We/PRP will/MD stay/VB in/IN this/DT fight/NN until/IN the/DT"
                + " spring/NN ./. ”/''", "Ostrander/NNP/PERSON declared/VBN/O/declare ./."},
            "declared", "Ostrander", "direct/same-paragraph"),
        Arguments.of("a purpose clause before a parenthetical cue",
            new String[] {"To/TO win/VB/O/win their/PRP$ hearts/NNS ,/, residents/NNS"
                + " said/VBD/O/say ,/, the/DT council/NN must/MD listen/VB ./."},
            "said", "residents", "indirect/parenthetical-cue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void form(String name, String[] sentences, String cue, String speaker, String rule) {
    ImmutableList<Quote> qs = quotes(sentences);
    Quote q = withCue(cue, qs).orElseThrow(() -> new AssertionError(name + ": " + qs));
    assertEquals(speaker, speaker(q), name);
    assertEquals(rule, q.ruleName(), name);
  }

  @Test
  void aStatementAfterAQuestionIsNoSplitQuote() {
    // negative: "Trump said the plan failed" reports a clause of its own
    ImmutableList<Quote> qs = quotes("“/`` Why/WRB ?/. ”/''", "Trump/NNP/PERSON said/VBD/O/say"
        + " the/DT plan/NN failed/VBD/O/fail ./.");
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().contains("split")), qs::toString);
    assertTrue(qs.stream().anyMatch(q -> q.text().equals("the plan failed")
        && q.ruleName().equals("indirect/subject-cue")), qs::toString);
  }

  @Test
  void aColonAfterACommonNounIsNoSpeaker() {
    // negative: "Here is the list: “...”" names nobody
    ImmutableList<Quote> qs = quotes("Here/RB is/VBZ/O/be the/DT list/NN :/: “/`` Lower/JJR"
        + " taxes/NNS for/IN every/DT family/NN in/IN the/DT state/NN ./. ”/''");
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().contains("name-colon")), qs::toString);
  }

  @Test
  void aThatClauseAfterTheCueStaysTheContent() {
    // negative of the adjunct form: "said on Thursday that ..." reports what follows
    Quote q = withCue("said", quotes("Trump/NNP/PERSON said/VBD/O/say on/IN Thursday/NNP that/IN"
        + " the/DT wall/NN will/MD rise/VB ./.")).orElseThrow();
    assertEquals("the wall will rise", q.text());
    assertEquals("indirect/subject-cue", q.ruleName());
  }

  @Test
  void aSpeakerOfAnInnerClauseKeepsItsOwnAttribution() {
    ImmutableList<Quote> qs = quotes("Trump/NNP/PERSON said/VBD/O/say the/DT plan/NN"
        + " failed/VBD/O/fail because/IN Clinton/NNP/PERSON told/VBD/O/tell voters/NNS it/PRP"
        + " would/MD cost/VB too/RB much/JJ ./.");
    assertTrue(qs.stream().anyMatch(q -> q.text().equals("the plan failed")
        && q.ruleName().equals("indirect/subject-cue")), qs::toString);
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
    ImmutableList<Quote> qs = quotes("Like/IN farmers/NNS who/WP expect/VBP/O/expect a/DT"
        + " harvest/NN ,/, Mr./NNP Kowalczyk/NNP/PERSON said/VBD/O/say he/PRP was/VBD/O/be"
        + " planting/VBG an/DT orchard/NN ./.");
    Quote said = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Kowalczyk", speaker(said));
    assertEquals("he was planting an orchard", said.text());
  }

  @Test
  void aCueAtTheEndFramesTheWholeSentence() {
    // "Ms. Brancato found rowing to be a cure, she said.": one attribution, hers through "she"
    ImmutableList<Quote> qs = quotes("Ms./NNP Brancato/NNP/PERSON found/VBD/O/find rowing/VBG"
        + " to/TO be/VB a/DT cure/NN for/IN her/PRP$ insomnia/NN ,/, she/PRP said/VBD/O/say ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("she", speaker(qs.get(0)));
    assertEquals("Ms. Brancato found rowing to be a cure for her insomnia", qs.get(0).text());
  }

  @Test
  void aParentheticalCueIsNotCutBackToItself() {
    // "Still, he said, judges have to choose ...": what "he" said, not what judges choose
    ImmutableList<Quote> qs = quotes("Still/RB ,/, he/PRP said/VBD/O/say ,/, judges/NNS"
        + " have/VBP/O/have to/TO choose/VB/O/choose who/WP gets/VBZ/O/get parole/NN ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("he", speaker(qs.get(0)));
    assertEquals("indirect/parenthetical-cue", qs.get(0).ruleName());
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
    assertTrue(quotes("Kessler/NNP/PERSON has/VBZ/O/have been/VBN/O/be rebuked/VBN/O/rebuke for/IN"
        + " his/PRP$ fence/NN ./.").stream().noneMatch(q -> q.ruleName().contains("passive")));
  }

  @Test
  void aParticipleAfterAPlaceDoesNotTakeThePlace() {
    // negative: "heard on a recording telling ...": the recording says nothing
    ImmutableList<Quote> qs = quotes("Dorrance/NNP/PERSON was/VBD/O/be heard/VBN/O/hear on/IN a/DT"
        + " recording/NN telling/VBG/O/tell Pell/NNP/PERSON to/TO leave/VB town/NN ./.");
    assertTrue(qs.stream().noneMatch(q -> speaker(q).contains("recording")), qs::toString);
  }

  @Test
  void anOutletReportingNoSpeechIsTheSpeakerItself() {
    // "according to the AP, governors backed Brennick": a report, not words passed on
    ImmutableList<Quote> qs = quotes("According/VBG/O/accord to/TO the/DT Associated/NNP/ORGANIZATION"
        + " Press/NNP/ORGANIZATION ,/, 38/CD governors/NNS backed/VBD/O/back"
        + " Brennick/NNP/PERSON ./.");
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
    assertEquals("direct/unattributed", qs.get(0).ruleName());
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
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().contains("dash")), qs::toString);
  }

  @Test
  void aSignatureLineSignsOnlyAQuoteRightBeforeIt() {
    // negative: a dash-and-name line after a sentence that is no quote signs nothing
    ImmutableList<Quote> qs = quotes("He/PRP is/VBZ/O/be unaware/JJ of/IN our/PRP$ history/NN"
        + " and/CC values/NNS ./.", "―/SYM Corinna/NNP/PERSON Vastel/NNP/PERSON");
    assertEquals(List.of(), qs);
    // negative: a line without final punctuation is still no attribution of its own
    ImmutableList<Quote> headline = quotes("“/`` He/PRP is/VBZ/O/be unaware/JJ of/IN our/PRP$"
        + " history/NN and/CC values/NNS ./. ”/''", "―/SYM Vastel/NNP/PERSON says/VBZ/O/say"
        + " Halbrook/NNP/PERSON lies/VBZ/O/lie");
    assertTrue(headline.stream().noneMatch(q -> q.ruleName().contains("dash")
        || q.ruleName().contains("subject-cue")), headline::toString);
  }

  @Test
  void aReportedClauseLaterInTheParagraphDoesNotClaimAQuoteBeforeIt() {
    // negative: text stands between the quote and the next sentence's speaker
    ImmutableList<Quote> qs = quotes("“/`` The/DT harbour/NN project/NN is/VBZ/O/be going/VBG to/TO"
        + " happen/VB in/IN the/DT spring/NN ./. ”/''", "Prices/NNS rose/VBD/O/rise ./.",
        "Ostrander/NNP/PERSON said/VBD/O/say the/DT work/NN goes/VBZ/O/go on/RP ./.");
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().equals("direct/next-sentence")), qs::toString);
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
    assertEquals("direct/previous-paragraph", qs.get(1).ruleName());
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
