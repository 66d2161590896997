package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsMatchTheIssue() {
    BenchOptions o = BenchOptions.parse(List.of());
    assertEquals(200, o.docs());
    assertEquals(100_000, o.longTokens());
    assertEquals(2, o.threads());
    assertEquals(Path.of("testdata"), o.testdata());
    assertTrue(o.baseline());
    assertFalse(o.baselineLong());
    assertEquals(3, o.repeats());
    assertEquals(20, o.warmupDocs());
    assertEquals(120, o.warmupSeconds());
  }

  @Test
  void quickIsShortAndLaterOptionsWin() {
    BenchOptions o = BenchOptions.parse(List.of("--quick", "--docs", "12", "--threads", "3"));
    assertEquals(12, o.docs());
    assertEquals(20_000, o.longTokens());
    assertEquals(3, o.threads());
    assertEquals(1, o.repeats());
    assertEquals(15, o.warmupSeconds());
    assertEquals(5, BenchOptions.parse(List.of("--quick", "--repeats", "5")).repeats());
    assertEquals(0, BenchOptions.parse(List.of("--warmup-seconds", "0")).warmupSeconds());
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--warmup", "0")));
    assertThrows(
        IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--repeats", "0")));
  }

  @Test
  void badOptionsAreRejectedWithTheirName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--docs", "x")));
    assertTrue(e.getMessage().contains("--docs"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--threads", "0")));
    assertTrue(e.getMessage().contains("--threads (0)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--docs")));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of("--fast")));
  }

  @Test
  void benchmarkPrintsUsageAndExitsTwoOnBadArguments() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        Benchmark.run(List.of("--nope"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("unknown option '--nope'"), out);
    assertTrue(out.contains("usage: bench"), out);
  }
}
