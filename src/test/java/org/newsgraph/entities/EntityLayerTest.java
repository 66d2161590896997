package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureKind;
import org.newsgraph.text.TestTexts;

/** The entity rules on hand-built sentences: no CoreNLP model needed. */
class EntityLayerTest {

  private static final EntityLayer LAYER = new EntityLayer(Lexicons.bundled());

  private static List<Entity> resolve(AnalyzedText t) {
    return LAYER.resolve(t).entities();
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + names(es)));
  }

  private static List<String> names(List<Entity> es) {
    return es.stream().map(Entity::name).collect(Collectors.toList());
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(Mention::text).collect(Collectors.toList());
  }

  private static List<MentionKind> kinds(Entity e) {
    return e.mentions().stream().map(Mention::kind).collect(Collectors.toList());
  }

  @Test
  void surnameJoinsTheFullNameBeforeIt() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"said Peng Peng , chairman .", "VBD NNP NNP , NN .", "O PERSON PERSON O O O"},
              {"Peng said .", "NNP VBD .", "PERSON O O"},
              {"Ding Shuang spoke .", "NNP NNP VBD .", "PERSON PERSON O O"},
              {"Ding said .", "NNP VBD .", "PERSON O O"}
            });
    List<Entity> es = resolve(t);
    assertEquals(List.of("Peng Peng", "Ding Shuang"), names(es));
    assertEquals(List.of("Peng Peng", "Peng"), mentionTexts(es.get(0)));
    assertEquals(List.of(MentionKind.NAME, MentionKind.ALIAS), kinds(es.get(0)));
    assertEquals(List.of("Ding Shuang", "Ding"), mentionTexts(es.get(1)));
    assertEquals("e1", es.get(0).id());
    assertEquals("e2", es.get(1).id());
    assertEquals(EntityType.PERSON, es.get(1).type());
    assertEquals(Optional.empty(), es.get(1).country());
  }

  @Test
  void acronymInParenthesesBecomesAnAliasEvenUntagged() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {
                "the Global Widget Council ( GWC ) met .",
                "DT NNP NNP NNP -LRB- NNP -RRB- VBD .",
                "O ORGANIZATION ORGANIZATION ORGANIZATION O O O O O"
              },
              {"The GWC said .", "DT NNP VBD .", "O O O O"},
              {"GWC added .", "NNP VBD .", "ORGANIZATION O O"}
            });
    List<Entity> es = resolve(t);
    assertEquals(1, es.size(), names(es).toString());
    assertEquals("Global Widget Council", es.get(0).name());
    assertEquals(List.of("Global Widget Council", "GWC", "GWC", "GWC"), mentionTexts(es.get(0)));
    assertEquals(MentionKind.ALIAS, es.get(0).mentions().get(1).kind());
  }

  @Test
  void acronymSpellingTheInitialsAndFirstWordsJoinTheOrganisation() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {
                "Acme Trading Company and Northern Widget Board agreed .",
                "NNP NNP NNP CC NNP NNP NNP VBD .",
                "ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION ORGANIZATION ORGANIZATION O O"
              },
              {"NWB and Acme said .", "NNP CC NNP VBD .", "ORGANIZATION O ORGANIZATION O O"}
            });
    List<Entity> es = resolve(t);
    assertEquals(List.of("Acme Trading Company", "Northern Widget Board"), names(es));
    assertEquals(List.of("Acme Trading Company", "Acme"), mentionTexts(es.get(0)));
    assertEquals(List.of("Northern Widget Board", "NWB"), mentionTexts(es.get(1)));
  }

  @Test
  void everyNameOfTheUnitedStatesIsOneCountry() {
    AnalyzedText t =
        TestTexts.sentence(
            "The US , the U.S. , the United States and America agree .",
            "DT NNP , DT NNP , DT NNP NNPS CC NNP VBP .",
            "O LOCATION O O LOCATION O O LOCATION LOCATION O O O O");
    List<Entity> es = resolve(t);
    assertEquals(1, es.size(), names(es).toString());
    Entity us = es.get(0);
    assertEquals("United States", us.name());
    assertEquals(Optional.of("US"), us.country());
    assertEquals(Optional.of(LocationSubtype.COUNTRY), us.subtype());
    assertEquals(List.of("US", "U.S.", "United States", "America"), mentionTexts(us));
    assertEquals(
        List.of(MentionKind.ALIAS, MentionKind.ALIAS, MentionKind.NAME, MentionKind.ALIAS),
        kinds(us));
  }

  @Test
  void nationalityWordsAreDemonymsOfTheirCountryAndKoreaIsSouthKorea() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"South Korean firms met Chinese officials .", "JJ JJ NNS VBD JJ NNS .", "O O O O O O O"},
              {"Korea objected .", "NNP VBD .", "LOCATION O O"}
            });
    List<Entity> es = resolve(t);
    assertEquals(List.of("South Korea", "China"), names(es));
    assertEquals(List.of("South Korean", "Korea"), mentionTexts(es.get(0)));
    assertEquals(List.of(MentionKind.DEMONYM, MentionKind.ALIAS), kinds(es.get(0)));
    assertEquals(Optional.of("KR"), es.get(0).country());
    assertEquals(List.of(MentionKind.DEMONYM), kinds(es.get(1)));
  }

  @Test
  void capitalsActingForTheGovernmentAreMetonymsWhileAPlaceStaysACity() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {
                "the crackdown [ by Washington on Beijing ] hurts .",
                "DT NN -LRB- IN NNP IN NNP -RRB- VBZ .",
                "O O O O LOCATION O LOCATION O O O"
              },
              {"Beijing says no .", "NNP VBZ DT .", "LOCATION O O O"},
              {"They met in Beijing .", "PRP VBD IN NNP .", "O O O LOCATION O"}
            });
    List<Entity> es = resolve(t);
    Entity us = named(es, "United States");
    Entity china = named(es, "China");
    Entity city = named(es, "Beijing");
    assertEquals(List.of(MentionKind.METONYM), kinds(us));
    assertEquals(List.of("Beijing", "Beijing"), mentionTexts(china));
    assertEquals(List.of(MentionKind.METONYM, MentionKind.METONYM), kinds(china));
    assertEquals(Optional.of(LocationSubtype.CITY), city.subtype());
    assertEquals(Optional.of("CN"), city.country());
    assertEquals(1, city.mentions().size());
  }

  @Test
  void multiWordPlacesComeFromTheGazetteerAndStopWordsGo() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {
                "chief Greater China economist in Changchun , Jilin province .",
                "JJ NNP NNP NN IN NNP , NNP NN .",
                "O LOCATION LOCATION O O LOCATION O LOCATION LOCATION O"
              },
              {"Greater gains .", "NNP NNS .", "LOCATION O O"}
            });
    List<Entity> es = resolve(t);
    assertEquals(List.of("Greater China", "Changchun", "Jilin"), names(es));
    assertEquals(Optional.of(LocationSubtype.REGION), es.get(0).subtype());
    assertEquals(Optional.of(LocationSubtype.CITY), es.get(1).subtype());
    assertEquals(Optional.of("CN"), es.get(1).country());
    assertEquals(Optional.of(LocationSubtype.STATE_OR_PROVINCE), es.get(2).subtype());
    assertEquals(List.of("Jilin"), mentionTexts(es.get(2)));
  }

  @Test
  void aNationalityBeforeCompaniesGivesThemTheirCountry() {
    AnalyzedText t =
        TestTexts.sentence(
            "South Korean companies Foo Motors and Bar Steel grew , unlike Baz Corp .",
            "JJ JJ NNS NNP NNPS CC NNP NNP VBD , IN NNP NNP .",
            "O O O ORGANIZATION ORGANIZATION O ORGANIZATION ORGANIZATION O O O ORGANIZATION"
                + " ORGANIZATION O");
    List<Entity> es = resolve(t);
    assertEquals(Optional.of("KR"), named(es, "Foo Motors").country());
    assertEquals(Optional.of("KR"), named(es, "Bar Steel").country());
    assertEquals(Optional.empty(), named(es, "Baz Corp").country());
  }

  @Test
  void aCountryInsideAnOrganisationNameGivesItsCountry() {
    AnalyzedText t =
        TestTexts.sentence(
            "the Guangdong Society of Reform said .",
            "DT NNP NNP IN NNP VBD .",
            "O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION O O");
    Entity org = resolve(t).get(0);
    assertEquals("Guangdong Society of Reform", org.name());
    assertEquals(Optional.of("CN"), org.country());
  }

  @Test
  void lexiconOrganisationsAndBodiesGroupWithTheirShortForms() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"quoted by the Yonhap News Agency .", "VBN IN DT NNP NNP NNP .",
                "O O O ORGANIZATION ORGANIZATION ORGANIZATION O"},
              {"according to Yonhap and the NDRC .", "VBG TO NNP CC DT NNP .",
                "O O ORGANIZATION O O ORGANIZATION O"}
            });
    List<Entity> es = resolve(t);
    Entity yonhap = named(es, "Yonhap News Agency");
    assertEquals(List.of("Yonhap News Agency", "Yonhap"), mentionTexts(yonhap));
    assertEquals(Optional.of("KR"), yonhap.country());
    assertEquals(
        Optional.of("CN"), named(es, "National Development and Reform Commission").country());
  }

  @Test
  void stormNamesAreNotPeople() {
    AnalyzedText t =
        TestTexts.sentence(
            "China braces for Typhoon Bebinca .",
            "NNP VBZ IN NNP NNP .",
            "LOCATION O O O PERSON O");
    assertEquals(List.of("China"), names(resolve(t)));
  }

  @Test
  void sinoAndAHyphenatedCountryAreDemonyms() {
    String text = "Amid Sino-US tensions";
    List<org.newsgraph.text.Token> tokens =
        List.of(
            new org.newsgraph.text.Token(0, "Amid", "Amid", 0, 4, "IN", "amid", "O"),
            new org.newsgraph.text.Token(1, "Sino", "Sino", 5, 9, "JJ", "sino", "MISC"),
            new org.newsgraph.text.Token(2, "-", "-", 9, 10, "HYPH", "-", "O"),
            new org.newsgraph.text.Token(3, "US", "US", 10, 12, "NNP", "us", "O"),
            new org.newsgraph.text.Token(4, "tensions", "tensions", 13, 21, "NNS", "tension", "O"));
    AnalyzedText t =
        AnalyzedText.of(text, List.of(org.newsgraph.text.Sentence.of(0, 0, tokens)));
    List<Entity> es = resolve(t);
    assertEquals(List.of("China", "United States"), names(es));
    assertEquals(List.of(MentionKind.DEMONYM), kinds(es.get(0)));
    assertEquals(List.of(MentionKind.DEMONYM), kinds(es.get(1)));
  }

  @Test
  void lawsAreNotOrganisations() {
    AnalyzedText t =
        TestTexts.sentence(
            "signing its Chips and Science Act into law", "VBG PRP$ NNS CC NNP NNP IN NN",
            "O O O O ORGANIZATION ORGANIZATION O O");
    assertEquals(List.of(), names(resolve(t)));
  }

  @Test
  void hyphenatedModifiersAreNotNames() {
    AnalyzedText t =
        TestTexts.sentence(
            "a United Nations-sponsored truce", "DT NNP JJ NN", "O O O O");
    assertEquals(List.of(), names(resolve(t)));
  }

  @Test
  void untaggedCountriesAreFoundButNotInsideLongerNames() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"talks with Russia stalled .", "NNS IN NNP VBD .", "O O O O O"},
              {"the Hong Kong Open began .", "DT NNP NNP NNP VBD .", "O O O O O O"}
            });
    assertEquals(List.of("Russia"), names(resolve(t)));
  }

  @Test
  void furnitureMentionsAreDroppedAndEntitiesOnlyThereVanish() {
    AnalyzedText t =
        TestTexts.sentences(
            new String[][] {
              {"Peng Peng spoke .", "NNP NNP VBD .", "PERSON PERSON O O"},
              {"Peng and Yagi left .", "NNP CC NNP VBD .", "PERSON O PERSON O O"}
            });
    AnalyzedText marked =
        t.mapSentences(s -> s.index() == 1 ? s.withFurniture(FurnitureKind.PROMOTION) : s);
    List<Entity> es = resolve(marked);
    assertEquals(List.of("Peng Peng"), names(es));
    assertEquals(1, es.get(0).mentions().size());
  }

  @Test
  void allCapitalHeadlinesStillFindCountries() {
    AnalyzedText t =
        TestTexts.sentence(
            "SOCCER - JAPAN BEAT SYRIA .", "NN : NNP VBD NNP .", "O O LOCATION O LOCATION O");
    List<Entity> es = resolve(t);
    assertEquals(List.of("Japan", "Syria"), names(es));
    assertEquals(MentionKind.NAME, es.get(0).mentions().get(0).kind());
    assertTrue(es.stream().allMatch(e -> e.country().isPresent()));
  }
}
