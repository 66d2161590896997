package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArcStandardParser} must parse as CoreNLP's own nndep parser does with the same model: it
 * replaces CoreNLP's scorer for speed, not its decisions. Compared token by token on the tagged
 * sentences in testdata/parser (from newsgraph's own test texts).
 */
class ArcStandardParserTest {

  private static final String MODEL = DependencyParser.DEFAULT_MODEL;

  private static ArcStandardParser parser() {
    return new ArcStandardParser(ParserModel.pooled(MODEL));
  }

  @Test
  void parsesAsCoreNlpDoes() throws IOException {
    List<List<String[]>> sentences = readTagged(Path.of("testdata/parser/tagged-sentences.tsv"));
    assertTrue(sentences.size() >= 100, "sentences: " + sentences.size());
    ArcStandardParser ours = parser();
    DependencyParser reference = DependencyParser.loadFromModelFile(MODEL);
    int tokens = 0;
    int same = 0;
    List<String> differences = new ArrayList<>();
    for (List<String[]> s : sentences) {
      List<String> words = s.stream().map(t -> t[0]).toList();
      List<String> tags = s.stream().map(t -> t[1]).toList();
      ArcStandardParser.Parse parse = ours.parse(words, tags);
      String[] expected = coreNlp(reference, words, tags);
      for (int i = 0; i < words.size(); i++) {
        tokens++;
        String actual = parse.heads()[i] + ":" + parse.labels()[i];
        if (actual.equals(expected[i])) {
          same++;
        } else {
          differences.add(words.get(i) + " " + actual + " vs " + expected[i]);
        }
      }
    }
    // The scorer sums in float where CoreNLP sums in double: a near-tie could in principle go the
    // other way. On these sentences none does; allow at most one token in a thousand.
    assertTrue(
        same >= tokens - tokens / 1000,
        same + " of " + tokens + " tokens as CoreNLP; first differences: "
            + differences.subList(0, Math.min(10, differences.size())));
  }

  /** CoreNLP's parse as "head:label" per token, heads 0-based, -1 for the root. */
  private static String[] coreNlp(DependencyParser parser, List<String> words, List<String> tags) {
    List<CoreLabel> labels = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      CoreLabel label = new CoreLabel();
      label.setWord(words.get(i));
      label.setValue(words.get(i));
      label.setTag(tags.get(i));
      label.setIndex(i + 1);
      labels.add(label);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    GrammaticalStructure gs = parser.predict(sentence);
    String[] out = new String[words.size()];
    for (TypedDependency td : gs.typedDependencies()) {
      out[td.dep().index() - 1] = (td.gov().index() - 1) + ":" + td.reln();
    }
    return out;
  }

  @Test
  void oneWordIsTheRoot() {
    ArcStandardParser.Parse parse = parser().parse(List.of("Yes"), List.of("UH"));
    assertArrayEquals(new int[] {-1}, parse.heads());
    assertArrayEquals(new String[] {"root"}, parse.labels());
  }

  @Test
  void unknownWordsAndTagsStillGiveATree() {
    List<String> words = List.of("\uD83D\uDE00", "zxqv", "said", "\u4E2D\u56FD", ".");
    List<String> tags = List.of("NOTATAG", "NN", "VBD", "NNP", ".");
    ArcStandardParser.Parse parse = parser().parse(words, tags);
    int roots = 0;
    for (int i = 0; i < words.size(); i++) {
      int head = parse.heads()[i];
      assertTrue(head >= -1 && head < words.size() && head != i, "head of " + i + ": " + head);
      roots += head == -1 ? 1 : 0;
    }
    assertEquals(1, roots);
  }

  @Test
  void badArgumentsAreRejectedWithTheirSizes() {
    ArcStandardParser p = parser();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> p.parse(List.of("a", "b"), List.of("DT")));
    assertTrue(e.getMessage().contains("2") && e.getMessage().contains("1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> p.parse(List.of(), List.of()));
    assertThrows(NullPointerException.class, () -> p.parse(null, List.of()));
  }

  @Test
  void aMissingModelIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ParserModel.loadResource("no/such/model.gz"));
    assertTrue(e.getMessage().contains("no/such/model.gz"), e.getMessage());
  }

  @Test
  void aMalformedModelNamesItsLine() {
    String text = "dict=2\npos=x\n";
    IOException e =
        assertThrows(
            IOException.class,
            () -> ParserModel.read(new BufferedReader(new StringReader(text)), "tiny.txt"));
    assertTrue(e.getMessage().contains("tiny.txt:2") && e.getMessage().contains("x"), e.getMessage());
    String truncated = "dict=2\npos=1\nlabel=2\nembeddingSize=2\nhiddenSize=4\nnumTokens=48\n"
        + "preComputed=0\nthe 0.1 0.2\n";
    e =
        assertThrows(
            IOException.class,
            () -> ParserModel.read(new BufferedReader(new StringReader(truncated)), "tiny.txt"));
    assertTrue(e.getMessage().contains("unexpected end of file"), e.getMessage());
  }

  @Test
  void thePoolSharesOneModel() {
    assertTrue(ParserModel.pooled(MODEL) == ParserModel.pooled(MODEL));
  }

  private static List<List<String[]>> readTagged(Path file) throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] parts = line.split("\t");
      assertEquals(2, parts.length, "line: " + line);
      current.add(parts);
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }
}
