package org.newsgraph.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.SharedPipeline;

/** The page's structure (jsoup) on the seed article, and escaping of hostile text. */
class ExtractionHtmlTest {

  /** Invented text with markup, quotes and ampersands where a page could break. */
  static final String HOSTILE =
      "Mara Velt, chief engineer at Orbis & Lund, said \"the <script>window.pwned = 1</script> plant "
          + "in Poland will open in May\".\r\n\r\nThe board wrote </textarea><b>bold</b> in a memo, "
          + "and Velt said Vietnam leads in chip packaging & testing.\n<img src=x onerror=alert(1)> "
          + "&amp; <!-- not a comment --> 'single' end.";

  private static Document page(String text, Extraction x) {
    return Jsoup.parse(ExtractionHtml.render("doc <1> & \"two\"", text, x));
  }

  @Test
  void seedPageHasTheTextTheMentionsQuotesAndRelations() {
    String seed = SharedPipeline.seed();
    Extraction x = SharedPipeline.get().extract(seed);
    Document doc = page(seed, x);
    assertEquals(1, doc.select("section.doc").size());
    Element text = doc.selectFirst("section.doc .text");
    assertEquals(seed, text.wholeText(), "the page's text is the input, character for character");

    List<Mention> mentions = x.entities().stream().flatMap(e -> e.mentions().stream())
        .sorted(Comparator.comparingInt(Mention::start)).toList();
    Elements marks = text.select("mark[data-e]");
    assertEquals(mentions.stream().map(Mention::text).toList(), marks.eachText(), "one mark per mention");
    for (int i = 0; i < x.entities().size(); i++) {
      Entity e = x.entities().get(i);
      Elements ofEntity = text.select("mark[data-e=d1-e" + i + "]");
      assertEquals(e.mentions().size(), ofEntity.size(), e.name());
      assertTrue(ofEntity.hasClass("t-" + e.type().name().toLowerCase()), e.name());
      assertTrue(ofEntity.first().attr("title").contains(e.name() + " — " + e.type()));
      e.country().ifPresent(c -> assertTrue(ofEntity.first().attr("title").contains("country " + c)));
      for (int m = 0; m < e.mentions().size(); m++) {
        assertTrue(ofEntity.get(m).hasClass("k-" + e.mentions().get(m).kind().name().toLowerCase()));
      }
    }
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.kind() == MentionKind.DEMONYM), "the seed has demonyms");
    assertFalse(text.select("mark.k-demonym").isEmpty());

    for (int i = 0; i < x.quotes().size(); i++) {
      Quote q = x.quotes().get(i);
      Elements pieces = text.select("span.q[data-q=d1-q" + i + "]");
      assertEquals(q.text(), joined(pieces), "quote " + q.id());
      assertTrue(pieces.hasClass("q-" + q.type().name().toLowerCase()));
      assertTrue(pieces.last().hasClass("q-end"));
      q.speaker().ifPresent(s -> assertTrue(pieces.last().attr("data-label").contains(s.name())));
      Elements cue = text.select(".cue[data-q=d1-q" + i + "]");
      q.cue().ifPresent(c -> assertEquals(c.text(), joined(cue)));
    }
    assertTrue(x.quotes().stream().map(Quote::type).distinct().count() >= 2, "quote kinds differ");

    for (int i = 0; i < x.relations().size(); i++) {
      Relation r = x.relations().get(i);
      assertEquals(r.evidence().text(), joined(withToken(text.select(".ev"), "data-r", "d1-r" + i)));
      Elements trigger = withToken(text.select(".trig"), "data-r", "d1-r" + i);
      r.trigger().ifPresent(t -> assertEquals(t.text(), joined(trigger)));
    }

    assertEquals(x.entities().size(), doc.select("table.entities tbody tr[data-kind=entity]").size());
    assertEquals(x.quotes().size(), doc.select("table.quotes tbody tr[data-kind=quote]").size());
    assertEquals(x.relations().size(), doc.select("table.relations tbody tr[data-kind=relation]").size());
    Element firstQuoteRow = doc.selectFirst("table.quotes tbody tr");
    assertEquals(x.quotes().get(0).speaker().map(s -> s.name()).orElse(""),
        firstQuoteRow.select("td").get(1).text());
    assertSelfContained(doc);
  }

  @Test
  void hostileTextShowsAsTextAndNothingRuns() {
    Extraction x = SharedPipeline.get().extract(HOSTILE);
    Document doc = page(HOSTILE, x);
    assertEquals(HOSTILE, doc.selectFirst(".text").wholeText());
    assertEquals(1, doc.select("script").size(), "only the page's own script");
    assertEquals(PageAssets.SCRIPT, doc.selectFirst("script").data());
    assertTrue(doc.select(".text b, .text img, .text textarea, .text script").isEmpty());
    assertEquals("doc <1> & \"two\"", doc.selectFirst("section.doc h2").text());
    assertTrue(doc.title().startsWith("doc <1> & \"two\""));
    assertSelfContained(doc);
  }

  /** Attribute values built from names (title, label) are escaped too. */
  @Test
  void hostileNamesStayInsideTheirAttributes() {
    String text = "Zed met \"Q&A\" Ltd today.";
    String name = "\"><script>alert(1)</script> & Co";
    Entity e = Entity.of("e1", EntityType.ORGANIZATION, Optional.empty(), name, Optional.of("PL"),
        List.of(new Mention(CharSpan.of(text, 8, 17), MentionKind.NAME)));
    Document doc = page(text, Extraction.of(List.of(e), List.of(), List.of()));
    Element mark = doc.selectFirst(".text mark[data-e]");
    assertEquals("\"Q&A\" Ltd", mark.text());
    assertTrue(mark.attr("title").startsWith(name + " — ORGANIZATION"), mark.attr("title"));
    assertEquals(1, doc.select("script").size());
    assertEquals(name, doc.selectFirst("table.entities td").text());
  }

  /** The elements whose space-separated {@code attribute} holds {@code token} (CSS's ~=). */
  static Elements withToken(Elements elements, String attribute, String token) {
    Elements out = new Elements();
    for (Element e : elements) {
      if (List.of(e.attr(attribute).split(" ")).contains(token)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String joined(Elements pieces) {
    StringBuilder b = new StringBuilder();
    pieces.forEach(p -> b.append(p.wholeText()));
    return b.toString();
  }

  /** Nothing is loaded from elsewhere: no src, no stylesheet link, links only within the page. */
  static void assertSelfContained(Document doc) {
    assertTrue(doc.select("[src], link, iframe, object, embed").isEmpty());
    for (Element a : doc.select("a[href]")) {
      assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
    }
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
    assertEquals(1, doc.select("style").size());
  }
}
