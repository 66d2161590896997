package org.newsgraph.lexicon;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryLexiconTest {

  private static final CountryLexicon C = CountryLexicon.fromLines(ModelFiles.bundled().lines(ModelFile.COUNTRIES));

  @Test
  void coversTheWorld() {
    assertTrue(C.countries().size() >= 195, "countries: " + C.countries().size());
    long withDemonyms = C.countries().stream().filter(c -> !c.demonyms().isEmpty()).count();
    assertTrue(withDemonyms >= 150, "with demonyms: " + withDemonyms);
  }

  @Test
  void namesAliasesAndDemonyms() {
    assertEquals(Optional.of("KR"), C.codeFor("South Korea"));
    assertEquals(Optional.of("KR"), C.codeFor("Korea"));
    assertEquals(Optional.of("KR"), C.codeFor("South Korean"));
    assertEquals(Optional.of("US"), C.codeFor("U.S."));
    assertEquals(Optional.of("US"), C.codeFor("the United States"));
    assertEquals(Optional.of("US"), C.codeFor("America"));
    assertEquals(Optional.of("CN"), C.codeFor("Chinese"));
    assertEquals(Optional.of("JP"), C.codeFor("JAPAN"));
    assertEquals(Optional.of("DE"), C.codeFor("German"));
    assertEquals(Optional.empty(), C.codeFor("us"));
    assertEquals(Optional.empty(), C.codeFor("Us"));
    assertEquals(Optional.empty(), C.codeFor("china"));
    assertTrue(C.isDemonym("South Korean"));
    assertFalse(C.isDemonym("South Korea"));
  }

  @Test
  void capitalsBodiesAndNames() {
    assertEquals(Optional.of("US"), C.codeForCapital("Washington"));
    assertEquals(Optional.of("CN"), C.codeForCapital("Beijing"));
    assertEquals(Optional.of("CN"), C.codeForBody("NDRC"));
    assertEquals(
        "National Development and Reform Commission", C.body("NDRC").orElseThrow().name());
    assertEquals(Optional.of("KR"), C.codeForBody("Ministry of Trade, Industry and Energy"));
    assertEquals(Optional.of("South Korea"), C.name("KR"));
    assertEquals(Optional.of("Beijing"), C.capital("CN"));
    assertEquals(Optional.empty(), C.name("XX"));
    assertEquals(CountryLexicon.Kind.CAPITAL, C.lookup("Beijing").orElseThrow().kind());
    assertEquals(CountryLexicon.Kind.BODY, C.lookup("NDRC").orElseThrow().kind());
    assertEquals(Optional.of("CN"), C.prefixDemonym("Sino-US").map(CountryLexicon.Match::code));
    assertTrue(C.maxPhraseWords() >= 5);
  }

  @Test
  void aPhraseForTwoCountriesIsAnErrorNamingTheLine() {
    DataLine a = new DataLine("x.tsv", 1, ImmutableList.of("AA", "Aland", "Foo"));
    DataLine b = new DataLine("x.tsv", 2, ImmutableList.of("BB", "Bland", "Foo"));
    ModelFileException e =
        assertThrows(ModelFileException.class, () -> CountryLexicon.fromLines(ImmutableList.of(a, b)));
    assertTrue(e.getMessage().startsWith("x.tsv:"), e.getMessage());
    DataLine bad = new DataLine("x.tsv", 3, ImmutableList.of("usa", "Foo"));
    assertThrows(ModelFileException.class, () -> CountryLexicon.fromLines(ImmutableList.of(bad)));
  }
}
