package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.FurniturePatterns;
import org.newsgraph.lexicon.ModelFiles;

/** The furniture rules on hand-built paragraphs: no CoreNLP model needed. */
class FurnitureDetectorTest {

  private static final FurniturePatterns PATTERNS = FurniturePatterns.load(ModelFiles.bundled());
  private static final FurnitureDetector DETECTOR =
      new FurnitureDetector(PATTERNS.tail(), PATTERNS.paragraph());

  private static final String[] BODY = {
    "The two countries compete and cooperate in the economic sphere , especially in ships and"
        + " chips , analysts said .",
    "DT CD NNS VBP CC VBP IN DT JJ NN , RB IN NNS CC NNS , NNS VBD .",
    "O O O O O O O O O O O O O O O O O O O O"
  };

  private static List<Integer> furniture(AnalyzedText t) {
    return DETECTOR.mark(t).sentences().stream()
        .filter(Sentence::furniture)
        .map(Sentence::index)
        .collect(Collectors.toList());
  }

  @Test
  void aTailLineMakesEverythingAfterItFurniture() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              BODY,
              {"More from South China Morning Post :", "JJR IN NNP NNP NNP NNP :", "O O O O O O O"},
              BODY,
              {"Yagi is gone", "NNP VBZ VBN", "PERSON O O"}
            });
    assertEquals(List.of(1, 2, 3), furniture(t));
  }

  @Test
  void promotionsAndCopyrightLinesMarkTheirParagraph() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              BODY,
              {"For the latest news download our mobile app .", "IN DT JJS NN VB PRP$ JJ NN .",
                "O O O O O O O O O"},
              {"Copyright 2023 .", "NN CD .", "O O O"},
              BODY
            });
    assertEquals(List.of(1, 2), furniture(t));
  }

  @Test
  void aHeadlineLineBetweenBodyParagraphsIsFurnitureButTheTitleIsNot() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"China and Korea boast new exchanges", "NNP CC NNP VBP JJ NNS", "O O O O O O"},
              BODY,
              {"How US tech curbs could revive the old industrial region",
                "WRB NNP NN NNS MD VB DT JJ JJ NN", "O O O O O O O O O O"},
              BODY
            });
    AnalyzedText marked = DETECTOR.mark(t);
    assertEquals(List.of(2), furniture(t));
    assertEquals(Set.of(2), indicesOf(marked, FurnitureKind.INLINE_HEADLINE));
  }

  @Test
  void shortLinesWithoutVerbsOrInCapitalsAreNotHeadlines() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              BODY,
              {"LONDON 1996-08-30 AND MORE TEXT HERE", "NNP CD CC JJR NN RB", "O O O O O O"},
              BODY,
              {"Peng Peng , executive chairman of the society", "NNP NNP , JJ NN IN DT NN",
                "O O O O O O O O"},
              BODY
            });
    assertEquals(List.of(), furniture(t));
  }

  private static Set<Integer> indicesOf(AnalyzedText t, FurnitureKind kind) {
    return t.sentences().stream()
        .filter(s -> s.furnitureKind() == kind)
        .map(Sentence::index)
        .collect(Collectors.toSet());
  }
}
