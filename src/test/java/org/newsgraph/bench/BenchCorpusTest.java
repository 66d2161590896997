package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  /** Whitespace-separated words: a model-free stand-in for CoreNLP's tokenizer. */
  private static final ToIntFunction<String> WORDS = s -> s.strip().split("\\s+").length;

  private static final List<BenchDoc> ARTICLES =
      List.of(
          new BenchDoc(
              "a.txt",
              "Headline A\n\nFirst body paragraph of A, long enough to be prose.\n\n  \n"
                  + "Related headline without a full stop at its end here\n\n"
                  + "Second body paragraph of A, \u201cquoted to the end.\u201d\n\nMore from A:\n\n"
                  + "Short trailer.\n"),
          new BenchDoc("b.txt", "Headline B\n\nOnly body of B, with more words in it.\n"));

  @Test
  void sameSeedGivesSameCorpus() {
    BenchCorpus one = BenchCorpus.build(ARTICLES, 50, 7, 300, WORDS);
    BenchCorpus two = BenchCorpus.build(ARTICLES, 50, 7, 300, WORDS);
    assertEquals(one, two);
  }

  @Test
  void otherSeedGivesOtherCorpus() {
    assertNotEquals(
        BenchCorpus.build(ARTICLES, 50, 7, 300, WORDS).recombined(),
        BenchCorpus.build(ARTICLES, 50, 8, 300, WORDS).recombined());
  }

  @Test
  void recombinedDocumentsAreHeadlinePlusBodyParagraphsOfTheArticles() {
    Set<String> headlines = Set.of("Headline A", "Headline B");
    Set<String> bodies =
        Set.of(
            "First body paragraph of A, long enough to be prose.",
            "Second body paragraph of A, \u201cquoted to the end.\u201d",
            "Only body of B, with more words in it.");
    BenchCorpus c = BenchCorpus.build(ARTICLES, 40, 1, 0, WORDS);
    assertEquals(40, c.recombined().size());
    Set<String> names = new HashSet<>();
    for (BenchDoc d : c.recombined()) {
      assertTrue(names.add(d.name()), "names are unique: " + d.name());
      List<String> paragraphs = BenchCorpus.paragraphs(d.text());
      assertTrue(headlines.contains(paragraphs.get(0)), paragraphs.get(0));
      int body = paragraphs.size() - 1;
      assertTrue(body >= 4 && body <= 10, "4 to 10 body paragraphs, not " + body);
      assertTrue(bodies.containsAll(paragraphs.subList(1, paragraphs.size())), d.text());
    }
  }

  @Test
  void onlyProseParagraphsAreDrawn() {
    assertTrue(BenchCorpus.isProse("Exports rose 38 per cent from a year earlier, they said."));
    assertTrue(BenchCorpus.isProse("\u201cWe will hold the meeting annually, as we agreed,\u201d"));
    assertFalse(BenchCorpus.isProse("More from South China Morning Post:"));
    assertFalse(BenchCorpus.isProse("How US tech curbs could revive China\u2019s industrial powerhouse"));
    assertFalse(BenchCorpus.isProse("Short trailer."));
  }

  @Test
  void onlyArticlesAreRead() {
    assertTrue(BenchCorpus.isArticle(ARTICLES.get(0).text()));
    assertFalse(BenchCorpus.isArticle("-DOCSTART- -X- -X- O\n\nPeng NNP B-NP B-PER\nsaid VBD B-VP O\n"));
    assertFalse(BenchCorpus.isArticle(""));
  }

  @Test
  void longDocumentReachesTheTokenCountFromBodyParagraphs() {
    BenchCorpus c = BenchCorpus.build(ARTICLES, 0, 3, 1000, WORDS);
    int words = WORDS.applyAsInt(c.longDoc().text());
    assertTrue(words >= 1000 && words < 1000 + 20, "about 1000 words, not " + words);
    assertTrue(c.longDoc().text().contains("\n\n"), "paragraphs stay apart");
    assertEquals("", BenchCorpus.build(ARTICLES, 0, 3, 0, WORDS).longDoc().text().strip());
  }

  @Test
  void throughputDocsAreArticlesThenRecombined() {
    BenchCorpus c = BenchCorpus.build(ARTICLES, 5, 3, 0, WORDS);
    assertEquals(7, c.throughputDocs().size());
    assertEquals("a.txt", c.throughputDocs().get(0).name());
    assertEquals("recombined-001", c.throughputDocs().get(2).name());
  }

  @Test
  void seedIsTheSeedArticleOrElseTheFirst() {
    assertEquals("a.txt", BenchCorpus.build(ARTICLES, 0, 3, 0, WORDS).seed().name());
  }

  @Test
  void readsTheRepositoryTestdataWithTheSeed() throws IOException {
    List<BenchDoc> docs = BenchCorpus.readArticles(Path.of("testdata"));
    assertTrue(
        docs.stream().anyMatch(d -> d.name().equals(BenchCorpus.SEED_NAME)),
        "testdata holds the seed article");
    assertTrue(docs.stream().allMatch(d -> BenchCorpus.isArticle(d.text())));
    BenchCorpus c = BenchCorpus.build(docs, 200, 42, 100_000, WORDS);
    assertEquals(BenchCorpus.SEED_NAME, c.seed().name());
    assertEquals(200, c.recombined().size());
  }

  @Test
  void badArgumentsAreRejectedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BenchCorpus.build(ARTICLES, -1, 0, 0, WORDS));
    assertTrue(e.getMessage().contains("docs (-1)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BenchCorpus.build(List.of(), 1, 0, 0, WORDS));
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchCorpus.readArticles(Path.of("no-such-directory")));
  }
}
