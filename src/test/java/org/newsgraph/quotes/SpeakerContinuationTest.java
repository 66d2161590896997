package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;

/**
 * Issue 14, model-free on invented sentences: the speaker of a quote named outside its own
 * sentence (the paragraph before, a sentence that introduces it with a colon, an opening "As X put
 * it"), a share word standing alone as a subject, a quote closed by "she wondered", and a fronted
 * adjunct whose words hold commas.
 * One row per rule and per negative case: the sentences ("|" starts a paragraph), the first words
 * of the quote looked at, and its expected rule, cue and speaker mention ("" for none).
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
        Arguments.of("a quote opening its sentence continues the previous paragraph's speaker",
            List.of(FERRY_SAID, "|", "The/DT pier/NN was/VBD/O/be crowded/JJ ./.",
                "“/`` Nobody/NN at/IN the/DT desk/NN could/MD tell/VB us/PRP anything/NN ./. ”/''"),
            "Nobody", "direct/previous-paragraph", "said", "Ines Paredes"),
        Arguments.of("negative: words before the quote in its sentence borrow no speaker",
            List.of(FERRY_SAID, "|", "Later/RB that/DT day/NN ,/, “/`` No/DT boats/NNS will/MD"
                + " run/VB today/NN or/CC tomorrow/NN or/CC on/IN Monday/NNP ./. ”/''"),
            "No boats", "direct/unattributed", "", ""),
        Arguments.of("a colon sentence's subject speaks for the quote after it",
            List.of(BOARD_COLON, "|", REGRET),
            "We regret", "direct/sentence-subject", "issued", "The harbour board"),
        Arguments.of("negative: a sentence between the colon sentence and the quote breaks the link",
            List.of(BOARD_COLON, "|", "Ferries/NNS stayed/VBD/O/stay in/IN port/NN ./.", REGRET),
            "We regret", "direct/unattributed", "", ""),
        Arguments.of("an opening clause of manner names the speaker",
            List.of("As/IN Lena/NNP/PERSON Ortiz/NNP/PERSON put/VBD/O/put it/PRP ,/, “/``"
                + " Nobody/NN should/MD wait/VB that/DT long/RB for/IN a/DT boat/NN ./. ”/''"),
            "Nobody", "direct/sentence-subject", "put", "Lena Ortiz"),
        Arguments.of("negative: an opening clause of time names no speaker",
            List.of("When/WRB the/DT bus/NN arrived/VBD/O/arrive ,/, “/`` Nobody/NN should/MD"
                + " wait/VB that/DT long/RB for/IN a/DT bus/NN ./. ”/''"),
            "Nobody", "direct/unattributed", "", ""),
        Arguments.of("'Another' stands alone as a subject",
            List.of("Another/DT said/VBD/O/say the/DT fares/NNS were/VBD/O/be unfair/JJ ./."),
            "the fares", "indirect/subject-cue", "said", "Another"),
        Arguments.of("a quote then 'she wondered': a thought verb that attributes a quote",
            List.of("“/`` Who/WP will/MD pay/VB for/IN the/DT new/JJ bridge/NN ?/. ”/''"
                + " she/PRP wondered/VBD/O/wonder ./."),
            "Who will pay", "direct/content-name-cue", "wondered", "she"),
        Arguments.of("a fronted adjunct with commas in its words takes the main clause's subject",
            List.of("While/IN discussing/VBG/O/discuss a/DT map/NN ,/, a/DT flag/NN and/CC a/DT"
                + " date/NN ,/, Speaker/NNP Tomas/NNP/PERSON Rekker/NNP/PERSON said/VBD/O/say"
                + " the/DT figures/NNS have/VBP/O/have no/DT basis/NN ./."),
            // hand-built text: a space before each comma
            "a map , a flag and a date", "indirect/participle", "discussing",
            "Tomas Rekker"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, List<String> sentences, String words,
      String rule, String cue, String speaker) {
    ImmutableList<Quote> qs = quotes(sentences.toArray(String[]::new));
    Quote q = qs.stream().filter(x -> x.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals(rule, q.ruleName(), name);
    assertEquals(cue, q.cue().map(c -> c.text()).orElse(""), name);
    assertEquals(speaker, speaker(q), name);
  }
}
