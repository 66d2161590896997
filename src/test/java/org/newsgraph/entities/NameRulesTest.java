package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
}
