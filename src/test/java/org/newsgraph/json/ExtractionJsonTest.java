package org.newsgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.CueKind;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Extraction;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Outlet;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.SectorId;
import org.newsgraph.Speaker;
import org.newsgraph.SpeakerKind;

/** The JSON layout, field by field, on a result built by hand (no models needed). */
class ExtractionJsonTest {

  private static final String TEXT =
      "\u201cWe will build more fabs,\u201d said Lee of Samsung, according to Yonhap. "
          + "South Korean chip exports to China rose.";

  private static CharSpan span(String s) {
    int start = TEXT.indexOf(s);
    return CharSpan.of(TEXT, start, start + s.length());
  }

  static Extraction sample() {
    Entity lee = Entity.of("e1", EntityType.PERSON, Optional.empty(), "Lee Jae-yong", Optional.empty(),
        List.of(new Mention(span("Lee"), MentionKind.ALIAS)));
    Entity samsung = Entity.of("e2", EntityType.ORGANIZATION, Optional.empty(), "Samsung Electronics",
        Optional.of("KR"), List.of(new Mention(span("Samsung"), MentionKind.ALIAS)));
    Entity yonhap = Entity.of("e3", EntityType.ORGANIZATION, Optional.empty(), "Yonhap News Agency",
        Optional.of("KR"), List.of(new Mention(span("Yonhap"), MentionKind.ALIAS)));
    Entity korea = Entity.of("e4", EntityType.LOCATION, Optional.of(LocationSubtype.COUNTRY),
        "South Korea", Optional.of("KR"), List.of(new Mention(span("South Korean"), MentionKind.DEMONYM)));
    Entity china = Entity.of("e5", EntityType.LOCATION, Optional.of(LocationSubtype.COUNTRY),
        "China", Optional.of("CN"), List.of(new Mention(span("China"), MentionKind.NAME)));
    Quote q1 = new Quote("q1", QuoteType.DIRECT, span("We will build more fabs,"),
        Optional.of(span("said")),
        Optional.of(new Speaker(span("Lee"), Optional.of("e1"), "Lee Jae-yong", Optional.empty(),
            Optional.of("Samsung Electronics"), SpeakerKind.PERSON, 0.95)),
        Optional.of(new Outlet(span("Yonhap"), Optional.of("e3"), "Yonhap News Agency")),
        AttributionRule.CONTENT_NAME_CUE, CueKind.SPEECH, 0.9);
    Quote q2 = new Quote("q2", QuoteType.INDIRECT, span("chip exports to China rose"),
        Optional.empty(), Optional.empty(), Optional.empty(), AttributionRule.SUBJECT_CUE);
    Relation r = new Relation(RelationType.ACTIVITY, "KR", Optional.of("e4"), new SectorId("semiconductors"),
        Optional.of("CN"), Optional.of(span("exports")), span("South Korean chip exports to China rose."),
        Optional.empty(), "activity:export");
    Relation bare = new Relation(RelationType.ADVANTAGE, "KR", Optional.empty(), new SectorId("semiconductors"),
        Optional.empty(), Optional.empty(), span("South Korean chip exports to China rose."),
        Optional.of("q1"), "advantage:test");
    return Extraction.of(List.of(lee, samsung, yonhap, korea, china), List.of(q1, q2), List.of(r, bare));
  }

  @Test
  void documentHasSchemaVersionSourceAndThreeLists() {
    ObjectNode root = ExtractionJson.toTree(sample(), "news/a.txt");
    assertEquals(List.of("schemaVersion", "source", "entities", "quotes", "relations"),
        ImmutableList.copyOf(root.fieldNames()));
    assertEquals(1, root.get("schemaVersion").intValue());
    assertEquals("news/a.txt", root.get("source").textValue());
    assertEquals(5, root.get("entities").size());
    assertEquals(2, root.get("quotes").size());
    assertEquals(2, root.get("relations").size());
  }

  @Test
  void entitiesCarryTypeSubtypeCountryAndMentions() {
    JsonNode entities = ExtractionJson.toTree(sample(), null).get("entities");
    JsonNode lee = entities.get(0);
    assertEquals(List.of("id", "type", "subtype", "name", "country", "mentions"),
        ImmutableList.copyOf(lee.fieldNames()));
    assertEquals("PERSON", lee.get("type").textValue());
    assertTrue(lee.get("subtype").isNull());
    assertTrue(lee.get("country").isNull());
    JsonNode korea = entities.get(3);
    assertEquals("COUNTRY", korea.get("subtype").textValue());
    assertEquals("KR", korea.get("country").textValue());
    JsonNode m = korea.get("mentions").get(0);
    assertEquals("South Korean", m.get("text").textValue());
    assertEquals("DEMONYM", m.get("kind").textValue());
    assertEquals(
        "South Korean", TEXT.substring(m.get("start").intValue(), m.get("end").intValue()));
  }

