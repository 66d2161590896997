package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.SpeakerKind;

/**
 * Attribution forms of issue #14's recall work, each with its negative: a speech verb that opens
 * the sentence before its speaker and a colon ("Stated Varga: “...”"); an age as the speaker,
 * split by the tokenizer ("said the 52 - year - old"); the quote after an adjunct and a colon
 * ("wrote in a letter: “...”"); a small clause after an evidence verb ("the survey found most
 * islanders opposing ..."). Hand-built sentences, no models.
 */
class ColonAgeAndSmallClauseTest {

  @Test
  void aCueThatOpensTheSentenceThenItsSpeakerAndAColon() {
    List<Quote> qs = quotes("Stated/VBN/O/state Varga/NNP/PERSON :/: “/`` We/PRP have/VBP/O/have"
        + " the/DT money/NN and/CC the/DT plan/NN for/IN ten/CD years/NNS ./. ”/''");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("direct/cue-name-colon", qs.get(0).ruleName());
    assertEquals("Varga", speaker(qs.get(0)));
    assertEquals("We have the money and the plan for ten years .", qs.get(0).text());
  }

  @Test
  void aCueThatOpensTheSentenceWithoutAColonIsNoSuchAttribution() {
    List<Quote> qs = quotes("Stated/VBN/O/state plainly/RB ,/, the/DT plan/NN failed/VBD/O/fail"
        + " ./.");
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().endsWith("cue-name-colon")),
        qs::toString);
  }

  @Test
  void anAgeSplitByTheTokenizerIsAPersonWhoSpeaks() {
    List<Quote> qs = quotes("“/`` The/DT port/NN will/MD stay/VB open/JJ all/DT winter/NN ,/,"
        + " ”/'' said/VBD/O/say the/DT 52/CD -/HYPH year/NN -/HYPH old/JJ ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("the 52 - year - old", speaker(qs.get(0)));
    assertEquals(SpeakerKind.PERSON, qs.get(0).speaker().orElseThrow().kind());
  }

  @Test
  void anAgeInsideAPhraseIsNotItsHead() {
    assertTrue(NounPhrases.isAgeEnd(QuoteTexts.of("the/DT 52/CD -/HYPH year/NN -/HYPH old/JJ")
        .sentences().get(0), 5));
    assertEquals(false, NounPhrases.isAgeEnd(QuoteTexts.of("the/DT old/JJ law/NN")
        .sentences().get(0), 1));
    // "a 10-year-old law said nothing": the head is "law", no source
    List<Quote> qs = quotes("A/DT 10/CD -/HYPH year/NN -/HYPH old/JJ law/NN says/VBZ/O/say"
        + " that/IN farmers/NNS must/MD register/VB ./.");
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(s -> s.kind() == SpeakerKind.PERSON)
        .orElse(false)), qs::toString);
  }

  @Test
  void theQuoteAfterAnAdjunctAndAColonIsTheContent() {
    List<Quote> qs = quotes("Varga/NNP/PERSON wrote/VBD/O/write in/IN a/DT letter/NN on/IN"
        + " Friday/NNP :/: “/`` The/DT ferry/NN will/MD keep/VB running/VBG all/DT"
        + " winter/NN ./. ”/''");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals(QuoteType.DIRECT, qs.get(0).type());
    assertEquals("The ferry will keep running all winter .", qs.get(0).text());
    assertEquals("Varga", speaker(qs.get(0)));
  }

  @Test
  void anAdjunctWithAVerbBeforeTheColonStaysInTheContent() {
    List<Quote> qs = quotes("Varga/NNP/PERSON wrote/VBD/O/write in/IN a/DT letter/NN that/WDT"
        + " reached/VBD/O/reach us/PRP :/: “/`` The/DT ferry/NN will/MD keep/VB running/VBG"
        + " all/DT winter/NN ./. ”/''");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals(QuoteType.MIXED, qs.get(0).type());
  }

  @Test
  void anEvidenceVerbReportsASmallClause() {
    List<Quote> qs = quotes("The/DT survey/NN found/VBD/O/find most/JJS islanders/NNS"
        + " opposing/VBG/O/oppose the/DT new/JJ schedule/NN ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("The survey", speaker(qs.get(0)));
    assertEquals(SpeakerKind.DOCUMENT, qs.get(0).speaker().orElseThrow().kind());
    assertEquals(CueConstruction.Kind.SMALL_CLAUSE, CueConstruction.of(
        QuoteTexts.of("The/DT survey/NN found/VBD/O/find most/JJS islanders/NNS"
            + " opposing/VBG/O/oppose the/DT new/JJ schedule/NN ./."),
        qs.get(0).cue().orElseThrow(), qs.get(0).content()));
  }

  @Test
  void aNounPhraseWithoutAParticipleIsNoSmallClause() {
    // "found" has no noun-phrase construction: "found the keys" reports nothing
    assertEquals(List.of(), quotes("The/DT survey/NN found/VBD/O/find the/DT old/JJ"
        + " ledger/NN ./."));
  }
}
