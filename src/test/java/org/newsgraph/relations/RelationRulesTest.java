package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureKind;

/**
 * The relation rules per type and per construction, on hand-parsed sentences (no model). Country
 * words are found through the country lexicon unless a test hands in entities.
 */
class RelationRulesTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  private static Set<String> relations(AnalyzedText text) {
    return relations(text, ResolvedEntities.none(), List.of());
  }

  private static Set<String> relations(AnalyzedText text, ResolvedEntities entities, List<Quote> quotes) {
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(text, entities, quotes)) {
      out.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return out;
  }

  @Test
  void possessiveWithoutTriggerIsActivity() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|3|nmod:poss 's|POS|0|case car|NN|3|compound industry|NN|4|nsubj grew|VBD|-1|root|grow .|.|4|punct");
    assertEquals(Set.of("CN automotive ACTIVITY -"), relations(t));
  }

  @Test
  void compoundCountryOnTriggerNounWithTargetIsRestriction() {
    AnalyzedText t = ParsedTexts.of(
        "US|NNP|2|compound chip|NN|2|compound sanctions|NNS|5|nsubj|sanction on|IN|4|case China|NNP|2|nmod "
            + "hurt|VBD|-1|root .|.|5|punct");
    assertEquals(Set.of("US semiconductors RESTRICTION CN"), relations(t));
  }

  @Test
  void demonymModifierAndGappedPhraseGiveDecline() {
    AnalyzedText t = ParsedTexts.of(
        "South|JJ|1|amod Korean|JJ|2|amod cars|NNS|3|nsubj|car lost|VBD|-1|root|lose "
            + "considerable|JJ|5|amod ground|NN|3|obj .|.|3|punct");
    assertEquals(Set.of("KR automotive DECLINE -"), relations(t));
  }

  @Test
  void subjectWithTriggerObjectIsAdvantage() {
    AnalyzedText t = ParsedTexts.of(
        "South|NNP|1|compound Korea|NNP|2|nsubj holds|VBZ|-1|root|hold the|DT|5|det upper|JJ|5|amod "
            + "hand|NN|2|obj in|IN|7|case chips|NNS|2|obl|chip .|.|2|punct");
    assertEquals(Set.of("KR semiconductors ADVANTAGE -"), relations(t));
  }

  @Test
  void pronounSubjectSkipsTheCountryItIsComparedWith() {
    AnalyzedText t = ParsedTexts.inOneParagraph(
        "The|DT|2|det Chinese|JJ|2|amod market|NN|3|nsubj grew|VBD|-1|root|grow .|.|3|punct",
        "It|PRP|2|nsubj|it is|VBZ|2|aux surpassing|VBG|-1|root|surpass South|NNP|4|compound "
            + "Korea|NNP|2|obj in|IN|6|case ships|NNS|2|obl|ship .|.|2|punct");
    // a lead has no counterpart (annotation convention 2, issue 12): the owner is what is tested
    assertEquals(Set.of("CN shipbuilding ADVANTAGE -"), relations(t));
  }

  @Test
  void coordinatedCountriesAndSectorsGiveOneRelationEachWithTheOtherAsCounterpart() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|4|nsubj and|CC|3|cc South|NNP|3|compound Korea|NNP|0|conj compete|VBP|-1|root "
            + "in|IN|6|case automobiles|NNS|4|obl|automobile ,|,|8|punct ships|NNS|6|conj|ship "
            + "and|CC|10|cc chips|NNS|6|conj|chip .|.|4|punct");
    assertEquals(
        Set.of("CN automotive COMPETITION KR", "KR automotive COMPETITION CN",
            "CN shipbuilding COMPETITION KR", "KR shipbuilding COMPETITION CN",
            "CN semiconductors COMPETITION KR", "KR semiconductors COMPETITION CN"),
        relations(t));
  }

  @Test
  void negatedClauseIsNoRelation() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|3|nsubj does|VBZ|3|aux|do not|RB|3|advmod make|VB|-1|root ships|NNS|3|obj|ship .|.|3|punct");
    assertEquals(Set.of(), relations(t));
  }

  @Test
  void negationInAnotherClauseDoesNotBlock() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|3|nsubj does|VBZ|3|aux|do not|RB|3|advmod make|VB|-1|root jets|NNS|3|obj|jet ,|,|3|punct "
            + "and|CC|9|cc its|PRP$|8|nmod:poss|its airlines|NNS|9|nsubj|airline grow|VBP|3|conj .|.|3|punct");
    assertEquals(Set.of("CN transport-logistics ACTIVITY -"), relations(t));
  }

  @Test
  void sectorWithoutCountryIsNoRelation() {
    AnalyzedText t = ParsedTexts.of(
        "Global|JJ|2|amod chip|NN|2|compound sales|NNS|3|nsubj|sale rose|VBD|-1|root|rise .|.|3|punct");
    assertEquals(Set.of(), relations(t));
  }

  @Test
  void possessivePronounResolvesBackAndLocationIsCounterpartOfInvestment() {
    AnalyzedText t = ParsedTexts.of(
        "South|JJ|1|amod Korean|JJ|2|amod firms|NNS|4|nsubj|firm will|MD|4|aux expand|VB|-1|root "
            + "their|PRP$|7|nmod:poss|they chip|NN|7|compound factories|NNS|4|obj|factory in|IN|9|case "
            + "China|NNP|4|obl .|.|4|punct");
    assertEquals(Set.of("KR semiconductors INVESTMENT CN"), relations(t));
  }

  @Test
  void theyReachesBackWithinItsSentenceOnly() {
    AnalyzedText t = ParsedTexts.inOneParagraph(
        "China|NNP|1|nsubj grew|VBD|-1|root|grow .|.|1|punct",
        "They|PRP|1|nsubj|they sell|VBP|-1|root cars|NNS|1|obj|car .|.|1|punct");
    assertEquals(Set.of(), relations(t));
  }

  @Test
  void neighbourIsTheOtherCountryAndCooperationIsMutual() {
    AnalyzedText t = ParsedTexts.inOneParagraph(
        "China|NNP|3|nsubj and|CC|2|cc Korea|NNP|0|conj met|VBD|-1|root|meet .|.|3|punct",
        "China|NNP|1|nsubj seeks|VBZ|-1|root|seek collaboration|NN|1|obj with|IN|5|case its|PRP$|5|nmod:poss "
            + "neighbour|NN|2|nmod in|IN|7|case robotics|NNS|2|nmod .|.|1|punct");
    assertEquals(Set.of("CN advanced-manufacturing COOPERATION KR", "KR advanced-manufacturing COOPERATION CN"),
        relations(t));
  }

  @Test
  void theTwoCountriesAreTheLastTwoMentioned() {
    AnalyzedText t = ParsedTexts.of(
        "Japan|NNP|3|nsubj and|CC|2|cc India|NNP|0|conj met|VBD|-1|root|meet .|.|3|punct",
        "The|DT|2|det two|CD|2|nummod countries|NNS|3|nsubj|country compete|VBP|-1|root in|IN|5|case "
            + "steel|NN|3|obl .|.|3|punct");
    assertEquals(Set.of("JP steel COMPETITION IN", "IN steel COMPETITION JP"), relations(t));
  }

  @Test
  void elaborationListReplacesTheBroaderSectorWord() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|3|nmod:poss 's|POS|0|case export|NN|3|compound controls|NNS|-1|root|control "
            + "on|IN|6|case semiconductor|NN|6|compound materials|NNS|3|nmod|material ,|,|6|punct "
            + "including|VBG|9|case gallium|NN|6|nmod and|CC|11|cc graphite|NN|9|conj");
    assertEquals(
        Set.of("CN critical-minerals RESTRICTION -"), relations(t));
  }

  @Test
  void sectorWordInsideATitleCaseNameIsNotASector() {
    AnalyzedText t = ParsedTexts.of(
        "The|DT|1|det US|NNP|2|nsubj signed|VBD|-1|root|sign its|PRP$|6|nmod:poss Chips|NNS|6|compound|chip "
            + "Science|NNP|6|compound Act|NNP|2|obj .|.|2|punct");
    assertEquals(Set.of(), relations(t));
  }

  @Test
  void unparsedSentenceFallsBackToTheLinearWindow() {
    AnalyzedText t = ParsedTexts.of("China|NNP|_|_ leads|VBZ|_|_|lead in|IN|_|_ chips|NNS|_|_|chip .|.|_|_");
    assertEquals(Set.of("CN semiconductors ADVANTAGE -"), relations(t));
  }

  @Test
  void furnitureSentencesGiveNothingAndAreNotParsed() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|1|nsubj leads|VBZ|-1|root|lead in|IN|3|case chips|NNS|1|obl|chip .|.|1|punct")
        .mapSentences(s -> s.withFurniture(FurnitureKind.PROMOTION));
    assertEquals(Set.of(), relations(t));
    assertFalse(EXTRACTOR.wantsParse(t.sentences().get(0)));
  }

  @Test
  void parsesOnlySentencesWithASectorTerm() {
    AnalyzedText t = ParsedTexts.of("China|NNP|_|_ met|VBD|_|_ Korea|NNP|_|_",
        "China|NNP|_|_ does|VBZ|_|_ not|RB|_|_ make|VB|_|_ ships|NNS|_|_");
    assertFalse(EXTRACTOR.wantsParse(t.sentences().get(0)));
    assertTrue(EXTRACTOR.wantsParse(t.sentences().get(1)));
  }

  @Test
  void actingCapitalFromTheEntityLayerIsItsCountry() {
    AnalyzedText t = ParsedTexts.of(
        "Beijing|NNP|1|nsubj restricted|VBD|-1|root|restrict graphite|NN|3|compound exports|NNS|1|obj|export .|.|1|punct");
    Entity beijing = Entity.of("e1", EntityType.LOCATION, Optional.of(LocationSubtype.COUNTRY), "China",
        Optional.of("CN"), List.of(new Mention(t.span(0, 7), MentionKind.METONYM)));
    assertEquals(Set.of("CN critical-minerals RESTRICTION -"),
        relations(t, ResolvedEntities.of(List.of(beijing)), List.of()));
  }

  @Test
  void cityIsNotACountry() {
    AnalyzedText t = ParsedTexts.of(
        "Changchun|NNP|2|compound car|NN|2|compound output|NN|3|nsubj rose|VBD|-1|root|rise .|.|3|punct");
    Entity city = Entity.of("e1", EntityType.LOCATION, Optional.of(LocationSubtype.CITY), "Changchun",
        Optional.of("CN"), List.of(new Mention(t.span(0, 9), MentionKind.NAME)));
    assertEquals(Set.of(), relations(t, ResolvedEntities.of(List.of(city)), List.of()));
  }

  @Test
  void nationalBodyStandsForItsCountry() {
    AnalyzedText t = ParsedTexts.of(
        "The|DT|1|det NDRC|NNP|2|nsubj backs|VBZ|-1|root|back robotics|NNS|2|obj .|.|2|punct");
    Entity ndrc = Entity.of("e1", EntityType.ORGANIZATION, Optional.empty(),
        "National Development and Reform Commission", Optional.of("CN"),
        List.of(new Mention(t.span(4, 8), MentionKind.ALIAS)));
    List<Relation> found = EXTRACTOR.extract(t, ResolvedEntities.of(List.of(ndrc)), List.of());
    assertEquals(1, found.size());
    assertEquals("CN", found.get(0).country());
    assertEquals(Optional.of("e1"), found.get(0).countryEntityId());
    assertEquals("advanced-manufacturing", found.get(0).sector().id());
  }

  @Test
  void relationInsideAQuoteCarriesItsIdAndEvidenceAndRule() {
    AnalyzedText t = ParsedTexts.of(
        "China|NNP|1|nsubj leads|VBZ|-1|root|lead in|IN|3|case chips|NNS|1|obl|chip .|.|1|punct");
    Quote q = new Quote("q1", QuoteType.DIRECT, t.span(0, t.text().length()), Optional.empty(),
        Optional.empty(), Optional.empty(), AttributionRule.UNATTRIBUTED);
    List<Relation> found = EXTRACTOR.extract(t, ResolvedEntities.none(), List.of(q));
    assertEquals(1, found.size());
    Relation r = found.get(0);
    assertEquals(Optional.of("q1"), r.quoteId());
    assertEquals(Optional.of("leads"), r.trigger().map(CharSpan::text));
    assertEquals(t.text(), r.evidence().text());
    assertEquals("clause-subject+trigger", r.rule());
  }
}
