package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;
import org.newsgraph.TestGraphs;
import org.newsgraph.TextTooLongException;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * Text from the wild: no exception, no hang, and every offset valid on the original string. The
 * whole seed corpus (testdata/fuzz/) runs in {@link ExtractFuzzTest}; here are the cases that
 * state a behaviour of their own.
 */
class WildTextTest {

  /**
   * CoreNLP's tagger and NER stall on a huge sentence (their cost grows faster than linearly with
   * its length); the analyzer caps sentence length, so a 200,000-character run without sentence
   * punctuation reaches them as many short pieces and takes time linear in its length. The test
   * checks the cause, not a wall time (issue 17: no test depends on the machine's speed): a spy on
   * the analyzer sees no sentence over the cap, and the run is cut into many of them.
   */
  @Test
  void unpunctuatedRunOf200kCharactersIsCutIntoCappedSentences() throws IOException {
    String run = Files.readString(WildTexts.FUZZ_DIR.resolve("unpunctuated-200k.txt"));
    assertEquals(200_000, run.length());
    assertTrue(run.chars().noneMatch(c -> c == '.' || c == '!' || c == '?' || c == '\n'));
    List<AnalyzedText> seen = new CopyOnWriteArrayList<>();
    NewsGraph spied =
        TestGraphs.withAnalyzer(
            SharedPipeline.get(),
            real ->
                new TextAnalyzer() {
                  @Override
                  public AnalyzedText analyze(String text) {
                    AnalyzedText a = real.analyze(text);
                    seen.add(a);
                    return a;
                  }

                  @Override
                  public Sentence parse(Sentence sentence) {
                    return real.parse(sentence);
                  }
                });
    Extraction x = spied.extract(run);
    assertEquals(List.of(), Invariants.violations(run, x));
    assertEquals(1, seen.size());
    List<Sentence> sentences = seen.get(0).sentences();
    int longest = sentences.stream().mapToInt(Sentence::size).max().orElse(0);
    assertTrue(longest <= MAX_SENTENCE_TOKENS, "a sentence of " + longest + " tokens");
    int tokens = sentences.stream().mapToInt(Sentence::size).sum();
    assertTrue(tokens > 20 * MAX_SENTENCE_TOKENS, tokens + " tokens");
    assertTrue(sentences.size() >= tokens / MAX_SENTENCE_TOKENS, sentences.size() + " sentences");
  }

  /** The analyzer's default cap (NewsGraph.Builder#maxSentenceTokens). */
  private static final int MAX_SENTENCE_TOKENS = 150;

  @Test
  void unpairedSurrogatesKeepOffsetsOnTheOriginalString() {
    String text = WildTexts.unpairedSurrogates();
    Extraction x = SharedPipeline.get().extract(text);
    assertEquals(List.of(), Invariants.violations(text, x));
  }

  /** CoreNLP's tokenizer drops control characters; mentions after them must still line up. */
  @Test
  void controlCharactersBeforeANameDoNotShiftItsOffsets() {
    String text = "\u0000\u0001\u0007\u001b[0m Samsung Electronics\u0000 said\u0085 Seoul\u000b"
        + " would invest\u200b in China.\r\n\u0002South Korea agreed.";
    Extraction x = SharedPipeline.get().extract(text);
    assertEquals(List.of(), Invariants.violations(text, x));
    for (Entity e : x.entities()) {
      e.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
    }
  }

  @Test
  void htmlEntitiesAreNotDecodedAwayFromTheOffsets() {
    String text = "<p>Samsung &amp; SK Hynix said&nbsp;on Monday that Seoul&#39;s chip exports rose.</p>";
    Extraction x = SharedPipeline.get().extract(text);
    assertEquals(List.of(), Invariants.violations(text, x));
  }

  @Test
  void nullIsRejectedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SharedPipeline.get().extract(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void blankTextGivesTheEmptyResult() {
    assertEquals(Extraction.empty(), SharedPipeline.get().extract(""));
    assertEquals(Extraction.empty(), SharedPipeline.get().extract(" \t\r\n\u2003\u3000 "));
  }

  @Test
  void textOverTheLimitFailsNamingLimitAndSize() {
    NewsGraph graph = SharedPipeline.get();
    assertEquals(NewsGraph.DEFAULT_MAX_TEXT_LENGTH, graph.maxTextLength());
    String text = Strings.repeat("a", NewsGraph.DEFAULT_MAX_TEXT_LENGTH + 1);
    TextTooLongException e = assertThrows(TextTooLongException.class, () -> graph.extract(text));
    assertEquals(1_000_001, e.length());
    assertEquals(1_000_000, e.limit());
    assertTrue(e.getMessage().contains("1000001") && e.getMessage().contains("1000000"), e.getMessage());
  }
}
