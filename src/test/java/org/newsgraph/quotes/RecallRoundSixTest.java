package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quotes.QuoteTexts.assertRow;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;

/**
 * Issue 14, sixth recall round, model-free on invented sentences (hand-built text: a space before
 * each comma): a measure of a group that opens a clause speaks ({@link
 * SubjectPattern#SHARE_PHRASE}); a sentence-opening source's modifiers may hold an amount, "more
 * than", a coordinated prepositional phrase, and past a verb of the modifier the noun before the
 * cue is that verb's object; an inverted cue between commas reports the words around it; a
 * party-and-state tag after a name is looked past; nouns for people added to the role lexicon
 * pass the source test; a quotation that reported words open runs on to its closing mark; a
 * wire headline closed by a semicolon reads as a sentence; verbs that tell or weigh what an
 * embedded question asks report it; a colon after the sentence subject's verb introduces a quote
 * however short; a person's name that is also a time word ("Day said") is the subject; a cue inside
 * a relative aside ends its words at the comma before the main clause's verb; in a double genitive
 * before "who" the source noun before "of" speaks; an "-ing" participle tagged as a noun after a
 * sentence-opening source noun is no head; a name set off by commas inside an appositive's
 * "whose" clause does not end the appositive. One row per
 * rule and per negative case (name, then "first words | rule | cue | speaker" as in
 * {@code RecallFormsTest}, then the sentence, joined by "##").
 */
class RecallRoundSixTest {

