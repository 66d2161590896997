package org.newsgraph.relations;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** Country pairs written as one word, on hand-built sentences (no model). */
class HyphenatedCountriesTest {

  private static final HyphenatedCountries PAIRS =
      new HyphenatedCountries(CountryLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.COUNTRIES)));

  /** A sentence of tokens; "+" before a token glues it to the one before (no space). */
  private static Sentence sentence(String... words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      boolean glued = w.startsWith("+");
      String text = glued ? w.substring(1) : w;
      if (!tokens.isEmpty() && !glued) {
        at++;
      }
      tokens.add(new Token(tokens.size(), text, text, at, at + text.length(), "NNP", text, "O"));
      at += text.length();
    }
    return Sentence.of(0, 0, tokens);
  }

  private static List<String> found(Sentence s) {
    List<String> out = new ArrayList<>();
    for (CountryRef r : PAIRS.find(s)) {
      out.add(r.start() + "-" + r.end() + " " + r.codes());
    }
    return out;
  }

  @Test
  void oneTokenWithTwoCountries() {
    assertEquals(List.of("1-2 [US, JP]"), found(sentence("the", "U.S.-Japan", "pact")));
    assertEquals(List.of("0-1 [CN, US]"), found(sentence("Sino-US", "ties")));
    assertEquals(List.of("1-2 [CA, US]"), found(sentence("the", "Canada/U.S.", "talks")));
  }

  @Test
  void piecesOfOneWrittenWord() {
    assertEquals(List.of("1-4 [US, JP]"), found(sentence("the", "U.S.", "+-", "+Japan", "accord")));
  }

  @Test
  void piecesWithSpacesAreNotOneWord() {
    assertEquals(List.of(), found(sentence("U.S.", "-", "Japan")));
  }

  @Test
  void aCountryWithAnotherWordIsNoPair() {
    assertEquals(List.of(), found(sentence("Chinese-made", "cars")));
    assertEquals(List.of(), found(sentence("US-based", "firms")));
  }
}
