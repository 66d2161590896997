package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: {@code local[2]}, bound to 127.0.0.1 (with SPARK_LOCAL_IP set by the POM), UI
 * off, two shuffle partitions, JSON written with its nulls. One session for the test JVM.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("newsgraph-spark-test")
              .config("spark.ui.enabled", false)
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", 2)
              .config("spark.sql.jsonGenerator.ignoreNullFields", false)
              .getOrCreate();
    }
    return session;
  }

  /** testdata/ of the newsgraph checkout (system property newsgraph.testdata, set by the POM). */
  static Path testdata() {
    return Path.of(System.getProperty("newsgraph.testdata", "../testdata"));
  }

  /** The articles: every *.txt directly under testdata/ and testdata/bench/, by path. */
  static List<Path> articles() {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(testdata(), testdata().resolve("bench"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