  private static final String ROWS = """
      a fraction opens the sentence and speaks
        ## the city should hire | indirect/subject-cue | say | Three - fourths
        ## Three/CD -/HYPH fourths/NNS say/VBP/O/say the/DT city/NN should/MD hire/VB teachers/NNS
           ./.
      'a third' after a comma
        ## the council did well | indirect/subject-cue | said | a third
        ## Half/NN praised/VBD/O/praise the/DT mayor/NN ,/, and/CC a/DT third/JJ said/VBD/O/say
           the/DT council/NN did/VBD/O/do well/RB ./.
      'all but three' counts the members who speak
        ## the board should meet | indirect/subject-cue | said | All but three
        ## All/DT but/CC three/CD said/VBD/O/say the/DT board/NN should/MD meet/VB again/RB ./.
      a number after a time phrase and its comma
        ## they would vote | indirect/subject-cue | said | 40
        ## In/IN 2016/CD/DATE ,/, 40/CD said/VBD/O/say they/PRP would/MD vote/VB ./.
      negative: a number that follows a verb does not open a clause
        ## the dam would hold | indirect/subject-cue | said | The engineers who fixed 40
        ## The/DT engineers/NNS who/WP fixed/VBD/O/fix 40/CD said/VBD/O/say the/DT dam/NN would/MD
           hold/VB ./.
      past the infinitive's verb, its object is not the speaker
        ## he does not think | indirect/subject-cue | says | The last man to run for mayor
        ## The/DT last/JJ man/NN to/TO run/VB for/IN mayor/NN says/VBZ/O/say he/PRP does/VBZ/O/do
           not/RB think/VB/O/think so/RB ./.
      negative: a subject pronoun after the modifier opens a clause of its own
        ## to write a memoir | indirect/subject-cue | planning | he
        ## Varga/NNP/PERSON quashed/VBN/O/quash rumours/NNS he/PRP was/VBD/O/be planning/VBG/O/plan
           to/TO write/VB a/DT memoir/NN ./.
      an aside with an amount and 'more than', then a present tagged VB
        ## the firm will save money | indirect/subject-cue | say | Executives for Lumora
        ## Executives/NNS for/IN Lumora/NNP/ORGANIZATION ,/, which/WDT earned/VBD/O/earn more/JJR
           than/IN $/$ 3/CD billion/CD ,/, say/VB/O/say the/DT firm/NN will/MD save/VB money/NN ./.
      a coordinated prepositional phrase inside the head's aside
        ## he had less charm | indirect/subject-cue | said | Some farmers who have followed his
           speeches
        ## Some/DT farmers/NNS who/WP have/VBP/O/have followed/VBN/O/follow his/PRP$ speeches/NNS
           ,/, on/IN radio/NN or/CC at/IN town/NN meetings/NNS ,/, said/VBD/O/say he/PRP
           had/VBD/O/have less/JJR charm/NN ./.
      an inverted cue between commas reports the words around it
        ## The contrast with the mayor | indirect/parenthetical-cue | said | Vela
        ## The/DT contrast/NN with/IN the/DT mayor/NN ,/, said/VBD/O/say Vela/NNP/PERSON and/CC
           others/NNS ,/, would/MD be/VB/O/be clear/JJ ./.
      negative: no verb after the inverted cue's speaker, no words around it
        ## The contrast with the mayor | none | | 
        ## The/DT contrast/NN with/IN the/DT mayor/NN ,/, said/VBD/O/say Vela/NNP/PERSON ,/, a/DT
           planner/NN ./.
      a party-and-state tag after the name
        ## Ortiz oversold the plan | indirect/subject-cue | said | Ada Brandvold
        ## Sen./NNP Ada/NNP/PERSON Brandvold/NNP/PERSON ,/, D/NNP -/HYPH Ore./NNP/STATE_OR_PROVINCE
           ,/, a/DT candidate/NN ,/, said/VBD/O/say Ortiz/NNP/PERSON oversold/VBD/O/oversell the/DT
           plan/NN ./.
      a noun for a person added to the roles passes the source test
        ## the rules were unfair | indirect/subject-cue | said | The league legend
        ## The/DT league/NN legend/NN said/VBD/O/say the/DT rules/NNS were/VBD/O/be unfair/JJ ./.
      a wire headline closed by a semicolon reads as a sentence
        ## the levy will pass | indirect/subject-cue | says | Ortiz
        ## Ortiz/NNP/PERSON says/VBZ/O/say the/DT levy/NN will/MD pass/VB ;/:
      negative: a headline with no final punctuation reports nothing
        ## the levy will pass | none | | 
        ## Ortiz/NNP/PERSON says/VBZ/O/say the/DT levy/NN will/MD pass/VB
      a verb that tells what an embedded question asks reports it
        ## how the levy helped the port | indirect/subject-cue | noted | Ortiz
        ## Ortiz/NNP/PERSON noted/VBD/O/note how/WRB the/DT levy/NN helped/VBD/O/help the/DT port/NN
           ./.
      negative: a verb of perception before an embedded question reports nothing
        ## how the levy helped the port | none | | 
        ## Ortiz/NNP/PERSON noticed/VBD/O/notice how/WRB the/DT levy/NN helped/VBD/O/help the/DT
           port/NN ./.
      a colon after the subject's verb introduces a short quote
        ## No way | direct/sentence-subject | grinned | Vela
        ## Vela/NNP/PERSON grinned/VBD/O/grin :/: “/`` No/DT way/NN ./. ”/''
      negative: a short quote with no colon before it stays unattributed and out
        ## No way | none | | 
        ## Vela/NNP/PERSON grinned/VBD/O/grin at/IN “/`` No/DT way/NN ”/'' signs/NNS ./.
      a person's name that is also a time word speaks
        ## the levy was fair | indirect/subject-cue | said | Day
        ## Day/NNP/PERSON said/VBD/O/say the/DT levy/NN was/VBD/O/be fair/JJ ./.
      negative: a time word that is no name is looked past
        ## the levy was fair | indirect/subject-cue | said | The mayor
        ## The/DT mayor/NN on/IN Tuesday/NNP/DATE said/VBD/O/say the/DT levy/NN was/VBD/O/be fair/JJ
           ./.
      a cue inside a relative aside ends its words before the main clause's cue
        ## he backs the board | indirect/subject-cue | said | who
           || one member he likes is Vela | indirect/subject-cue | said | Okafor
           || the board | none | |
        ## Okafor/NNP/PERSON ,/, who/WP said/VBD/O/say he/PRP backs/VBZ/O/back the/DT board/NN ,/,
           said/VBD/O/say one/CD member/NN he/PRP likes/VBZ/O/like is/VBZ/O/be Vela/NNP/PERSON ./.
      a double genitive before a relative clause: the noun before 'of' speaks
        ## the plan is dead | indirect/subject-cue | say | Aides of Ms. Ruiz 's
        ## Aides/NNS of/IN Ms./NNP Ruiz/NNP/PERSON 's/POS who/WP met/VBD/O/meet with/IN the/DT
           board/NN say/VBP/O/say the/DT plan/NN is/VBZ/O/be dead/JJ ./.
      negative: a genitive before 'of' with no source noun before it stays unread
        ## the plan is dead | indirect/subject-cue | say | the board
        ## Copies/NNS of/IN Ms./NNP Ruiz/NNP/PERSON 's/POS who/WP met/VBD/O/meet with/IN the/DT
           board/NN say/VBP/O/say the/DT plan/NN is/VBZ/O/be dead/JJ ./.
      a participle tagged as a noun after the sentence's source head: the head speaks
        ## the board has ignored them | indirect/subject-cue | say | Farmers clamoring to stop
           the dam from opening in the spring
        ## Farmers/NNS clamoring/NN to/TO stop/VB the/DT dam/NN from/IN opening/VBG/O/open in/IN
           the/DT spring/NN say/VBP/O/say the/DT board/NN has/VBZ/O/have ignored/VBN/O/ignore
           them/PRP ./.
      a name set off by commas inside a 'whose' clause of the appositive
        ## its aim was to reach young voters | indirect/subject-cue | said | Lena Ruiz
        ## Lena/NNP/PERSON Ruiz/NNP/PERSON ,/, a/DT strategist/NN whose/WP$ firm/NN ,/,
           Ruiz/NNP/ORGANIZATION Media/NNP/ORGANIZATION ,/, made/VBD/O/make the/DT ads/NNS ,/,
           said/VBD/O/say its/PRP$ aim/NN was/VBD/O/be to/TO reach/VB young/JJ voters/NNS ./.
      negative: 'merger' names no speaker although it ends in -er
        ## prices will rise | none | | 
        ## The/DT merger/NN says/VBZ/O/say prices/NNS will/MD rise/VB ./.
      """;

