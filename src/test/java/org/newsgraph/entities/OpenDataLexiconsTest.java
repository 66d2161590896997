package org.newsgraph.entities;

import org.newsgraph.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.GeoNamesGazetteer;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.IsoCountries;
import org.newsgraph.lexicon.ModelFiles;

/**
 * The lexicons generated from open data (GeoNames cities, ISO 3166-1) load, and agree with the
 * hand-kept country lexicon: every code of {@code countries.tsv} is an ISO country except the
 * unions of countries, which the entity layer makes organisations.
 */
class OpenDataLexiconsTest {

  private static final ModelFiles FILES = ModelFiles.bundled();

  @Test
  void theGeoNamesGazetteerKnowsTownsByNameWithOrWithoutCase() {
    GeoNamesGazetteer cities = GeoNamesGazetteer.load(FILES);
    assertTrue(cities.size() > 20_000, "cities: " + cities.size());
    assertEquals(Optional.of("BR"), cities.lookup("Santos").map(GeoNamesGazetteer.City::country));
    assertEquals(Optional.of("GB"), cities.lookup("READING").map(GeoNamesGazetteer.City::country));
    assertFalse(cities.lookup("Velquez").isPresent());
  }

  @Test
  void everyCountryOfTheCountryLexiconIsAnIsoCountryExceptTheUnions() {
    IsoCountries iso = IsoCountries.load(FILES);
    assertEquals(250, iso.size());
    List<String> notIso = new ArrayList<>();
    for (CountryLexicon.Country c : CountryLexicon.fromLines(FILES.lines(ModelFile.COUNTRIES)).countries()) {
      if (!iso.isCountry(c.code())) {
        notIso.add(c.code());
      }
    }
    assertEquals(List.of("EU"), notIso);
    assertEquals(Optional.of("Norway"), iso.name("NO"));
  }
}
