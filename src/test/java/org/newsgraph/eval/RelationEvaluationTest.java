package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.CharSpan;
import org.newsgraph.NewsGraph;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.SectorId;
import org.newsgraph.SharedPipeline;

/**
 * The relation evaluator's reading and scoring, on tiny gold files: with a fake system or a saved file (no
 * model), and once with the shared pipeline, to show that what is scored is what extraction returns.
 */
class RelationEvaluationTest {

  @TempDir Path dir;

  private static Relation rel(String country, String sector, RelationType type, String counterpart) {
    return new Relation(type, country, Optional.empty(), new SectorId(sector), Optional.ofNullable(counterpart),
        Optional.empty(), new CharSpan(0, 1, "x"), Optional.empty(), "test");
  }

  @Test
  void scoresThreeLevelsMicroAveragedOverDocuments() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\":\"a\",\"text\":\"A\",\"relations\":[{\"country\":\"CN\",\"sector\":\"steel\",\"type\":\"ADVANTAGE\","
            + "\"counterpart\":null,\"evidence\":\"e\"},{\"country\":\"US\",\"sector\":\"semiconductors\","
            + "\"type\":\"RESTRICTION\",\"counterpart\":\"CN\",\"evidence\":\"e\"}]}",
        "",
        "{\"id\":\"b\",\"text\":\"B\",\"relations\":[]}"), StandardCharsets.UTF_8);
    List<RelationEvaluation.GoldDocument> docs = RelationEvaluation.readGold(gold);
    assertEquals(2, docs.size());
    Map<String, List<Relation>> system = Map.of(
        "A", List.of(
            rel("CN", "steel", RelationType.ACTIVITY, null),              // right pair, wrong type
            rel("US", "semiconductors", RelationType.RESTRICTION, "CN"),  // all right
            rel("US", "semiconductors", RelationType.RESTRICTION, "KR")), // extra counterpart
        "B", List.of(rel("JP", "automotive", RelationType.ACTIVITY, null))); // false alarm
    RelationEvaluation.Report r = RelationEvaluation.score(docs, t -> system.get(t));
    assertEquals(new RelationEvaluation.Score(2, 3, 2), r.pairs());
    assertEquals(new RelationEvaluation.Score(1, 3, 2), r.typed());
    assertEquals(new RelationEvaluation.Score(1, 4, 2), r.withCounterpart());
    assertEquals(2.0 / 3, r.pairs().precision(), 1e-9);
    assertEquals(1.0, r.pairs().recall(), 1e-9);
    assertEquals(0.8, r.pairs().f1(), 1e-9);
    assertTrue(r.details().get(0).contains("missed CN steel ADVANTAGE -"), r.details().toString());
  }

  @Test
  void aMalformedLineFailsNamingFileAndLine() throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(gold, "{\"id\":\"a\",\"text\":\"A\"}\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RelationEvaluation.readGold(gold));
    assertTrue(e.getMessage().endsWith("bad.jsonl:1: missing field 'relations'"), e.getMessage());
  }

  @Test
  void partsSplitIdsByTheParityOfTheirCrc32() {
    // CRC32("d") = 0x98dd4acc (even), CRC32("a") = 0xe8b7be43 (odd)
    assertTrue(RelationEvaluation.Part.TUNE.contains("d"));
    assertFalse(RelationEvaluation.Part.HELDOUT.contains("d"));
    assertTrue(RelationEvaluation.Part.HELDOUT.contains("a"));
    assertFalse(RelationEvaluation.Part.TUNE.contains("a"));
    assertTrue(RelationEvaluation.Part.ALL.contains("a"));
    assertTrue(RelationEvaluation.Part.ALL.contains("d"));
  }

  @Test
  void theTuningPartSplitsIntoTwoHalvesByCrc32ModuloFour() {
    // CRC32("d") = 0x98dd4acc (0 mod 4), CRC32("e") = 0xefda7a5a (2 mod 4), CRC32("a") odd
    assertTrue(RelationEvaluation.Part.TUNE_A.contains("d"));
    assertFalse(RelationEvaluation.Part.TUNE_B.contains("d"));
    assertTrue(RelationEvaluation.Part.TUNE_B.contains("e"));
    assertFalse(RelationEvaluation.Part.TUNE_A.contains("e"));
    assertTrue(RelationEvaluation.Part.TUNE.contains("e"));
    assertFalse(RelationEvaluation.Part.TUNE_A.contains("a"));
    assertFalse(RelationEvaluation.Part.TUNE_B.contains("a"));
    assertEquals(RelationEvaluation.Part.TUNE_B, RelationEvaluation.Part.parse("tune-b"));
  }

  @Test
  void anUnknownPartFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RelationEvaluation.run(List.of("x.jsonl", "--part", "train"), System.out));
    assertTrue(e.getMessage().contains("'train'"), e.getMessage());
  }

  @Test
  void scoresAPredictedFileAgainstTheGoldWithoutAPipeline() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\":\"a\",\"text\":\"A\",\"relations\":[{\"country\":\"CN\",\"sector\":\"steel\",\"type\":\"ADVANTAGE\","
            + "\"counterpart\":null,\"evidence\":\"e\"}]}",
        "{\"id\":\"b\",\"text\":\"B\",\"relations\":[]}"), StandardCharsets.UTF_8);
    Path predicted = dir.resolve("predicted.jsonl");
    Files.writeString(predicted, String.join("\n",
        "{\"id\":\"b\",\"relations\":[{\"country\":\"JP\",\"sector\":\"automotive\",\"type\":\"activity\"}]}",
        "{\"id\":\"a\",\"relations\":[{\"country\":\"CN\",\"sector\":\"steel\",\"type\":\"ACTIVITY\","
            + "\"counterpart\":null}]}"), StandardCharsets.UTF_8);
    String report = report(List.of(gold.toString(), "--predicted", predicted.toString()), () -> {
      throw new AssertionError("a pipeline was asked for although --predicted was given");
    });
    // pairs: 1 right of 2 predicted, 1 gold; typed: none right
    assertTrue(report.contains("predicted " + predicted), report);
    assertTrue(report.matches("(?s).*\\(country, sector\\) +0\\.500 +1\\.000 +0\\.667 +1 +2 +1.*"), report);
    assertTrue(report.matches("(?s).*\\(country, sector, type\\) +0\\.000 +0\\.000 +0\\.000 +0 +2 +1.*"), report);
  }

  @Test
  void scoresTheRelationsThatExtractReturnsQuoteVoicesIncluded() throws IOException {
    // Only the quote's speaker ties "Our" to Kenya (QuoteVoices): a pipeline without quotes finds nothing.
    String text = "Amina Otieno, the Kenyan trade minister, spoke to reporters in Kampala, Uganda, on Tuesday.\n\n"
        + "\"Our tea exports will double this year,\" Otieno said.\n";
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = json.createObjectNode().put("id", "voice").put("text", text);
    doc.putArray("relations").addObject().put("country", "KE").put("sector", "agriculture")
        .put("type", "ACTIVITY").putNull("counterpart").put("evidence", "Our tea exports will double");
    Path gold = dir.resolve("voice.jsonl");
    Files.writeString(gold, json.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
    assertEquals(Set.of("KE agriculture ACTIVITY"), SharedPipeline.get().extract(text).relations().stream()
        .map(r -> r.country() + " " + r.sector().id() + " " + r.type()).collect(Collectors.toSet()));
    String report = report(List.of(gold.toString()), SharedPipeline::get);
    assertTrue(report.matches("(?s).*\\(country, sector\\) +1\\.000 +1\\.000 +1\\.000 +1 +1 +1.*"), report);
  }

  @Test
  void aPredictedFileMustCoverTheGoldAndNothingElse() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"a\",\"text\":\"A\",\"relations\":[]}\n"
        + "{\"id\":\"b\",\"text\":\"B\",\"relations\":[]}\n", StandardCharsets.UTF_8);
    List<RelationEvaluation.GoldDocument> docs = RelationEvaluation.readGold(gold);
    Path missing = dir.resolve("missing.jsonl");
    Files.writeString(missing, "{\"id\":\"a\",\"relations\":[]}\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RelationEvaluation.readPredicted(missing, docs, docs));
    assertTrue(e.getMessage().endsWith("missing.jsonl has no line for 1 gold document(s): [b]"), e.getMessage());
    // scoring only document a, the file needs no line for b
    assertEquals(1, RelationEvaluation.readPredicted(missing, docs, docs.subList(0, 1)).size());
    Path stranger = dir.resolve("stranger.jsonl");
    Files.writeString(stranger, "{\"id\":\"z\",\"relations\":[]}\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> RelationEvaluation.readPredicted(stranger, docs, docs));
    assertTrue(e.getMessage().endsWith("stranger.jsonl:1: document 'z' is not in the gold file"), e.getMessage());
    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(twice, "{\"id\":\"a\",\"relations\":[]}\n{\"id\":\"a\",\"relations\":[]}\n",
        StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> RelationEvaluation.readPredicted(twice, docs, docs));
    assertTrue(e.getMessage().endsWith("twice.jsonl:2: document 'a' comes twice"), e.getMessage());
    Path badType = dir.resolve("type.jsonl");
    Files.writeString(badType, "{\"id\":\"a\",\"relations\":[{\"country\":\"CN\",\"sector\":\"steel\","
        + "\"type\":\"LEADS\"}]}\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> RelationEvaluation.readPredicted(badType, docs, docs));
    assertTrue(e.getMessage().contains("type.jsonl:1: unknown type 'LEADS' (expected one of [COOPERATION"),
        e.getMessage());
  }

  /** What {@code evaluate relations args} prints with this pipeline; it must exit with 0. */
  private static String report(List<String> args, Supplier<NewsGraph> pipeline) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(0, RelationEvaluation.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), pipeline));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
