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
  void manyParagraphsAndEmptyText() {
    String text = "p\n\n".repeat(100) + "last";
    assertEquals(100, ParagraphIndex.of(text).paragraphAt(text.indexOf("last")));
    assertEquals(0, ParagraphIndex.of("").paragraphAt(0));
  }
}
