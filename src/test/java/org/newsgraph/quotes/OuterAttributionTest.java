package org.newsgraph.quotes;

import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;
import static org.newsgraph.quotes.QuoteTexts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.Quote;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The rules that give the words to the outer clause's speaker ({@link OuterSpeechRule}), a verb
 * outside the cue lexicon right after a quote and its speaker, and a quote opened by two
 * apostrophes; each with its negative. Hand-built texts, no models.
 */
class OuterAttributionTest {

  @Test
  void aSpeechVerbBeforeAnInnerSubjectTakesTheClause() {
    ImmutableList<Quote> qs = quotes("Marine/NNP biology/NN researchers/NNS and/CC Norwegian/NNP"
        + " regulators/NNS ,/, meanwhile/RB ,/, said/VBD/O/say they/PRP believed/VBD/O/believe"
        + " Portugal/NNP/LOCATION caused/VBD/O/cause the/DT shortage/NN ./.");
    Quote said = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(said).endsWith("regulators"), qs::toString);
    assertEquals("they believed Portugal caused the shortage", said.text());
    assertTrue(withCue("believed", qs).isEmpty(), qs::toString);
  }

  @Test
  void aConjunctionBeforeTheInnerSubjectKeepsItsOwnAttribution() {
    // negative: "because they believed" is no clause that a verb of saying frames
    ImmutableList<Quote> qs = quotes("The/DT regulators/NNS left/VBD/O/leave because/IN they/PRP"
        + " believed/VBD/O/believe Portugal/NNP/LOCATION caused/VBD/O/cause the/DT"
        + " shortage/NN ./.");
    Quote believed = withCue("believed", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("they", speaker(believed));
  }

  @Test
  void aPronounRightAfterTheOuterClauseSpeaksAsItsSubject() {
    ImmutableList<Quote> qs = quotes("Halvorsen/NNP/PERSON is/VBZ/O/be sure/JJ he/PRP"
        + " believes/VBZ/O/believe the/DT bridge/NN holds/VBZ/O/hold ./.");
    Quote q = withCue("believes", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Halvorsen", speaker(q));
  }

  @Test
  void aPronounThatDisagreesWithTheOuterSubjectStays() {
    // negative: "he" cannot stand for "the regulators"
    ImmutableList<Quote> qs = quotes("The/DT regulators/NNS are/VBP/O/be sure/JJ he/PRP"
        + " believes/VBZ/O/believe the/DT bridge/NN holds/VBZ/O/hold ./.");
    Quote q = withCue("believes", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("he", speaker(q));
  }

  @Test
  void anyVerbRightAfterAQuoteAndItsSpeakerIsTheCue() {
    ImmutableList<Quote> qs = quotes("“/`` Ola/NNP/PERSON wants/VBZ/O/want to/TO be/VB/O/be a/DT"
        + " brave/JJ hero/NN today/NN ,/, ”/'' Velden/NNP/PERSON snapped/VBD/O/snap back/RP ./.");
    Quote q = withCue("snapped", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Velden", speaker(q));
    assertEquals("direct/content-name-cue", q.ruleName());
  }

  @Test
  void aVerbWithItsOwnObjectAfterAQuoteIsNoCue() {
    // negative: "Velden snapped a photo" is what Velden did, not an attribution
    ImmutableList<Quote> qs = quotes("“/`` Ola/NNP/PERSON wants/VBZ/O/want to/TO be/VB/O/be a/DT"
        + " brave/JJ hero/NN today/NN ,/, ”/'' Velden/NNP/PERSON snapped/VBD/O/snap a/DT"
        + " photo/NN ./.");
    assertTrue(withCue("snapped", qs).isEmpty(), qs::toString);
  }

  @Test
  void aParticipleWithNoFiniteVerbBeforeItTakesTheOpeningPhrase() {
    ImmutableList<Quote> qs = quotes("Liberals/NNPS in/IN Parliament/NNP/ORGANIZATION ,/,"
        + " fearing/VBG/O/fear the/DT costs/NNS of/IN a/DT strike/NN ,/, quietly/RB"
        + " hesitated/VBD/O/hesitate to/TO intervene/VB ./.");
    Quote q = withCue("fearing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(q).startsWith("Liberals"), qs::toString);
  }

  @Test
  void anOpeningAdjunctIsNoParticiplesSpeaker() {
    // negative: "In Parliament," is where, not who; nothing before the participle speaks
    ImmutableList<Quote> qs = quotes("In/IN Parliament/NNP/ORGANIZATION ,/, fearing/VBG/O/fear"
        + " the/DT costs/NNS of/IN a/DT strike/NN ,/, nobody/NN moved/VBD/O/move ./.");
    assertTrue(withCue("fearing", qs).map(q -> speaker(q).isEmpty()).orElse(true),
        qs::toString);
  }

  @Test
  void aStateAfterItsCityIsNoParticiplesSubject() {
    ImmutableList<Quote> qs = quotes("Ostrova/NNP/PERSON postponed/VBD/O/postpone a/DT concert/NN"
        + " in/IN Pine/NNP/LOCATION Hollow/NNP/LOCATION ,/, Ore./NNP/LOCATION ,/, citing/VBG/O/cite"
        + " the/DT flooding/NN on/IN the/DT river/NN ./.");
    Quote q = withCue("citing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Ostrova", speaker(q));
  }

  @Test
  void aNameInAppositionBeforeTheParticipleStillSpeaks() {
    // negative: a person's name between commas is the participle's own subject
    ImmutableList<Quote> qs = quotes("Ostrova/NNP/PERSON met/VBD/O/meet her/PRP$ rival/NN ,/,"
        + " Brandt/NNP/PERSON ,/, citing/VBG/O/cite the/DT flooding/NN on/IN the/DT river/NN ./.");
    Quote q = withCue("citing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Brandt", speaker(q));
  }

  @Test
  void aParticipleInAnOpeningAdjunctTakesTheMainClausesSubject() {
    ImmutableList<Quote> qs = quotes("While/IN discussing/VBG/O/discuss a/DT memo/NN on/IN"
        + " Friday/NNP ,/, Speaker/NNP Tomas/NNP/PERSON Rekker/NNP/PERSON said/VBD/O/say the/DT"
        + " figures/NNS have/VBP/O/have no/DT basis/NN ./.");
    Quote q = withCue("discussing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(q).endsWith("Rekker"), qs::toString);
    assertEquals("a memo on Friday", q.text());
  }

  @Test
  void aParticipleAfterItsOwnClausesVerbKeepsThatSubject() {
    // negative: "Rekker smiled while discussing ..." is no opening adjunct; Ostrova did not discuss
    ImmutableList<Quote> qs = quotes("Rekker/NNP/PERSON smiled/VBD/O/smile while/IN"
        + " discussing/VBG/O/discuss a/DT memo/NN ,/, Ostrova/NNP/PERSON left/VBD/O/leave ./.");
    Quote q = withCue("discussing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Rekker", speaker(q));
  }

  /**
   * One sentence from "word/TAG[/NER[/lemma]]" specs, each glued to the one before where the spec
   * starts with "+" (as "''The" in "it: ''The Lower Valley"), else after a space.
   */
  private static AnalyzedText glued(String specs) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String spec : specs.split(" ")) {
      boolean glue = spec.startsWith("+");
      String[] f = (glue ? spec.substring(1) : spec).split("/");
      if (!tokens.isEmpty() && !glue) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      tokens.add(new Token(tokens.size(), f[0], f[0], start, text.length(), f[1],
          f.length > 3 ? f[3] : f[0].toLowerCase(Locale.ROOT), f.length > 2 ? f[2] : "O"));
    }
    return AnalyzedText.of(text.toString(), List.of(Sentence.of(0, 0, tokens)));
  }

  @Test
  void aQuoteOpenedByTwoApostrophesHasItsSentenceSubject() {
    AnalyzedText t = glued("As/IN Professor/NNP Lindqvist/NNP/PERSON put/VBD/O/put it/PRP +:/:"
        + " ''/`` +The/DT Lower/NNP/LOCATION Valley/NNP/LOCATION does/VBZ/O/do a/DT finer/JJR"
        + " job/NN at/IN training/VBG nurses/NNS +./. +''/''");
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    assertTrue(speaker(qs.get(0)).endsWith("Lindqvist"), qs::toString);
  }

  @Test
  void aQuoteOpenedByTwoApostrophesWithNoWordsBeforeHasNoSpeaker() {
    // negative: nothing before the marks names a speaker
    AnalyzedText t = glued("''/`` +The/DT Lower/NNP/LOCATION Valley/NNP/LOCATION does/VBZ/O/do"
        + " a/DT finer/JJR job/NN at/IN training/VBG nurses/NNS +./. +''/''");
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("", speaker(qs.get(0)), qs::toString);
  }
}
