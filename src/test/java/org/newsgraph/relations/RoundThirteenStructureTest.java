package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Relation;
import org.newsgraph.entities.EntityLayer;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.TestTexts;

/**
 * The thirteenth round's structural patterns, on sentences written for this test (no model): a
 * clause with a subject of its own owns what lies in it ("Peru will supply sugar, while Canada will
 * provide steel": the steel is Canada's); a pronoun after an organisation named in its own sentence
 * refers to the organisation, not to a country named in an earlier one ("The bus association said
 * half of its buses ..."); an acronym the text defines for another organisation ("Cobalt Power
 * Company (CPC)") is no national body the lexicon knows by the same letters.
 */
class RoundThirteenStructureTest {

  private static final Lexicons LEXICONS = Lexicons.bundled();
  private static final RelationExtractor EXTRACTOR = new RelationExtractor(LEXICONS);

  private static Set<String> relations(AnalyzedText text, ResolvedEntities entities) {
    Set<String> found = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(text, entities, List.of())) {
      found.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return found;
  }

  @Test
  void aClauseWithItsOwnSubjectOwnsItsGoods() {
    AnalyzedText t = ParsedTexts.of("Peru|NNP|2|nsubj will|MD|2|aux supply|VB|-1|root sugar|NN|2|obj "
        + ",|,|2|punct while|IN|8|mark Canada|NNP|8|nsubj will|MD|8|aux provide|VB|2|advcl steel|NN|8|obj .|.|2|punct");
    Set<String> found = relations(t, ResolvedEntities.none());
    assertEquals(Set.of("CA steel ACTIVITY -", "PE agriculture ACTIVITY -"), found);
  }

  @Test
  void aClauseWithoutASubjectOfItsOwnStillClimbs() {
    // "Peru will supply sugar and provide steel": both goods are Peru's
    AnalyzedText t = ParsedTexts.of("Peru|NNP|2|nsubj will|MD|2|aux supply|VB|-1|root sugar|NN|2|obj "
        + "and|CC|5|cc provide|VB|2|conj steel|NN|5|obj .|.|2|punct");
    assertEquals(Set.of("PE agriculture ACTIVITY -", "PE steel ACTIVITY -"),
        relations(t, ResolvedEntities.none()));
  }

  @Test
  void aPronounAfterAnOrganisationInItsSentenceIsTheOrganisations() {
    AnalyzedText t = ParsedTexts.inOneParagraph(
        "Kenya|NNP|_|_ raised|VBD|_|_|raise tea|NN|_|_ exports|NNS|_|_|export .|.|_|_",
        "The|DT|_|_ Acme|NNP|_|_ Bus|NNP|_|_ Association|NNP|_|_ said|VBD|_|_|say half|NN|_|_ of|IN|_|_ "
            + "its|PRP$|_|_ buses|NNS|_|_|bus were|VBD|_|_|be idle|JJ|_|_ .|.|_|_");
    Mention name = new Mention(t.span(t.sentences().get(1), 1, 3), MentionKind.NAME);
    ResolvedEntities association = ResolvedEntities.of(List.of(Entity.of("e1", EntityType.ORGANIZATION,
        Optional.empty(), "Acme Bus Association", Optional.empty(), List.of(name))));
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(t, association));
    // with no organisation named, "its" still refers back to the country
    assertEquals(Set.of("KE agriculture ACTIVITY -", "KE automotive ACTIVITY -"),
        relations(t, ResolvedEntities.none()));
  }

  /** "the {@code firm} Power Company ( CPC ) said ." and a sentence that names the firm by its acronym. */
  private static AnalyzedText definedAcronym(String firm, String[] second) {
    return TestTexts.sentences(new String[][] {
        {"the " + firm + " Power Company ( CPC ) said .", "DT NNP NNP NNP -LRB- NNP -RRB- VBD .",
            "O ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O O"}, second});
  }

  @Test
  void anAcronymTheTextDefinesIsNoNationalBodyOfTheSameLetters() {
    AnalyzedText t = definedAcronym("Cobalt",
        new String[] {"CPC raised oil output .", "NNP VBD NN NN .", "ORGANIZATION O O O O"});
    ResolvedEntities entities = new EntityLayer(LEXICONS).resolve(t);
    List<Entity> es = entities.entities();
    assertEquals(List.of("Cobalt Power Company"), es.stream().map(Entity::name).toList());
    assertEquals(List.of("Cobalt Power Company", "CPC", "CPC"),
        es.get(0).mentions().stream().map(Mention::text).toList());
    assertEquals(Set.of(), relations(t, entities));
  }

  @Test
  void anAcronymOfAFirmWithACountryStaysTheFirms() {
    // the firm's country comes from its name; the letters are still no other country's body
    AnalyzedText t = definedAcronym("Kenya",
        new String[] {"CPC exports oil .", "NNP VBZ NN .", "ORGANIZATION O O O"});
    ResolvedEntities entities = new EntityLayer(LEXICONS).resolve(t);
    assertEquals(List.of(Optional.of("KE")), entities.entities().stream().map(Entity::country).toList());
    assertEquals(Set.of(), relations(t, entities));
  }
}
