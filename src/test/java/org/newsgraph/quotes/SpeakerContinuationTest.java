package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;
import static org.newsgraph.quotes.QuoteTexts.withCue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.newsgraph.Quote;

/**
 * Issue 14, model-free on invented sentences: the speaker of a quote named outside its own
 * sentence (the paragraph before, a sentence that introduces it with a colon, an opening "As X put
 * it"), a share word standing alone as a subject, and a fronted adjunct whose words hold commas.
 */
class SpeakerContinuationTest {

  private static Quote startingWith(ImmutableList<Quote> qs, String words) {
    return qs.stream().filter(q -> q.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
  }

  @Test
  void aQuoteOpeningItsSentenceContinuesThePreviousParagraphsSpeaker() {
    ImmutableList<Quote> qs = quotes(
        "“/`` The/DT ferry/NN is/VBZ/O/be late/JJ again/RB ,/, ”/'' Ines/NNP/PERSON"
            + " Paredes/NNP/PERSON said/VBD/O/say ./.", "|",
        "The/DT pier/NN was/VBD/O/be crowded/JJ ./.",
        "“/`` Nobody/NN at/IN the/DT desk/NN could/MD tell/VB us/PRP anything/NN ./. ”/''");
    Quote q = startingWith(qs, "Nobody");
    assertEquals("direct/previous-paragraph", q.ruleName());
    assertEquals("Ines Paredes", speaker(q));
  }

  @Test
  void aQuoteInsideItsSentenceDoesNotContinueThePreviousParagraph() {
    // negative: words of the sentence stand before the quote; no speaker is borrowed
    ImmutableList<Quote> qs = quotes(
        "“/`` The/DT ferry/NN is/VBZ/O/be late/JJ again/RB ,/, ”/'' Ines/NNP/PERSON"
            + " Paredes/NNP/PERSON said/VBD/O/say ./.", "|",
        "The/DT sign/NN read/VBD/O/read ,/, in/IN red/JJ letters/NNS ,/, “/`` No/DT boats/NNS"
            + " will/MD run/VB today/NN or/CC tomorrow/NN ./. ”/''");
    assertTrue(qs.stream().filter(q -> q.text().startsWith("No boats"))
        .noneMatch(q -> speaker(q).equals("Ines Paredes")), qs::toString);
  }

  @Test
  void aColonSentenceSubjectSpeaksForTheQuoteAfterIt() {
    ImmutableList<Quote> qs = quotes(
        "The/DT harbour/NN board/NN issued/VBD/O/issue a/DT statement/NN on/IN Friday/NNP :/:",
        "|",
        "“/`` We/PRP regret/VBP/O/regret the/DT delays/NNS and/CC will/MD refund/VB every/DT"
            + " ticket/NN ./. ”/''");
    Quote q = startingWith(qs, "We regret");
    assertEquals("direct/sentence-subject", q.ruleName());
    assertEquals("The harbour board", speaker(q));
    assertEquals("issued", q.cue().orElseThrow().text());
  }

  @Test
  void aSentenceBetweenTheColonSentenceAndTheQuoteBreaksTheLink() {
    // negative: the colon sentence must stand right before the quote
    ImmutableList<Quote> qs = quotes(
        "The/DT harbour/NN board/NN issued/VBD/O/issue a/DT statement/NN on/IN Friday/NNP :/:",
        "|",
        "Ferries/NNS stayed/VBD/O/stay in/IN port/NN ./.",
        "“/`` We/PRP regret/VBP/O/regret the/DT delays/NNS and/CC will/MD refund/VB every/DT"
            + " ticket/NN ./. ”/''");
    Quote q = startingWith(qs, "We regret");
    assertEquals("", speaker(q));
  }

  @Test
  void anOpeningClauseOfMannerNamesTheSpeaker() {
    ImmutableList<Quote> qs = quotes("As/IN Lena/NNP/PERSON Ortiz/NNP/PERSON put/VBD/O/put it/PRP"
        + " ,/, “/`` Nobody/NN should/MD wait/VB that/DT long/RB for/IN a/DT boat/NN ./. ”/''");
    Quote q = startingWith(qs, "Nobody");
    assertEquals("direct/sentence-subject", q.ruleName());
    assertEquals("Lena Ortiz", speaker(q));
    assertEquals("put", q.cue().orElseThrow().text());
  }

  @Test
  void anOpeningClauseOfTimeNamesNoSpeaker() {
    // negative: only a clause of manner ("as") speaks; "when the bus arrived" does not
    ImmutableList<Quote> qs = quotes("When/WRB the/DT bus/NN arrived/VBD/O/arrive ,/, “/`` Nobody/NN"
        + " should/MD wait/VB that/DT long/RB for/IN a/DT bus/NN ./. ”/''");
    Quote q = startingWith(qs, "Nobody");
    assertEquals("", speaker(q));
  }

  @Test
  void anotherStandsAloneAsASubject() {
    ImmutableList<Quote> qs = quotes("Another/DT said/VBD/O/say the/DT fares/NNS were/VBD/O/be"
        + " unfair/JJ ./.");
    Quote q = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Another", speaker(q));
  }

  @Test
  void aFrontedAdjunctWithCommasInItsWordsTakesTheMainClausesSubject() {
    ImmutableList<Quote> qs = quotes("While/IN discussing/VBG/O/discuss a/DT map/NN ,/, a/DT"
        + " flag/NN and/CC a/DT date/NN ,/, Speaker/NNP Tomas/NNP/PERSON Rekker/NNP/PERSON"
        + " said/VBD/O/say the/DT figures/NNS have/VBP/O/have no/DT basis/NN ./.");
    Quote q = withCue("discussing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(q).endsWith("Rekker"), qs::toString);
    assertEquals("a map , a flag and a date", q.text()); // hand-built text: a space before each comma
  }
}
