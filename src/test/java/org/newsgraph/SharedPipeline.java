package org.newsgraph;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One {@link NewsGraph} for the whole test run (the models take about 20 s to load): every test
 * that needs the real pipeline calls {@link #get()}. Surefire runs all test classes in one JVM.
 */
public final class SharedPipeline {

  private static final Supplier<NewsGraph> INSTANCE =
      Suppliers.memoize(() -> NewsGraph.builder().build());

  private SharedPipeline() {}

  public static NewsGraph get() {
    return INSTANCE.get();
  }

  /** A file under testdata/, read as UTF-8. */
  public static String testdata(String name) {
    try {
      return Files.readString(Path.of("testdata", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed article. */
  public static String seed() {
    return testdata("seed-china-korea.txt");
  }
}
