package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.LocationSubtype;
import org.newsgraph.ModelFile;

/**
 * The entity layer's model files parse (duplicate phrases with different meanings fail while
 * loading) and hold what the rules rely on.
 */
class EntityModelFilesTest {

  private static final ModelFiles FILES = ModelFiles.bundled();

  @Test
  void placesParseWithSubtypesAndCountries() {
    PlaceGazetteer p = PlaceGazetteer.fromLines(FILES.lines(ModelFile.PLACES));
    assertTrue(p.places().size() > 300, "places: " + p.places().size());
    PlaceGazetteer.Place changchun = p.lookup("Changchun").orElseThrow();
    assertEquals(LocationSubtype.CITY, changchun.subtype());
    assertEquals(Optional.of("CN"), changchun.country());
    assertEquals(LocationSubtype.STATE_OR_PROVINCE, p.lookup("Jilin").orElseThrow().subtype());
    assertEquals(LocationSubtype.REGION, p.lookup("Greater China").orElseThrow().subtype());
    assertEquals(Optional.empty(), p.lookup("Tuesday"));
  }

  @Test
  void organisationsParseWithAliasesKindsAndCountries() {
    OrganizationLexicon o = OrganizationLexicon.fromLines(FILES.lines(ModelFile.ORGANIZATIONS));
    OrganizationLexicon.Organization yonhap = o.lookup("Yonhap").orElseThrow();
    assertEquals("Yonhap News Agency", yonhap.name());
    assertEquals(Optional.of("KR"), yonhap.country());
    assertTrue(yonhap.isMedium());
    assertEquals(Optional.of("KR"), o.lookup("SK Hynix").orElseThrow().country());
    assertEquals(Optional.of("semiconductors"), o.lookup("Samsung Electronics").orElseThrow().sector());
  }

  @Test
  void firstNamesHaveOneGenderEachAndNoDuplicateLines() {
    FirstNames names = FirstNames.load(FILES);
    assertEquals(FILES.lines(ModelFile.FIRST_NAMES).size(), names.size(), "duplicate names");
    assertTrue(names.size() >= 300, "names: " + names.size());
    assertEquals(Optional.of(FirstNames.Gender.MALE), names.genderOfFullName("John Smith"));
    assertEquals(Optional.of(FirstNames.Gender.FEMALE), names.gender("Mary"));
    assertEquals(Optional.empty(), names.gender("Peng"));
  }

  @Test
  void stoplistParsesAndHasEachKind() {
    EntityStoplist s = EntityStoplist.load(FILES);
    assertTrue(s.has(EntityStoplist.Kind.STOP, "Greater", "LOCATION"));
    assertTrue(s.has(EntityStoplist.Kind.STOP, "GREATER", "LOCATION"));
    assertTrue(s.has(EntityStoplist.Kind.METONYM_BEFORE, "by"));
    assertTrue(s.has(EntityStoplist.Kind.PLACE_BEFORE, "in"));
    assertTrue(s.has(EntityStoplist.Kind.ORG_NOUN, "carmaker"));
    assertTrue(s.has(EntityStoplist.Kind.NOT_PERSON_AFTER, "Typhoon"));
    DataLine a = new DataLine("x", 1, ImmutableList.of("STOP", "Foo"));
    assertThrows(ModelFileException.class, () -> EntityStoplist.fromLines(ImmutableList.of(a, a)));
    DataLine bad = new DataLine("x", 2, ImmutableList.of("NOPE", "Foo"));
    assertThrows(ModelFileException.class, () -> EntityStoplist.fromLines(ImmutableList.of(bad)));
  }

  @Test
  void countryCodesAreUniqueLinesAndEveryFileLoads() {
    Set<String> codes = new HashSet<>();
    for (DataLine l : FILES.lines(ModelFile.COUNTRIES)) {
      assertTrue(codes.add(l.field(0)), "duplicate country line " + l.field(0));
    }
    CountryLexicon.fromLines(FILES.lines(ModelFile.COUNTRIES));
    FurniturePatterns.load(FILES);
    DataLine badPlace = new DataLine("x", 1, ImmutableList.of("Foo", "VILLAGE", "CN"));
    assertThrows(ModelFileException.class, () -> PlaceGazetteer.fromLines(ImmutableList.of(badPlace)));
    DataLine twice1 = new DataLine("x", 1, ImmutableList.of("Foo Inc", "Foo", "US", "COMPANY"));
    DataLine twice2 = new DataLine("x", 2, ImmutableList.of("Foo Ltd", "Foo", "GB", "COMPANY"));
    assertThrows(
        ModelFileException.class,
        () -> OrganizationLexicon.fromLines(ImmutableList.of(twice1, twice2)));
  }
}
