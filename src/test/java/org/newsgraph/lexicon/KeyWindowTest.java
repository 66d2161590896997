package org.newsgraph.lexicon;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast look-up path gives what the plain one gives: a {@link KeyWindow}'s prefixes are the
 * {@link LexiconKeys#exact} keys of the text's prefixes, a {@link PhraseKey} folds like {@link
 * LexiconKeys#folded}, and a {@link PhraseFilter} never rules out a phrase a lexicon holds.
 */
class KeyWindowTest {

  private static final CountryLexicon C = CountryLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.COUNTRIES));
  private static final OrganizationLexicon O = OrganizationLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.ORGANIZATIONS));
  private static final PlaceGazetteer P = PlaceGazetteer.fromLines(ModelFiles.bundled().lines(ModelFile.PLACES));

  /** Pieces that exercise every rule of {@link LexiconKeys}: spaces, quotes, dashes, "the". */
  private static final String[] PIECES = {
    "the", "The", "THE", "Korea", "south", "U.S.", "a", "Ä", "\u03a3", "\u0130", "ß", " ", "  ",
    "\t", "\n", "\u00a0", "\u2019", "\u2018", "`", "\u2013", "\u2014", "-", "'s", "x"
  };

  @Test
  void windowPrefixesAreExactKeysOfTheTextPrefixes() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      List<Integer> cuts = new ArrayList<>();
      int pieces = 1 + random.nextInt(8);
      for (int k = 0; k < pieces; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        cuts.add(text.length());
      }
      KeyWindow w = new KeyWindow();
      int from = 0;
      for (int cut : cuts) {
        w.append(text, from, cut);
        from = cut;
        String prefix = text.substring(0, cut);
        String exact = LexiconKeys.exact(prefix);
        if (w.startsWithThe()) {
          assertEquals(exact, w.key(w.length()).substring(4), prefix);
          continue;
        }
        String key = w.key(w.length());
        assertEquals(exact, key, "key of '" + prefix + "'");
        assertEquals(key.hashCode(), w.hash(w.length()));
        if (w.foldedKnown(w.length())) {
          assertEquals(key.toLowerCase(Locale.ROOT).hashCode(), w.foldedHash(w.length()));
        }
        int space = key.indexOf(' ');
        assertEquals(space < 0 ? key.length() : space, w.firstWordLength());
        PhraseKey k = PhraseKey.of(prefix);
        assertEquals(LexiconKeys.folded(exact), k.folded(), prefix);
        assertEquals(LexiconKeys.mayFold(exact), k.mayFold(), prefix);
      }
    }
  }

  @Test
  void mayFoldReadsWordsAsSplitOnSpaceDoes() {
    for (String p : List.of("Bank of Korea", "Xinhua news agency", "china", "JAPAN", " a", "A  b",
        "Bank Of Korea", "", "von Trapp", "\u00e9cole Centrale", "A  of  B ")) {
      boolean expected = !p.equals(p.toLowerCase(Locale.ROOT))
          && (p.equals(p.toUpperCase(Locale.ROOT)) || java.util.Arrays.stream(p.split(" "))
              .noneMatch(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0))
                  && !Character.isUpperCase(w.codePointAt(0))
                  && !List.of("of", "and", "the", "for", "de", "du", "la", "le", "von", "van",
                      "al", "el").contains(w)));
      assertEquals(expected, LexiconKeys.mayFold(p), p);
    }
  }

  @Test
  void theFilterPassesEveryPhraseTheLexiconsHold() {
    PhraseFilter all = PhraseFilter.union(C.phrases(), O.phrases(), P.phrases());
    List<String> phrases = new ArrayList<>();
    for (CountryLexicon.Country c : C.countries()) {
      phrases.add(c.name());
      phrases.addAll(c.aliases());
      phrases.addAll(c.demonyms().stream().filter(d -> !d.endsWith("-")).toList());
      phrases.addAll(c.capitals());
      c.bodies().forEach(b -> {
        phrases.add(b.name());
        phrases.addAll(b.aliases());
      });
    }
    O.organizations().forEach(o -> {
      phrases.add(o.name());
      phrases.addAll(o.aliases());
    });
    P.places().forEach(p -> phrases.add(p.name()));
    int checked = 0;
    for (String phrase : phrases) {
      for (String variant : List.of(phrase, phrase.toUpperCase(Locale.ROOT), "The " + phrase)) {
        boolean held = C.lookup(variant).isPresent() || O.lookup(variant).isPresent()
            || P.lookup(variant).isPresent();
        if (variant.equals(phrase)) {
          assertTrue(held, "lexicon phrase not found: " + phrase);
        }
        if (!held) {
          continue;
        }
        checked++;
        assertTrue(all.mayHold(PhraseKey.of(variant)), variant);
        KeyWindow w = new KeyWindow();
        w.append(variant, 0, variant.length());
        if (!w.startsWithThe()) {
          assertTrue(all.mayHold(w, w.length()), variant);
          assertTrue(!w.hasSpace() || all.mayStartPhrase(w), variant);
        }
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void theFilterRulesOutWhatNoLexiconHolds() {
    PhraseFilter all = PhraseFilter.union(C.phrases(), O.phrases(), P.phrases());
    for (String phrase : List.of("Tuesday", "Mr Smith said", "He", "Analysts")) {
      KeyWindow w = new KeyWindow();
      w.append(phrase, 0, phrase.length());
      assertTrue(!all.mayHold(PhraseKey.of(phrase)), phrase);
      assertTrue(!all.mayHold(w, w.length()), phrase);
    }
    KeyWindow w = new KeyWindow();
    w.append("Tuesday morning", 0, 15);
    assertTrue(!all.mayStartPhrase(w));
  }
}
