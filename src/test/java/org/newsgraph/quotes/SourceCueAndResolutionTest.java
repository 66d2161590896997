package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.CharSpan;
import org.newsgraph.CueKind;
import org.newsgraph.AttributionRule;
import org.newsgraph.QuoteType;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Speaker;
import org.newsgraph.SpeakerKind;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;

/**
 * Issue 14, model-free on invented sentences: the source test and speaker kinds, cue kinds and
 * the cue-kind filter, reporting constructions, each speaker resolution rule, and confidences.
 */
class SourceCueAndResolutionTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(Lexicons.bundled());

  private static ImmutableList<Quote> quotes(String... sentences) {
    return EXTRACTOR.extract(QuoteTexts.of(sentences), ResolvedEntities.none());
  }

  private static Quote only(ImmutableList<Quote> qs, String cue) {
    return QuoteTexts.withCue(cue, qs).orElseThrow(() -> new AssertionError(qs.toString()));
  }

  // ---- the source test

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of("a role description is a person",
            "The/DT mayor/NN said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.",
            SpeakerKind.PERSON),
        Arguments.of("a name the tagger marks as a person",
            "Lena/NNP/PERSON Ortiz/NNP/PERSON said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.",
            SpeakerKind.PERSON),
        Arguments.of("a group noun",
            "Protesters/NNS said/VBD/O/say the/DT fares/NNS were/VBD/O/be unfair/JJ ./.",
            SpeakerKind.GROUP),
        Arguments.of("an agentive plural not listed is a group (suffix line)",
            "Beekeepers/NNS said/VBD/O/say the/DT spring/NN was/VBD/O/be cold/JJ ./.",
            SpeakerKind.GROUP),
        Arguments.of("a share of a group",
            "Most/JJS of/IN them/PRP said/VBD/O/say the/DT fares/NNS were/VBD/O/be unfair/JJ ./.",
            SpeakerKind.GROUP),
        Arguments.of("an organisation noun",
            "The/DT ministry/NN said/VBD/O/say exports/NNS had/VBD/O/have fallen/VBN ./.",
            SpeakerKind.ORGANIZATION),
        Arguments.of("a document that states",
            "The/DT study/NN found/VBD/O/find that/IN exports/NNS had/VBD/O/have fallen/VBN ./.",
            SpeakerKind.DOCUMENT),
        Arguments.of("a plain pronoun",
            "She/PRP said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.", SpeakerKind.PERSON),
        Arguments.of("a plural pronoun with no organisation in reach",
            "They/PRP said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.", SpeakerKind.GROUP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void aSourceThatCanSpeakHasItsKind(String name, String sentence, SpeakerKind kind) {
    ImmutableList<Quote> qs = quotes(sentence);
    assertEquals(1, qs.size(), qs::toString);
    assertEquals(kind, qs.get(0).speaker().orElseThrow().kind(), name);
  }

  static Stream<Arguments> notSources() {
    return Stream.of(
        Arguments.of("an object",
            "The/DT new/JJ model/NN predicted/VBD/O/predict that/IN prices/NNS would/MD fall/VB ./."),
        Arguments.of("an event",
            "The/DT storm/NN showed/VBD/O/show that/IN the/DT dams/NNS were/VBD/O/be weak/JJ ./."),
        Arguments.of("a thing listed as no source although a suffix would pass it",
            "The/DT computer/NN suggested/VBD/O/suggest that/IN the/DT route/NN was/VBD/O/be"
                + " shorter/JJR ./."),
        Arguments.of("a generic you",
            "You/PRP know/VBP/O/know that/IN the/DT bus/NN is/VBZ/O/be late/JJ ./."),
        Arguments.of("a relative which whose antecedent cannot speak",
            "They/PRP lack/VBP/O/lack trust/NN ,/, which/WDT challenges/VBZ/O/challenge their/PRP$"
                + " cooperation/NN ./."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notSources")
  void aSubjectThatCannotSpeakGivesNoIndirectQuote(String name, String sentence) {
    assertEquals(List.of(), quotes(sentence), name);
  }

  @Test
  void aDirectQuoteKeepsItsWordsWhateverItsSubject() {
    ImmutableList<Quote> qs = quotes("“/`` The/DT river/NN is/VBZ/O/be rising/VBG fast/RB ,/, ”/''"
        + " the/DT sign/NN warned/VBD/O/warn ./.");
    assertEquals(1, qs.size(), qs::toString);
    assertEquals(SpeakerKind.UNKNOWN, qs.get(0).speaker().orElseThrow().kind());
  }

  // ---- reporting constructions

  @Test
  void aVerbWithoutAConstructionFlagReportsOnlyAClauseOrQuote() {
    // "learn" has no np/to flag in speech-cues.tsv
    assertEquals(List.of(), quotes("Kim/NNP/PERSON learned/VBD/O/learn the/DT old/JJ rules/NNS ./."));
    assertEquals(List.of(), quotes("Kim/NNP/PERSON learned/VBD/O/learn to/TO swim/VB ./."));
    Quote q = only(quotes("Kim/NNP/PERSON learned/VBD/O/learn that/IN the/DT rules/NNS"
        + " had/VBD/O/have changed/VBN ./."), "learned");
    assertEquals(CueKind.EVIDENCE, q.cueKind());
  }

  @Test
  void aVerbFlaggedForAConstructionReportsInIt() {
    // "hope" is flagged "to": an infinitive is a wish it reports
    Quote q = only(quotes("Kim/NNP/PERSON hoped/VBD/O/hope to/TO win/VB the/DT race/NN ./."),
        "hoped");
    assertEquals(CueKind.THOUGHT, q.cueKind());
  }

  static Stream<Arguments> constructions() {
    return Stream.of(
        Arguments.of("Kim/NNP said/VBD/O/say that/IN rain/NN fell/VBD/O/fall ./.", "said",
            CueConstruction.Kind.REPORTING),
        Arguments.of("Kim/NNP said/VBD/O/say rain/NN fell/VBD/O/fall ./.", "said",
            CueConstruction.Kind.REPORTING),
        Arguments.of("Kim/NNP hoped/VBD/O/hope to/TO win/VB ./.", "hoped",
            CueConstruction.Kind.INFINITIVE),
        Arguments.of("Kim/NNP asked/VBD/O/ask whether/IN rain/NN fell/VBD/O/fall ./.", "asked",
            CueConstruction.Kind.QUESTION),
        Arguments.of("Kim/NNP praised/VBD/O/praise the/DT new/JJ bridge/NN ./.", "praised",
            CueConstruction.Kind.NOUN_PHRASE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructions")
  void constructionOfTheWordsAfterTheCue(String sentence, String cue,
      CueConstruction.Kind kind) {
    AnalyzedText t = QuoteTexts.of(sentence);
    int c = t.text().indexOf(cue);
    CharSpan cueSpan = t.span(c, c + cue.length());
    int end = t.text().lastIndexOf(" .");
    CharSpan content = t.span(c + cue.length() + 1, end);
    assertEquals(kind, CueConstruction.of(t, cueSpan, content));
  }

  @Test
  void contentBeforeItsCueIsAReportingConstruction() {
    AnalyzedText t = QuoteTexts.of("Rain/NN fell/VBD/O/fall ,/, Kim/NNP said/VBD/O/say ./.");
    int c = t.text().indexOf("said");
    assertEquals(CueConstruction.Kind.REPORTING,
        CueConstruction.of(t, t.span(c, c + 4), t.span(0, t.text().indexOf(" ,"))));
  }

  // ---- cue kinds and the filter

  @Test
  void theCueKindFilterKeepsOnlyTheKindsAskedFor() {
    String[] text = {
        "Kim/NNP/PERSON said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.",
        "Kim/NNP/PERSON believes/VBZ/O/believe the/DT bridge/NN is/VBZ/O/be safe/JJ ./.",
        "The/DT survey/NN showed/VBD/O/show that/IN fares/NNS rose/VBD/O/rise ./."};
    AnalyzedText t = QuoteTexts.of(text);
    ImmutableList<Quote> all = EXTRACTOR.extract(t, ResolvedEntities.none());
    assertEquals(List.of(CueKind.SPEECH, CueKind.THOUGHT, CueKind.EVIDENCE),
        all.stream().map(Quote::cueKind).toList());
    ImmutableList<Quote> speech = EXTRACTOR.withCueKinds(EnumSet.of(CueKind.SPEECH))
        .extract(t, ResolvedEntities.none());
    assertEquals(1, speech.size(), speech::toString);
    assertEquals("said", speech.get(0).cue().orElseThrow().text());
    assertEquals("q1", speech.get(0).id());
    assertThrows(IllegalArgumentException.class,
        () -> EXTRACTOR.withCueKinds(EnumSet.noneOf(CueKind.class)));
  }

  // ---- speaker resolution

  private static Entity entity(String id, EntityType type, String name, AnalyzedText t,
      String mention) {
    int at = t.text().indexOf(mention);
    return Entity.of(id, type, Optional.empty(), name, Optional.empty(),
        List.of(new Mention(t.span(at, at + mention.length()), MentionKind.NAME)));
  }

  private static Speaker speakerOf(AnalyzedText t, List<Entity> entities, String cue) {
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(entities));
    return only(qs, cue).speaker().orElseThrow();
  }

  @Test
  void aRoleDescriptionResolvesToThePersonTitledSoEarlier() {
    AnalyzedText t = QuoteTexts.of(
        "Mayor/NNP Lena/NNP/PERSON Ortiz/NNP/PERSON opened/VBD/O/open the/DT bridge/NN ./.", "|",
        "The/DT mayor/NN said/VBD/O/say the/DT tolls/NNS would/MD stay/VB ./.");
    Speaker s = speakerOf(t, List.of(entity("e1", EntityType.PERSON, "Lena Ortiz", t,
        "Lena Ortiz")), "said");
    assertEquals("The mayor", s.mention().text());
    assertEquals(Optional.of("e1"), s.entityId());
    assertEquals("Lena Ortiz", s.name());
    assertEquals(SpeakerKind.PERSON, s.kind());
  }

  @Test
  void anOrganisationNounResolvesToTheBodyThatBearsIt() {
    AnalyzedText t = QuoteTexts.of(
        "The/DT Harbour/NNP/ORGANIZATION Commission/NNP/ORGANIZATION met/VBD/O/meet in/IN"
            + " Tarvik/NNP/LOCATION ./.", "|",
        "Kim/NNP/PERSON Lund/NNP/PERSON spoke/VBD/O/speak first/RB ./.",
        "The/DT commission/NN said/VBD/O/say the/DT fees/NNS would/MD rise/VB ./.");
    Speaker s = speakerOf(t, List.of(
        entity("e1", EntityType.ORGANIZATION, "Harbour Commission", t, "Harbour Commission"),
        entity("e2", EntityType.PERSON, "Kim Lund", t, "Kim Lund")), "said");
    assertEquals(Optional.of("e1"), s.entityId());
    assertEquals(SpeakerKind.ORGANIZATION, s.kind());
  }

  @Test
  void aGenericOrganisationNounTakesTheNearestBodyOfItsParagraph() {
    AnalyzedText t = QuoteTexts.of(
        "Brightwell/NNP/ORGANIZATION Foods/NNP/ORGANIZATION recalled/VBD/O/recall its/PRP$"
            + " soups/NNS ./.",
        "The/DT company/NN said/VBD/O/say the/DT cans/NNS were/VBD/O/be faulty/JJ ./.");
    Speaker s = speakerOf(t, List.of(entity("e1", EntityType.ORGANIZATION, "Brightwell Foods", t,
        "Brightwell Foods")), "said");
    assertEquals(Optional.of("e1"), s.entityId());
  }

  @Test
  void anAcronymResolvesToItsSpelledOutName() {
    AnalyzedText t = QuoteTexts.of(
        "The/DT Harbour/NNP/ORGANIZATION Workers/NNP/ORGANIZATION Union/NNP/ORGANIZATION"
            + " met/VBD/O/meet ./.", "|",
        "HWU/NNP said/VBD/O/say the/DT strike/NN would/MD end/VB ./.");
    Speaker s = speakerOf(t, List.of(entity("e1", EntityType.ORGANIZATION,
        "Harbour Workers Union", t, "Harbour Workers Union")), "said");
    assertEquals("HWU", s.mention().text());
    assertEquals(Optional.of("e1"), s.entityId());
    assertEquals("Harbour Workers Union", s.name());
  }

  @Test
  void itAndTheyResolveToAnOrganisation() {
    AnalyzedText t = QuoteTexts.of(
        "Brightwell/NNP/ORGANIZATION Foods/NNP/ORGANIZATION recalled/VBD/O/recall its/PRP$"
            + " soups/NNS ./.",
        "It/PRP said/VBD/O/say the/DT cans/NNS were/VBD/O/be faulty/JJ ./.",
        "They/PRP added/VBD/O/add that/IN refunds/NNS would/MD follow/VB ./.");
    List<Entity> es = List.of(entity("e1", EntityType.ORGANIZATION, "Brightwell Foods", t,
        "Brightwell Foods"));
    assertEquals(Optional.of("e1"), speakerOf(t, es, "said").entityId());
    Speaker they = speakerOf(t, es, "added");
    assertEquals(Optional.of("e1"), they.entityId());
    assertEquals(SpeakerKind.ORGANIZATION, they.kind());
  }

  @Test
  void aQuoteParagraphTakesTheSpeakerOfTheNextParagraphsOpeningQuote() {
    AnalyzedText t = QuoteTexts.of(
        "“/`` We/PRP waited/VBD/O/wait all/DT night/NN for/IN the/DT ferry/NN ./. ”/''", "|",
        "“/`` Nobody/NN told/VBD/O/tell us/PRP anything/NN ,/, ”/'' Ines/NNP/PERSON"
            + " Paredes/NNP/PERSON said/VBD/O/say ./.");
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.none());
    Quote first = qs.stream().filter(q -> q.text().startsWith("We waited")).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("direct/next-paragraph", first.ruleName());
    assertEquals("Ines Paredes", first.speaker().orElseThrow().mention().text());
  }

  // ---- confidences

  @Test
  void confidencesAreInRangeAndFollowTheRules() {
    ImmutableList<Quote> qs = quotes(
        "“/`` The/DT ferry/NN is/VBZ/O/be late/JJ again/RB ,/, ”/'' Ines/NNP/PERSON"
            + " Paredes/NNP/PERSON said/VBD/O/say ./.",
        "“/`` Nobody/NN at/IN the/DT pier/NN could/MD explain/VB why/WRB the/DT boats/NNS"
            + " stopped/VBD/O/stop running/VBG ./. ”/''");
    assertEquals(2, qs.size(), qs::toString);
    Quote said = qs.get(0);
    Quote borrowed = qs.get(1);
    assertEquals("direct/same-paragraph", borrowed.ruleName());
    for (Quote q : qs) {
      assertTrue(q.confidence() >= 0 && q.confidence() <= QuoteConfidence.MAX, q::toString);
    }
    // a quote that names its speaker in its own sentence is surer than one that borrows it
    assertTrue(said.confidence() > borrowed.confidence(), qs::toString);
    // a name with no entity links less surely than one the entity layer resolved
    QuoteConfidence c = QuoteConfidence.load(ModelFiles.bundled());
    assertTrue(c.link(QuoteConfidence.Link.NAME_ENTITY) > c.link(QuoteConfidence.Link.NAME));
    assertTrue(c.link(QuoteConfidence.Link.PRONOUN) > c.link(
        QuoteConfidence.Link.PRONOUN_UNRESOLVED));
    assertEquals(c.link(QuoteConfidence.Link.NAME), said.speaker().orElseThrow().confidence());
    // a thought is less sure than speech with everything else equal
    assertTrue(c.quote(QuoteType.INDIRECT, AttributionRule.SUBJECT_CUE, CueKind.THOUGHT,
        Optional.of(SpeakerKind.PERSON)) < c.quote(QuoteType.INDIRECT,
        AttributionRule.SUBJECT_CUE, CueKind.SPEECH, Optional.of(SpeakerKind.PERSON)));
    // a rule with no row of its own takes its type's row
    assertFalse(Double.isNaN(c.quote(QuoteType.MIXED, AttributionRule.NEXT_PARAGRAPH,
        CueKind.SPEECH, Optional.empty())));
  }
}