  @Test
  void quotesCarryCueSpeakerViaAndRuleOrNull() {
    JsonNode quotes = ExtractionJson.toTree(sample(), "x").get("quotes");
    JsonNode q1 = quotes.get(0);
    // cueKind, confidence and the speaker's kind and confidence: new fields of issue 14
    assertEquals(List.of("id", "type", "text", "start", "end", "cue", "cueKind", "speaker", "via",
            "confidence", "rule"), ImmutableList.copyOf(q1.fieldNames()));
    assertEquals("SPEECH", q1.get("cueKind").textValue());
    assertEquals(0.9, q1.get("confidence").doubleValue(), 1e-9);
    assertEquals("DIRECT", q1.get("type").textValue());
    assertEquals("We will build more fabs,", q1.get("text").textValue());
    assertEquals(TEXT.indexOf("We"), q1.get("start").intValue());
    assertEquals("said", q1.get("cue").get("text").textValue());
    JsonNode speaker = q1.get("speaker");
    assertEquals(List.of("text", "start", "end", "entity", "name", "role", "organization", "kind",
            "confidence"), ImmutableList.copyOf(speaker.fieldNames()));
    assertEquals("PERSON", speaker.get("kind").textValue());
    assertEquals(0.95, speaker.get("confidence").doubleValue(), 1e-9);
    assertEquals("Lee", speaker.get("text").textValue());
    assertEquals("e1", speaker.get("entity").textValue());
    assertTrue(speaker.get("role").isNull());
    assertEquals("Samsung Electronics", speaker.get("organization").textValue());
    assertEquals("Yonhap News Agency", q1.get("via").get("name").textValue());
    assertEquals("e3", q1.get("via").get("entity").textValue());
    assertEquals("direct/content-name-cue", q1.get("rule").textValue());
    JsonNode q2 = quotes.get(1);
    assertTrue(q2.get("cue").isNull());
    assertTrue(q2.get("speaker").isNull());
    assertTrue(q2.get("via").isNull());
  }

  @Test
  void relationsCarryEveryFieldOrNull() {
    JsonNode relations = ExtractionJson.toTree(sample(), "x").get("relations");
    JsonNode r = relations.get(0);
    assertEquals(List.of("type", "country", "countryEntity", "sector", "counterpart", "trigger",
            "evidence", "quote", "rule"), ImmutableList.copyOf(r.fieldNames()));
    assertEquals("ACTIVITY", r.get("type").textValue());
    assertEquals("KR", r.get("country").textValue());
    assertEquals("e4", r.get("countryEntity").textValue());
    assertEquals("CN", r.get("counterpart").textValue());
    assertEquals("exports", r.get("trigger").get("text").textValue());
    JsonNode ev = r.get("evidence");
    assertEquals(ev.get("text").textValue(),
        TEXT.substring(ev.get("start").intValue(), ev.get("end").intValue()));
    assertTrue(r.get("quote").isNull());
    JsonNode bare = relations.get(1);
    assertTrue(bare.get("countryEntity").isNull());
    assertTrue(bare.get("counterpart").isNull());
    assertTrue(bare.get("trigger").isNull());
    assertEquals("q1", bare.get("quote").textValue());
  }

  @Test
  void errorRecordNamesTypeAndMessage() {
    ObjectNode err = ExtractionJson.errorTree("bad.txt", new IllegalStateException("broken"));
    assertEquals(
        "{\"schemaVersion\":1,\"source\":\"bad.txt\",\"error\":{\"type\":\"IllegalStateException\","
            + "\"message\":\"broken\"}}",
        ExtractionJson.compact(err));
    assertTrue(ExtractionJson.errorTree(null, new RuntimeException()).get("error").get("message")
        .isTextual());
  }

  @Test
  void emptyResultHasEmptyListsAndNullSource() {
    assertEquals(
        "{\"schemaVersion\":1,\"source\":null,\"entities\":[],\"quotes\":[],\"relations\":[]}",
        ExtractionJson.toJson(Extraction.empty(), null));
  }

  @Test
  void compactJsonIsOneLineEvenWithLineBreaksAndControlCharacters() {
    String text = "Seoul\n\u0000Seoul\r\u2028";
    Entity e = Entity.of("e1", EntityType.LOCATION, Optional.of(LocationSubtype.CITY), "Seoul",
        Optional.of("KR"), List.of(new Mention(CharSpan.of(text, 0, 13), MentionKind.NAME)));
    String json = ExtractionJson.toJson(Extraction.of(List.of(e), List.of(), List.of()), "a\nb");
    assertFalse(json.contains("\n") || json.contains("\r") || json.contains("\u0000"), json);
  }

  /** Unpaired surrogates cannot be encoded in UTF-8; escaped, they survive a write and a read. */
  @Test
  void unpairedSurrogatesSurviveTheTripThroughUtf8() throws Exception {
    String text = "A\uD800B \uD83D\uDE00 \uDC00";
    Entity e = Entity.of("e1", EntityType.ORGANIZATION, Optional.empty(), "A\uD800B",
        Optional.empty(), List.of(new Mention(CharSpan.of(text, 0, text.length()), MentionKind.NAME)));
    String json = ExtractionJson.toJson(Extraction.of(List.of(e), List.of(), List.of()), "s");
    assertTrue(json.contains("\\ud800"), json);
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    JsonNode back = ExtractionJson.mapper().readTree(new String(utf8, StandardCharsets.UTF_8));
    JsonNode m = back.get("entities").get(0).get("mentions").get(0);
    assertEquals(text, m.get("text").textValue());
    assertEquals("A\uD800B", back.get("entities").get(0).get("name").textValue());
  }

  @Test
  void prettyAndCompactHoldTheSameTree() throws Exception {
    Extraction x = sample();
    assertEquals(
        ExtractionJson.mapper().readTree(ExtractionJson.toJson(x, "s")),
        ExtractionJson.mapper().readTree(ExtractionJson.toPrettyJson(x, "s")));
  }
}
