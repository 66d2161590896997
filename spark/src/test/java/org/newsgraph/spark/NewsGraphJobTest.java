package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job end to end in local[2]: .txt, JSON Lines and Parquet in and out. */
class NewsGraphJobTest {

  @TempDir Path dir;

  private Path txtInput() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/nested"));
    for (Path p : LocalSpark.articles()) {
      Files.copy(p, (p.getFileName().toString().startsWith("seed") ? in : in.getParent())
          .resolve(p.getFileName()));
    }
    Files.writeString(in.resolve("notes.md"), "not an article");
    return in.getParent();
  }

  @Test
  void textFilesInJsonLinesOutWithEveryView() throws IOException {
    SparkSession spark = LocalSpark.get();
    Path out = dir.resolve("out");
    long n =
        NewsGraphJob.run(
            spark,
            NewsGraphJob.Options.parse(
                new String[] {"--output-format", "jsonl", txtInput().toString(), out.toString()}));
    assertEquals(LocalSpark.articles().size(), n);
    Dataset<Row> docs = spark.read().json(out.resolve("documents").toString());
    Set<String> names = new TreeSet<>();
    for (Row r : docs.select("id").collectAsList()) {
      String id = r.getString(0);
      names.add(id.substring(id.lastIndexOf('/') + 1));
    }
    Set<String> want = new TreeSet<>();
    LocalSpark.articles().forEach(p -> want.add(p.getFileName().toString()));
    assertEquals(want, names);
    long relations = spark.read().json(out.resolve("relations").toString()).count();
    assertTrue(relations > 0);
    assertEquals(
        NewsGraphSpark.relations(docs).count(),
        relations,
        "the relations view has a row for every nested relation");
    assertTrue(Files.isDirectory(out.resolve("quotes")));
    assertTrue(Files.isDirectory(out.resolve("entities")));
    assertTrue(Files.isDirectory(out.resolve("errors")));
  }

  @Test
  void parquetInParquetOutWithOtherColumnNames() {
    SparkSession spark = LocalSpark.get();
    List<Row> rows = new ArrayList<>();
    long key = 1;
    for (Path p : LocalSpark.articles()) {
      rows.add(org.apache.spark.sql.RowFactory.create(key++, LocalSpark.read(p)));
    }
    Dataset<Row> input =
        spark.createDataFrame(
            rows,
            new org.apache.spark.sql.types.StructType()
                .add("key", org.apache.spark.sql.types.DataTypes.LongType)
                .add("body", org.apache.spark.sql.types.DataTypes.StringType));
    Path in = dir.resolve("in.parquet");
    input.write().parquet(in.toString());
    Path out = dir.resolve("out-parquet");
    NewsGraphJob.run(
        spark,
        NewsGraphJob.Options.parse(
            new String[] {
              "--input-format", "parquet", "--id-column", "key", "--text-column", "body",
              "--partitions", "2", in.toString(), out.toString()
            }));
    Dataset<Row> docs = spark.read().parquet(out.resolve("documents").toString());
    assertEquals(rows.size(), docs.count());
    assertEquals("bigint", docs.schema().apply("id").dataType().simpleString());
    assertEquals(0, spark.read().parquet(out.resolve("errors").toString()).count());
  }

  @Test
  void optionsAreParsedStrictly() {
    NewsGraphJob.Options o =
        NewsGraphJob.Options.parse(
            new String[] {"--time-budget", "5000", "--input-format", "JSONL", "a", "b"});
    assertEquals(Duration.ofSeconds(5), o.budget());
    assertEquals("jsonl", o.inputFormat());
    assertEquals("parquet", o.outputFormat());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NewsGraphJob.Options.parse(new String[] {"--output-format", "csv", "a", "b"}));
    assertTrue(e.getMessage().contains("csv"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> NewsGraphJob.Options.parse(new String[] {"a"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> NewsGraphJob.Options.parse(new String[] {"--partitions", "0", "a", "b"}));
  }
}
