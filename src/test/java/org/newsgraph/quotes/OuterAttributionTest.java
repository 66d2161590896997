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
    ImmutableList<Quote> qs = quotes("Cyber/NNP security/NN experts/NNS and/CC U.S./NNP"
        + " officials/NNS ,/, however/RB ,/, said/VBD/O/say they/PRP believed/VBD/O/believe"
        + " Russia/NNP/LOCATION engineered/VBD/O/engineer the/DT release/NN ./.");
    Quote said = withCue("said", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(said).endsWith("officials"), qs::toString);
    assertEquals("they believed Russia engineered the release", said.text());
    assertTrue(withCue("believed", qs).isEmpty(), qs::toString);
  }

  @Test
  void aConjunctionBeforeTheInnerSubjectKeepsItsOwnAttribution() {
    // negative: "because they believed" is no clause that a verb of saying frames
    ImmutableList<Quote> qs = quotes("The/DT officials/NNS left/VBD/O/leave because/IN they/PRP"
        + " believed/VBD/O/believe Russia/NNP/LOCATION engineered/VBD/O/engineer the/DT"
        + " release/NN ./.");
    Quote believed = withCue("believed", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("they", speaker(believed));
  }

  @Test
  void aPronounRightAfterTheOuterClauseSpeaksAsItsSubject() {
    ImmutableList<Quote> qs = quotes("Trump/NNP/PERSON is/VBZ/O/be sure/JJ he/PRP"
        + " believes/VBZ/O/believe the/DT plan/NN works/VBZ/O/work ./.");
    Quote q = withCue("believes", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Trump", speaker(q));
  }

  @Test
  void aPronounThatDisagreesWithTheOuterSubjectStays() {
    // negative: "he" cannot stand for "the officials"
    ImmutableList<Quote> qs = quotes("The/DT officials/NNS are/VBP/O/be sure/JJ he/PRP"
        + " believes/VBZ/O/believe the/DT plan/NN works/VBZ/O/work ./.");
    Quote q = withCue("believes", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("he", speaker(q));
  }

  @Test
  void anyVerbRightAfterAQuoteAndItsSpeakerIsTheCue() {
    ImmutableList<Quote> qs = quotes("“/`` Jeb/NNP/PERSON wants/VBZ/O/want to/TO be/VB/O/be a/DT"
        + " tough/JJ guy/NN tonight/NN ,/, ”/'' Trump/NNP/PERSON shot/VBD/O/shoot back/RP ./.");
    Quote q = withCue("shot", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Trump", speaker(q));
    assertEquals("direct/content-name-cue", q.rule());
  }

  @Test
  void aVerbWithItsOwnObjectAfterAQuoteIsNoCue() {
    // negative: "Trump shot a video" is what Trump did, not an attribution
    ImmutableList<Quote> qs = quotes("“/`` Jeb/NNP/PERSON wants/VBZ/O/want to/TO be/VB/O/be a/DT"
        + " tough/JJ guy/NN tonight/NN ,/, ”/'' Trump/NNP/PERSON shot/VBD/O/shoot a/DT"
        + " video/NN ./.");
    assertTrue(withCue("shot", qs).isEmpty(), qs::toString);
  }

  @Test
  void aParticipleWithNoFiniteVerbBeforeItTakesTheOpeningPhrase() {
    ImmutableList<Quote> qs = quotes("Democrats/NNPS in/IN Congress/NNP/ORGANIZATION ,/,"
        + " fearing/VBG/O/fear the/DT consequences/NNS of/IN a/DT vote/NN ,/, repeatedly/RB"
        + " failed/VBD/O/fail to/TO act/VB ./.");
    Quote q = withCue("fearing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(q).startsWith("Democrats"), qs::toString);
  }

  @Test
  void anOpeningAdjunctIsNoParticiplesSpeaker() {
    // negative: "In Congress," is where, not who; nothing before the participle speaks
    ImmutableList<Quote> qs = quotes("In/IN Congress/NNP/ORGANIZATION ,/, fearing/VBG/O/fear"
        + " the/DT consequences/NNS of/IN a/DT vote/NN ,/, nobody/NN acted/VBD/O/act ./.");
    assertTrue(withCue("fearing", qs).map(q -> speaker(q).isEmpty()).orElse(true),
        qs::toString);
  }

  @Test
  void aStateAfterItsCityIsNoParticiplesSubject() {
    ImmutableList<Quote> qs = quotes("Clinton/NNP/PERSON canceled/VBD/O/cancel a/DT rally/NN"
        + " in/IN Green/NNP/LOCATION Bay/NNP/LOCATION ,/, Wis./NNP/LOCATION ,/, citing/VBG/O/cite"
        + " the/DT attack/NN on/IN the/DT club/NN ./.");
    Quote q = withCue("citing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Clinton", speaker(q));
  }

  @Test
  void aNameInAppositionBeforeTheParticipleStillSpeaks() {
    // negative: a person's name between commas is the participle's own subject
    ImmutableList<Quote> qs = quotes("Clinton/NNP/PERSON met/VBD/O/meet her/PRP$ rival/NN ,/,"
        + " Sanders/NNP/PERSON ,/, citing/VBG/O/cite the/DT attack/NN on/IN the/DT club/NN ./.");
    Quote q = withCue("citing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Sanders", speaker(q));
  }

  @Test
  void aParticipleInAnOpeningAdjunctTakesTheMainClausesSubject() {
    ImmutableList<Quote> qs = quotes("While/IN discussing/VBG/O/discuss a/DT tweet/NN on/IN"
        + " Tuesday/NNP ,/, Speaker/NNP Paul/NNP/PERSON Ryan/NNP/PERSON said/VBD/O/say the/DT"
        + " images/NNS have/VBP/O/have no/DT place/NN ./.");
    Quote q = withCue("discussing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertTrue(speaker(q).endsWith("Ryan"), qs::toString);
    assertEquals("a tweet on Tuesday", q.text());
  }

  @Test
  void aParticipleAfterItsOwnClausesVerbKeepsThatSubject() {
    // negative: "Ryan smiled while discussing ..." is no opening adjunct; Trump did not discuss
    ImmutableList<Quote> qs = quotes("Ryan/NNP/PERSON smiled/VBD/O/smile while/IN"
        + " discussing/VBG/O/discuss a/DT tweet/NN ,/, Trump/NNP/PERSON left/VBD/O/leave ./.");
    Quote q = withCue("discussing", qs).orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Ryan", speaker(q));
  }

  /**
   * One sentence from "word/TAG[/NER[/lemma]]" specs, each glued to the one before where the spec
   * starts with "+" (as "''The" in "it: ''The United States"), else after a space.
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
    AnalyzedText t = glued("As/IN Professor/NNP Foner/NNP/PERSON put/VBD/O/put it/PRP +:/:"
        + " ''/`` +The/DT United/NNP/LOCATION States/NNP/LOCATION does/VBZ/O/do a/DT better/JJR"
        + " job/NN at/IN accepting/VBG immigrants/NNS +./. +''/''");
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    assertTrue(speaker(qs.get(0)).endsWith("Foner"), qs::toString);
  }

  @Test
  void aQuoteOpenedByTwoApostrophesWithNoWordsBeforeHasNoSpeaker() {
    // negative: nothing before the marks names a speaker
    AnalyzedText t = glued("''/`` +The/DT United/NNP/LOCATION States/NNP/LOCATION does/VBZ/O/do"
        + " a/DT better/JJR job/NN at/IN accepting/VBG immigrants/NNS +./. +''/''");
    ImmutableList<Quote> qs = QuoteRulesTest.quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("", speaker(qs.get(0)), qs::toString);
  }
}
