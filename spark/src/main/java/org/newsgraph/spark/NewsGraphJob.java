package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit job: reads a directory of {@code .txt} files, JSON Lines or Parquet, extracts,
 * and writes the documents and the flat views as Parquet or JSON Lines under the output
 * directory: {@code documents/}, {@code relations/}, {@code quotes/}, {@code entities/}, {@code
 * errors/}. See {@link #USAGE}. Exit status: 0 done, 2 usage error.
 */
public final class NewsGraphJob {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: spark-submit --class org.newsgraph.spark.NewsGraphJob newsgraph-spark.jar \\",
          "         [--input-format txt|jsonl|parquet] [--output-format parquet|jsonl] \\",
          "         [--id-column id] [--text-column text] [--time-budget MS] [--partitions N] \\",
          "         INPUT OUTPUT",
          "txt: every *.txt file under INPUT (recursively), id = its path; jsonl and parquet: rows",
          "with an id and a text column. OUTPUT/documents holds one row per input (nested columns",
          "and an error column); OUTPUT/relations, quotes, entities and errors the flat views.");

  private NewsGraphJob() {}

  /** The job's settings, parsed from its arguments. */
  record Options(
      String input,
      String output,
      String inputFormat,
      String outputFormat,
      String idColumn,
      String textColumn,
      Duration budget,
      int partitions) {

    static Options parse(String[] args) {
      String inputFormat = "txt";
      String outputFormat = "parquet";
      String id = "id";
      String text = "text";
      Duration budget = Duration.ZERO;
      int partitions = 0;
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!a.startsWith("--")) {
          paths.add(a);
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--input-format" -> inputFormat = oneOf(a, v, "txt", "jsonl", "parquet");
          case "--output-format" -> outputFormat = oneOf(a, v, "parquet", "jsonl");
          case "--id-column" -> id = v;
          case "--text-column" -> text = v;
          case "--time-budget" -> budget = Duration.ofMillis(positive(a, v));
          case "--partitions" -> partitions = (int) positive(a, v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (paths.size() != 2) {
        throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + paths);
      }
      return new Options(
          paths.get(0), paths.get(1), inputFormat, outputFormat, id, text, budget, partitions);
    }

    private static String oneOf(String option, String value, String... allowed) {
      for (String s : allowed) {
        if (s.equals(value.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          option + " is " + value + ", expected one of " + String.join("|", allowed));
    }

    private static long positive(String option, String value) {
      try {
        long n = Long.parseLong(value);
        if (n < 1 || n > Integer.MAX_VALUE) {
          throw new IllegalArgumentException(
              option + " (" + n + ") must be between 1 and " + Integer.MAX_VALUE);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number, not " + value);
      }
    }
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph-spark: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("newsgraph").getOrCreate();
    try {
      run(spark, options);
    } finally {
      spark.stop();
    }
  }

  /** Reads, extracts and writes; returns the number of documents. */
  static long run(SparkSession spark, Options o) {
    Dataset<Row> input = read(spark, o);
    if (o.partitions() > 0) {
      input = input.repartition(o.partitions());
    }
    Dataset<Row> docs =
        NewsGraphSpark.extract(input, o.idColumn(), o.textColumn(), o.budget()).cache();
    try {
      write(docs, o, "documents");
      write(NewsGraphSpark.relations(docs), o, "relations");
      write(NewsGraphSpark.quotes(docs), o, "quotes");
      write(NewsGraphSpark.entities(docs), o, "entities");
      write(NewsGraphSpark.errors(docs), o, "errors");
      return docs.count();
    } finally {
      docs.unpersist();
    }
  }

  /** The input as rows with the id and text columns. */
  static Dataset<Row> read(SparkSession spark, Options o) {
    return switch (o.inputFormat()) {
      case "txt" -> spark
          .read()
          .option("wholetext", true)
          .option("recursiveFileLookup", true)
          .option("pathGlobFilter", "*.txt")
          .text(o.input())
          .select(col("_metadata.file_path").as(o.idColumn()), col("value").as(o.textColumn()));
      case "jsonl" -> spark.read().json(o.input());
      case "parquet" -> spark.read().parquet(o.input());
      default -> throw new IllegalArgumentException("input format " + o.inputFormat());
    };
  }

  private static void write(Dataset<Row> data, Options o, String name) {
    String path = o.output() + "/" + name;
    if (o.outputFormat().equals("jsonl")) {
      data.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", false).json(path);
    } else {
      data.write().mode(SaveMode.ErrorIfExists).parquet(path);
    }
  }
}
