package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.assertRow;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;
import org.newsgraph.entities.ResolvedEntities;

/**
 * Issue 14, eighth recall round, model-free on invented sentences (hand-built text: a space before
 * each comma): the turns of an interview transcript ({@code speaker-label}), a paragraph that opens
 * with a speaker's label in capitals and a colon, maybe after an opening quotation mark. The label
 * speaks when it names a person (tagged so, or a word of a person the article names) or, where
 * some label does, when it labels two turns or more; the turn's words are the rest of the
 * paragraph and the unlabelled paragraphs up to the next turn; nothing inside a turn is attributed
 * again. Labels that name no one ("UPDATE:", a dateline in capitals, even where it recurs) and one-letter labels ("Q:")
 * give no turn. One row per rule and per negative case (name, then "first words | rule | cue |
 * speaker" as in {@code RecallFormsTest}, then the sentences, joined by "##"; "|" starts a
 * paragraph).
 */
class RecallRoundEightTest {

  private static final String ROWS = """
      a label in capitals that names a person speaks its paragraph
        ## The levy will pass | direct/speaker-label | : | MARSH
        ## MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
      a label after an opening quotation mark
        ## The levy will pass | direct/speaker-label | : | JANE MARSH
        ## “/`` JANE/NNP/PERSON MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
      an interviewer the article does not name speaks where the label recurs in a dialogue
        ## Why now | direct/speaker-label | : | HOST || Because the port | direct/speaker-label
           | : | MARSH || And the cost | direct/speaker-label | : | HOST
        ## HOST/NN :/: Why/WRB now/RB ?/.
        ## |
        ## MARSH/NNP/PERSON :/: Because/IN the/DT port/NN needs/VBZ/O/need it/PRP ./.
        ## |
        ## HOST/NN :/: And/CC the/DT cost/NN ?/.
      negative: a verb inside a turn reports nothing of its own
        ## no more delays | none | |
        ## MARSH/NNP/PERSON :/: The/DT board/NN said/VBD/O/say no/DT more/JJR delays/NNS ./.
      negative: a label that names no one gives no turn
        ## The vote moved | none | |
        ## UPDATE/NN :/: The/DT vote/NN moved/VBD/O/move to/TO Friday/NNP ./.
      negative: a once-used label that names no one gives no turn, even in a dialogue
        ## The mayor waves | none | |
        ## MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
        ## |
        ## VIDEO/NN :/: The/DT mayor/NN waves/VBZ/O/wave to/TO the/DT crowd/NN ./.
      negative: one-letter labels of a question-and-answer page
        ## Why now | none | |
        ## Q/NN :/: Why/WRB now/RB ?/.
        ## |
        ## A/NN :/: Because/IN the/DT port/NN needs/VBZ/O/need it/PRP ./.
      """;

  static List<Arguments> rows() {
    return Arrays.stream(ROWS.split("\n(?! )")).filter(r -> !r.isBlank())
        .map(r -> Arrays.stream(r.split("##")).map(x -> x.strip().replaceAll("\\s+", " "))
            .toList())
        .map(f -> Arguments.of(f.get(0), f.get(1), f.subList(2, f.size()))).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }

  /**
   * An answer of several paragraphs runs to the next turn, but not over a stage direction in
   * brackets; the last turn keeps only its own paragraph.
   */
  @Test
  void anAnswerRunsOverItsParagraphsToTheNextTurn() {
    List<Quote> qs = QuoteTexts.quotes(
        "HOST/NN :/: Why/WRB now/RB ?/.", "|",
        "MARSH/NNP/PERSON :/: The/DT port/NN needs/VBZ/O/need it/PRP ./.", "|",
        "It/PRP will/MD pay/VB/O/pay for/IN itself/PRP ./.", "|",
        "(/-LRB- CROSSTALK/NN )/-RRB-", "|",
        "HOST/NN :/: And/CC the/DT cost/NN ?/.", "|",
        "The/DT interview/NN was/VBD/O/be edited/VBN/O/edit ./.");
    Quote answer = qs.stream().filter(q -> q.text().startsWith("The port")).findFirst()
        .orElseThrow();
    assertEquals("The port needs it .\n\nIt will pay for itself", answer.text());
    Quote last = qs.stream().filter(q -> q.text().startsWith("And the cost")).findFirst()
        .orElseThrow();
    assertEquals("And the cost", last.text());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("CROSSTALK")), qs.toString());
  }

  /**
   * A quotation that opens right after the final mark of an aside's clause starts the next
   * sentence, though the splitter kept its opening mark with the sentence before: the clause ends
   * at its mark, and the quotation goes on with the direct quote's speaker.
   */
  @Test
  void aQuotationAfterAClausesFinalMarkIsNotTheClauses() {
    List<Quote> qs = QuoteTexts.quotes(
        "“/`` The/DT port/NN is/VBZ/O/be doomed/JJ ,/, ”/'' said/VBD/O/say Lena/NNP/PERSON"
            + " Ortiz/NNP/PERSON ,/, a/DT pilot/NN who/WP likened/VBD/O/liken the/DT plan/NN"
            + " to/TO a/DT shipwreck/NN ./. “/``",
        "It/PRP will/MD take/VB/O/take years/NNS to/TO recover/VB/O/recover ./. ”/''");
    assertEquals("the plan to a shipwreck", QuoteTexts.withCue("likened", qs)
        .orElseThrow(() -> new AssertionError(qs.toString())).text());
    Quote next = qs.stream().filter(q -> q.text().startsWith("It will take")).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Lena Ortiz", QuoteTexts.speaker(next));
  }

  /** A dateline in capitals names a place, not a person: no turn (whatever the headline rule does). */
  @Test
  void aDatelineInCapitalsIsNoTurn() {
    assertTrue(new TranscriptRule().turns(QuoteTexts.of(
        "HARBOURTOWN/NNP/CITY :/: The/DT port/NN reopened/VBD/O/reopen on/IN Monday/NNP ./.", "|",
        "HARBOURTOWN/NNP/CITY :/: Ortiz/NNP/PERSON left/VBD/O/leave early/RB ./."),
        ResolvedEntities.none()).isEmpty());
  }

  /**
   * In a transcript whose turns open with a quotation mark, a paragraph without one is the
   * article's own text again and ends the answer.
   */
  @Test
  void aQuotedTranscriptEndsWhereTheMarksStop() {
    List<Quote> qs = QuoteTexts.quotes(
        "“/`` HOST/NN :/: Why/WRB now/RB ?/.", "|",
        "“/`` MARSH/NNP/PERSON :/: The/DT port/NN needs/VBZ/O/need it/PRP ./.", "|",
        "Marsh/NNP/PERSON left/VBD/O/leave early/RB ./.", "|",
        "“/`` HOST/NN :/: And/CC the/DT cost/NN ?/.");
    Quote answer = qs.stream().filter(q -> q.text().startsWith("The port")).findFirst()
        .orElseThrow();
    assertEquals("The port needs it", answer.text());
  }
}
