package org.newsgraph.relations;

import java.util.List;
import org.newsgraph.text.Sentence;

/**
 * Which sentences the relation rules want parsed. Not for furniture, nor for a sentence without a
 * sector term or any possible country reference ({@link RelationExtractor#wantsParse}); of the
 * rest, only the ambiguous ones, where the token rules ({@link LinearRules}) may give a different
 * answer than the parse. The parser costs more than tagging and NER together, so every other
 * sentence is left unparsed. Stateless.
 */
final class ParseDecision {

  /** A sentence with this many verbs has several clauses: which country goes where needs the tree. */
  static final int MANY_VERBS = 4;

  /** A sentence this long (tokens) is parsed when several countries compete in it. */
  static final int LONG_SENTENCE = 25;

  private ParseDecision() {}

  /**
   * Whether the parse may change the answer for {@code s}, a sentence with {@code countries}
   * possible country references and these trigger words. The token rules ({@link LinearRules}) take
   * the nearest country, its coordinated neighbours and the nearest trigger; that is what the parse
   * gives too, except: under a negation (its scope decides); and where two or more countries (a
   * back-reference counts as one, "the two countries" as two) compete for the sector terms in a
   * sentence of several clauses (at least {@value #MANY_VERBS} verbs or {@value #LONG_SENTENCE}
   * tokens), around an apposition ("graphite, a key material for ...") or an elaboration
   * ("including"), where only the tree tells which country goes with which term.
   */
  static boolean needsParse(Sentence s, int countries, List<TriggerMention> words) {
    int refs = countries;
    boolean elaboration = false;
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.NEGATION) {
        return true;
      }
      if (w.kind() == TriggerKind.BACKREF_PAIR || w.kind() == TriggerKind.BACKREF_GROUP) {
        refs += 2; // "the two countries compete": two owners, each the other's counterpart
      } else if (w.kind().backReference()) {
        refs++;
      }
      elaboration |= w.kind() == TriggerKind.ELABORATION;
    }
    if (refs < 2) {
      return false;
    }
    if (elaboration || s.size() >= LONG_SENTENCE) {
      return true;
    }
    int verbs = 0;
    for (int i = 0; i < s.size(); i++) {
      String pos = s.token(i).pos();
      verbs += pos.startsWith("VB") ? 1 : 0;
      boolean apposition = pos.equals(",") && i + 1 < s.size()
          && s.token(i + 1).pos().equals("DT") && i > 0 && s.token(i - 1).pos().startsWith("NN");
      if (apposition) {
        return true;
      }
    }
    return verbs >= MANY_VERBS;
  }
}
