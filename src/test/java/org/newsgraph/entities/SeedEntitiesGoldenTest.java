package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Extraction;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.SharedPipeline;

/** The entities of the seed article (testdata/seed-china-korea.txt), end to end. */
class SeedEntitiesGoldenTest {

  private static String text;
  private static Extraction result;

  @BeforeAll
  static void run() {
    text = SharedPipeline.seed();
    result = SharedPipeline.get().extract(text);
  }

  private static Entity named(String name) {
    return result.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + names()));
  }

  private static List<String> names() {
    return result.entities().stream().map(Entity::name).collect(Collectors.toList());
  }

  private static List<String> texts(Entity e, MentionKind kind) {
    return e.mentions().stream()
        .filter(m -> m.kind() == kind)
        .map(Mention::text)
        .collect(Collectors.toList());
  }

  private static void check(Entity e, EntityType type, Optional<String> country) {
    assertEquals(type, e.type(), e.name());
    assertEquals(country, e.country(), e.name());
  }

  private static void place(String name, LocationSubtype subtype, String country) {
    Entity e = named(name);
    check(e, EntityType.LOCATION, Optional.of(country));
    assertEquals(Optional.of(subtype), e.subtype(), name);
  }

  @Test
  void peopleWithTheirShortNames() {
    Entity peng = named("Peng Peng");
    check(peng, EntityType.PERSON, Optional.empty());
    assertEquals(List.of("Peng Peng"), texts(peng, MentionKind.NAME));
    assertEquals(List.of("Peng", "Peng", "Peng"), texts(peng, MentionKind.ALIAS));
    Entity ding = named("Ding Shuang");
    check(ding, EntityType.PERSON, Optional.empty());
    assertEquals(List.of("Ding", "Ding", "Ding"), texts(ding, MentionKind.ALIAS));
    check(named("Xi Jinping"), EntityType.PERSON, Optional.empty());
    assertEquals(1, named("Xi Jinping").mentions().size());
  }

  @Test
  void organisationsGroupedWithTheirCountries() {
    Entity ndrc = named("National Development and Reform Commission");
    check(ndrc, EntityType.ORGANIZATION, Optional.of("CN"));
    assertEquals(List.of("NDRC", "NDRC", "NDRC", "NDRC"), texts(ndrc, MentionKind.ALIAS));
    Entity yonhap = named("Yonhap News Agency");
    check(yonhap, EntityType.ORGANIZATION, Optional.of("KR"));
    assertEquals(List.of("Yonhap"), texts(yonhap, MentionKind.ALIAS));
    check(named("Samsung Electronics"), EntityType.ORGANIZATION, Optional.of("KR"));
    check(named("SK Hynix"), EntityType.ORGANIZATION, Optional.of("KR"));
    check(named("Standard Chartered Bank"), EntityType.ORGANIZATION, Optional.of("GB"));
    check(named("Guangdong Society of Reform"), EntityType.ORGANIZATION, Optional.of("CN"));
    Entity hyundai =
        result.entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Hyundai")))
            .findFirst()
            .orElseThrow();
    check(hyundai, EntityType.ORGANIZATION, Optional.of("KR"));
    assertEquals(2, hyundai.mentions().size());
  }

  @Test
  void countriesWithEveryKindOfMention() {
    Entity china = named("China");
    place("China", LocationSubtype.COUNTRY, "CN");
    assertTrue(texts(china, MentionKind.DEMONYM).containsAll(List.of("Chinese", "Sino")));
    assertEquals(List.of("Beijing"), texts(china, MentionKind.METONYM));
    Entity korea = named("South Korea");
    place("South Korea", LocationSubtype.COUNTRY, "KR");
    assertEquals(List.of("Korea"), texts(korea, MentionKind.ALIAS));
    assertTrue(texts(korea, MentionKind.DEMONYM).containsAll(List.of("South Korean", "Korean")));
    Entity us = named("United States");
    place("United States", LocationSubtype.COUNTRY, "US");
    assertEquals(List.of("Washington"), texts(us, MentionKind.METONYM));
    assertTrue(texts(us, MentionKind.ALIAS).contains("US"));
    place("Russia", LocationSubtype.COUNTRY, "RU");
    place("Germany", LocationSubtype.COUNTRY, "DE");
    place("Japan", LocationSubtype.COUNTRY, "JP");
    assertEquals(List.of("German"), texts(named("Germany"), MentionKind.DEMONYM));
    assertEquals(List.of("Japanese"), texts(named("Japan"), MentionKind.DEMONYM));
    assertTrue(names().stream().noneMatch(n -> n.equals("Korea") || n.equals("Washington")));
  }

  @Test
  void placesFromTheGazetteer() {
    place("Changchun", LocationSubtype.CITY, "CN");
    place("Jilin", LocationSubtype.STATE_OR_PROVINCE, "CN");
    Entity gc = named("Greater China");
    assertEquals(Optional.of(LocationSubtype.REGION), gc.subtype());
    assertTrue(names().stream().noneMatch(n -> n.equals("Greater")));
  }

  @Test
  void nothingFromTheFurniture() {
    for (String n : List.of("Yagi", "Bebinca", "Bung Moktar", "Zahid", "Rafizi", "Iran",
        "Indonesia", "South China Morning Post", "SCMP Knowledge")) {
      assertTrue(names().stream().noneMatch(x -> x.contains(n)), n + " in " + names());
    }
    int trailer = text.indexOf("More from South China Morning Post");
    assertTrue(trailer > 0);
    for (Entity e : result.entities()) {
      for (Mention m : e.mentions()) {
        assertTrue(m.start() < trailer, "mention in the trailer: " + m);
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }

  @Test
  void idsFollowFirstMentionsAndMentionsAreInTextOrder() {
    int last = -1;
    for (int i = 0; i < result.entities().size(); i++) {
      Entity e = result.entities().get(i);
      assertEquals("e" + (i + 1), e.id());
      assertTrue(e.mentions().get(0).start() > last, e.name());
      last = e.mentions().get(0).start();
      for (int j = 1; j < e.mentions().size(); j++) {
        assertTrue(e.mentions().get(j).start() >= e.mentions().get(j - 1).end(), e.name());
      }
    }
    assertEquals("China", result.entities().get(0).name());
    assertEquals("South Korea", result.entities().get(1).name());
  }
}
