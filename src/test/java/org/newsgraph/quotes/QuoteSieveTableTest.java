package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;

/**
 * One row per sieve of {@link QuoteAssembler}, in the order the sieves are tried: a quoted
 * stretch that no attribution of its own sentence covers, and the rule and speaker it gets. A new
 * sieve adds its row here.
 */
class QuoteSieveTableTest {

  /**
   * Sentences ("|" starts a paragraph), the index among the direct quotes of the one to check,
   * its rule and speaker.
   */
  static List<Arguments> sieves() {
    return List.of(
        Arguments.of("colon-cue: the sentence before ends with a cue and a colon",
            new String[] {"In/IN a/DT letter/NN ,/, Okonkwo/NNP/PERSON wrote/VBD/O/write :/:", "|",
                "“/`` The/DT bridge/NN will/MD open/VB in/IN the/DT spring/NN ./. ”/''"},
            0, "direct/colon-cue", "Okonkwo"),
        Arguments.of("same-paragraph: an earlier quote of the paragraph has a speaker",
            new String[] {"“/`` The/DT rain/NN ruined/VBD/O/ruin the/DT harvest/NN ,/, ”/''"
                + " Lindqvist/NNP/PERSON said/VBD/O/say ./.",
                "“/`` We/PRP lost/VBD/O/lose half/NN of/IN the/DT wheat/NN ./. ”/''"},
            1, "direct/same-paragraph", "Lindqvist"),
        Arguments.of("next-sentence: the next sentence opens with a reporting speaker",
            new String[] {"“/`` Nobody/NN expected/VBD/O/expect the/DT flood/NN to/TO last/VB"
                + " so/RB long/RB ./. ”/''",
                "Marchetti/NNP/PERSON said/VBD/O/say the/DT town/NN would/MD rebuild/VB ./."},
            0, "direct/next-sentence", "Marchetti"),
        Arguments.of("next-paragraph: a paragraph that is only a quote, then a named quote",
            new String[] {"“/`` The/DT ferry/NN is/VBZ/O/be our/PRP$ lifeline/NN ./. ”/''", "|",
                "“/`` Without/IN it/PRP ,/, the/DT island/NN empties/VBZ/O/empty ,/, ”/''"
                    + " Haldora/NNP/PERSON Vik/NNP/PERSON said/VBD/O/say ./."},
            0, "direct/next-paragraph", "Haldora Vik"),
        Arguments.of("previous-paragraph: a paragraph opening with a quote continues the last"
                + " speaker",
            new String[] {"Haldora/NNP/PERSON Vik/NNP/PERSON said/VBD/O/say the/DT ferry/NN"
                + " must/MD stay/VB ./.", "|",
                "“/`` Without/IN it/PRP the/DT island/NN empties/VBZ/O/empty ./. ”/''"},
            0, "direct/previous-paragraph", "Haldora Vik"),
        Arguments.of("unattributed: a sentence-like quote with no speaker in sight",
            new String[] {"“/`` Every/DT winter/NN the/DT road/NN closes/VBZ/O/close for/IN"
                + " weeks/NNS ./. ”/''"},
            0, "direct/unattributed", ""),
        Arguments.of("sentence-subject: the subject of the sentence the quote stands in",
            new String[] {"Brennan/NNP/PERSON gave/VBD/O/give a/DT blunt/JJ answer/NN :/:"
                + " “/`` The/DT mill/NN stays/VBZ/O/stay open/JJ for/IN as/RB long/RB as/IN"
                + " I/PRP live/VBP/O/live ./. ”/''"},
            0, "direct/sentence-subject", "Brennan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sieves")
  void sieve(String name, String[] sentences, int index, String rule, String speaker) {
    ImmutableList<Quote> qs = QuoteTexts.quotes(sentences);
    List<Quote> direct = qs.stream().filter(q -> q.type() == org.newsgraph.QuoteType.DIRECT)
        .toList();
    Quote q = direct.get(index);
    assertEquals(rule, q.ruleName(), () -> name + ": " + qs);
    assertEquals(speaker, QuoteTexts.speaker(q), () -> name + ": " + qs);
  }
}
