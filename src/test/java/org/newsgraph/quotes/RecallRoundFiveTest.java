package org.newsgraph.quotes;

import static org.newsgraph.quotes.QuoteTexts.assertRow;
import static org.newsgraph.quotes.QuoteTexts.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, fifth recall round, model-free on invented sentences (hand-built text: a space before
 * each comma): a relative clause with a subject of its own ends the reported clause before it; a
 * sentence that opens with a source's noun phrase and only its modifiers before the cue speaks
 * through that head ({@link SubjectPattern#SENTENCE_HEAD}); a quote that goes on after a
 * participle aside continues the direct quote's cue; "according to officials familiar with ..."
 * names the officials;
 * a reflexive or floating quantifier after a subject ("The mayor himself said", "have both
 * argued") is looked past; a participle's words end before "and" and another participle; a time
 * and place after a cue are not its content; "said they had ..." after a verbless phrase is no
 * inverted speaker; "called on X to resign" reports the infinitive (also where the tagger reads
 * the cue as a participle); a coordinated cue after "and has" keeps its own content; a purpose infinitive of saying ("went out of his way to say that") is said by
 * the governing verb's subject. One row per rule and per negative case, as
 * in {@code RecallFormsTest}.
 */
class RecallRoundFiveTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a relative clause with its own subject and cue ends the reported clause",
            "he backed the plan | indirect/subject-cue | said | Ortiz"
                + " || he backed the plan , which | none | | ",
            "Ortiz/NNP/PERSON said/VBD/O/say he/PRP backed/VBD/O/back the/DT plan/NN ,/,"
                + " which/WDT he/PRP called/VBD/O/call a/DT fair/JJ deal/NN ./."),
        row("negative: a relative clause without a subject of its own stays in the content",
            "he backed the plan , which passed | indirect/subject-cue | said | Ortiz",
            "Ortiz/NNP/PERSON said/VBD/O/say he/PRP backed/VBD/O/back the/DT plan/NN ,/,"
                + " which/WDT passed/VBD/O/pass in/IN May/NNP ./."),
        row("a city after a subject's head is not the speaker: the group noun before it is",
            "they welcomed | indirect/subject-cue | said | Some delegates at the rally",
            "Some/DT delegates/NNS at/IN the/DT rally/NN in/IN Tarvik/NNP/CITY said/VBD/O/say"
                + " they/PRP welcomed/VBD/O/welcome the/DT debate/NN ./."),
        row("a source noun and its participle phrase speak",
            "they have support | indirect/subject-cue | say | Activists hoping to stop the sale",
            "Activists/NNS hoping/VBG/O/hope to/TO stop/VB the/DT sale/NN say/VBP/O/say"
                + " they/PRP have/VBP/O/have support/NN ./."),
        row("a contact relative ('people I spoke with') belongs to the head",
            "the mayor had pressed | indirect/subject-cue | said | Several people I spoke with",
            "Several/JJ people/NNS I/PRP spoke/VBD/O/speak with/IN said/VBD/O/say the/DT"
                + " mayor/NN had/VBD/O/have pressed/VBN/O/press the/DT board/NN ./."),
        row("a relative clause ending in a pronoun belongs to the head",
            "her energy has faded | indirect/subject-cue | say |"
                + " Friends of the skipper who have sailed with her",
            "Friends/NNS of/IN the/DT skipper/NN who/WP have/VBP/O/have sailed/VBN/O/sail"
                + " with/IN her/PRP say/VBP/O/say that/IN her/PRP$ energy/NN has/VBZ/O/have"
                + " faded/VBN/O/fade ./."),
        row("past an opening adverb, and past an aside that is a relative clause",
            "the firm will save | indirect/subject-cue | say |"
                + " executives for Lumora",
            "Even/RB executives/NNS for/IN Lumora/NNP/ORGANIZATION ,/, which/WDT earned/VBD/O/earn"
                + " millions/NNS last/JJ year/NN ,/, say/VBP/O/say the/DT firm/NN will/MD save/VB"
                + " money/NN ./."),
        row("negative: a finite verb with no relative word ends the opening head's reach",
            "the fee would rise | indirect/subject-cue | said | officials at the port",
            "Dockworkers/NNS left/VBD/O/leave and/CC officials/NNS at/IN the/DT port/NN"
                + " said/VBD/O/say the/DT fee/NN would/MD rise/VB ./."),
        row("negative: an opening head that names no source gives no speaker",
            "the dikes were weak | none | | ",
            "The/DT storm/NN over/IN the/DT bay/NN near/IN the/DT dunes/NNS showed/VBD/O/show"
                + " that/IN the/DT dikes/NNS were/VBD/O/be weak/JJ ./."),
        row("'according to' a source noun with an adjective and its phrase after it",
            "The port uses a private network | indirect/according-to | according to | officials",
            "The/DT port/NN uses/VBZ/O/use a/DT private/JJ network/NN ,/, according/VBG/O/accord"
                + " to/TO officials/NNS familiar/JJ with/IN the/DT system/NN ./."),
        row("a reflexive after the subject only stresses it",
            "the levy was fair | indirect/subject-cue | said | The mayor",
            "The/DT mayor/NN himself/PRP said/VBD/O/say the/DT levy/NN was/VBD/O/be fair/JJ ./."),
        row("a floating 'both' between the auxiliary and the cue",
            "dockworkers have lost jobs | indirect/subject-cue | argued | Varga",
            "Ortiz/NNP/PERSON and/CC Varga/NNP/PERSON have/VBP/O/have both/DT argued/VBN/O/argue"
                + " that/IN dockworkers/NNS have/VBP/O/have lost/VBN/O/lose jobs/NNS ./."),
        row("a participle's words end before 'and' and a second participle",
            "it a waste | indirect/participle | calling | Ortiz"
                + " || it a waste of money and | none | | ",
            "Ortiz/NNP/PERSON attacked/VBD/O/attack the/DT levy/NN ,/, calling/VBG/O/call it/PRP"
                + " a/DT waste/NN of/IN money/NN and/CC vowing/VBG/O/vow to/TO appeal/VB ./."),
        row("a time and place after the cue, then a participle: the content is before the cue",
            "The levy is unfair | indirect/content-name-cue | said | Ortiz"
                + " || Tuesday in Tarvik | none | | ",
            "The/DT levy/NN is/VBZ/O/be unfair/JJ ,/, Ortiz/NNP/PERSON said/VBD/O/say"
                + " Tuesday/NNP in/IN Tarvik/NNP/CITY ,/, noting/VBG/O/note that/IN the/DT port/NN"
                + " lost/VBD/O/lose money/NN ./."),
        row("negative: a pronoun and its verb after an inverted cue open the reported clause",
            "Dockworkers at the pier | none | | ",
            "Dockworkers/NNS at/IN the/DT pier/NN ,/, including/VBG/O/include Ostrand/NNP/PERSON"
                + " ,/, said/VBD/O/say they/PRP had/VBD/O/have no/DT problem/NN ./."),
        row("a verb of urging, a preposition and its addressee before the infinitive",
            "to resign | indirect/subject-cue | called | The union",
            "The/DT union/NN called/VBD/O/call on/IN Ortiz/NNP/PERSON to/TO resign/VB ./."),
        row("a cue read as a participle after the opening subject, 'on' read as a particle",
            "to resign | indirect/subject-cue | called | The senator",
            "The/DT senator/NN called/VBN/O/call on/RP Ortiz/NNP/PERSON to/TO resign/VB ./."),
        row("negative: a participle with its agent stays a passive",
            "to testify | none | | ",
            "The/DT senator/NN called/VBN/O/call by/IN the/DT party/NN to/TO testify/VB"
                + " arrived/VBD/O/arrive late/RB ./."),
        row("negative: a preposition and a noun phrase with no infinitive report nothing",
            "a new vote | none | | ",
            "The/DT union/NN asked/VBD/O/ask for/IN a/DT new/JJ vote/NN ./."),
        row("a coordinated cue after 'and' and an auxiliary keeps its own content",
            "the plan would fail | indirect/subject-cue | said | Ortiz"
                + " || to vote it down | indirect/subject-cue | urged | Ortiz"
                + " || the plan would fail and | none | | ",
            "Ortiz/NNP/PERSON said/VBD/O/say the/DT plan/NN would/MD fail/VB and/CC has/VBZ/O/have"
                + " urged/VBN/O/urge the/DT council/NN to/TO vote/VB it/PRP down/RP ./."),
        row("a purpose infinitive of saying: the subject of the governing verb speaks",
            "the port was safe | indirect/subject-cue | say | He",
            "He/PRP went/VBD/O/go out/IN of/IN his/PRP$ way/NN to/TO say/VB that/IN the/DT"
                + " port/NN was/VBD/O/be safe/JJ ./."),
        row("negative: an addressee before the infinitive would speak, not the subject",
            "what they saw | none | | ",
            "Ortiz/NNP/PERSON helped/VBD/O/help the/DT reporters/NNS to/TO say/VB what/WP"
                + " they/PRP saw/VBD/O/see ./."),
        row("a quote after a participle aside goes on with the direct quote's cue",
            "We have a council | direct/same-paragraph | said | Ostrand",
            "“/`` The/DT harbor/NN will/MD not/RB survive/VB ,/, ”/'' Ostrand/NNP/PERSON"
                + " said/VBD/O/say ,/, suggesting/VBG/O/suggest that/IN a/DT tax/NN could/MD"
                + " help/VB ./.",
            "“/`` We/PRP have/VBP/O/have a/DT council/NN that/WDT refuses/VBZ/O/refuse to/TO"
                + " act/VB ./. ”/''"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }
}
