package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Undoing the hard wraps of wire copy, on texts written for the test. */
class HardWrapsTest {

  private static final String WRAPPED =
      "FARMERS EXPECT BIGGER HARVEST\n\n"
          + "The ministry said on Monday that the barley\n"
          + "harvest would reach a record this year after\n"
          + "good rains in the spring and the summer.\n"
          + "    It added that exports to the region would\n"
          + "grow as well, officials told reporters.\n";

  @Test
  void wrappedLinesBecomeSpacesAndTheLengthStays() {
    String out = TextLayout.of(WRAPPED).unwrapped();
    assertEquals(WRAPPED.length(), out.length());
    assertEquals(' ', out.charAt(WRAPPED.indexOf("barley\n") + "barley".length()));
    assertEquals(' ', out.charAt(WRAPPED.indexOf("after\n") + "after".length()));
    assertEquals(' ', out.charAt(WRAPPED.indexOf("would\n") + "would".length()));
  }

  @Test
  void blankLinesAndIndentedParagraphsStay() {
    String out = TextLayout.of(WRAPPED).unwrapped();
    assertEquals("\n\n", out.substring(WRAPPED.indexOf("HARVEST") + 7, WRAPPED.indexOf("HARVEST") + 9));
    assertEquals('\n', out.charAt(WRAPPED.indexOf("summer.\n") + "summer.".length()));
  }

  @Test
  void aShortLineBeforeACapitalStays() {
    String text = "Heading\n\nRelated stories\nMarkets close higher\nBanks gain on the week\n";
    assertSame(text, TextLayout.of(text).unwrapped());
  }

  @Test
  void aShortLineBeforeALowerCaseWordIsAWrap() {
    String text = "TITLE\n\nA drought has cut\nthe maize harvest of the region by a third, the report said.\n";
    String out = TextLayout.of(text).unwrapped();
    assertEquals(' ', out.charAt(text.indexOf("cut\n") + 3));
  }

  @Test
  void textsWithOneParagraphPerLongLineAreLeftAlone() {
    String line = "A paragraph of news prose that runs well past a hundred characters on its one line, "
        + "as many outlets publish them today.";
    String text = "Title\n\n" + line + "\n" + line + "\n" + line;
    assertSame(text, TextLayout.of(text).unwrapped());
  }
}
