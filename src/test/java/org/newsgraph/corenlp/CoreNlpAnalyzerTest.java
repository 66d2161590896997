package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.SharedPipeline;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Dependency;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

class CoreNlpAnalyzerTest {

  private static void assertOffsetsValid(AnalyzedText a) {
    int previousEnd = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      assertEquals(i, s.index());
      for (Token t : s.tokens()) {
        assertEquals(
            a.text().substring(t.start(), t.end()), t.text(), "token text is the original text");
        assertTrue(t.start() >= previousEnd, "tokens do not overlap: " + t);
        previousEnd = t.end();
      }
    }
  }

  @Test
  void seedTokensPointIntoTheOriginalText() {
    AnalyzedText a = SharedAnalyzer.get().analyze(SharedPipeline.seed());
    assertOffsetsValid(a);
    assertTrue(a.sentences().size() > 30, "the seed has many sentences");
    assertTrue(
        a.sentences().stream().flatMap(s -> s.tokens().stream()).anyMatch(Token::isNamed),
        "NER tags are set");
  }

  @Test
  void oddCharactersKeepOffsetsValid() {
    String text =
        "Caf\u00e9 owners \ud83d\ude00 said \u201cno\u201d\u00a0to  Z\u00fcrich's plan\u2026\r\n"
            + "\u00abOui\u00bb, a-t-il dit. (Reuters) \u2014 $5.2bn & 10% <b>bold</b>\n";
    assertOffsetsValid(SharedAnalyzer.get().analyze(text));
  }

  @Test
  void aLineBreakEndsASentence() {
    AnalyzedText a =
        SharedAnalyzer.get().analyze("China and Korea boast new ties\nSeoul said on Tuesday it agreed.");
    assertEquals(2, a.sentences().size());
    assertEquals("ties", a.sentences().get(0).tokens().get(a.sentences().get(0).size() - 1).text());
  }

  @Test
  void blankLinesSeparateParagraphs() {
    AnalyzedText a =
        SharedAnalyzer.get().analyze("First one.\n\nSecond one. Still second.\n \nThird one.");
    List<Integer> paragraphs = new ArrayList<>();
    a.sentences().forEach(s -> paragraphs.add(s.paragraph()));
    assertEquals(List.of(0, 1, 1, 2), paragraphs);
  }

  @Test
  void longSentencesAreCutIntoPiecesWithNoTokenLost() {
    CoreNlpAnalyzer capped =
        new CoreNlpAnalyzer(CoreNlpOptions.defaults().withMaxSentenceTokens(10));
    String text = "word ".repeat(34) + "end.";
    AnalyzedText a = capped.analyze(text);
    assertOffsetsValid(a);
    assertEquals(List.of(10, 10, 10, 6), a.sentences().stream().map(Sentence::size).toList());
    assertEquals(text.length(), a.sentences().get(3).end());
  }

  @Test
  void parseGivesOneRootAndAHeadForEveryToken() {
    Sentence s =
        SharedAnalyzer.get()
            .analyze("Peng Peng, chairman of the society, said the two countries compete in chips.")
            .sentences()
            .get(0);
    Sentence parsed = SharedAnalyzer.get().parse(s);
    assertTrue(parsed.parsed());
    assertEquals(s.tokens(), parsed.tokens());
    assertEquals(
        1, parsed.dependencies().stream().filter(d -> d.governor() == Dependency.ROOT).count());
    Set<Integer> dependents = new HashSet<>();
    for (Dependency d : parsed.dependencies()) {
      assertTrue(dependents.add(d.dependent()), "one head per token: " + d);
    }
    assertEquals(s.size(), dependents.size());
    assertSame(parsed, SharedAnalyzer.get().parse(parsed), "a parsed sentence comes back as is");
  }

  @Test
  void tokenCounterCountsTheAnalyzersTokens() {
    String text = SharedPipeline.seed();
    int analyzed =
        SharedAnalyzer.get().analyze(text).sentences().stream().mapToInt(Sentence::size).sum();
    assertEquals(analyzed, new CoreNlpTokenCounter().count(text));
  }
}
