package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Extraction;
import org.newsgraph.Relation;
import org.newsgraph.json.ExtractionJson;

/**
 * Spark's output for testdata's articles equals the library's {@code extract} on each: the nested
 * columns, written as JSON, are newsgraph's JSON (entities, quotes, relations, field for field),
 * and the flat views hold one row per relation, quote and entity. Runs CoreNLP on the class path
 * that Spark's versions (Jackson 2.21, slf4j 2, servlet 6, commons-lang3 3.20) make.
 */
class SparkExtractTest {

  private static final StructType INPUT =
      new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  private static Map<String, String> texts;
  private static Map<String, Extraction> expected;
  private static Dataset<Row> docs;

  @BeforeAll
  static void extract() {
    texts = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Path p : LocalSpark.articles()) {
      String id = p.getFileName().toString();
      texts.put(id, LocalSpark.read(p));
      rows.add(RowFactory.create(id, texts.get(id)));
    }
    assertTrue(texts.size() >= 3, texts.keySet().toString());
    rows.add(RowFactory.create("no-text", null));
    Dataset<Row> input = LocalSpark.get().createDataFrame(rows, INPUT).repartition(2);
    docs = NewsGraphSpark.extract(input).cache();
    expected = new HashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      expected.put(e.getKey(), ExecutorGraph.get().extract(e.getValue()));
    }
  }

  @Test
  void nestedColumnsAreTheLibrarysJsonForEveryArticle() throws Exception {
    List<String> json = docs.toJSON().collectAsList();
    assertEquals(texts.size() + 1, json.size());
    int compared = 0;
    for (String line : json) {
      ObjectNode spark = (ObjectNode) ExtractionJson.mapper().readTree(line);
      String id = spark.get("id").textValue();
      if (id.equals("no-text")) {
        continue;
      }
      assertTrue(spark.get("error").isNull(), line);
      ObjectNode library = ExtractionJson.toTree(expected.get(id), id);
      for (String field : List.of("entities", "quotes", "relations")) {
        assertEquals(library.get(field), spark.get(field), id + ": " + field);
      }
      compared++;
    }
    assertEquals(texts.size(), compared);
    assertTrue(
        expected.values().stream().mapToInt(x -> x.relations().size()).sum() > 0,
        "the articles have relations to compare");
  }

  @Test
  void aFailingDocumentGetsAnErrorAndTheJobGoesOn() {
    Row failed = docs.where("id = 'no-text'").first();
    Row error = failed.getStruct(failed.fieldIndex("error"));
    assertEquals("NullPointerException", error.getString(0));
    assertTrue(failed.getList(failed.fieldIndex("entities")).isEmpty());
    List<Row> errors = NewsGraphSpark.errors(docs).collectAsList();
    assertEquals(1, errors.size());
    assertEquals("no-text", errors.get(0).getString(0));
  }

  @Test
  void theRelationViewHasOneRowPerRelation() {
    List<Row> rows = NewsGraphSpark.relations(docs).orderBy("id").collectAsList();
    List<Relation> all = new ArrayList<>();
    texts.keySet().stream().sorted().forEach(id -> all.addAll(expected.get(id).relations()));
    assertEquals(all.size(), rows.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : rows) {
      String id = r.getString(0);
      int k = seen.merge(id, 1, Integer::sum) - 1;
      Relation want = expected.get(id).relations().get(k);
      assertEquals(want.type().name(), r.getAs("type"));
      assertEquals(want.country(), r.getAs("country"));
      assertEquals(want.sector().id(), r.getAs("sector"));
      assertEquals(want.counterpart().orElse(null), r.getAs("counterpart"));
      assertEquals(want.evidence().text(), r.getAs("evidence"));
      assertEquals((Integer) want.evidence().start(), r.getAs("evidenceStart"));
      assertEquals(want.quoteId().orElse(null), r.getAs("quote"));
    }
  }

  @Test
  void theQuoteAndEntityViewsHaveOneRowEach() {
    long quotes = expected.values().stream().mapToLong(x -> x.quotes().size()).sum();
    long entities = expected.values().stream().mapToLong(x -> x.entities().size()).sum();
    assertTrue(quotes > 0 && entities > 0);
    assertEquals(quotes, NewsGraphSpark.quotes(docs).count());
    assertEquals(entities, NewsGraphSpark.entities(docs).count());
    Row speaker =
        NewsGraphSpark.quotes(docs).where("speaker IS NOT NULL").orderBy("id", "quote").first();
    assertFalse(speaker.<String>getAs("text").isEmpty());
    Row entity = NewsGraphSpark.entities(docs).orderBy("id", "entity").first();
    assertTrue(entity.<Integer>getAs("mentions") > 0);
    assertTrue(NewsGraphSpark.entities(docs).where("mentions = 0").isEmpty());
  }

  @Test
  void aMissingOrNonStringColumnIsRefused() {
    Dataset<Row> input =
        LocalSpark.get().createDataFrame(List.of(RowFactory.create("a", "b")), INPUT);
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> NewsGraphSpark.extract(input, "id", "body"));
    assertTrue(missing.getMessage().contains("no column body"), missing.getMessage());
    Dataset<Row> numbers = input.selectExpr("id", "length(text) AS text");
    IllegalArgumentException notText =
        assertThrows(IllegalArgumentException.class, () -> NewsGraphSpark.extract(numbers));
    assertTrue(notText.getMessage().contains("not a string"), notText.getMessage());
  }
}
