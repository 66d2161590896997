package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.Quote;
import org.newsgraph.QuoteType;
import org.newsgraph.Relation;
import org.newsgraph.Speaker;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * The pattern "we" in a state's voice ({@link QuoteVoices}): inside a quote whose speaker's title
 * names a country's role or body, "we" and "our" stand for that country; not for a company's
 * speaker, not where no country can be read from the speaker, not outside the quote. On
 * hand-tagged, unparsed sentences written for these tests (no model): the first sentence names the
 * speaker, the second is the quote's content.
 */
class QuoteVoicesTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());
  private static final String SPEAKER = "Amina Otieno";
  private static final String OUR_TEA = "Our/PRP$ tea/NN exports/NNS/export will/MD double/VB/double ./.";

  /**
   * The relations of a paragraph whose first sentence names the speaker ({@code SPEAKER}, or
   * {@code name} where given) and whose second is quoted ({@code quoted}) or not.
   */
  private static Set<String> relations(String title, String content, boolean quoted, String name) {
    AnalyzedText t = ParsedTexts.inOneParagraph(LinearRulesTest.tagged(title),
        LinearRulesTest.tagged(content));
    int at = t.text().indexOf(name);
    CharSpan mention = t.span(at, at + name.length());
    CharSpan said = t.span(t.sentences().get(1).start(), t.sentences().get(1).end());
    Speaker sp = new Speaker(mention, Optional.empty(), name, Optional.empty(), Optional.empty());
    CharSpan span = quoted ? said : t.span(t.sentences().get(0).start(), t.sentences().get(0).end());
    Quote q = new Quote("q1", QuoteType.DIRECT, span, Optional.empty(), Optional.of(sp),
        Optional.empty(), AttributionRule.UNATTRIBUTED);
    Set<String> out = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(t, ResolvedEntities.none(), List.of(q))) {
      out.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return out;
  }

  private static Set<String> relations(String title, String content) {
    return relations(title, content, true, SPEAKER);
  }

  @Test
  void weOfACountrysMinisterIsTheCountry() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(
        "Kenya/NNP 's/POS trade/NN minister/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.", OUR_TEA));
  }

  @Test
  void anAmbassadorSpeaksForTheCountryBeforeTheRoleNotTheHost() {
    assertEquals(Set.of("FR automotive ACTIVITY -"), relations(
        "The/DT French/JJ ambassador/NN to/TO Qatar/NNP Amina/NNP Otieno/NNP spoke/VBD/speak ./.",
        "We/PRP make/VBP/make more/JJR cars/NNS/car ./."));
  }

  @Test
  void aNationalBodysOfficialSpeaksForItsCountry() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(
        "Kenyan/JJ Agriculture/NNP Ministry/NNP official/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.",
        OUR_TEA));
  }

  @Test
  void anAppositiveTitleAfterTheNameCounts() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(
        "Amina/NNP Otieno/NNP ,/, the/DT Kenyan/JJ trade/NN minister/NN ,/, spoke/VBD/speak ./.",
        OUR_TEA));
  }

  @Test
  void aSpeakerThatIsACountrySpeaksForIt() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(
        "Kenya/NNP spoke/VBD/speak at/IN length/NN ./.", OUR_TEA, true, "Kenya"));
  }

  @Test
  void aSpeakerNamedByANationalBodySpeaksForItsCountry() {
    assertEquals(Set.of("KE agriculture ACTIVITY -"), relations(
        "The/DT Kenyan/JJ trade/NN ministry/NN spoke/VBD/speak ./.", OUR_TEA, true,
        "Kenyan trade ministry"));
  }

  @Test
  void aCompanysSpeakerSpeaksForNoCountry() {
    assertEquals(Set.of(), relations(
        "Kenyan/JJ company/NN spokesman/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.", OUR_TEA));
    assertEquals(Set.of(), relations(
        "The/DT Kenyan/JJ opposition/NN leader/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.", OUR_TEA));
  }

  @Test
  void aTitleWithoutCountrySpeaksForNone() {
    assertEquals(Set.of(), relations(
        "The/DT trade/NN minister/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.", OUR_TEA));
  }

  @Test
  void weOutsideTheQuoteIsNobody() {
    assertEquals(Set.of(), relations(
        "Kenya/NNP 's/POS trade/NN minister/NN Amina/NNP Otieno/NNP spoke/VBD/speak ./.", OUR_TEA,
        false, SPEAKER));
  }
}
