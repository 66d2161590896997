package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/** Every quote pattern and its negative, on hand-built texts (no models). */
class QuoteRulesTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor(Lexicons.bundled());

  static ImmutableList<Quote> quotes(AnalyzedText t) {
    return EXTRACTOR.extract(t, ResolvedEntities.none());
  }

  /** One row: sentences, then expected type, content, cue, speaker mention, speaker name. */
  static List<Arguments> patterns() {
    return List.of(
        Arguments.of("direct, name and cue after the quote",
            new String[] {"“/`` We/PRP will/MD win/VB ,/, ”/'' Peng/NNP/PERSON said/VBD/O/say ./."},
            QuoteType.DIRECT, "We will win", "said", "Peng", "direct/content-name-cue"),
        Arguments.of("direct, cue then name after the quote",
            new String[] {"“/`` We/PRP will/MD win/VB ,/, ”/'' said/VBD/O/say Peng/NNP/PERSON ./."},
            QuoteType.DIRECT, "We will win", "said", "Peng", "direct/content-cue-name"),
        Arguments.of("direct, colon-introduced",
            new String[] {"He/PRP added/VBD/O/add :/: “/`` We/PRP will/MD win/VB ./. ”/''"},
            QuoteType.DIRECT, "We will win .", "added", "He", "direct/subject-cue"),
        Arguments.of("indirect, subject and cue before the clause",
            new String[] {"Ding/NNP/PERSON said/VBD/O/say the/DT move/NN could/MD help/VB China/NNP/LOCATION ./."},
            QuoteType.INDIRECT, "the move could help China", "said", "Ding", "indirect/subject-cue"),
        Arguments.of("indirect, told reporters that",
            new String[] {"Ding/NNP/PERSON told/VBD/O/tell reporters/NNS that/IN the/DT move/NN could/MD help/VB ./."},
            QuoteType.INDIRECT, "the move could help", "told", "Ding", "indirect/subject-cue"),
        Arguments.of("indirect, warned that",
            new String[] {"The/DT minister/NN warned/VBD/O/warn that/IN prices/NNS would/MD rise/VB ./."},
            QuoteType.INDIRECT, "prices would rise", "warned", "The minister", "indirect/subject-cue"),
        Arguments.of("indirect, content then name and cue",
            new String[] {"Trust/NN has/VBZ/O/have eroded/VBN ,/, Peng/NNP/PERSON said/VBD/O/say ./."},
            QuoteType.INDIRECT, "Trust has eroded", "said", "Peng", "indirect/content-name-cue"),
        Arguments.of("indirect, organisation speaks: the NDRC said it",
            new String[] {"The/DT NDRC/NNP/ORGANIZATION said/VBD/O/say it/PRP raised/VBD hopes/NNS ./."},
            QuoteType.INDIRECT, "it raised hopes", "said", "NDRC", "indirect/subject-cue"),
        Arguments.of("indirect, according to X after the content",
            new String[] {"Korea/NNP/LOCATION is/VBZ/O/be assessing/VBG/O/assess competition/NN ,/, according/VBG/O/accord to/TO analysts/NNS ./."},
            QuoteType.INDIRECT, "Korea is assessing competition", "according to", "analysts",
            "indirect/according-to"),
        Arguments.of("indirect, According to X, before the content",
            new String[] {"According/VBG/O/accord to/TO the/DT ministry/NN ,/, exports/NNS rose/VBD/O/rise ./."},
            QuoteType.INDIRECT, "exports rose", "According to", "the ministry", "indirect/according-to"),
        Arguments.of("indirect, an organisation's statement",
            new String[] {"Talks/NNS went/VBD/O/go well/RB ,/, according/VBG/O/accord to/TO an/DT NDRC/NNP/ORGANIZATION statement/NN ./."},
            QuoteType.INDIRECT, "Talks went well", "according to", "NDRC",
            "indirect/according-to-document"),
        Arguments.of("mixed, reported clause with a quoted fragment",
            new String[] {"Ding/NNP/PERSON said/VBD/O/say the/DT move/NN “/`` will/MD deepen/VB cooperation/NN ”/'' ./."},
            QuoteType.MIXED, "the move “ will deepen cooperation ”", "said", "Ding", "mixed/subject-cue"),
        Arguments.of("participle: the main clause's subject speaks",
            new String[] {"Trump/NNP/PERSON left/VBD/O/leave early/RB ,/, saying/VBG/O/say he/PRP was/VBD/O/be tired/JJ ./."},
            QuoteType.INDIRECT, "he was tired", "saying", "Trump", "indirect/participle"),
        Arguments.of("passive with its agent",
            new String[] {"The/DT move/NN was/VBD/O/be reported/VBN/O/report by/IN Reuters/NNP/ORGANIZATION ./."},
            QuoteType.INDIRECT, "The move", "reported by", "Reuters", "indirect/passive-by"),
        Arguments.of("headline: a name, a colon, the words",
            new String[] {"Graham/NNP/PERSON :/: Trump/NNP/PERSON is/VBZ/O/be destroying/VBG/O/destroy the/DT party/NN"},
            QuoteType.INDIRECT, "Trump is destroying the party", ":", "Graham", "indirect/name-colon"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void pattern(String name, String[] sentences, QuoteType type, String content, String cue,
      String speaker, String rule) {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(sentences));
    assertEquals(1, qs.size(), () -> name + ": " + qs);
    Quote q = qs.get(0);
    assertEquals(type, q.type(), name);
    assertEquals(content, q.text(), name);
    assertEquals(cue, q.cue().map(CharSpan::text).orElse(""), name);
    assertEquals(speaker, q.speaker().map(s -> s.mention().text()).orElse(""), name);
    assertEquals(rule, q.ruleName(), name);
    assertEquals("q1", q.id());
  }

  /** Negatives: text that holds no quote. */
  static List<Arguments> negatives() {
    return List.of(
        Arguments.of("scare quote in a headline",
            new String[] {"China/NNP/LOCATION hopes/VBZ/O/hope to/TO shake/VB ‘/`` rust/NN belt/NN ’/'' moniker/NN"}),
        Arguments.of("short quoted name of a thing",
            new String[] {"The/DT “/`` Crossroads/NNP of/IN America/NNP ”/'' sign/NN fell/VBD/O/fall ./."}),
        Arguments.of("cue word inside quotation marks is the quote, not its attribution",
            new String[] {"The/DT book/NN “/`` Trump/NNP Said/VBD/O/say ”/'' sold/VBD/O/sell ./."}),
        Arguments.of("continued to play: not speech",
            new String[] {"The/DT team/NN continued/VBD/O/continue to/TO play/VB well/RB ./."}),
        Arguments.of("passive without an agent",
            new String[] {"The/DT wall/NN was/VBD/O/be announced/VBN/O/announce ./."}),
        Arguments.of("a cue with no speaker and no clause",
            new String[] {"Said/VBD/O/say ./."}),
        Arguments.of("a headline-like line with a cue verb",
            new String[] {"Iran/NNP/LOCATION says/VBZ/O/say it/PRP is/VBZ/O/be open/JJ to/TO talks/NNS"}),
        Arguments.of("only quote marks",
            new String[] {"“/`` ”/'' \"/'' '/''"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negative(String name, String[] sentences) {
    assertEquals(List.of(), quotes(QuoteTexts.of(sentences)), name);
  }

  @Test
  void emptyAndBlankTextsGiveNoQuotes() {
    assertEquals(List.of(), quotes(AnalyzedText.of("", List.of())));
    assertEquals(List.of(), quotes(AnalyzedText.of("   \n\n  ", List.of())));
  }

  @Test
  void furnitureSentencesYieldNoQuotes() {
    AnalyzedText t = QuoteTexts.of(
        "“/`` We/PRP will/MD win/VB the/DT whole/JJ thing/NN ,/, ”/'' Peng/NNP/PERSON said/VBD/O/say ./.",
        "Ding/NNP/PERSON said/VBD/O/say the/DT move/NN could/MD help/VB ./.");
    assertEquals(2, quotes(t).size());
    assertEquals(1, quotes(QuoteTexts.withFurniture(t, 0)).size());
    assertEquals(0, quotes(QuoteTexts.withFurniture(QuoteTexts.withFurniture(t, 0), 1)).size());
  }

  @Test
  void splitQuoteIsTwoQuotesWithOneSpeaker() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "“/`` The/DT competition/NN is/VBZ/O/be intense/JJ ,/, ”/'' Peng/NNP/PERSON said/VBD/O/say ./.",
        "“/`` Korea/NNP/LOCATION still/RB holds/VBZ/O/hold the/DT upper/JJ hand/NN ./. ”/''"));
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("direct/content-name-cue", qs.get(0).ruleName());
    assertEquals("direct/same-paragraph", qs.get(1).ruleName());
    assertEquals(qs.get(0).speaker(), qs.get(1).speaker());
    assertEquals(qs.get(0).cue(), qs.get(1).cue());
    assertEquals(List.of("q1", "q2"), qs.stream().map(Quote::id).toList());
  }

  @Test
  void quoteInNextParagraphAfterAColonTakesItsSpeaker() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "In/IN a/DT speech/NN ,/, Wallace/NNP/PERSON declared/VBD/O/declare :/:",
        "|",
        "“/`` It/PRP is/VBZ/O/be time/NN to/TO sound/VB the/DT drum/NN for/IN freedom/NN ./. ”/''"));
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("direct/colon-cue", qs.get(0).ruleName());
    assertEquals("Wallace", qs.get(0).speaker().orElseThrow().mention().text());
  }

  @Test
  void multiParagraphQuoteIsOneQuote() {
    AnalyzedText t = QuoteTexts.of(
        "“/`` We/PRP will/MD hold/VB the/DT meeting/NN annually/RB ./.",
        "|",
        "“/`` And/CC we/PRP will/MD invite/VB the/DT firms/NNS ,/, ”/'' Peng/NNP/PERSON said/VBD/O/say ./.");
    ImmutableList<Quote> qs = quotes(t);
    assertEquals(1, qs.size(), qs::toString);
    Quote q = qs.get(0);
    assertEquals(QuoteType.DIRECT, q.type());
    assertTrue(q.text().startsWith("We will hold"), q.text());
    assertTrue(q.text().endsWith("invite the firms"), q.text());
    assertEquals("Peng", q.speaker().orElseThrow().mention().text());
  }

  @Test
  void unbalancedQuoteEndsWithItsParagraph() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "“/`` We/PRP will/MD hold/VB the/DT meeting/NN every/DT year/NN ,/, Peng/NNP/PERSON said/VBD/O/say ./.",
        "|",
        "Ding/NNP/PERSON said/VBD/O/say the/DT move/NN could/MD help/VB ./."));
    assertTrue(qs.stream().anyMatch(q -> q.type() == QuoteType.INDIRECT
        && q.text().equals("the move could help")), qs::toString);
    for (Quote q : qs) {
      assertFalse(q.text().contains("\n"), () -> "swallowed a paragraph: " + q);
    }
  }

  @Test
  void invertedCueKeepsRoleOrganisationAndOutlet() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "“/`` We/PRP will/MD hold/VB the/DT meeting/NN ,/, ”/'' said/VBD/O/say an/DT unidentified/JJ"
            + " Korean/JJ ministry/NN official/NN quoted/VBN/O/quote by/IN the/DT Yonhap/NNP/ORGANIZATION"
            + " News/NNP/ORGANIZATION Agency/NNP/ORGANIZATION ./.",
        "|",
        "Compete/VBP they/PRP do/VBP ,/, said/VBD/O/say Peng/NNP/PERSON Peng/NNP/PERSON ,/, executive/JJ"
            + " chairman/NN of/IN the/DT Guangdong/NNP/ORGANIZATION Society/NNP/ORGANIZATION of/IN/ORGANIZATION"
            + " Reform/NNP/ORGANIZATION ./."));
    assertEquals(2, qs.size(), qs::toString);
    Quote official = qs.get(0);
    assertEquals("an unidentified Korean ministry official",
        official.speaker().orElseThrow().mention().text());
    assertEquals(Optional.empty(), official.speaker().orElseThrow().entityId());
    assertEquals("Yonhap News Agency", official.via().orElseThrow().name());
    Quote peng = qs.get(1);
    assertEquals("Peng Peng", peng.speaker().orElseThrow().name());
    assertEquals(Optional.of("executive chairman"), peng.speaker().orElseThrow().role());
    assertEquals(Optional.of("Guangdong Society of Reform"),
        peng.speaker().orElseThrow().organization());
  }

  @Test
  void accordingToAnOutletPassesOnTheInnerSpeaker() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "Officials/NNS spoke/VBD/O/speak to/TO the/DT Yonhap/NNP/ORGANIZATION News/NNP/ORGANIZATION"
            + " Agency/NNP/ORGANIZATION ./.",
        "|",
        "Korea/NNP/LOCATION conveyed/VBD/O/convey its/PRP$ dissatisfaction/NN with/IN controls/NNS ,/,"
            + " according/VBG/O/accord to/TO Yonhap/NNP/ORGANIZATION ./."));
    Quote q = qs.stream().filter(x -> x.text().startsWith("its dissatisfaction")).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Korea", q.speaker().orElseThrow().mention().text());
    assertEquals("Yonhap", q.via().orElseThrow().mention().text());
    assertEquals("its dissatisfaction with controls", q.text());
  }

  /** The first quote of {@code qs} that {@code p} accepts; fails the test listing them if none. */
  private static Quote first(List<Quote> qs, java.util.function.Predicate<Quote> p) {
    return qs.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(qs.toString()));
  }

  @Test
  void anOutletBeforeACommaAndButIsNoViaOfTheClauseAfter() {
    // the count is the Gazette's; the vow after ", but" is reported by the article itself
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "Fell/NNP/PERSON leads/VBZ/O/lead ,/, according/VBG/O/accord to/TO a/DT count/NN by/IN"
            + " the/DT Valley/NNP/ORGANIZATION Gazette/NNP/ORGANIZATION ,/, but/CC"
            + " Ruiz/NNP/PERSON has/VBZ/O/have vowed/VBN/O/vow to/TO fight/VB on/RP ./."));
    Quote q = first(qs, x -> x.text().startsWith("to fight"));
    assertEquals("Ruiz", q.speaker().orElseThrow().mention().text());
    assertTrue(q.via().isEmpty(), qs::toString);
  }

  @Test
  void aDatelineIsNeitherContentNorSpeaker() {
    // the place and outlet before the dash open the article; the clause after it is reported
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "TARNVIK/NNP/LOCATION ,/, March/NNP 3/CD (/-LRB- Reuters/NNP/ORGANIZATION )/-RRB- -/HYPH"
            + " The/DT mill/NN will/MD close/VB ,/, its/PRP$ owner/NN said/VBD/O/say ./."));
    Quote q = first(qs, x -> x.ruleName().endsWith("content-name-cue"));
    assertEquals("The mill will close", q.text());
    assertEquals("its owner", q.speaker().orElseThrow().mention().text());
  }

  @Test
  void aDatelineCutAfterAnAbbreviationIsNoContent() {
    // the splitter ends a sentence after "Ont."; the outlet before the dash is still no content
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "KELLBY/NNP/LOCATION ,/, Ont./NNP ./.",
        "(/-LRB- Reuters/NNP/ORGANIZATION )/-RRB- —/: The/DT mill/NN will/MD close/VB ,/,"
            + " its/PRP$ owner/NN said/VBD/O/say ./."));
    Quote q = first(qs, x -> x.ruleName().endsWith("content-name-cue"));
    assertEquals("The mill will close", q.text());
  }

  @Test
  void aBylineNamesNoAntecedentOfAPronoun() {
    // the author in "By Ilse Varga" wrote the article; "She" is left unresolved
    AnalyzedText t = QuoteTexts.of(
        "By/IN Ilse/NNP/PERSON Varga/NNP/PERSON",
        "|",
        "The/DT minister/NN met/VBD/O/meet farmers/NNS ./.",
        "She/PRP said/VBD/O/say the/DT deal/NN was/VBD/O/be fair/JJ ./.");
    Entity varga = Entity.of("e1", EntityType.PERSON, Optional.empty(), "Ilse Varga",
        Optional.empty(), List.of(new Mention(t.span(3, 13), MentionKind.NAME)));
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(varga)));
    Quote q = first(qs, x -> x.text().equals("the deal was fair"));
    assertEquals("She", q.speaker().orElseThrow().name(), qs::toString);
  }

  @Test
  void aCreditLineHoldsNoQuote() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "The/DT ferry/NN stopped/VBD/O/stop ./.",
        "|",
        "Reporting/NN by/IN Ilse/NNP/PERSON Varga/NNP/PERSON ;/: Editing/NN by/IN"
            + " Tomas/NNP/PERSON Hale/NNP/PERSON"));
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("Varga")
        || q.speaker().map(sp -> sp.name().contains("Varga")).orElse(false)), qs::toString);
  }

  @Test
  void pronounResolvesToNearestPersonOfItsGender() {
    AnalyzedText t = QuoteTexts.of(
        "Ding/NNP/PERSON Shuang/NNP/PERSON met/VBD/O/meet the/DT press/NN ./.",
        "And/CC he/PRP said/VBD/O/say the/DT move/NN could/MD help/VB ./.");
    Entity ding = Entity.of("e1", EntityType.PERSON, Optional.empty(), "Ding Shuang",
        Optional.empty(), List.of(new Mention(t.span(0, 11), MentionKind.NAME)));
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(ding)));
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("he", qs.get(0).speaker().orElseThrow().mention().text());
    assertEquals(Optional.of("e1"), qs.get(0).speaker().orElseThrow().entityId());
    assertEquals("Ding Shuang", qs.get(0).speaker().orElseThrow().name());
  }

  @Test
  void pronounDoesNotCrossGender() {
    ImmutableList<Quote> qs = quotes(QuoteTexts.of(
        "Spokeswoman/NN Haley/NNP/PERSON Morris/NNP/PERSON spoke/VBD/O/speak ./.",
        "He/PRP said/VBD/O/say the/DT plan/NN would/MD work/VB ./."));
    assertEquals(1, qs.size(), qs::toString);
    assertEquals("He", qs.get(0).speaker().orElseThrow().name());
  }

  @Test
  void shortNameResolvesToTheFullNameTheEntityLayerGroupedItWith() {
    // the resolver reads the entity layer's grouping ("Peng" with Peng Peng), not the tags
    AnalyzedText t = QuoteTexts.of(
        "Peng/NNP/PERSON Peng/NNP/PERSON ,/, executive/JJ chairman/NN of/IN the/DT Society/NNP/ORGANIZATION"
            + " ,/, said/VBD/O/say exports/NNS rose/VBD/O/rise ./.",
        "|",
        "Trust/NN has/VBZ/O/have eroded/VBN ,/, Peng/NNP/PERSON said/VBD/O/say ./.");
    int later = t.text().lastIndexOf("Peng");
    Entity peng = Entity.of("e1", EntityType.PERSON, Optional.empty(), "Peng Peng",
        Optional.empty(), List.of(new Mention(t.span(0, 9), MentionKind.NAME),
            new Mention(t.span(later, later + 4), MentionKind.NAME)));
    ImmutableList<Quote> qs = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(peng)));
    assertEquals(2, qs.size(), qs::toString);
    assertEquals("Peng Peng", qs.get(1).speaker().orElseThrow().name());
    assertEquals(Optional.of("executive chairman"), qs.get(1).speaker().orElseThrow().role());
    assertEquals(Optional.of("Society"), qs.get(1).speaker().orElseThrow().organization());
  }

  @Test
  void neverWantsTheParse() {
    AnalyzedText t = QuoteTexts.of("Ding/NNP/PERSON said/VBD/O/say it/PRP rose/VBD/O/rise ./.");
    assertFalse(EXTRACTOR.wantsParse(t.sentences().get(0)));
  }
}
