package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.ConllReader.Document;

/** The wwn-dev reader: token alignment, label mapping and the fixed split, on invented articles. */
class WwnReaderTest {

  private static final String TEXT =
      "https://example.org/news/1\n\nHarbour Minister Lee Ga-eun visited Port Oriel on Monday.\n\n"
          + "The Coastal Workers' Union (CWU) welcomed her, a Oriel official said.\n";

  private static final List<String> TOKENS =
      List.of(
          "https://example.org/news/1\tO",
          "",
          "Harbour\tO",
          "Minister\tO",
          "Lee\tB-Person",
          "Ga-eun\tI-Person",
          "visited\tO",
          "Port\tB-Location",
          "Oriel\tI-Location",
          "on\tO",
          "Monday\tB-Date",
          ".\tO",
          "",
          "The\tO",
          "Coastal\tB-Organization",
          "Workers\tI-Organization",
          "'\tI-Organization",
          "Union\tI-Organization",
          "(\tO",
          "CWU    S-Organization", // spaces instead of a tab, BIOES single
          ")\tO",
          "welcomed\tO",
          "her\tO",
          ",\tO",
          "a\tO",
          "Oriel\tB-NORP",
          "official\tO",
          "said\tO",
          ".\tO");

  private static List<String> gold(Document d) {
    return d.gold().stream()
        .map(g -> g.label() + ":" + d.text().substring(g.start(), g.end()))
        .toList();
  }

  @Test
  void alignsTokensToThePublishedTextAndMapsTheLabels() {
    WwnReader.Article a = WwnReader.parse("harbour_1.txt", TEXT, TOKENS);
    assertEquals(TEXT, a.document().text());
    assertEquals(3, a.document().sentences());
    assertEquals(0, a.unaligned());
    assertEquals(
        List.of("PER:Lee Ga-eun", "LOC:Port Oriel", "ORG:Coastal Workers' Union", "ORG:CWU"),
        gold(a.document()));
  }

  @Test
  void aMentionWithATokenMissingFromTheTextIsCountedNotPlaced() {
    String text = "Minister Lee Ga\u00e9un visited Oriel.";
    List<String> tokens =
        List.of("Minister\tO", "Lee\tB-Person", "Gaxun\tI-Person", "visited\tO",
            "Oriel\tB-Location", ".\tO");
    WwnReader.Article a = WwnReader.parse("x.txt", text, tokens);
    assertEquals(1, a.unaligned());
    assertEquals(List.of("LOC:Oriel"), gold(a.document()));
  }

  @Test
  void theSplitIsTheParityOfTheFileNamesCrc32() {
    // CRC-32 of "harbour_7.txt" is 3404775620 (even), of "harbour_8.txt" 1218467605 (odd).
    assertTrue(WwnReader.isTuning("harbour_7.txt"));
    assertFalse(WwnReader.isTuning("harbour_8.txt"));
    assertEquals(WwnReader.Part.HELDOUT, WwnReader.Part.parse("heldout"));
    assertThrows(IllegalArgumentException.class, () -> WwnReader.Part.parse("train"));
  }

  @Test
  void readsOnePartOfADirectory(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("original_articles"));
    Files.createDirectories(dir.resolve("processed_annotated"));
    for (String name : List.of("harbour_7.txt", "harbour_8.txt")) {
      Files.writeString(dir.resolve("original_articles").resolve(name), TEXT);
      Files.write(dir.resolve("processed_annotated").resolve(name + ".tsv"), TOKENS);
    }
    assertEquals(
        List.of("harbour_7.txt"),
        WwnReader.read(dir, WwnReader.Part.TUNE).stream().map(WwnReader.Article::name).toList());
    assertEquals(
        List.of("harbour_8.txt"),
        WwnReader.read(dir, WwnReader.Part.HELDOUT).stream().map(WwnReader.Article::name).toList());
    assertEquals(2, WwnReader.read(dir, WwnReader.Part.ALL).size());
  }
}
