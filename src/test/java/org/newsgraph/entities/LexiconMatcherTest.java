package org.newsgraph.entities;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.lexicon.PlaceGazetteer;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The lexicon scan finds the same phrases with its quick filter as without it, on random
 * sentences made of lexicon phrases, their words, capitalised non-names, "the", hyphens, curly
 * apostrophes and odd white space.
 */
class LexiconMatcherTest {

  private static final CountryLexicon C = CountryLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.COUNTRIES));
  private static final OrganizationLexicon O = OrganizationLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.ORGANIZATIONS));
  private static final PlaceGazetteer P = PlaceGazetteer.fromLines(ModelFiles.bundled().lines(ModelFile.PLACES));
  private static final LexiconMatcher FAST = new LexiconMatcher(C, O, P);
  private static final LexiconMatcher PLAIN = new LexiconMatcher(C, O, P, false);

  private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\u00a0", "\n", ""};
  private static final String[] WORDS = {
    "the", "The", "THE", "said", "Tuesday", "He", "Mr", "of", "and", "-", "\u2019s", "'s", ",",
    "Sino", "Co", "operation", "Bank", "Korea", "KOREA", "South", "Korean", "China", "U.S.", "US",
    "Greater", "Jilin", "province", "(", ")", "NDRC", "\u2013", "Chinese-made"
  };

  @Test
  void theFilterChangesNoHit() {
    List<String> phrases = new ArrayList<>();
    C.countries().forEach(c -> {
      phrases.add(c.name());
      phrases.addAll(c.aliases());
      phrases.addAll(c.capitals());
      c.bodies().forEach(b -> phrases.add(b.name()));
    });
    O.organizations().forEach(o -> phrases.add(o.name()));
    P.places().forEach(p -> phrases.add(p.name()));
    Random random = new Random(11);
    int hits = 0;
    for (int round = 0; round < 1500; round++) {
      List<String> tokens = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      while (tokens.size() < n) {
        if (random.nextInt(3) == 0) {
          String phrase = phrases.get(random.nextInt(phrases.size()));
          if (random.nextInt(4) == 0) {
            phrase = phrase.toUpperCase(java.util.Locale.ROOT);
          }
          for (String w : phrase.split(" ")) {
            tokens.add(w);
          }
        } else {
          tokens.add(WORDS[random.nextInt(WORDS.length)]);
        }
      }
      AnalyzedText text = build(tokens, random);
      Sentence s = text.sentences().get(0);
      var fast = FAST.find(text, s);
      assertEquals(PLAIN.find(text, s), fast, text.text());
      hits += fast.size();
    }
    assertTrue(hits > 1000, "hits: " + hits);
  }

  private static AnalyzedText build(List<String> words, Random random) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String w : words) {
      if (text.length() > 0) {
        text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      int start = text.length();
      text.append(w);
      tokens.add(new Token(tokens.size(), w, w, start, text.length(), "NNP", w, "O"));
    }
    return AnalyzedText.of(text.toString(), List.of(Sentence.of(0, 0, tokens)));
  }
}
