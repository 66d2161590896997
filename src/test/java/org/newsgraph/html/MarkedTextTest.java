package org.newsgraph.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Nesting of crossing marks and escaping, model-free. */
class MarkedTextTest {

  private static Mark mark(int start, int end, int rank, String name) {
    return new Mark(start, end, rank, "span", (first, last) ->
        " class=\"" + name + "\"" + (first ? " data-first=\"1\"" : "") + (last ? " data-last=\"1\"" : ""));
  }

  @Test
  void aCrossingOuterMarkIsCutAtTheInnerBoundary() {
    String html = MarkedText.render("abcdef", List.of(mark(0, 4, 3, "q"), mark(2, 6, 4, "ev")));
    assertEquals(
        "<span class=\"q\" data-first=\"1\" data-last=\"1\">ab<span class=\"ev\" data-first=\"1\">cd"
            + "</span></span><span class=\"ev\" data-last=\"1\">ef</span>",
        html);
  }

  @Test
  void equalSpansNestHigherRankOutside() {
    String html = MarkedText.render("xy", List.of(mark(0, 2, 0, "m"), mark(0, 2, 1, "spk")));
    assertEquals("<span class=\"spk\" data-first=\"1\" data-last=\"1\"><span class=\"m\" "
        + "data-first=\"1\" data-last=\"1\">xy</span></span>", html);
  }

  @Test
  void textIsEscapedOneCharacterForOne() {
    String text = "a<b>&\"'\r\n\u0000\ud800z";
    String html = MarkedText.render(text, List.of(mark(1, 4, 0, "m")));
    assertEquals("a<span class=\"m\" data-first=\"1\" data-last=\"1\">&lt;b&gt;</span>&amp;&quot;"
        + "&#39;&#13;\n\ufffd\ufffdz", html);
    assertEquals("a<b>&\"'\r\n\ufffd\ufffdz", Jsoup.parseBodyFragment(html).body().wholeText());
  }

  /** Random marks of three ranks: the lowest rank is never cut and the text always survives. */
  @Test
  void randomMarksNestAndKeepTheText() {
    Random random = new Random(16);
    for (int round = 0; round < 300; round++) {
      String text = "0123456789abcdefghijklmnopqrstuvwxyz".substring(0, 10 + random.nextInt(26));
      List<Mark> marks = new ArrayList<>();
      List<int[]> inner = new ArrayList<>();
      int at = 0;
      while (at < text.length() - 2) { // disjoint lowest-rank marks, like mentions
        int s = at + random.nextInt(3);
        int e = Math.min(text.length(), s + 1 + random.nextInt(3));
        marks.add(mark(s, e, 0, "m"));
        inner.add(new int[] {s, e});
        at = e + 1;
      }
      for (int i = 0; i < 6; i++) {
        int s = random.nextInt(text.length());
        int e = s + random.nextInt(text.length() - s + 1);
        marks.add(mark(s, e, 1 + random.nextInt(3), "o" + i));
      }
      Element body = Jsoup.parseBodyFragment(MarkedText.render(text, marks)).body();
      assertEquals(text, body.wholeText());
      List<String> mentions = body.select("span.m").eachText();
      assertEquals(inner.stream().map(r -> text.substring(r[0], r[1])).toList(), mentions);
      for (int i = 0; i < 6; i++) {
        String joined = String.join("", body.select("span.o" + i).stream()
            .map(Element::wholeText).toList());
        Mark m = marks.get(inner.size() + i);
        assertEquals(text.substring(m.start(), m.end()), joined, "pieces of o" + i);
      }
    }
  }
}
