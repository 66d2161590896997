package org.newsgraph.lexicon;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.relations.TriggerKind;
import org.newsgraph.relations.TriggerMention;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.TestTexts;

/** The trigger lexicon: lemma matching, gaps, counterpart markers, data errors. */
class RelationTriggerLexiconTest {

  private static final RelationTriggerLexicon BUNDLED = RelationTriggerLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.RELATION_TRIGGERS));

  private static List<TriggerMention> find(String words, String tags, String lemmas) {
    AnalyzedText t = TestTexts.sentences(new String[][] {{words, tags, tags.replaceAll("\\S+", "O"), lemmas}});
    return BUNDLED.find(t.sentences().get(0));
  }

  @Test
  void matchesLemmasAcrossAGap() {
    List<TriggerMention> m = find("cars have lost considerable ground", "NNS VBP VBN JJ NN",
        "car have lose considerable ground");
    assertEquals(1, m.size());
    assertEquals(TriggerKind.DECLINE, m.get(0).kind());
    assertEquals(2, m.get(0).start());
    assertEquals(5, m.get(0).end());
  }

  @Test
  void longestPhraseWinsAndTypeMarkersAreAddedToTheTriggersOwn() {
    List<TriggerMention> m = find("export controls and surpassing rivals", "NN NNS CC VBG NNS",
        "export control and surpass rival");
    assertEquals(List.of(TriggerKind.RESTRICTION, TriggerKind.ADVANTAGE, TriggerKind.COMPETITION),
        m.stream().map(TriggerMention::kind).collect(Collectors.toList()));
    assertTrue(m.get(0).counterpartMarkers().contains("on"));
    assertTrue(m.get(1).counterpartMarkers().containsAll(List.of("over", "obj")));
  }

  @Test
  void functionWordsAreFound() {
    List<TriggerMention> m = find("the two East Asian countries did not", "DT CD JJ JJ NNS VBD RB",
        "the two east asian country do not");
    assertEquals(List.of(TriggerKind.BACKREF_PAIR, TriggerKind.NEGATION),
        m.stream().map(TriggerMention::kind).collect(Collectors.toList()));
  }

  @Test
  void anUnknownKindFailsNamingFileAndLine() {
    ModelFileException e = assertThrows(ModelFileException.class, () -> RelationTriggerLexicon.fromLines(
        List.of(new DataLine("t.tsv", 7, ImmutableList.of("boom", "GROWTH")))));
    assertTrue(e.getMessage().startsWith("t.tsv:7: unknown kind 'GROWTH'"), e.getMessage());
  }
}
