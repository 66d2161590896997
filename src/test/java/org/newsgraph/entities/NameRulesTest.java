package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The name-structure rules on hand-built sentences (no CoreNLP model): hyphenated given names and
 * name particles the tokenizer split, short forms of a person's name, a name's type kept through
 * the document, untagged repeats. All names are invented.
 */
class NameRulesTest {

  private static final EntityLayer LAYER = new EntityLayer(Lexicons.bundled());

  /**
   * Sentences of {@code word/TAG/NER} items separated by spaces; an item starting with "~" is
   * written right after the one before it, with no space (as "Ga-eun" is tokenized "Ga - eun").
   */
  private static AnalyzedText text(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (s > 0) {
        text.append("\n\n");
      }
      List<Token> tokens = new ArrayList<>();
      String[] items = sentences[s].split(" ");
      for (int i = 0; i < items.length; i++) {
        String item = items[i];
        boolean glued = item.startsWith("~");
        if (glued) {
          item = item.substring(1);
        }
        String[] parts = item.split("/");
        if (i > 0 && !glued) {
          text.append(' ');
        }
        int start = text.length();
        text.append(parts[0]);
        tokens.add(
            new Token(i, parts[0], parts[0], start, text.length(), parts[1],
                parts[0].toLowerCase(Locale.ROOT), parts[2]));
      }
      out.add(Sentence.of(s, s, tokens));
    }
    return AnalyzedText.of(text.toString(), out);
  }

  private static void assertTypeAndCountry(Entity e, EntityType type, String country) {
    assertEquals(type, e.type(), e.name());
    assertEquals(Optional.of(country), e.country(), e.name());
  }

  /** The entities the layer resolves in {@code sentences} (as {@link #text}). */
  private static List<Entity> entities(String... sentences) {
    return LAYER.resolve(text(sentences)).entities();
  }

  private static List<String> mentions(List<Entity> es, EntityType type) {
    return es.stream()
        .filter(e -> e.type() == type)
        .flatMap(e -> e.mentions().stream())
        .map(Mention::text)
        .collect(Collectors.toList());
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + es));
  }

  @Test
  void aHyphenatedGivenNameIsNotCutAtTheHyphen() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "Minister/NNP/O Park/NNP/PERSON Su/NNP/PERSON ~-/HYPH/O ~bin/NN/O arrived/VBD/O ./././O",
                    "Su/NNP/PERSON ~-/HYPH/O ~bin/NN/O spoke/VBD/O ./././O"))
            .entities();
    assertEquals(List.of("Park Su-bin", "Su-bin"), mentions(es, EntityType.PERSON));
    assertEquals(2, named(es, "Park Su-bin").mentions().size());
  }

  @Test
  void aCompoundAfterTheHyphenIsNotPartOfTheName() {
    List<Entity> es =
        LAYER.resolve(
                text("the/DT/O Tarvo/NNP/PERSON Klenn/NNP/PERSON ~-/HYPH/O ~led/VBN/O cabinet/NN/O ./././O"))
            .entities();
    assertEquals(List.of("Tarvo Klenn"), mentions(es, EntityType.PERSON));
  }

  @Test
  void aNameParticleBeforeTheHyphenBelongsToTheName() {
    List<Entity> es =
        LAYER.resolve(text("Sheikh/NNP/O Omar/NNP/O al/NNP/O ~-/HYPH/O ~Zarbin/NNP/PERSON spoke/VBD/O ./././O"))
            .entities();
    assertEquals(List.of("al-Zarbin"), mentions(es, EntityType.PERSON));
  }

  @Test
  void aSurnameAloneLaterIsThePersonEvenWhereUntaggedOrTaggedAPlace() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "Tomas/NNP/PERSON Velquez/NNP/PERSON won/VBD/O ./././O",
                    "Velquez/NNP/LOCATION thanked/VBD/O fans/NNS/O ./././O",
                    "Fans/NNS/O cheered/VBD/O Velquez/NNP/O ./././O"))
            .entities();
    assertEquals(List.of("Tomas Velquez", "Velquez", "Velquez"), mentions(es, EntityType.PERSON));
    assertEquals(List.of(), mentions(es, EntityType.LOCATION));
  }

  @Test
  void onceAnOrganisationAlwaysAnOrganisation() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "Brightwave/NNP/PERSON launched/VBD/O an/DT/O app/NN/O ./././O",
                    "Users/NNS/O of/IN/O Brightwave/NNP/ORGANIZATION complained/VBD/O ./././O",
                    "The/DT/O new/JJ/O Brightwave/NNP/O feature/NN/O ./././O"))
            .entities();
    // The tagged person becomes the organisation; one word alone untagged is not taken.
    assertEquals(List.of("Brightwave", "Brightwave"), mentions(es, EntityType.ORGANIZATION));
    assertEquals(List.of(), mentions(es, EntityType.PERSON));
  }

  @Test
  void anUntaggedRepeatInsideALongerNameIsNotTaken() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "Dalmor/NNP/ORGANIZATION hired/VBD/O staff/NN/O ./././O",
                    "Dalmor/NNP/O Bay/NNP/O is/VBZ/O quiet/JJ/O ./././O"))
            .entities();
    assertEquals(List.of("Dalmor"), mentions(es, EntityType.ORGANIZATION));
  }

  @Test
  void aMessagingAppIsAnOrganisationEvenTaggedAPerson() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "Rumours/NNS/O spread/VBD/O on/IN/O WhatsApp/NNP/PERSON ./././O",
                    "Buyers/NNS/O prefer/VBP/O Xiaomi/NNP/O phones/NNS/O ./././O"))
            .entities();
    assertEquals(List.of("WhatsApp", "Xiaomi"), mentions(es, EntityType.ORGANIZATION));
    assertEquals(List.of(), mentions(es, EntityType.PERSON));
  }

  @Test
  void aCapitalisedInstitutionAloneIsAnOrganisation() {
    List<Entity> es =
        LAYER.resolve(
                text(
                    "The/DT/O Parliament/NNP/O voted/VBD/O ./././O",
                    "Kolvar/NNP/O Parliament/NNP/O met/VBD/O ./././O",
                    "Guards/NNS/O left/VBD/O Parliament/NNP/O House/NNP/O ./././O",
                    "the/DT/O parliament/NN/O agreed/VBD/O ./././O"))
            .entities();
    assertEquals(List.of("Parliament"), mentions(es, EntityType.ORGANIZATION));
  }

  @Test
  void aMultiWordOrganisationOfTheLexiconWinsOverAPersonTag() {
    List<Entity> es =
        LAYER.resolve(
                text("Viewers/NNS/O of/IN/O Al/NNP/PERSON Jazeera/NNP/PERSON wrote/VBD/O ./././O"))
            .entities();
    assertEquals(List.of("Al Jazeera"), mentions(es, EntityType.ORGANIZATION));
    assertEquals(List.of(), mentions(es, EntityType.PERSON));
  }

  @Test
  void aTitleIsNotPartOfThePersonsName() {
    List<Entity> es =
        LAYER.resolve(
                text("Justice/NNP/PERSON Orla/NNP/PERSON Venn/NNP/PERSON ruled/VBD/O ./././O",
                    "Gen/NNP/PERSON Brask/NNP/PERSON resigned/VBD/O ./././O"))
            .entities();
    assertEquals(List.of("Orla Venn", "Brask"), mentions(es, EntityType.PERSON));
  }

  /**
   * The mentions by type (organisations, places, persons) that the layer finds in {@code sentences}:
   * the table of the world-news rules below.
   */
  private static void assertMentions(
      String[] sentences, List<String> orgs, List<String> places, List<String> persons) {
    List<Entity> es = entities(sentences);
    assertEquals(orgs, mentions(es, EntityType.ORGANIZATION), "organisations");
    assertEquals(places, mentions(es, EntityType.LOCATION), "places");
    assertEquals(persons, mentions(es, EntityType.PERSON), "persons");
  }

  private static String[] doc(String... sentences) {
    return sentences;
  }

  @Test
  void aUnionOfCountriesIsAnOrganisationNotAPlace() {
    String[] d = doc(
        "The/DT/O European/NNP/ORGANIZATION Union/NNP/ORGANIZATION fined/VBD/O Norway/NNP/LOCATION",
        "EU/NNP/LOCATION ministers/NNS/O met/VBD/O ./././O",
        "European/JJ/NATIONALITY carmakers/NNS/O grew/VBD/O ./././O");
    assertMentions(d, List.of("European Union", "EU"), List.of("Norway"), List.of());
    assertTypeAndCountry(named(entities(d), "European Union"), EntityType.ORGANIZATION, "EU");
  }

  @Test
  void aOneWordOrganisationOfTheLexiconIsTakenAfterAPossessiveOrAfterThe() {
    assertMentions(
        doc("Norway/NNP/LOCATION 's/POS/O CATL/NNP/O hired/VBD/O staff/NN/O ./././O",
            "Tomas/NNP/PERSON Grey/NNP/PERSON 's/POS/O RBI/NNP/O double/NN/O won/VBD/O ./././O",
            "She/PRP/O joined/VBD/O the/DT/O Bruegel/NNP/PERSON think/NN/O tank/NN/O ./././O",
            "Bruegel/NNP/PERSON painted/VBD/O peasants/NNS/O ./././O"),
        List.of("CATL", "Bruegel"), List.of("Norway"), List.of("Tomas Grey", "Bruegel"));
  }

  @Test
  void aKnownCityTakenForAPersonAfterAPlaceWordIsThePlace() {
    String[] d = doc(
        "Queues/NNS/O grew/VBD/O at/IN/O the/DT/O port/NN/O in/IN/O Santos/NNP/PERSON ./././O",
        "Officials/NNS/O spoke/VBD/O to/TO/O Hamilton/NNP/PERSON ./././O",
        "Trade/NN/O in/IN/O Velquez/NNP/PERSON grew/VBD/O ./././O");
    assertMentions(d, List.of(), List.of("Santos"), List.of("Hamilton", "Velquez"));
    assertTypeAndCountry(named(entities(d), "Santos"), EntityType.LOCATION, "BR");
  }

  @Test
  void aOneWordShortNameInParenthesesIsTheOrganisationsAlias() {
    List<Entity> es =
        entities("the/DT/O Harbour/NNP/ORGANIZATION Growers/NNP/ORGANIZATION"
                + " Council/NNP/ORGANIZATION (/-LRB-/O Hargro/NNP/O )/-RRB-/O said/VBD/O"
                + " ./././O",
            "Hargro/NNP/O expects/VBZ/O rain/NN/O ./././O");
    assertEquals(
        List.of("Harbour Growers Council", "Hargro", "Hargro"),
        named(es, "Harbour Growers Council").mentions().stream().map(Mention::text)
            .collect(Collectors.toList()));
  }

  @Test
  void townsInTheRowsOfAResultsTableAreTeams() {
    assertMentions(
        doc("Reading/NNP/O 2/CD/O Northbay/NNP/ORGANIZATION 1/CD/O Chicago/NNP/LOCATION 3/CD/O"
                + " Hamilton/NNP/PERSON 0/CD/O",
            "Standings/NNS/O :/:/O Atlanta/NNP/LOCATION 4/CD/O 3/CD/O 1/CD/O ./././O",
            "Norway/NNP/LOCATION 2/CD/O Chile/NNP/LOCATION 1/CD/O",
            "Tomas/NNP/PERSON Grey/NNP/PERSON 68/CD/O 70/CD/O",
            "Chicago/NNP/LOCATION 2024/CD/O fair/NN/O ./././O"),
        List.of("Reading", "Northbay", "Chicago", "Hamilton", "Atlanta"),
        List.of("Norway", "Chile", "Chicago"),
        List.of("Tomas Grey"));
  }

  @Test
  void aKnownTownTheDocumentUsesAsAPlaceIsAPlaceThroughout() {
    assertMentions(
        doc("Santos/NNP/ORGANIZATION grew/VBD/O fast/RB/O ./././O",
            "Queues/NNS/O near/IN/O Santos/NNP/ORGANIZATION grew/VBD/O ./././O",
            "Hamilton/NNP/PERSON replied/VBD/O ./././O",
            "Officials/NNS/O spoke/VBD/O to/TO/O Hamilton/NNP/PERSON ./././O",
            "Orla/NNP/PERSON Velquez/NNP/PERSON arrived/VBD/O ./././O",
            "Schools/NNS/O in/IN/O Velquez/NNP/PERSON closed/VBD/O ./././O"),
        List.of(),
        List.of("Santos", "Santos"),
        List.of("Hamilton", "Hamilton", "Orla Velquez", "Velquez"));
  }
}
