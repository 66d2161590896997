package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The function-word sets: bundled members, sets of one concept that differ, and data errors. */
class WordSetTest {

  private static DataLine line(String... fields) {
    return new DataLine("extra.tsv", 3, ImmutableList.copyOf(fields));
  }

  @Test
  void everySetHasWordsFromTheBundledFile() {
    for (WordSet set : WordSet.values()) {
      assertFalse(set.words().isEmpty(), set.id());
    }
    assertTrue(WordSet.PERSON_PRONOUN.contains("whose"));
    assertFalse(WordSet.PERSON_PRONOUN.contains("they"));
    assertTrue(WordSet.GROUP_PRONOUN.contains("they"));
    assertTrue(WordSet.SUBJECT_PRONOUN.contains("it"));
    assertTrue(WordSet.CITY_NOUN.contains("district"));
    assertTrue(WordSet.NAME_PARTICLE.contains("van"));
  }

  @Test
  void setsOfOneConceptKeepTheirOwnMembers() {
    // "while" opens an adjunct before a participle; "yet" only a clause after a comma
    assertTrue(WordSet.ADJUNCT_OPENER.contains("while"));
    assertFalse(WordSet.ADJUNCT_OPENER.contains("yet"));
    assertTrue(WordSet.CLAUSE_AFTER_COMMA.contains("yet"));
    // "half" heads a share ("half of them said") but does not stand alone as a subject
    assertTrue(WordSet.SHARE_HEAD.contains("half"));
    assertFalse(WordSet.SHARE_SUBJECT.contains("half"));
    // the horizontal bar is a dash, not a delimiting one
    assertTrue(WordSet.DASH.contains("\u2015"));
    assertFalse(WordSet.DELIMITING_DASH.contains("\u2015"));
    assertTrue(WordSet.DASH.words().containsAll(WordSet.DELIMITING_DASH.words()));
    assertTrue(WordSet.LIST_GLUE.words().containsAll(WordSet.LIST_JOINER.words()));
  }

  @Test
  void aWordMayStandOnSeveralLines() {
    List<DataLine> lines = new java.util.ArrayList<>();
    for (WordSet set : WordSet.values()) {
      lines.add(line("w" + set.ordinal(), set.id()));
    }
    lines.add(line("w0", WordSet.DASH.id()));
    assertEquals(List.of("w" + WordSet.DASH.ordinal(), "w0"),
        WordSet.read(lines).get(WordSet.DASH).asList());
  }

  @Test
  void badLinesNameTheirFileAndLine() {
    ModelFileException unknown = assertThrows(ModelFileException.class,
        () -> WordSet.read(List.of(line("thus", "adverb-of-doom"))));
    assertTrue(unknown.getMessage().startsWith("extra.tsv:3:"), unknown.getMessage());
    ModelFileException upper = assertThrows(ModelFileException.class,
        () -> WordSet.read(List.of(line("Thus", "clause-joiner"))));
    assertTrue(upper.getMessage().startsWith("extra.tsv:3:"), upper.getMessage());
    ModelFileException none = assertThrows(ModelFileException.class,
        () -> WordSet.read(List.of(line("thus", ""))));
    assertTrue(none.getMessage().startsWith("extra.tsv:3:"), none.getMessage());
    ModelFileException empty = assertThrows(ModelFileException.class,
        () -> WordSet.read(List.of(line("thus", "clause-joiner"))));
    assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
  }
}
