package org.newsgraph.quotes;

import static org.newsgraph.quotes.QuoteTexts.assertRow;
import static org.newsgraph.quotes.QuoteTexts.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, model-free on invented sentences: the speaker of a quote named outside its own
 * sentence (the paragraph before, a sentence that introduces it with a colon, an opening "As X put
 * it"), a share word standing alone as a subject, a quote closed by "she wondered", and a fronted
 * adjunct whose words hold commas.
 * One row per rule and per negative case: the first words of the quote looked at with its expected
 * rule, cue and speaker mention (empty for none), then the sentences ("|" starts a paragraph).
 */
class SpeakerContinuationTest {

  private static final String FERRY_SAID = "“/`` The/DT ferry/NN is/VBZ/O/be late/JJ again/RB"
      + " ,/, ”/'' Ines/NNP/PERSON Paredes/NNP/PERSON said/VBD/O/say ./.";
  private static final String BOARD_COLON = "The/DT harbour/NN board/NN issued/VBD/O/issue a/DT"
      + " statement/NN on/IN Friday/NNP :/:";
  private static final String REGRET = "“/`` We/PRP regret/VBP/O/regret the/DT delays/NNS and/CC"
      + " will/MD refund/VB every/DT ticket/NN ./. ”/''";

  static Stream<Arguments> rows() {
    return Stream.of(
        row("a quote opening its sentence continues the previous paragraph's speaker",
            "Nobody | direct/previous-paragraph | said | Ines Paredes",
            FERRY_SAID, "|", "The/DT pier/NN was/VBD/O/be crowded/JJ ./.",
            "“/`` Nobody/NN at/IN the/DT desk/NN could/MD tell/VB us/PRP anything/NN ./. ”/''"),
        row("negative: words before the quote in its sentence borrow no speaker",
            "No boats | direct/unattributed | | ", FERRY_SAID, "|", "Later/RB that/DT day/NN ,/,"
                + " “/`` No/DT boats/NNS will/MD run/VB today/NN or/CC tomorrow/NN or/CC on/IN"
                + " Monday/NNP ./. ”/''"),
        row("a colon sentence's subject speaks for the quote after it",
            "We regret | direct/sentence-subject | issued | The harbour board",
            BOARD_COLON, "|", REGRET),
        row("negative: a sentence between the colon sentence and the quote breaks the link",
            "We regret | direct/unattributed | | ",
            BOARD_COLON, "|", "Ferries/NNS stayed/VBD/O/stay in/IN port/NN ./.", REGRET),
        row("an opening clause of manner names the speaker",
            "Nobody | direct/sentence-subject | put | Lena Ortiz", "As/IN Lena/NNP/PERSON"
                + " Ortiz/NNP/PERSON put/VBD/O/put it/PRP ,/, “/`` Nobody/NN should/MD wait/VB"
                + " that/DT long/RB for/IN a/DT boat/NN ./. ”/''"),
        row("negative: an opening clause of time names no speaker",
            "Nobody | direct/unattributed | | ", "When/WRB the/DT bus/NN arrived/VBD/O/arrive"
                + " ,/, “/`` Nobody/NN should/MD wait/VB that/DT long/RB for/IN a/DT bus/NN ./."
                + " ”/''"),
        row("'Another' stands alone as a subject", "the fares | indirect/subject-cue | said |"
            + " Another", "Another/DT said/VBD/O/say the/DT fares/NNS were/VBD/O/be unfair/JJ ./."),
        row("a quote then 'she wondered': a thought verb that attributes a quote",
            "Who will pay | direct/content-name-cue | wondered | she",
            "“/`` Who/WP will/MD pay/VB for/IN the/DT new/JJ bridge/NN ?/. ”/'' she/PRP"
                + " wondered/VBD/O/wonder ./."),
        // hand-built text: a space before each comma
        row("a fronted adjunct with commas in its words takes the main clause's subject",
            "a map , a flag and a date | indirect/participle | discussing | Tomas Rekker",
            "While/IN discussing/VBG/O/discuss a/DT map/NN ,/, a/DT flag/NN and/CC a/DT"
                + " date/NN ,/, Speaker/NNP Tomas/NNP/PERSON Rekker/NNP/PERSON said/VBD/O/say"
                + " the/DT figures/NNS have/VBP/O/have no/DT basis/NN ./."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }
}
