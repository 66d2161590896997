package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * One row per relation rule of {@link RelationRule}: an invented sentence (hand-parsed or
 * hand-tagged, no model) on which that rule finds a relation, named by the rule's label.
 */
class RelationRuleTableTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  /**
   * Rule, then the relation it finds ("country sector type counterpart rule-label"), then the
   * sentences of one paragraph separated by " // ": written {@code word|TAG|head|relation[|lemma]}
   * when parsed, {@code word/TAG[/lemma]} when not.
   */
  private static final String TABLE = """
      DEPENDENCY_TREE :: CL metals-mining DECLINE - clause-subject+trigger :: \
      Chile|NNP|3|nmod:poss 's|POS|0|case copper|NN|3|compound output|NN|4|nsubj fell|VBD|-1|root|fall .|.|4|punct
      DEPENDENCY_TREE :: NO shipbuilding ACTIVITY - modifier+default :: \
      Norway|NNP|2|nmod:poss 's|POS|0|case fleet|NN|3|nsubj grew|VBD|-1|root|grow .|.|3|punct // \
      Norway|NNP|2|nmod:poss 's|POS|0|case shipyards|NNS|3|nsubj|shipyard hum|VBP|-1|root .|.|3|punct
      TOKEN_WINDOW :: PE metals-mining ACTIVITY - linear-window+trigger :: Peru/NNP exports/VBZ/export copper/NN ./.
      COPULA_SUBJECT :: GH agriculture ACTIVITY ES linear-copula-subject+trigger :: \
      Ghana/NNP is/VBZ/be Spain/NNP 's/POS main/JJ cocoa/NN supplier/NN ./.
      HOSTED_BUILD :: CL clean-energy INVESTMENT - hosted-build+trigger :: \
      Two/CD wind/NN power/NN plants/NNS/plant will/MD be/VB built/VBN/build in/IN Chile/NNP ./.
      COUNTRY_INDUSTRY :: EG energy ACTIVITY - industry-modifier+default :: \
      Japan/NNP invests/VBZ/invest in/IN the/DT Egyptian/JJ oil/NN sector/NN ./.
      CLAUSE_PAIR :: CA critical-minerals ACTIVITY - clause+default :: \
      The/DT main/JJ buyer/NN of/IN the/DT nickel/NN is/VBZ/be China/NNP ,/, followed/VBN/follow by/IN Canada/NNP ./.
      CARRIED_SECTOR :: GH agriculture ACTIVITY JP carried-sector+linear-window+trigger :: \
      Ghana/NNP grows/VBZ/grow cocoa/NN ./. // Ghana/NNP raised/VBD/raise exports/NNS/export to/TO Japan/NNP ./.
      CURRENCY_NAME :: CH finance ACTIVITY - currency+default :: \
      The/DT Swiss/JJ franc/NN firmed/VBD/firm ./.
      """;

  static Stream<Arguments> table() {
    return TABLE.lines().map(line -> {
      String[] f = line.split(" :: ");
      String[] sentences = f[2].split(" // ");
      for (int i = 0; i < sentences.length; i++) {
        sentences[i] = sentences[i].contains("|") ? sentences[i] : LinearRulesTest.tagged(sentences[i]);
      }
      return Arguments.of(RelationRule.valueOf(f[0]), ParsedTexts.inOneParagraph(sentences), f[1]);
    });
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("table")
  void ruleFindsItsRelation(RelationRule rule, AnalyzedText text, String expected) {
    Set<String> found = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(text, ResolvedEntities.none(), List.of())) {
      found.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-")
          + " " + r.rule());
    }
    assertTrue(found.contains(expected), rule + ": " + found);
  }

  @Test
  void everyRuleHasARow() {
    Set<RelationRule> covered = new TreeSet<>();
    table().forEach(a -> covered.add((RelationRule) a.get()[0]));
    assertEquals(Set.of(RelationRule.values()), covered);
  }

  @Test
  void listRulesRunBeforeMemberRules() {
    boolean member = false;
    for (RelationRule r : RelationRule.values()) {
      member |= r.scope() == RelationRule.Scope.SECTOR_MEMBER;
      assertTrue(!member || r.scope() != RelationRule.Scope.SECTOR_LIST, r.name());
    }
  }

  @Test
  void labelsNameRuleClueTypingPartnerAndMirror() {
    RuleTrace t = RuleTrace.of(RelationRule.TOKEN_WINDOW, OwnerClue.SUBJECT, true);
    assertEquals("linear-subject+trigger", t.label());
    assertEquals("carried-sector+linear-window+default+partner",
        RuleTrace.of(RelationRule.TOKEN_WINDOW, OwnerClue.WINDOW, false)
            .via(RelationRule.CARRIED_SECTOR).withPartner().label());
    assertEquals("between+trigger+mirror",
        RuleTrace.of(RelationRule.DEPENDENCY_TREE, OwnerClue.BETWEEN, true).mirrored().label());
    assertEquals("industry-modifier+default",
        RuleTrace.of(RelationRule.COUNTRY_INDUSTRY, OwnerClue.INDUSTRY_MODIFIER, false).label());
  }
}
