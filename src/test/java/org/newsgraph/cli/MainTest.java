package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SharedPipeline;
import org.newsgraph.json.ExtractionJson;
import org.newsgraph.robustness.TestDocuments;

/**
 * The CLI end to end, in process: one record for every input, error records for bad files, exit
 * statuses, formats, --threads, atomic --out.
 */
class MainTest {

  @TempDir static Path dir;
  private static Path tree;
  private static List<String> docs;

  /**
   * tree/a.txt, tree/sub/b.txt, tree/sub/deeper/c.txt (good), tree/bad.txt (not UTF-8),
   * tree/notes.md (ignored: not *.txt).
   */
  @BeforeAll
  static void files() throws IOException {
    docs = TestDocuments.documents(3);
    tree = dir.resolve("tree");
    Files.createDirectories(tree.resolve("sub/deeper"));
    Files.writeString(tree.resolve("a.txt"), docs.get(0), StandardCharsets.UTF_8);
    Files.writeString(tree.resolve("sub/b.txt"), docs.get(1), StandardCharsets.UTF_8);
    Files.writeString(tree.resolve("sub/deeper/c.txt"), docs.get(2), StandardCharsets.UTF_8);
    byte[] bad = "Samsung said \u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(tree.resolve("bad.txt"), bad);
    Files.writeString(tree.resolve("notes.md"), "not news", StandardCharsets.UTF_8);
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      records.add(ExtractionJson.mapper().readTree(line));
    }
    return records;
  }

  @Test
  void noArgumentRunsTheBundledDemoArticle() {
    CliRun run = CliRun.of();
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("== demo:seed-china-korea.txt ==\nEntities ("), run.out());
    assertTrue(run.out().contains("\nQuotes ("), run.out());
    assertTrue(run.out().contains("\nRelations ("), run.out());
    assertEquals("", run.err());
  }

  @Test
  void theBundledDemoIsTheSeedArticle() throws IOException {
    try (var in = Main.class.getResourceAsStream(Inputs.DEMO_RESOURCE)) {
      assertEquals(SharedPipeline.seed(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyInputGivesOneRecordInOrderAndBadFilesGiveErrorRecords() throws IOException {
    Path missing = tree.resolve("missing.txt");
    CliRun run = CliRun.of("--format", "jsonl", tree.toString(), missing.toString());
    assertEquals(1, run.status(), run.err());
    List<JsonNode> records = jsonLines(run.out());
    List<String> sources = records.stream().map(r -> r.get("source").textValue()).toList();
    assertEquals(
        List.of(
            tree.resolve("a.txt").toString(),
            tree.resolve("bad.txt").toString(),
            tree.resolve("sub/b.txt").toString(),
            tree.resolve("sub/deeper/c.txt").toString(),
            missing.toString()),
        sources);
    JsonNode bad = records.get(1).get("error");
    assertEquals("NotUtf8Exception", bad.get("type").textValue());
    assertTrue(bad.get("message").textValue().contains("byte offset 13"), bad.toString());
    assertEquals("NoSuchFileException", records.get(4).get("error").get("type").textValue());
    for (int i : new int[] {0, 2, 3}) {
      assertEquals(1, records.get(i).get("schemaVersion").intValue());
      assertTrue(records.get(i).has("entities") && !records.get(i).has("error"));
    }
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("newsgraph: " + tree.resolve("bad.txt")), run.err());
  }

  @Test
  void jsonFormatIsOneArrayOfDocuments() throws IOException {
    CliRun run = CliRun.of("--format=json", tree.resolve("a.txt").toString(), "-");
    assertEquals(0, run.status(), run.err());
    JsonNode array = ExtractionJson.mapper().readTree(run.out());
    assertTrue(array.isArray());
    assertEquals(2, array.size());
    assertEquals("-", array.get(1).get("source").textValue());
  }

  @Test
  void standardInputIsADocument() throws IOException {
    CliRun run = CliRun.withStdin(docs.get(1), "--format", "jsonl", "-");
    assertEquals(0, run.status(), run.err());
    JsonNode viaStdin = jsonLines(run.out()).get(0);
    CliRun file = CliRun.of("--format", "jsonl", tree.resolve("sub/b.txt").toString());
    JsonNode viaFile = jsonLines(file.out()).get(0);
    assertEquals(viaFile.get("entities"), viaStdin.get("entities"));
    assertEquals(viaFile.get("quotes"), viaStdin.get("quotes"));
  }

  @Test
  void threadsGiveTheSameOutputAsOneThread() throws IOException {
    Path many = dir.resolve("many");
    Files.createDirectories(many);
    List<String> texts = TestDocuments.documents(12);
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(many.resolve(String.format("doc-%02d.txt", i)), texts.get(i));
    }
    CliRun one = CliRun.of("--format", "jsonl", many.toString());
    CliRun three = CliRun.of("--format", "jsonl", "--threads", "3", many.toString());
    assertEquals(0, one.status(), one.err());
    assertEquals(0, three.status(), three.err());
    assertEquals(12, one.out().lines().count());
    assertEquals(one.out(), three.out());
    CliRun text = CliRun.of("--threads", "4", many.toString());
    assertEquals(CliRun.of(many.toString()).out(), text.out());
  }

  @Test
  void outFileIsWrittenWholeAndNoTemporaryFileIsLeft() throws IOException {
    Path outDir = Files.createDirectories(dir.resolve("out"));
    Path target = outDir.resolve("result.jsonl");
    Files.writeString(target, "old content\n");
    CliRun run = CliRun.of("--format", "jsonl", "--out", target.toString(), tree.resolve("a.txt").toString(),
        tree.resolve("bad.txt").toString());
    assertEquals(1, run.status());
    assertEquals("", run.out());
    List<JsonNode> records = jsonLines(Files.readString(target));
    assertEquals(2, records.size());
    assertTrue(records.get(1).has("error"));
    try (Stream<Path> left = Files.list(outDir)) {
      assertEquals(List.of(target), left.toList());
    }
  }

  @Test
  void atomicOutputKeepsTheOldFileWhenWritingFails() throws IOException {
    Path outDir = Files.createDirectories(dir.resolve("atomic"));
    Path target = outDir.resolve("report.txt");
    Files.writeString(target, "complete old report\n");
    IOException failure = new IOException("disk on fire");
    IOException thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class,
            () ->
                AtomicOutput.write(
                    target,
                    w -> {
                      w.write("half of a new rep");
                      w.flush();
                      throw failure;
                    }));
    assertEquals(failure, thrown);
    assertEquals("complete old report\n", Files.readString(target));
    try (Stream<Path> left = Files.list(outDir)) {
      assertEquals(List.of(target), left.toList(), "the temporary file is removed");
    }
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    for (String[] args :
        List.of(
            new String[] {"--format", "xml"},
            new String[] {"--threads", "0"},
            new String[] {"--threads", "many"},
            new String[] {"--format"},
            new String[] {"--bogus"},
            new String[] {"-", "-"},
            new String[] {"--out", dir.resolve("no/such/dir/x.json").toString()},
            new String[] {"evaluate"},
            new String[] {"evaluate", "sentiment"})) {
      CliRun run = CliRun.withoutModels(args);
      assertEquals(2, run.status(), String.join(" ", args));
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("newsgraph: "), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void helpPrintsUsageAndNeedsNoModels() {
    CliRun run = CliRun.withoutModels("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: "), run.out());
    assertTrue(run.out().contains("--format text|json|jsonl"));
  }

  @Test
  void aDocumentOverTheTimeBudgetGetsAnErrorRecord() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, SharedPipeline.seed().repeat(150)); // far over 2 s, under 1M chars
    CliRun run = CliRun.of("--format", "jsonl", "--time-budget", "2000", big.toString(),
        tree.resolve("a.txt").toString());
    assertEquals(1, run.status());
    List<JsonNode> records = jsonLines(run.out());
    assertEquals("ExtractionTimeoutException", records.get(0).get("error").get("type").textValue());
    assertFalse(records.get(1).has("error"));
  }

  @Test
  void aRunErrorIsOneLineAndStatusOne() {
    CliRun run =
        CliRun.run(new byte[0], () -> {
          throw new IllegalStateException("models are missing");
        }, tree.resolve("a.txt").toString());
    assertEquals(1, run.status());
    assertEquals(List.of("newsgraph: IllegalStateException: models are missing"), run.errLines());
  }
}
