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

  @Test
  void aPartOfSpeechSlotTellsARefusalFromAFall() {
    List<TriggerMention> refusal = find("the firm declined to comment", "DT NN VBD TO VB", "the firm decline to comment");
    assertEquals(List.of(TriggerKind.IDIOM), refusal.stream().map(TriggerMention::kind).toList());
    List<TriggerMention> fall = find("sales declined to 5 percent", "NNS VBD TO CD NN", "sale decline to 5 percent");
    assertEquals(List.of(TriggerKind.ACTIVITY, TriggerKind.DECLINE), fall.stream().map(TriggerMention::kind).toList());
  }

  @Test
  void aWordWithAPartOfSpeechMatchesOnlyThatPartOfSpeech() {
    RelationTriggerLexicon lexicon = RelationTriggerLexicon.fromLines(List.of(
        new DataLine("t.tsv", 1, ImmutableList.of("project/nn", "INVESTMENT")),
        new DataLine("t.tsv", 2, ImmutableList.of("km/h", "ACTIVITY"))));
    AnalyzedText t = TestTexts.sentences(new String[][] {{
        "projects were projected at 9 km/h", "NNS VBD VBN IN CD NN", "O O O O O O", "project be project at 9 km/h"}});
    List<TriggerMention> m = lexicon.find(t.sentences().get(0));
    assertEquals(List.of(0, 5), m.stream().map(TriggerMention::start).toList(), "the noun and the word with a slash");
    assertEquals(List.of(TriggerKind.INVESTMENT, TriggerKind.ACTIVITY), m.stream().map(TriggerMention::kind).toList());
  }

  @Test
  void aPhraseMayNotStartWithAPartOfSpeechOrNameAnUnknownOne() {
    ModelFileException first = assertThrows(ModelFileException.class, () -> RelationTriggerLexicon.fromLines(
        List.of(new DataLine("t.tsv", 3, ImmutableList.of("<vb> to", "IDIOM")))));
    assertTrue(first.getMessage().startsWith("t.tsv:3: phrase '<vb> to' must not start with a part of speech"),
        first.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RelationTriggerLexicon.fromLines(
        List.of(new DataLine("t.tsv", 4, ImmutableList.of("decline to <xy>", "IDIOM")))));
    assertTrue(unknown.getMessage().contains("'<xy>' is no part of speech"), unknown.getMessage());
  }
}
