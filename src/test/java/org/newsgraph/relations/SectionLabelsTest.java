package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** Items of a round-up under a country's label, on hand-tagged sentences (no model). */
class SectionLabelsTest {

  private static Sentence sentence(String tagged) {
    return LinearRulesTest.unparsed(tagged).sentences().get(0);
  }

  /** The code of the label of {@code tagged}, whose tokens {@code [refStart, refEnd)} name country {@code code}. */
  private static Optional<String> label(String tagged, int refStart, int refEnd, String code) {
    Sentence s = sentence(tagged);
    CountryRef ref = CountryRef.direct(s.index(), refStart, refEnd, code, Optional.empty());
    return SectionLabels.labelOf(s, List.of(ref)).map(r -> r.codes().get(0));
  }

  @Test
  void aCountryAndASpacedDashOpenAnItem() {
    assertEquals(Optional.of("ES"),
        label("SPAIN/NNP -/: Bund/NN futures/NNS/future closed/VBD/close firmer/JJR ./.", 0, 1, "ES"));
  }

  @Test
  void aCountryAndAColonOpenAnItem() {
    assertEquals(Optional.of("FR"), label("France/NNP :/: wheat/NN exports/NNS/export rose/VBD/rise sharply/RB ./.", 0, 1, "FR"));
  }

  @Test
  void aHyphenatedWordIsNoLabel() {
    // "France-based firms sell wheat.": the tokenizer splits the hyphen off with no space around it
    String[] words = {"France", "-", "based", "firms", "sell", "wheat", "."};
    String[] tags = {"NNP", "HYPH", "VBN", "NNS", "VBP", "NN", "."};
    int[] starts = {0, 6, 7, 13, 19, 24, 29};
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], words[i], starts[i], starts[i] + words[i].length(), tags[i],
          words[i].toLowerCase(Locale.ROOT), "O"));
    }
    Sentence s = Sentence.of(0, 0, tokens);
    CountryRef ref = CountryRef.direct(0, 0, 1, "FR", Optional.empty());
    assertEquals(Optional.empty(), SectionLabels.labelOf(s, List.of(ref)));
  }

  @Test
  void aCountryInsideTheSentenceIsNoLabel() {
    assertEquals(Optional.empty(), label("Exports/NNS/export of/IN France/NNP :/: wheat/NN and/CC wine/NN ./.", 2, 3, "FR"));
  }

  @Test
  void aLabelNeedsAnItemAfterIt() {
    assertEquals(Optional.empty(), label("SPAIN/NNP -/: Madrid/NNP ./.", 0, 1, "ES"));
  }
}
