package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.CharSpan;
import org.newsgraph.CueKind;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.SpeakerKind;
import org.newsgraph.SharedPipeline;
import org.newsgraph.Speaker;

/**
 * The golden test: every quotation of the seed article with its type, cue and speaker; the scare
 * quotes and the furniture headlines give none.
 */
class SeedQuotesGoldenTest {

  private static String text;
  private static ImmutableList<Quote> quotes;

  @BeforeAll
  static void extract() {
    text = SharedPipeline.seed();
    quotes = SharedPipeline.get().extract(text).quotes();
  }

  static Quote quoteStarting(String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with '" + start + "' in " + quotes));
  }

  /** Content start, type, cue, speaker mention, speaker name. */
  static List<Arguments> golden() {
    return List.of(
        Arguments.of("The Chinese side relayed its desire to “consolidate and enhance",
            QuoteType.MIXED, "according to", "NDRC", "National Development and Reform Commission"),
        Arguments.of("it raised hopes of fostering deeper collaboration", QuoteType.INDIRECT,
            "said", "NDRC", "National Development and Reform Commission"),
        Arguments.of("We will hold the meeting annually", QuoteType.DIRECT, "said",
            "an unidentified Korean ministry official", "an unidentified Korean ministry official"),
        Arguments.of("its dissatisfaction with China’s export controls", QuoteType.INDIRECT,
            "conveyed", "Korea", "South Korea"),
        Arguments.of("The two East Asian countries compete", QuoteType.INDIRECT, "said",
            "Peng Peng", "Peng Peng"),
        Arguments.of("The competition between these two countries", QuoteType.DIRECT, "said",
            "Peng", "Peng Peng"),
        Arguments.of("The Chinese market continues to", QuoteType.DIRECT, "said", "Peng",
            "Peng Peng"),
        Arguments.of("Amid Sino-US tensions", QuoteType.INDIRECT, "said", "Peng", "Peng Peng"),
        Arguments.of("South Korea needs to balance", QuoteType.DIRECT, "added", "Peng",
            "Peng Peng"),
        Arguments.of("the US’ relaxation on controls for the South Korean firms “will deepen",
            QuoteType.MIXED, "said", "Ding Shuang", "Ding Shuang"),
        Arguments.of("the move could also help China", QuoteType.INDIRECT, "said", "he",
            "Ding Shuang"),
        Arguments.of("But South Korea will certainly attempt", QuoteType.DIRECT, "said", "Ding",
            "Ding Shuang"),
        Arguments.of("China and South Korea grapple", QuoteType.INDIRECT, "added", "Ding",
            "Ding Shuang"),
        Arguments.of("Not only South Korean", QuoteType.DIRECT, "said", "Ding", "Ding Shuang"),
        Arguments.of("Otherwise they risk losing", QuoteType.DIRECT, "said", "Ding",
            "Ding Shuang"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void quote(String start, QuoteType type, String cue, String mention, String name) {
    Quote q = quoteStarting(start);
    assertEquals(type, q.type(), start);
    assertEquals(cue, q.cue().map(CharSpan::text).orElse(""), start);
    Speaker s = q.speaker().orElseThrow(() -> new AssertionError("no speaker: " + q));
    assertEquals(mention, s.mention().text(), start);
    assertEquals(name, s.name(), start);
    assertEquals(text.substring(s.mention().start(), s.mention().end()), s.mention().text());
  }

  @Test
  void namedSpeakersAreEntitiesWithRoleAndOrganisation() {
    Speaker peng = quoteStarting("The competition between").speaker().orElseThrow();
    assertTrue(peng.entityId().isPresent(), peng::toString);
    assertEquals(Optional.of("executive chairman"), peng.role());
    assertEquals(Optional.of("Guangdong Society of Reform"), peng.organization());
    Speaker ding = quoteStarting("the move could also help").speaker().orElseThrow();
    assertTrue(ding.entityId().isPresent(), ding::toString);
    assertEquals(Optional.of("chief Greater China economist"), ding.role());
    assertEquals(Optional.of("Standard Chartered Bank"), ding.organization());
    assertEquals(peng.entityId(),
        quoteStarting("Amid Sino-US tensions").speaker().orElseThrow().entityId());
  }

  @Test
  void unnamedOfficialHasNoEntityAndCameViaYonhap() {
    Quote q = quoteStarting("We will hold the meeting annually");
    assertEquals(Optional.empty(), q.speaker().orElseThrow().entityId());
    assertTrue(q.via().orElseThrow().name().contains("Yonhap"), q::toString);
    assertTrue(quoteStarting("its dissatisfaction").via().orElseThrow().name().contains("Yonhap"));
  }

  @Test
  void aPhraseThatCannotSpeakGivesNoQuote() {
    // issue 14: "mutual political trust, which challenges their economic cooperation" is no
    // attribution: its subject is no source and "challenges" reports nothing here
    for (Quote q : quotes) {
      assertFalse(q.text().equals("their economic cooperation"), q::toString);
      assertFalse(q.cue().map(c -> c.text().equals("challenges")).orElse(false), q::toString);
    }
  }

  @Test
  void speakersHaveKindsAndEveryQuoteAConfidence() {
    assertEquals(SpeakerKind.ORGANIZATION,
        quoteStarting("it raised hopes").speaker().orElseThrow().kind());
    assertEquals(SpeakerKind.PERSON,
        quoteStarting("We will hold the meeting annually").speaker().orElseThrow().kind());
    assertEquals(SpeakerKind.GROUP,
        quoteStarting("the two Asian economic powerhouses").speaker().orElseThrow().kind());
    for (Quote q : quotes) {
      assertEquals(CueKind.SPEECH, q.cueKind(), q::toString);
      assertTrue(q.confidence() > 0.5 && q.confidence() < 1, q::toString);
    }
  }

  @Test
  void scareQuotesAndFurnitureGiveNoQuote() {
    int furniture = text.indexOf("More from South China Morning Post");
    for (Quote q : quotes) {
      assertFalse(q.text().contains("rust belt"), q::toString);
      assertFalse(q.text().contains("anti Malaya"), q::toString);
      assertTrue(q.content().end() <= furniture, () -> "quote in furniture: " + q);
    }
  }

  @Test
  void idsAndOffsetsFollowTheText() {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertEquals("q" + (i + 1), q.id());
      assertEquals(text.substring(q.content().start(), q.content().end()), q.text());
      if (i > 0) {
        assertTrue(quotes.get(i - 1).content().start() <= q.content().start());
      }
      q.cue().ifPresent(c -> assertEquals(text.substring(c.start(), c.end()), c.text()));
    }
  }
}
