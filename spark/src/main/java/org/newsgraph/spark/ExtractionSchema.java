package org.newsgraph.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an extracted document: the input's {@code id}, then {@code entities},
 * {@code quotes} and {@code relations} as arrays of structs whose fields mirror newsgraph's JSON
 * (schema version 1, docs/json.md) name for name, and {@code error}, a struct
 * {@code (type, message)} that is null when the document succeeded. A failed document has empty
 * arrays. Offsets are UTF-16 indices into the text, end exclusive. Absent values are null.
 */
public final class ExtractionSchema {

  private ExtractionSchema() {}

  /** {@code {text, start, end}}: a piece of the input. */
  public static final StructType SPAN =
      struct(field("text", DataTypes.StringType), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType));

  /** One mention of an entity: a span and its kind. */
  public static final StructType MENTION = SPAN.add(field("kind", DataTypes.StringType));

  /** One entity with its mentions. */
  public static final StructType ENTITY =
      struct(
          field("id", DataTypes.StringType),
          field("type", DataTypes.StringType),
          field("subtype", DataTypes.StringType),
          field("name", DataTypes.StringType),
          field("country", DataTypes.StringType),
          field("mentions", array(MENTION)));

  /** The speaker of a quote: the mention's span and who it is. */
  public static final StructType SPEAKER =
      SPAN.add(field("entity", DataTypes.StringType))
          .add(field("name", DataTypes.StringType))
          .add(field("role", DataTypes.StringType))
          .add(field("organization", DataTypes.StringType))
          .add(field("kind", DataTypes.StringType))
          .add(field("confidence", DataTypes.DoubleType));

  /** The outlet a quote came through. */
  public static final StructType OUTLET =
      SPAN.add(field("entity", DataTypes.StringType)).add(field("name", DataTypes.StringType));

  /** One quote. */
  public static final StructType QUOTE =
      struct(
          field("id", DataTypes.StringType),
          field("type", DataTypes.StringType),
          field("text", DataTypes.StringType),
          field("start", DataTypes.IntegerType),
          field("end", DataTypes.IntegerType),
          field("cue", SPAN),
          field("cueKind", DataTypes.StringType),
          field("speaker", SPEAKER),
          field("via", OUTLET),
          field("confidence", DataTypes.DoubleType),
          field("rule", DataTypes.StringType));

  /** One country–sector relation. */
  public static final StructType RELATION =
      struct(
          field("type", DataTypes.StringType),
          field("country", DataTypes.StringType),
          field("countryEntity", DataTypes.StringType),
          field("sector", DataTypes.StringType),
          field("counterpart", DataTypes.StringType),
          field("trigger", SPAN),
          field("evidence", SPAN),
          field("quote", DataTypes.StringType),
          field("rule", DataTypes.StringType));

  /** Why a document failed: the exception's simple class name and its message. */
  public static final StructType ERROR =
      struct(field("type", DataTypes.StringType), field("message", DataTypes.StringType));

  /** The document: {@code id, entities, quotes, relations, error}. */
  public static StructType document(DataType idType) {
    return struct(
        field("id", idType),
        field("entities", array(ENTITY)),
        field("quotes", array(QUOTE)),
        field("relations", array(RELATION)),
        field("error", ERROR));
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }
}
