package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.time.Duration;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * newsgraph on Spark: from a Dataset with an id and a text column to a Dataset of extracted
 * documents ({@link ExtractionSchema#document}: typed nested columns that mirror the JSON output,
 * and an error column per document instead of a failed job), and the flat views people query: one
 * row per relation, per quote, per entity.
 *
 * <pre>{@code
 * Dataset<Row> docs = NewsGraphSpark.extract(articles, "id", "text");
 * NewsGraphSpark.relations(docs).groupBy("country", "sector").count().show();
 * }</pre>
 *
 * <p>Extraction runs in {@code mapPartitions}: each executor JVM builds one {@link
 * org.newsgraph.NewsGraph} on first use ({@link ExecutorGraph}) and shares it among its task
 * threads; nothing big is serialised. Executors need about 2 GB of heap for the models, and the
 * JVM options of docs/scale.md, section "Spark".
 */
public final class NewsGraphSpark {

  private NewsGraphSpark() {}

  /** {@link #extract(Dataset, String, String)} on the columns {@code id} and {@code text}. */
  public static Dataset<Row> extract(Dataset<Row> input) {
    return extract(input, "id", "text");
  }

  /**
   * Extracts every row's text. The result has one row per input row: {@code id} (the input's id
   * column, same type), {@code entities}, {@code quotes}, {@code relations} and {@code error}.
   *
   * @throws IllegalArgumentException if a column is missing or the text column is not a string
   */
  public static Dataset<Row> extract(Dataset<Row> input, String idColumn, String textColumn) {
    return extract(input, idColumn, textColumn, Duration.ZERO);
  }

  /**
   * As {@link #extract(Dataset, String, String)}, with a time budget per document: a document that
   * takes longer gets an {@code ExtractionTimeoutException} error. {@link Duration#ZERO}: none.
   */
  public static Dataset<Row> extract(
      Dataset<Row> input, String idColumn, String textColumn, Duration budget) {
    checkNotNull(input, "input");
    checkNotNull(budget, "budget");
    checkArgument(!budget.isNegative(), "budget (%s) must not be negative", budget);
    StructType schema = input.schema();
    int id = index(schema, idColumn);
    int text = index(schema, textColumn);
    DataType textType = schema.fields()[text].dataType();
    checkArgument(
        textType.equals(DataTypes.StringType),
        "text column %s is %s, not a string",
        textColumn,
        textType.simpleString());
    StructType out = ExtractionSchema.document(schema.fields()[id].dataType());
    return input.mapPartitions(
        new PartitionExtractor(id, text, budget.toMillis()), Encoders.row(out));
  }

  /**
   * One row per relation: {@code id, type, country, countryEntity, sector, counterpart, evidence,
   * evidenceStart, evidenceEnd, trigger, quote, rule}.
   */
  public static Dataset<Row> relations(Dataset<Row> documents) {
    return documents
        .select(col("id"), explode(col("relations")).as("r"))
        .select(
            col("id"),
            col("r.type").as("type"),
            col("r.country").as("country"),
            col("r.countryEntity").as("countryEntity"),
            col("r.sector").as("sector"),
            col("r.counterpart").as("counterpart"),
            col("r.evidence.text").as("evidence"),
            col("r.evidence.start").as("evidenceStart"),
            col("r.evidence.end").as("evidenceEnd"),
            col("r.trigger.text").as("trigger"),
            col("r.quote").as("quote"),
            col("r.rule").as("rule"));
  }

  /**
   * One row per quote: {@code id, quote, type, text, start, end, cue, cueKind, speaker, speakerKind,
   * speakerEntity, role, organization, via, confidence, rule}.
   */
  public static Dataset<Row> quotes(Dataset<Row> documents) {
    return documents
        .select(col("id"), explode(col("quotes")).as("q"))
        .select(
            col("id"),
            col("q.id").as("quote"),
            col("q.type").as("type"),
            col("q.text").as("text"),
            col("q.start").as("start"),
            col("q.end").as("end"),
            col("q.cue.text").as("cue"),
            col("q.cueKind").as("cueKind"),
            col("q.speaker.name").as("speaker"),
            col("q.speaker.kind").as("speakerKind"),
            col("q.speaker.entity").as("speakerEntity"),
            col("q.speaker.role").as("role"),
            col("q.speaker.organization").as("organization"),
            col("q.via.name").as("via"),
            col("q.confidence").as("confidence"),
            col("q.rule").as("rule"));
  }

  /** One row per entity: {@code id, entity, type, subtype, name, country, mentions} (a count). */
  public static Dataset<Row> entities(Dataset<Row> documents) {
    return documents
        .select(col("id"), explode(col("entities")).as("e"))
        .select(
            col("id"),
            col("e.id").as("entity"),
            col("e.type").as("type"),
            col("e.subtype").as("subtype"),
            col("e.name").as("name"),
            col("e.country").as("country"),
            size(col("e.mentions")).as("mentions"));
  }

  /** The documents that failed: {@code id, errorType, errorMessage}. */
  public static Dataset<Row> errors(Dataset<Row> documents) {
    return documents
        .where(col("error").isNotNull())
        .select(col("id"), col("error.type").as("errorType"), col("error.message").as("errorMessage"));
  }

  private static int index(StructType schema, String column) {
    checkNotNull(column, "column");
    checkArgument(
        Arrays.asList(schema.fieldNames()).contains(column),
        "no column %s in %s",
        column,
        schema.simpleString());
    return schema.fieldIndex(column);
  }
}
