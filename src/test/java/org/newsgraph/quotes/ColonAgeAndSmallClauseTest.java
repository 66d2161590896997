package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;
import org.newsgraph.SpeakerKind;

/**
 * Attribution forms of issue #14's recall work, each with its negative: a speech verb that opens
 * the sentence before its speaker and a colon ("Stated Varga: “...”"); an age as the speaker,
 * split by the tokenizer ("said the 52 - year - old"); the quote after an adjunct and a colon
 * ("wrote in a letter: “...”"); a small clause after an evidence verb ("the survey found most
 * islanders opposing ..."). Hand-built sentences, no models.
 */
class ColonAgeAndSmallClauseTest {

  /** One row a line: rule name | speaker mention | speaker kind | content | sentence. */
  private static final String FORMS = """
      direct/cue-name-colon | Varga | PERSON | We have the money and the plan for ten years . \
      | Stated/VBN/O/state Varga/NNP/PERSON :/: “/`` We/PRP have/VBP/O/have the/DT money/NN \
      and/CC the/DT plan/NN for/IN ten/CD years/NNS ./. ”/''
      direct/content-cue-name | the 52-year-old | PERSON | The port will stay open all winter \
      | “/`` The/DT port/NN will/MD stay/VB open/JJ all/DT winter/NN ,/, ”/'' said/VBD/O/say \
      the/DT 52/CD +-/HYPH +year/NN +-/HYPH +old/JJ ./.
      direct/subject-cue | Varga | PERSON | The ferry will keep running all winter . \
      | Varga/NNP/PERSON wrote/VBD/O/write in/IN a/DT letter/NN on/IN Friday/NNP :/: “/`` \
      The/DT ferry/NN will/MD keep/VB running/VBG all/DT winter/NN ./. ”/''
      indirect/subject-cue | The survey | DOCUMENT | most islanders opposing the new schedule \
      | The/DT survey/NN found/VBD/O/find most/JJS islanders/NNS opposing/VBG/O/oppose the/DT \
      new/JJ schedule/NN ./.
      """;

  static List<Arguments> forms() {
    return FORMS.lines().map(line -> line.split(" \\| "))
        .map(f -> Arguments.of(f[0], f[1], SpeakerKind.valueOf(f[2]), f[3], f[4]))
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("forms")
  void form(String rule, String who, SpeakerKind kind, String content, String sentence) {
    List<Quote> qs = quotes(sentence);
    assertEquals(1, qs.size(), qs::toString);
    Quote q = qs.get(0);
    assertEquals(List.of(rule, who, kind, content),
        List.of(q.ruleName(), speaker(q), q.speaker().orElseThrow().kind(), q.text()));
  }

  @Test
  void aCueThatOpensTheSentenceWithoutAColonIsNoSuchAttribution() {
    List<Quote> qs = quotes("Stated/VBN/O/state plainly/RB ,/, the/DT plan/NN failed/VBD/O/fail"
        + " ./.");
    assertTrue(qs.stream().noneMatch(q -> q.ruleName().endsWith("cue-name-colon")),
        qs::toString);
  }

  @Test
  void anAgeInsideAPhraseIsNotItsHead() {
    assertTrue(NounPhrases.isAgeEnd(QuoteTexts.of("the/DT 52/CD -/HYPH year/NN -/HYPH old/JJ")
        .sentences().get(0), 5));
    assertFalse(NounPhrases.isAgeEnd(QuoteTexts.of("the/DT old/JJ law/NN").sentences().get(0),
        1));
    // "a 10-year-old law says ...": the head is "law", no person
    List<Quote> qs = quotes("A/DT 10/CD -/HYPH year/NN -/HYPH old/JJ law/NN says/VBZ/O/say"
        + " that/IN farmers/NNS must/MD register/VB ./.");
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(s -> s.kind() == SpeakerKind.PERSON)
        .orElse(false)), qs::toString);
  }

  @Test
  void anAdjunctWithAVerbBeforeTheColonStaysInTheContent() {
    List<Quote> qs = quotes("Varga/NNP/PERSON wrote/VBD/O/write in/IN a/DT letter/NN that/WDT"
        + " reached/VBD/O/reach us/PRP :/: “/`` The/DT ferry/NN will/MD keep/VB running/VBG"
        + " all/DT winter/NN ./. ”/''");
    assertEquals(List.of("mixed/subject-cue"), qs.stream().map(Quote::ruleName).toList());
  }

  @Test
  void aNounPhraseWithoutAParticipleIsNoSmallClause() {
    // "found" has no noun-phrase construction: "found the old ledger" reports nothing
    assertEquals(List.of(), quotes("The/DT survey/NN found/VBD/O/find the/DT old/JJ"
        + " ledger/NN ./."));
    org.newsgraph.text.AnalyzedText t =
        QuoteTexts.of("The/DT survey/NN found/VBD/O/find the/DT old/JJ ledger/NN ./.");
    assertEquals(CueConstruction.Kind.NOUN_PHRASE,
        CueConstruction.of(t, t.span(11, 16), t.span(17, 31)));
  }
}
