package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Quotation-mark scanning: mark kinds, apostrophes, paragraphs, unbalanced marks. */
class QuoteMarkScannerTest {

  private static List<String> contents(String text) {
    return QuoteMarkScanner.scan(text).stream()
        .map(q -> text.substring(q.contentStart(), q.contentEnd()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "curly double | “We will win,” he said. | We will win,",
      "straight double | \"We will win,\" he said. | We will win,",
      "curly single | ‘We will win,’ he said. | We will win,",
      "straight single | 'We will win,' he said. | We will win,",
      "guillemets | «We will win» | We will win",
      "single nested in double | “He said ‘no’ to me.” | He said ‘no’ to me.",
      "apostrophes are not marks | Korea’s cars and the firms’ plans ‘rust belt’ | rust belt"})
  void findsTheQuotedWords(String name, String text, String expected) {
    assertEquals(List.of(expected), contents(text), name);
  }

  @Test
  void apostrophesAloneGiveNothing() {
    assertEquals(List.of(), contents("Korea’s cars don't sell; the firms’ plans ’90s"));
  }

  @Test
  void aQuoteOverParagraphsReopensEachAndClosesOnce() {
    String text = "“We will meet.\n\n“We will talk.\n\n“We will agree,” he said.";
    List<QuoteSpan> qs = QuoteMarkScanner.scan(text);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).paragraphs());
    assertEquals("We will meet.\n\n“We will talk.\n\n“We will agree,",
        text.substring(qs.get(0).contentStart(), qs.get(0).contentEnd()));
  }

  @Test
  void anUnclosedQuoteEndsWithItsLine() {
    String text = "“We will meet every year, he said.\n\nThe rest of the story is not quoted.";
    List<QuoteSpan> qs = QuoteMarkScanner.scan(text);
    assertEquals(1, qs.size());
    assertFalse(qs.get(0).closed());
    assertEquals("We will meet every year, he said.",
        text.substring(qs.get(0).contentStart(), qs.get(0).contentEnd()));
  }

  @Test
  void anUnclosedSingleMarkIsAnApostrophe() {
    assertEquals(List.of(), contents("the ‘rust belt region\n\nnext"));
  }

  @Test
  void emptyAndMarkOnlyTextsGiveNothing() {
    assertEquals(List.of(), contents(""));
    assertEquals(List.of(), contents("   "));
    assertEquals(List.of(), contents("“”\"\"‘’''“ ” \" \""));
    assertEquals(List.of(), contents("“\n“\n“"));
  }

  @Test
  void linearOnALongText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append("He said: “We will win.” Korea’s cars. \"Unclosed\n");
    }
    assertEquals(40_000, QuoteMarkScanner.scan(b.toString()).size());
  }
}
