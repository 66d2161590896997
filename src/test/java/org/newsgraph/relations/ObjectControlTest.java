package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;

/**
 * On hand-parsed sentences written for this test (no model): the object of a verb above an
 * infinitive does the infinitive ("abuses led Peru to threaten a ban"), and a flow whose country
 * is the target of a stance ("a ban on Chilean fish imports") gives that country no activity.
 */
class ObjectControlTest {

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(Lexicons.bundled());

  static Set<String> relations(String parsed) {
    Set<String> found = new TreeSet<>();
    for (Relation r : EXTRACTOR.extract(ParsedTexts.of(parsed), ResolvedEntities.none(), List.of())) {
      found.add(r.country() + " " + r.sector() + " " + r.type() + " " + r.counterpart().orElse("-"));
    }
    return found;
  }

  @Test
  void theObjectOfTheVerbAboveOwnsTheInfinitivesStance() {
    assertEquals(Set.of("PE agriculture RESTRICTION CL"), relations(
        "Abuses|NNS|1|nsubj|abuse led|VBD|-1|root|lead Peru|NNP|1|obj to|TO|4|mark threaten|VB|1|xcomp "
            + "a|DT|6|det ban|NN|4|obj on|IN|10|case Chilean|JJ|10|amod fish|NN|10|compound "
            + "imports|NNS|6|nmod|import .|.|1|punct"));
  }

  @Test
  void aSubjectStillOwnsItsOwnInfinitive() {
    assertEquals(Set.of("PE agriculture RESTRICTION CL"), relations(
        "Peru|NNP|1|nsubj wants|VBZ|-1|root|want to|TO|3|mark impose|VB|1|xcomp a|DT|5|det "
            + "ban|NN|3|obj on|IN|9|case Chilean|JJ|9|amod fish|NN|9|compound imports|NNS|5|nmod|import "
            + ".|.|1|punct"));
  }
}
