package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Paragraphs and lines of texts written for the test. */
class TextLayoutTest {

  @Test
  void blankLinesEndParagraphs() {
    String text = "one\nstill one\n\ntwo\n \t\nthree";
    TextLayout p = TextLayout.of(text);
    assertEquals(0, p.paragraphAt(text.indexOf("still")));
    assertEquals(1, p.paragraphAt(text.indexOf("two")));
    assertEquals(2, p.paragraphAt(text.indexOf("three")));
  }

  @Test
  void withoutBlankLinesEveryLineIsAParagraph() {
    String text = "one\ntwo\r\nthree";
    TextLayout p = TextLayout.of(text);
    assertEquals(0, p.paragraphAt(0));
    assertEquals(1, p.paragraphAt(text.indexOf("two")));
    assertEquals(2, p.paragraphAt(text.indexOf("three")));
  }

  @Test
  void aTitleThenOneLongParagraphPerLine() {
    String para = "A paragraph of news prose that runs well past a hundred characters on its one line, "
        + "as many outlets publish them.";
    String text = "Title\n\n" + para + " First.\n" + para + " Second.\n" + para + " Third.";
    TextLayout p = TextLayout.of(text);
    assertEquals(0, p.paragraphAt(0));
    assertEquals(1, p.paragraphAt(text.indexOf("First")));
    assertEquals(2, p.paragraphAt(text.indexOf("Second")));
    assertEquals(3, p.paragraphAt(text.indexOf("Third")));
  }

  @Test
  void hardWrappedParagraphsStayWhole() {
    String text = "Wire copy wraps its\nparagraphs into short\nlines.\n\nThe next one\nas well.";
    TextLayout p = TextLayout.of(text);
    assertEquals(0, p.paragraphAt(text.indexOf("lines.")));
    assertEquals(1, p.paragraphAt(text.indexOf("as well")));
  }

  @Test
  void manyParagraphsAndEmptyText() {
    String text = "p\n\n".repeat(100) + "last";
    assertEquals(100, TextLayout.of(text).paragraphAt(text.indexOf("last")));
    assertEquals(0, TextLayout.of("").paragraphAt(0));
  }

  @Test
  void everyNonBlankLineIsALine() {
    TextLayout lines = TextLayout.of("One line.\nTwo line.\n\n  \nThree.");
    assertEquals(0, lines.lineAt(0));
    assertEquals(0, lines.lineAt(8));
    assertEquals(1, lines.lineAt(10));
    assertEquals(2, lines.lineAt(27));
    assertEquals(-1, TextLayout.of("\n\nA").lineAt(0));
  }
}
