package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.quotes;
import static org.newsgraph.quotes.QuoteTexts.speaker;
import static org.newsgraph.quotes.QuoteTexts.withCue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * Two wire-news constructions: a trailing speech cue with its own subject ("..., officials said on
 * Monday") frames the clause before it, even when that clause holds a cue of its own ("have agreed
 * to ..."); and "according to a statement" after a speech verb with its own subject names the
 * medium, not another speaker. Each with its negatives; hand-built texts, no models.
 */
class TrailingCueAndMediumTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(Lexicons.bundled());

  private static final String AGREED = "Japan/NNP/LOCATION and/CC India/NNP/LOCATION have/VBP/O/have"
      + " agreed/VBN/O/agree to/TO deepen/VB/O/deepen cooperation/NN in/IN chips/NNS ,/,";

  private static Quote only(ImmutableList<Quote> qs, String cue) {
    return withCue(cue, qs).orElseThrow(() -> new AssertionError(cue + ": " + qs));
  }

  @Test
  void aTrailingSpeechCueTakesTheClauseWithAnAgreedInIt() {
    ImmutableList<Quote> qs = quotes(AGREED + " officials/NNS said/VBD/O/say on/IN Monday/NNP ,/,"
        + " as/IN the/DT two/CD countries/NNS seek/VBP/O/seek to/TO cut/VB costs/NNS ./.");
    Quote q = only(qs, "said");
    assertEquals("officials", speaker(q));
    assertEquals("Japan and India have agreed to deepen cooperation in chips", q.text());
    assertEquals("indirect/content-name-cue", q.ruleName());
    assertTrue(withCue("agreed", qs).isEmpty(), qs::toString);
  }

  @Test
  void aTrailingDescriptionAndTimeTakeTheClauseToo() {
    ImmutableList<Quote> qs = quotes(AGREED + " the/DT ministry/NN said/VBD/O/say on/IN"
        + " Monday/NNP ./.");
    Quote q = only(qs, "said");
    assertEquals("the ministry", speaker(q));
    assertEquals("Japan and India have agreed to deepen cooperation in chips", q.text());
    assertTrue(withCue("agreed", qs).isEmpty(), qs::toString);
  }

  @Test
  void anInvertedTrailingCueTakesTheClauseToo() {
    ImmutableList<Quote> qs = quotes(AGREED + " said/VBD/O/say Foreign/NNP Minister/NNP"
        + " Taro/NNP/PERSON Kono/NNP/PERSON ./.");
    Quote q = only(qs, "said");
    assertEquals("Japan and India have agreed to deepen cooperation in chips", q.text());
    assertTrue(speaker(q).endsWith("Taro Kono"), qs::toString);
    assertEquals("indirect/content-cue-name", q.ruleName());
    assertTrue(withCue("agreed", qs).isEmpty(), qs::toString);
  }

  @Test
  void withoutATrailingCueTheEarlierCueStays() {
    // negative: no speaker of its own follows, so nothing frames "agreed"
    ImmutableList<Quote> qs = quotes("Japan/NNP/LOCATION and/CC India/NNP/LOCATION have/VBP/O/have"
        + " agreed/VBN/O/agree that/IN cooperation/NN in/IN chips/NNS must/MD grow/VB ./.");
    Quote q = only(qs, "agreed");
    assertEquals("cooperation in chips must grow", q.text());
    // "agreed to" + verb alone stays a cue: PolNeAR's train split marks it as one about half the
    // time, so only a trailing speech cue takes its clause
    ImmutableList<Quote> alone = quotes(AGREED.substring(0, AGREED.length() - 3) + " ./.");
    assertEquals("India", speaker(only(alone, "agreed")));
    // negative: an inner "officials said" without a comma before it is a clause of the content
    ImmutableList<Quote> inner = quotes("Japan/NNP/LOCATION agreed/VBD/O/agree to/TO cut/VB"
        + " tariffs/NNS because/IN officials/NNS said/VBD/O/say costs/NNS rose/VBD/O/rise ./.");
    assertTrue(withCue("agreed", inner).isPresent(), inner::toString);
    assertEquals("officials", speaker(only(inner, "said")));
  }

  @Test
  void aMidSentenceCueOrAReducedRelativeFramesNothing() {
    // negative: "..., they argued, there was ...": the clause after the comma is theirs too, so
    // "were hoping" keeps its content
    ImmutableList<Quote> mid = quotes("Growers/NNS were/VBD/O/be hoping/VBG/O/hope to/TO sell/VB"
        + " rice/NN ,/, they/PRP argued/VBD/O/argue ,/, there/EX was/VBD/O/be little/JJ"
        + " demand/NN ./.");
    assertTrue(withCue("hoping", mid).isPresent(), mid::toString);
    // negative: "..., a point Okafor acknowledged": no speaker right after the comma
    ImmutableList<Quote> relative = quotes("Aides/NNS told/VBD/O/tell reporters/NNS that/IN"
        + " she/PRP had/VBD/O/have objected/VBN/O/object ,/, a/DT point/NN Okafor/NNP/PERSON"
        + " acknowledged/VBD/O/acknowledge ./.");
    assertEquals("Aides", speaker(only(relative, "told")));
    // negative: an inverted cue whose "speaker" runs on is no trailing attribution
    ImmutableList<Quote> inverted = quotes("Alvarez/NNP/PERSON said/VBD/O/say the/DT mood/NN"
        + " was/VBD/O/be grim/JJ ,/, mocked/VBD/O/mock the/DT board/NN and/CC its/PRP$"
        + " members/NNS ./.");
    assertEquals("Alvarez", speaker(only(inverted, "said")));
  }

  @Test
  void aTrailingCueDoesNotSwallowAQuoteBeforeIt() {
    // negative: a direct quote closed before the trailing speaker keeps its own attribution
    ImmutableList<Quote> qs = quotes("“/`` We/PRP will/MD win/VB ,/, ”/'' Peng/NNP/PERSON"
        + " said/VBD/O/say ,/, adding/VBG/O/add that/IN rivals/NNS would/MD fail/VB ./.");
    assertEquals("Peng", speaker(only(qs, "said")));
    assertEquals("rivals would fail", only(qs, "adding").text());
  }

  private static final String MINISTRY_SAID = "India/NNP/LOCATION 's/POS Ministry/NNP/ORGANIZATION"
      + " of/IN/ORGANIZATION Electronics/NNP/ORGANIZATION said/VBD/O/say the/DT agreement/NN"
      + " would/MD help/VB/O/help chipmakers/NNS build/VB/O/build plants/NNS in/IN"
      + " Gujarat/NNP/LOCATION ,/, according/VBG/O/accord to/TO a/DT statement/NN/O/statement";

  @Test
  void aStatementAfterASpeechVerbIsItsMedium() {
    ImmutableList<Quote> qs = quotes(MINISTRY_SAID + " on/IN its/PRP$ website/NN ./.");
    Quote q = only(qs, "said");
    assertTrue(speaker(q).endsWith("Ministry of Electronics"), qs::toString);
    assertEquals("the agreement would help chipmakers build plants in Gujarat", q.text());
    assertEquals("indirect/subject-cue", q.ruleName());
    assertTrue(withCue("according to", qs).isEmpty(), qs::toString);
  }

  @Test
  void aStatementBeforeTheSpeechVerbIsItsMediumToo() {
    ImmutableList<Quote> qs = quotes("According/VBG/O/accord to/TO a/DT statement/NN/O/statement"
        + " ,/, the/DT ministry/NN said/VBD/O/say exports/NNS rose/VBD/O/rise ./.");
    Quote q = only(qs, "said");
    assertEquals("the ministry", speaker(q));
    assertEquals("exports rose", q.text());
    assertTrue(withCue("According to", qs).isEmpty(), qs::toString);
  }

  @Test
  void aStatementWithoutASpeechVerbStaysTheSource() {
    // negative: nobody says anything in the content, so the document is the source
    Quote q = only(quotes("Exports/NNS rose/VBD/O/rise 5/CD percent/NN ,/, according/VBG/O/accord"
        + " to/TO a/DT statement/NN/O/statement ./."), "according to");
    assertEquals("a statement", speaker(q));
    assertEquals("Exports rose 5 percent", q.text());
    assertEquals("indirect/according-to", q.ruleName());
  }

  @Test
  void aReportOrANamedIssuerStaysTheSource() {
    // negative: a report is no medium of the speaker's own ("X said ..., according to the report"
    // gives the words to the report, as PolNeAR does)
    ImmutableList<Quote> report = quotes("The/DT witness/NN said/VBD/O/say the/DT order/NN"
        + " was/VBD/O/be wrong/JJ ,/, according/VBG/O/accord to/TO the/DT report/NN/O/report ./.");
    Quote q = only(report, "according to");
    assertEquals("the report", speaker(q));
    assertEquals("The witness said the order was wrong", q.text());
    // negative: a statement with a named issuer names that issuer
    ImmutableList<Quote> named = quotes("The/DT witness/NN said/VBD/O/say the/DT order/NN"
        + " was/VBD/O/be wrong/JJ ,/, according/VBG/O/accord to/TO a/DT"
        + " Facebook/NNP/ORGANIZATION statement/NN/O/statement ./.");
    assertEquals("Facebook", speaker(only(named, "according to")));
  }

  @Test
  void aSpeakerAfterAccordingToStaysTheSpeaker() {
    // negative: "according to the ministry" names a speaker, not a medium
    Quote q = only(quotes("Exports/NNS rose/VBD/O/rise 5/CD percent/NN ,/, according/VBG/O/accord"
        + " to/TO the/DT ministry/NN ./."), "according to");
    assertEquals("the ministry", speaker(q));
    assertEquals("indirect/according-to", q.ruleName());
    // negative: a speaker (not a document) after a speech verb keeps the whole clause
    ImmutableList<Quote> qs = quotes("Trump/NNP/PERSON said/VBD/O/say the/DT wall/NN will/MD"
        + " rise/VB ,/, according/VBG/O/accord to/TO the/DT ministry/NN ./.");
    Quote src = only(qs, "according to");
    assertEquals("the ministry", speaker(src));
    assertEquals("Trump said the wall will rise", src.text());
  }

  @Test
  void aThoughtVerbInsideKeepsTheDocumentAsSource() {
    // negative: "believe" is no speech verb; the poll reports what voters believe
    Quote q = only(quotes("Most/JJS voters/NNS believe/VBP/O/believe the/DT economy/NN is/VBZ/O/be"
        + " weak/JJ ,/, according/VBG/O/accord to/TO a/DT poll/NN/O/poll ./."), "according to");
    assertEquals("a poll", speaker(q));
  }

  @Test
  void aSpeakerMentionInsideALongerNameTakesTheWholeName() {
    AnalyzedText t = QuoteTexts.of("The/DT Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
        + " Electronics/NNP/ORGANIZATION and/CC/ORGANIZATION Information/NNP/ORGANIZATION"
        + " Technology/NNP/ORGANIZATION said/VBD/O/say exports/NNS rose/VBD/O/rise ./.");
    int start = t.text().indexOf("Ministry");
    int end = t.text().indexOf(" said");
    Entity ministry = Entity.of("e1", EntityType.ORGANIZATION, Optional.empty(),
        "Ministry of Electronics and Information Technology", Optional.empty(),
        List.of(new Mention(t.span(start, end), MentionKind.NAME)));
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(ministry)));
    Quote q = only(qs, "said");
    assertEquals("Ministry of Electronics and Information Technology", speaker(q));
    assertEquals(Optional.of("e1"), q.speaker().orElseThrow().entityId());
    // negative: without the entity the mention stays the subject phrase the rules found
    Quote bare = only(QuoteRulesTest.quotes(t), "said");
    assertEquals("Information Technology", speaker(bare));
  }
}
