package org.newsgraph.quotes;

import static org.newsgraph.quotes.QuoteTexts.assertRow;
import static org.newsgraph.quotes.QuoteTexts.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, recall round, model-free on invented sentences (hand-built text: a space before each
 * comma): opening adjuncts before a subject are not its cue's content; an agentless passive of
 * expecting ("is expected to") and a question put to someone ("Asked whether ...") report with an
 * unnamed source; a participle after "while also" or a verb after "and later" keeps its own
 * content; a subject whose last phrase names no source ("People briefed on the talks") speaks
 * through its head; sources with "close to", shares, "those surveyed", "according to" any
 * source, "As X noted, ..." and a clause too short to stand before a parenthetical cue. One row
 * per rule and per negative case: the first words of the quote looked at with its expected rule, cue and speaker
 * mention (empty for none), or "none" for a quote that must not exist, several joined by " || ";
 * then the sentences ("|" starts a paragraph).
 */
class RecallFormsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("an opening time phrase and clause of time: the reported clause is after the cue",
            "four planes | indirect/subject-cue | reported | Harbour Gazette",
            "Friday/NNP morning/NN ,/, as/IN the/DT parade/NN rolled/VBD/O/roll past/RB ,/,"
                + " the/DT Harbour/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION"
                + " reported/VBD/O/report four/CD planes/NNS circled/VBD/O/circle the/DT bay/NN"
                + " ./."),
        row("negative: the opening time phrase is no content",
            "Friday morning | none | | ",
            "Friday/NNP morning/NN ,/, as/IN the/DT parade/NN rolled/VBD/O/roll past/RB ,/,"
                + " the/DT Harbour/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION"
                + " reported/VBD/O/report four/CD planes/NNS circled/VBD/O/circle the/DT bay/NN"
                + " ./."),
        row("an opening participle with a show's title in marks: the content is after the cue",
            "the budget | mixed/subject-cue | said | Lena Ortiz",
            "Speaking/VBG/O/speak on/IN the/DT “/`` Morning/NNP Talk/NNP ,/, ”/'' show/NN"
                + " Senator/NNP Lena/NNP/PERSON Ortiz/NNP/PERSON said/VBD/O/say the/DT budget/NN"
                + " is/VBZ/O/be “/`` a/DT disgrace/NN ./. ”/''"),
        row("negative: an adjunct and nothing reported after the cue give no content",
            "When pressed | none | | ",
            "When/WRB pressed/VBN/O/press by/IN reporters/NNS ,/, Ortiz/NNP/PERSON"
                + " apologized/VBD/O/apologize to/TO voters/NNS for/IN the/DT remark/NN ./."),
        row("negative: a main clause after the opening phrase is the content before the cue",
            "In 2014 , the plan failed | indirect/content-name-cue | said | Ortiz",
            "In/IN 2014/CD ,/, the/DT plan/NN failed/VBD/O/fail ,/, Ortiz/NNP/PERSON"
                + " said/VBD/O/say ./."),
        row("negative: a gerund subject is a clause, not an opening participle",
            "Watching his sister | indirect/content-name-cue | said | he",
            "Watching/VBG/O/watch his/PRP$ sister/NN struggle/VB led/VBD/O/lead him/PRP to/TO"
                + " avoid/VB debt/NN ,/, he/PRP said/VBD/O/say ./."),
        row("negative: an opening phrase before a parenthetical cue belongs to the content",
            "Despite the new spending | indirect/parenthetical-cue | noted | he",
            "Despite/IN the/DT new/JJ spending/NN ,/, he/PRP noted/VBD/O/note ,/, the/DT navy/NN"
                + " is/VBZ/O/be in/IN danger/NN of/IN shrinking/VBG/O/shrink ./."),
        row("an agentless passive of expecting before an infinitive: an unnamed source",
            "to resign | indirect/passive-to | is expected | ",
            "The/DT mayor/NN is/VBZ/O/be expected/VBN/O/expect to/TO resign/VB soon/RB ./."),
        row("a relative clause's expectation ends at its comma, before the main clause",
            "to draw crowds | indirect/passive-to | is widely expected | "
                + " || to draw crowds , arrives | none | | ",
            "The/DT ferry/NN ,/, which/WDT is/VBZ/O/be widely/RB expected/VBN/O/expect to/TO"
                + " draw/VB crowds/NNS ,/, arrives/VBZ/O/arrive on/IN Friday/NNP ./."),
        row("negative: a verb without the passive flag before an infinitive reports nothing",
            "to resign | none | | ",
            "The/DT mayor/NN is/VBZ/O/be supposed/VBN/O/suppose to/TO resign/VB soon/RB ./."),
        row("an opening participle of asking: the question, no speaker; the main clause keeps"
                + " its own attribution",
            "whether she would run | indirect/question | Asked | "
                + " || she had not decided | indirect/subject-cue | said | Ortiz",
            "Asked/VBN/O/ask whether/IN she/PRP would/MD run/VB again/RB ,/, Ortiz/NNP/PERSON"
                + " said/VBD/O/say she/PRP had/VBD/O/have not/RB decided/VBN/O/decide ./."),
        row("the asker named by 'by' speaks the question",
            "to explain the delay | indirect/question | Asked | a reporter",
            "Asked/VBN/O/ask by/IN a/DT reporter/NN to/TO explain/VB the/DT delay/NN ,/,"
                + " Brandt/NNP/PERSON blamed/VBD/O/blame the/DT weather/NN ./."),
        row("an agentless passive of asking before an embedded question",
            "if the tax would rise | indirect/question | was asked | ",
            "Ortiz/NNP/PERSON was/VBD/O/be asked/VBN/O/ask if/IN the/DT tax/NN would/MD rise/VB"
                + " ./."),
        row("a participle after 'while also' reports on its own; the outer content ends before",
            "the pier should close | indirect/participle | suggesting | Ortiz"
                + " || to build a terminal , while | none | | ",
            "Ortiz/NNP/PERSON promised/VBD/O/promise to/TO build/VB a/DT terminal/NN ,/,"
                + " while/IN also/RB suggesting/VBG/O/suggest that/IN the/DT pier/NN should/MD"
                + " close/VB ./."),
        row("a coordinated verb after adverbs keeps its own content; the first ends before 'and'",
            "the union was wrong | indirect/subject-cue | argued | Ortiz"
                + " || to cut fares and | none | | ",
            "Ortiz/NNP/PERSON vowed/VBD/O/vow to/TO cut/VB fares/NNS and/CC later/RB"
                + " argued/VBD/O/argue that/IN the/DT union/NN was/VBD/O/be wrong/JJ ./."),
        row("negative: a participle with a noun phrase after 'while' stays in the outer content",
            "to build a terminal , while also naming a date | indirect/subject-cue | promised |"
                + " Ortiz",
            "Ortiz/NNP/PERSON promised/VBD/O/promise to/TO build/VB a/DT terminal/NN ,/,"
                + " while/IN also/RB naming/VBG/O/name a/DT date/NN ./."),
        row("a head that speaks before a participle and its phrase: the whole phrase speaks",
            "the deal was close | indirect/subject-cue | said | People briefed on the talks",
            "People/NNS briefed/VBD/O/brief on/IN the/DT talks/NNS said/VBD/O/say that/IN the/DT"
                + " deal/NN was/VBD/O/be close/JJ ./."),
        row("a group noun before a place phrase speaks",
            "they welcomed | indirect/subject-cue | said | Some delegates at the convention",
            "Some/DT delegates/NNS at/IN the/DT convention/NN said/VBD/O/say they/PRP"
                + " welcomed/VBD/O/welcome the/DT debate/NN ./."),
        row("past two phrases to the first noun that speaks",
            "the navy should | indirect/subject-cue | said | the delegation to the forum",
            "The/DT deputy/JJ head/NN of/IN the/DT delegation/NN to/TO the/DT forum/NN"
                + " said/VBD/O/say the/DT navy/NN should/MD reduce/VB its/PRP$ patrols/NNS ./."),
        row("negative: a thing with a phrase after it still cannot speak",
            "the dikes were weak | none | | ",
            "The/DT storm/NN over/IN the/DT bay/NN showed/VBD/O/show that/IN the/DT dikes/NNS"
                + " were/VBD/O/be weak/JJ ./."),
        row("a subject before an adverb between commas ('Others, however, say')",
            "a change is overdue | indirect/subject-cue | say | Others",
            "Others/NNS ,/, however/RB ,/, say/VB/O/say a/DT change/NN is/VBZ/O/be overdue/JJ"
                + " ./."),
        row("a determiner and participle stand for the people polled",
            "they would vote | indirect/subject-cue | say | those surveyed",
            "Half/NN of/IN those/DT surveyed/VBN/O/survey say/VBP/O/say they/PRP would/MD"
                + " vote/VB ./."),
        row("a person named by what he is ('the admiral') speaks",
            "The talks had two goals | indirect/content-name-cue | said | the admiral",
            "The/DT talks/NNS had/VBD/O/have two/CD goals/NNS ,/, the/DT admiral/NN"
                + " said/VBD/O/say ./."),
        row("an inverted cue's speaker with 'close to' after its head",
            "The mayor is angry | indirect/content-cue-name | said |"
                + " a source close to the campaign",
            "The/DT mayor/NN is/VBZ/O/be angry/JJ ,/, said/VBD/O/say a/DT source/NN close/JJ"
                + " to/TO the/DT campaign/NN ./."),
        row("a subject with 'familiar with' after its head, before the cue",
            "The mayor is angry | indirect/content-name-cue | said | people familiar with him",
            "The/DT mayor/NN is/VBZ/O/be angry/JJ ,/, people/NNS familiar/JJ with/IN him/PRP"
                + " said/VBD/O/say ./."),
        row("a clause too short to stand alone before a parenthetical cue",
            "It was , he said , one of | indirect/parenthetical-cue | said | he",
            "It/PRP was/VBD/O/be ,/, he/PRP said/VBD/O/say ,/, one/CD of/IN the/DT worst/JJS"
                + " days/NNS ./."),
        row("a share after 'but' keeps its own attribution; the first ends before ', but'",
            "she does not | indirect/subject-cue | say | all voters"
                + " || yes | indirect/subject-cue | said | Democrats || yes , | none | | ",
            "Some/DT 75/CD percent/NN of/IN Democrats/NNPS said/VBD/O/say yes/UH ,/, but/CC"
                + " 55/CD percent/NN of/IN all/DT voters/NNS say/VBP/O/say she/PRP does/VBZ/O/do"
                + " not/RB ./."),
        row("'according to' presents its object as a source, whatever its noun",
            "No one may campaign | indirect/according-to | according to | state law",
            "No/DT one/NN may/MD campaign/VB near/IN a/DT polling/NN place/NN ,/,"
                + " according/VBG to/TO state/NN law/NN ./."),
        row("'according to' an object pronoun: the pronoun speaks",
            "The ferry will close | indirect/according-to | according to | her",
            "The/DT ferry/NN will/MD close/VB in/IN March/NNP ,/, according/VBG to/TO her/PRP"
                + " ./."),
        row("'according to them' before the reported clause",
            "the vote was rigged | indirect/according-to | According to | them",
            "According/VBG to/TO them/PRP ,/, the/DT vote/NN was/VBD/O/be rigged/VBN ./."),
        row("negative of the pronoun form: 'according to her aides' names the aides",
            "The ferry will close | indirect/according-to | according to | her aides",
            "The/DT ferry/NN will/MD close/VB ,/, according/VBG to/TO her/PRP$ aides/NNS ./."),
        row("a spaced hyphen used as a dash around an aside after the subject",
            "the buses would run late | indirect/subject-cue | said | Omar Fell",
            "Councillor/NNP Omar/NNP/PERSON Fell/NNP/PERSON -/HYPH who/WP chairs/VBZ/O/chair"
                + " the/DT transit/NN panel/NN -/HYPH said/VBD/O/say the/DT buses/NNS would/MD"
                + " run/VB late/RB ./."),
        row("negative: the same noun as a verb's subject is no source",
            "no one may campaign | none | | ",
            "State/NN law/NN says/VBZ/O/say no/DT one/NN may/MD campaign/VB near/IN a/DT"
                + " polling/NN place/NN ./."),
        row("a clause of manner with the cue, then the reported clause after its comma",
            "Ortiz raised | indirect/parenthetical-cue | noted | Harbour Gazette",
            "As/IN the/DT Harbour/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION noted/VBD/O/note ,/,"
                + " Ortiz/NNP/PERSON raised/VBD/O/raise more/JJR than/IN $/$ 1/CD million/CD ./."),
        row("two groups named by common nouns speak together",
            "Support for Ortiz is strong | indirect/content-name-cue | told |"
                + " teachers and union officials",
            "Support/NN for/IN Ortiz/NNP/PERSON is/VBZ/O/be strong/JJ ,/, teachers/NNS and/CC"
                + " union/NN officials/NNS told/VBD/O/tell the/DT paper/NN ./."),
        row("a headline's name, the audience it spoke to, a colon and the words",
            "The port will stay open | indirect/name-colon | : | Ortiz",
            "Ortiz/NNP/PERSON to/TO Dockworkers/NNPS :/: The/DT port/NN will/MD stay/VB"
                + " open/JJ all/DT winter/NN ./."),
        row("negative: a common noun before the colon is no speaker",
            "The ferry will run | none | | ",
            "Update/NN :/: The/DT ferry/NN will/MD run/VB at/IN noon/NN ./."),
        row("negative: asking for a thing is no question",
            "for a new ferry | none | | ",
            "Ortiz/NNP/PERSON was/VBD/O/be asked/VBN/O/ask for/IN a/DT new/JJ ferry/NN ./."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }
}
