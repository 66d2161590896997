package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphIndexTest {

  @Test
  void blankLinesEndParagraphs() {
    String text = "one\nstill one\n\ntwo\n \t\nthree";
    ParagraphIndex p = ParagraphIndex.of(text);
    assertEquals(0, p.paragraphAt(text.indexOf("still")));
    assertEquals(1, p.paragraphAt(text.indexOf("two")));
    assertEquals(2, p.paragraphAt(text.indexOf("three")));
  }

  @Test
  void withoutBlankLinesEveryLineIsAParagraph() {
    String text = "one\ntwo\r\nthree";
    ParagraphIndex p = ParagraphIndex.of(text);
    assertEquals(0, p.paragraphAt(0));
    assertEquals(1, p.paragraphAt(text.indexOf("two")));
    assertEquals(2, p.paragraphAt(text.indexOf("three")));
  }

  @Test
  void aTitleThenOneLongParagraphPerLine() {
    String para = "A paragraph of news prose that runs well past a hundred characters on its one line, "
        + "as many outlets publish them.";
    String text = "Title\n\n" + para + " First.\n" + para + " Second.\n" + para + " Third.";
    ParagraphIndex p = ParagraphIndex.of(text);
    assertEquals(0, p.paragraphAt(0));
    assertEquals(1, p.paragraphAt(text.indexOf("First")));
    assertEquals(2, p.paragraphAt(text.indexOf("Second")));
    assertEquals(3, p.paragraphAt(text.indexOf("Third")));
  }

  @Test
  void hardWrappedParagraphsStayWhole() {
    String text = "Wire copy wraps its\nparagraphs into short\nlines.\n\nThe next one\nas well.";
    ParagraphIndex p = ParagraphIndex.of(text);
    assertEquals(0, p.paragraphAt(text.indexOf("lines.")));
    assertEquals(1, p.paragraphAt(text.indexOf("as well")));
  }

  @Test
  void manyParagraphsAndEmptyText() {
    String text = "p\n\n".repeat(100) + "last";
    assertEquals(100, ParagraphIndex.of(text).paragraphAt(text.indexOf("last")));
    assertEquals(0, ParagraphIndex.of("").paragraphAt(0));
  }
}
