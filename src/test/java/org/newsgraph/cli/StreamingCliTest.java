package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;
import org.newsgraph.TestGraphs;
import org.newsgraph.json.ExtractionJson;
import org.newsgraph.robustness.TestDocuments;

/**
 * The CLI's streaming path (issue 17): records in input order on many threads, progress only when
 * asked for, an Error failing its own record, and an OutOfMemoryError that leaves --out untouched.
 */
class StreamingCliTest {

  @TempDir static Path dir;
  private static Path many;
  private static final int DOCS = 30;

  @BeforeAll
  static void files() throws IOException {
    many = Files.createDirectories(dir.resolve("many"));
    List<String> texts = TestDocuments.documents(DOCS);
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(many.resolve(String.format("doc-%02d.txt", i)), texts.get(i));
    }
  }

  private static List<JsonNode> records(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      out.add(ExtractionJson.mapper().readTree(line));
    }
    return out;
  }

  @Test
  void recordsFollowTheInputOrderOnEveryThreadCount() throws IOException {
    CliRun one = CliRun.of("--format", "jsonl", many.toString());
    assertEquals(0, one.status(), one.err());
    List<JsonNode> records = records(one.out());
    assertEquals(DOCS, records.size());
    for (int i = 0; i < DOCS; i++) {
      assertTrue(
          records.get(i).get("source").textValue().endsWith(String.format("doc-%02d.txt", i)),
          records.get(i).get("source").textValue());
    }
    for (String threads : List.of("2", "5")) {
      CliRun run = CliRun.of("--format", "jsonl", "--threads", threads, many.toString());
      assertEquals(one.out(), run.out(), threads + " threads");
    }
  }

  @Test
  void progressIsPrintedOnlyWhenAskedFor() {
    CliRun quiet = CliRun.of("--format", "jsonl", "--threads", "2", many.toString());
    assertEquals("", quiet.err());
    CliRun shown = CliRun.of("--format", "jsonl", "--threads", "2", "--progress", many.toString());
    assertEquals(quiet.out(), shown.out());
    List<String> lines = shown.errLines();
    assertFalse(lines.isEmpty());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("newsgraph: " + DOCS + "/" + DOCS + " documents in "), last);
    assertTrue(last.contains(" docs/s"), last);
  }

  @Test
  void progressLineNamesDoneRateAndTimeLeft() {
    assertEquals(
        "newsgraph: 25/100 documents in 10.0 s, 2.50 docs/s, ETA 30.0 s",
        Progress.line(25, 100, 10_000_000_000L));
    assertEquals(
        "newsgraph: 1000/100000 documents in 8m20s, 2.00 docs/s, ETA 13h45m",
        Progress.line(1000, 100_000, 500_000_000_000L));
    assertEquals("newsgraph: 4/4 documents in 2.0 s, 2.00 docs/s", Progress.line(4, 4, 2_000_000_000L));
  }

  @Test
  void anErrorInOneDocumentFailsOnlyItsRecord() throws IOException {
    Path odd = Files.createDirectories(dir.resolve("odd"));
    List<String> texts = TestDocuments.documents(4);
    Files.writeString(odd.resolve("a.txt"), texts.get(0));
    Files.writeString(odd.resolve("b.txt"), texts.get(1) + " [overflow]");
    Files.writeString(odd.resolve("c.txt"), texts.get(2) + " [assert]");
    Files.writeString(odd.resolve("d.txt"), texts.get(3));
    NewsGraph failing =
        TestGraphs.withStage(
            TestGraphs.withStage(
                SharedPipeline.get(),
                t -> t.contains("[overflow]"),
                () -> {
                  throw new StackOverflowError();
                }),
            t -> t.contains("[assert]"),
            () -> {
              throw new AssertionError("an invariant broke");
            });
    for (String threads : List.of("1", "2")) {
      CliRun run =
          CliRun.run(new byte[0], () -> failing, "--format", "jsonl", "--threads", threads,
              odd.toString());
      assertEquals(1, run.status(), run.err());
      List<JsonNode> records = records(run.out());
      assertEquals(4, records.size());
      assertFalse(records.get(0).has("error"));
      assertEquals("StackOverflowError", records.get(1).get("error").get("type").textValue());
      assertEquals("AssertionError", records.get(2).get("error").get("type").textValue());
      assertEquals(
          "an invariant broke", records.get(2).get("error").get("message").textValue());
      assertFalse(records.get(3).has("error"));
      assertEquals(SharedPipeline.get().extract(texts.get(3)).entities().size(),
          records.get(3).get("entities").size());
      assertEquals(2, run.errLines().size(), run.err());
    }
  }

  @Test
  void outOfMemoryEndsTheRunAndLeavesTheOutFileAsItWas() throws IOException {
    Path outDir = Files.createDirectories(dir.resolve("oom-out"));
    Path target = outDir.resolve("result.jsonl");
    Files.writeString(target, "the previous complete result\n");
    Path in = Files.createDirectories(dir.resolve("oom-in"));
    List<String> texts = TestDocuments.documents(6);
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(in.resolve("d" + i + ".txt"), texts.get(i) + (i == 3 ? " [oom]" : ""));
    }
    NewsGraph exhausted =
        TestGraphs.withStage(
            SharedPipeline.get(),
            t -> t.contains("[oom]"),
            () -> {
              throw new OutOfMemoryError("scripted exhaustion");
            });
    assertThrows(
        OutOfMemoryError.class,
        () ->
            CliRun.run(new byte[0], () -> exhausted, "--format", "jsonl", "--threads", "2",
                "--out", target.toString(), in.toString()));
    assertEquals("the previous complete result\n", Files.readString(target));
    try (Stream<Path> left = Files.list(outDir)) {
      assertEquals(List.of(target), left.toList(), "the temporary file is removed");
    }
  }
}