  /** Cue | the quote's whole text | the sentences of one paragraph. */
  private static final String WHOLE_TEXTS = """
      said ## the plan “ is fine . It helps the port . ”
        ## Ortiz/NNP/PERSON said/VBD/O/say the/DT plan/NN “/`` is/VBZ/O/be fine/JJ ./.
        ## It/PRP helps/VBZ/O/help the/DT port/NN ./. ”/''
      said ## the plan was “ fine
        ## Ortiz/NNP/PERSON said/VBD/O/say the/DT plan/NN was/VBD/O/be “/`` fine/JJ ./.
        ## It/PRP helps/VBZ/O/help the/DT port/NN ,/, ”/'' he/PRP added/VBD/O/add ./.
      """;

  static List<Arguments> rows() {
    return split(ROWS).stream()
        .map(f -> Arguments.of(f.get(0), f.get(1), List.of(f.get(2)))).toList();
  }

  static List<Arguments> wholeTexts() {
    return split(WHOLE_TEXTS).stream()
        .map(f -> Arguments.of(f.get(0), f.get(1), f.subList(2, f.size()))).toList();
  }

  /** The rows of a table: each starts on an unindented line, its fields separated by "##". */
  private static List<List<String>> split(String table) {
    return Arrays.stream(table.split("\n(?! )")).filter(r -> !r.isBlank())
        .map(r -> Arrays.stream(r.split("##")).map(x -> x.strip().replaceAll("\\s+", " "))
            .toList())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }

  /**
   * A quotation that reported words open runs on over the sentence's end to its closing mark (as
   * a MIXED quote), unless it is another attribution's whole content.
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("wholeTexts")
  void theQuoteRunsToItsClosingMarkOrNot(String cue, String text, List<String> sentences) {
    Quote q = QuoteTexts.withCue(cue, QuoteTexts.quotes(sentences.toArray(String[]::new)))
        .orElseThrow();
    assertEquals(QuoteType.MIXED, q.type());
    assertEquals(text, q.text());
  }
}
