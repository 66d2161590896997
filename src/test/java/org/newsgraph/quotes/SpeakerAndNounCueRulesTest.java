package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Speaker;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Speaker patterns (relative "who", time expressions and parentheses before the cue, coordinated
 * verbs, asides before a participle) and the claim-noun rule, each with negatives; hand-built
 * texts, no models.
 */
class SpeakerAndNounCueRulesTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(Lexicons.bundled());

  private static Quote withCue(String cue, String... sentences) {
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(sentences));
    return qs.stream().filter(q -> q.cue().map(CharSpan::text).orElse("").equals(cue))
        .findFirst().orElseThrow(() -> new AssertionError("no quote with cue " + cue + ": " + qs));
  }

  /** One row: the text, the cue, the expected speaker mention. */
  static List<Arguments> speakers() {
    return List.of(
        Arguments.of("relative who is its own mention",
            new String[] {"Peng/NNP/PERSON ,/, who/WP said/VBD/O/say the/DT move/NN could/MD help/VB ,/,"
                + " left/VBD/O/leave ./."}, "said", "who"),
        Arguments.of("a relative aside between the name and its cue",
            new String[] {"Chris/NNP/PERSON Cox/NNP/PERSON ,/, who/WP runs/VBZ/O/run the/DT arm/NN ,/,"
                + " says/VBZ/O/say the/DT actions/NNS would/MD fail/VB ./."}, "says", "Chris Cox"),
        Arguments.of("a time expression before the cue is not the speaker",
            new String[] {"Trump/NNP/PERSON on/IN Tuesday/NNP said/VBD/O/say the/DT wall/NN"
                + " would/MD rise/VB ./."}, "said", "Trump"),
        Arguments.of("at the time",
            new String[] {"Trump/NNP/PERSON at/IN the/DT time/NN said/VBD/O/say he/PRP would/MD"
                + " pay/VB ./."}, "said", "Trump"),
        Arguments.of("a parenthesis after the name",
            new String[] {"Kasich/NNP/PERSON (/-LRB- R-OH/NNP )/-RRB- ,/, said/VBD/O/say the/DT race/NN"
                + " was/VBD/O/be open/JJ ./."}, "said", "Kasich"),
        Arguments.of("a coordinated verb shares the first clause's subject",
            new String[] {"He/PRP shook/VBD/O/shake hands/NNS and/CC asked/VBD/O/ask workers/NNS"
                + " if/IN they/PRP would/MD vote/VB ./."}, "asked", "He"),
        Arguments.of("a present tense tagged VB after its subject",
            new String[] {"Six/CD in/IN 10/CD say/VB/O/say he/PRP is/VBZ/O/be decisive/JJ ./."},
            "say", "Six in 10"),
        Arguments.of("a dash aside between the subject and its cue",
            new String[] {"Party/NN figures/NNS —/: whose/WP$ party/NN was/VBD/O/be respected/VBN —/:"
                + " suggested/VBD/O/suggest the/DT speech/NN was/VBD/O/be copied/VBN ./."},
            "suggested", "Party figures"),
        Arguments.of("a horizontal-bar aside between the subject and its cue",
            new String[] {"Party/NN leaders/NNS ―/SYM three/CD former/JJ officials/NNS ―/SYM"
                + " have/VBP/O/have said/VBN/O/say they/PRP back/VBP/O/back Clinton/NNP/PERSON ./."},
            "said", "Party leaders"),
        Arguments.of("a coordinated verb skips a relative clause's verb",
            new String[] {"Clinton/NNP/PERSON ,/, who/WP was/VBD/O/be speaking/VBG/O/speak to/TO mayors/NNS ,/,"
                + " did/VBD/O/do not/RB mention/VB/O/mention Trump/NNP/PERSON but/CC told/VBD/O/tell"
                + " leaders/NNS that/IN the/DT country/NN should/MD unite/VB ./."}, "told", "Clinton"),
        Arguments.of("a participle takes the nearest clause's subject",
            new String[] {"The/DT fracas/NN began/VBD/O/begin after/IN the/DT tycoon/NN"
                + " entered/VBD/O/enter the/DT race/NN ,/, calling/VBG/O/call them/PRP"
                + " rapists/NNS ./."}, "calling", "the tycoon"),
        Arguments.of("a participle after an aside takes the subject before the aside",
            new String[] {"Trump/NNP/PERSON ,/, meanwhile/RB ,/, was/VBD/O/be making/VBG/O/make a/DT"
                + " pitch/NN ,/, saying/VBG/O/say voters/NNS would/MD come/VB ./."}, "saying", "Trump"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakers")
  void speaker(String name, String[] sentences, String cue, String speaker) {
    Quote q = withCue(cue, sentences);
    assertEquals(speaker, q.speaker().map(s -> s.mention().text()).orElse(""), name);
  }

  @Test
  void relativeWhoResolvesToItsAntecedentsEntity() {
    AnalyzedText t = QuoteTexts.of("Ding/NNP/PERSON Shuang/NNP/PERSON ,/, who/WP said/VBD/O/say the/DT"
        + " move/NN could/MD help/VB ,/, left/VBD/O/leave ./.");
    Entity ding = Entity.of("e1", EntityType.PERSON, Optional.empty(), "Ding Shuang",
        Optional.empty(), List.of(new Mention(t.span(0, 11), MentionKind.NAME)));
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(ding)));
    Speaker sp = qs.stream().filter(q -> q.cue().map(CharSpan::text).orElse("").equals("said"))
        .findFirst().orElseThrow(() -> new AssertionError(qs.toString())).speaker().orElseThrow();
    assertEquals("who", sp.mention().text());
    assertEquals(Optional.of("e1"), sp.entityId());
    assertEquals("Ding Shuang", sp.name());
  }

  @Test
  void aNonRelativeVerbAsideStillBlocksTheNameBeforeIt() {
    // "Obama, Cox runs the arm, says ...": the aside is a clause of its own, not about Obama
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(
        "Obama/NNP/PERSON ,/, Cox/NNP/PERSON runs/VBZ/O/run the/DT arm/NN ,/, says/VBZ/O/say the/DT"
            + " actions/NNS would/MD fail/VB ./."));
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(s -> s.mention().text())
        .orElse("").equals("Obama")), qs::toString);
  }

  @Test
  void aPluralPossessiveApostropheIsNotAQuoteMark() {
    // "Sanders’ aides say ...": the tagger reads the attached ’ as a closing quote
    String text = "Sanders’ aides say the campaign will go on.";
    String[][] toks = {{"Sanders", "NNP", "PERSON"}, {"’", "''", "O"}, {"aides", "NNS", "O"},
        {"say", "VBP", "O"}, {"the", "DT", "O"}, {"campaign", "NN", "O"}, {"will", "MD", "O"},
        {"go", "VB", "O"}, {"on", "RP", "O"}, {".", ".", "O"}};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] t : toks) {
      int start = text.indexOf(t[0], at);
      at = start + t[0].length();
      tokens.add(new Token(tokens.size(), t[0], t[0], start, at, t[1],
          t[0].toLowerCase(Locale.ROOT), t[2]));
    }
    AnalyzedText t = AnalyzedText.of(text, List.of(Sentence.of(0, 0, tokens)));
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("Sanders’ aides", qs.get(0).speaker().orElseThrow().mention().text());
    assertEquals("the campaign will go on", qs.get(0).text());
  }

  @Test
  void aParentheticalCueSplitsItsContent() {
    Quote q = withCue("says", "This/DT campaign/NN ,/, he/PRP says/VBZ/O/say ,/, is/VBZ/O/be"
        + " different/JJ ./.");
    assertEquals("This campaign , he says , is different", q.text());
    assertEquals("he", q.speaker().orElseThrow().mention().text());
    assertEquals("indirect/parenthetical-cue", q.ruleName());
    // negative: a bare verb after the comma is no clause ("Trust, he says, too.")
    assertTrue(QuoteRulesTest.quotes(QuoteTexts.of("Trust/NN ,/, he/PRP says/VBZ/O/say ,/, too/RB ./."))
        .stream().noneMatch(x -> x.ruleName().equals("indirect/parenthetical-cue")));
  }

  @Test
  void coordinatedCuesEachKeepTheirOwnContent() {
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(
        "Fields/NNP/PERSON tweeted/VBD/O/tweet a/DT photograph/NN and/CC said/VBD/O/say she/PRP"
            + " had/VBD/O/have been/VBN/O/be pulled/VBN back/RB ./."));
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("a photograph", qs.get(0).text());
    assertEquals("she had been pulled back", qs.get(1).text());
    assertEquals("Fields", qs.get(1).speaker().orElseThrow().mention().text());
  }

  @Test
  void aParticipleAfterACommaIsItsOwnAttribution() {
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(
        "Trump/NNP/PERSON hailed/VBD/O/hail the/DT vote/NN as/IN great/JJ ,/, telling/VBG/O/tell"
            + " reporters/NNS that/IN he/PRP was/VBD/O/be pleased/JJ ./."));
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("the vote as great", qs.get(0).text());
    assertEquals("he was pleased", qs.get(1).text());
    assertEquals("Trump", qs.get(1).speaker().orElseThrow().mention().text());
  }

  @Test
  void aQuoteAfterAReportedClauseTakesItsSpeaker() {
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(
        "Trump/NNP/PERSON is/VBZ/O/be a/DT “/`` change/NN agent/NN ,/, ”/'' Cole/NNP/PERSON"
            + " said/VBD/O/say ./.",
        "“/`` That/DT is/VBZ/O/be exactly/RB what/WP people/NNS need/VBP right/RB now/RB ./. ”/''",
        "|",
        "“/`` Voters/NNS will/MD see/VB that/DT soon/RB enough/RB ./. ”/''"));
    assertEquals(3, qs.size(), qs::toString);
    assertEquals("direct/same-paragraph", qs.get(1).ruleName());
    assertEquals("Cole", qs.get(1).speaker().orElseThrow().mention().text());
    assertEquals("direct/previous-paragraph", qs.get(2).ruleName());
    assertEquals("Cole", qs.get(2).speaker().orElseThrow().mention().text());
  }

  @Test
  void aReportedClauseWithoutASpeakerGivesNone() {
    // negative: no attribution before the quote, so it stays unattributed
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(QuoteTexts.of(
        "Prices/NNS rose/VBD/O/rise sharply/RB last/JJ year/NN in/IN the/DT region/NN ./.",
        "“/`` That/DT is/VBZ/O/be exactly/RB what/WP people/NNS feared/VBD all/DT along/RB ./. ”/''"));
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("direct/unattributed", qs.get(0).ruleName());
  }

  @Test
  void ownerOfAClaimNounSpeaks() {
    Quote q = withCue("claim", "Trump/NNP/PERSON 's/POS claim/NN that/IN Mexico/NNP/LOCATION will/MD"
        + " pay/VB ,/, however/RB ,/, failed/VBD/O/fail ./.");
    assertEquals("Mexico will pay", q.text());
    assertEquals("Trump", q.speaker().orElseThrow().mention().text());
    assertEquals("indirect/noun-cue", q.ruleName());
  }

  @Test
  void possessivePronounOwnsADecisionToAct() {
    Quote q = withCue("decision", "Ding/NNP/PERSON left/VBD/O/leave ./.",
        "His/PRP$ sudden/JJ decision/NN to/TO run/VB again/RB ,/, however/RB ,/, surprised/VBD us/PRP ./.");
    assertEquals("to run again", q.text());
    assertEquals("His", q.speaker().orElseThrow().mention().text());
  }

  static List<Arguments> nounNegatives() {
    return List.of(
        Arguments.of("a claim with no owner",
            new String[] {"The/DT claim/NN that/IN Mexico/NNP/LOCATION will/MD pay/VB is/VBZ/O/be"
                + " false/JJ ./."}),
        Arguments.of("an owned claim with no clause",
            new String[] {"His/PRP$ claim/NN was/VBD/O/be false/JJ ./."}),
        Arguments.of("a plan that is a thing, not a clause",
            new String[] {"Their/PRP$ plan/NN that/WDT/O/that failed/VBD ./."}),
        Arguments.of("a noun that is not a cue",
            new String[] {"His/PRP$ car/NN that/IN he/PRP bought/VBD/O/buy was/VBD/O/be red/JJ ./."}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nounNegatives")
  void nounNegative(String name, String[] sentences) {
    assertEquals(List.of(), QuoteRulesTest.quotes(QuoteTexts.of(sentences)), name);
  }
}
