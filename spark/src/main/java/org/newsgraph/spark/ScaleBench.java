package org.newsgraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's side of the scale benchmark ({@code bench/scale.py --spark}): extraction throughput in
 * {@code local[N]} after start-up, on a directory of {@code .txt} files. The session starts, the
 * first quarter of the documents (by path) runs untimed (it loads the models into this JVM and
 * warms the JIT up, as the CLI's first quarter does in its measurement), then the other three
 * quarters are extracted and written as JSON Lines, timed. Prints one line: {@code spark-bench
 * docs N seconds S docs/s R}.
 *
 * <p>Usage: {@code ScaleBench DIR WORKDIR [THREADS]} (the JVM needs the options spark-submit adds;
 * see docs/scale.md, section "Spark").
 */
public final class ScaleBench {

  private ScaleBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("Usage: ScaleBench DIR WORKDIR [THREADS]");
      System.exit(2);
    }
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + threads + "]")
            .appName("newsgraph-scale-bench")
            .config("spark.ui.enabled", false)
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      NewsGraphJob.Options o =
          NewsGraphJob.Options.parse(new String[] {args[0], work.resolve("out").toString()});
      Dataset<Row> all = NewsGraphJob.read(spark, o).orderBy("id").cache();
      long n = all.count();
      long warm = n / 4;
      Dataset<Row> first = all.limit((int) warm);
      Dataset<Row> rest = all.except(first);
      int partitions = threads * 4;
      long t0 = System.nanoTime();
      NewsGraphSpark.extract(first.repartition(partitions))
          .write()
          .mode(SaveMode.Overwrite)
          .json(work.resolve("warm").toString());
      double warmSeconds = (System.nanoTime() - t0) / 1e9;
      long timed = rest.count();
      Dataset<Row> restParts = rest.repartition(partitions).cache();
      restParts.count();
      long t1 = System.nanoTime();
      NewsGraphSpark.extract(restParts)
          .write()
          .mode(SaveMode.Overwrite)
          .json(work.resolve("timed").toString());
      double seconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "spark-bench docs %d seconds %.2f docs/s %.3f (untimed first quarter: %d docs, %.1f s)%n",
          timed,
          seconds,
          timed / seconds,
          warm,
          warmSeconds);
    } finally {
      spark.stop();
    }
  }
}
