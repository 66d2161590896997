package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.relations.RelationRules.SentenceFacts;
import org.newsgraph.text.Sentence;

/**
 * Recall first (issue 12): a country and a sector term that one clause ties together are a relation
 * even where neither the tree nor the token rules placed the country ("The main buyer of the nickel
 * is China, followed by Canada and Spain"; "fertiliser prices rose in Uganda and neighbouring
 * Kenya"). A candidate is a direct country reference in the sector's clause (no clause-opening
 * conjunction, relative pronoun, colon or semicolon between them) within {@value #REACH} tokens of
 * the term, or listed right after such a candidate. The rules decide
 * type and counterpart, so no candidate is taken from a clause whose nearest trigger is a stance
 * (a restriction, a lead, a loss: its parties are the rules' business; an agreement word, which types
 * only between two named parties, is none), nor from a negated one; nor
 * a country the rules already made an owner or a counterpart of the list, a country right before
 * another sector term (it owns that one), a mere place ("in China", away from the term), a
 * destination ("to China") or a verb's object ("armed Kenya with drones"). A candidate gives
 * ACTIVITY without counterpart; the extractor drops it where another rule relates the same country
 * and sector in the text ({@link RelationExtractor#withoutSubsumedPairs}). Stateless.
 */
final class ClausePairs {

  /** How far (tokens) from the sector term a candidate country may stand in a body sentence. */
  static final int REACH = 8;

  private ClausePairs() {}

  /** The candidates of sector term {@code m}, given what the list rules {@code found}. */
  static List<Finding> find(SentenceFacts f, SectorMention m, List<Finding> found) {
    Sentence s = f.sentence();
    // an agreement word types only between two named parties, which the list rules place: it is no stance here
    TriggerMention nearest = LinearRules.nearestTrigger(f.cues().stream()
        .filter(w -> !w.counterpartMarkers().contains(RelationRules.PAIR)).toList(), m);
    if (f.negated() || (nearest != null && nearest.kind() != TriggerKind.ACTIVITY)) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    List<CountryRef> accepted = new ArrayList<>();
    boolean place = false;
    for (int k = 0; k < f.refs().size(); k++) {
      CountryRef r = f.refs().get(k);
      boolean joined = k > 0 && LinearRules.coordinatedAfter(s, f.refs(), k - 1).contains(r);
      // "to Germany and France", "in Peru and Chile": a country joined to a place is one too
      place = LinearRules.destination(s, r) || (placePreposition(s, r) && LinearRules.placeOnly(s, f.words(), r, m))
          || (place && joined);
      if (place || r.backReference() || r.other() || placed(found, r) || ownsOtherTerm(f, r, m)
          || LinearRules.closedAside(s, r, m) || LinearRules.restrictionTarget(s, f.words(), r)
          || objectOfVerb(s, r)) {
        continue;
      }
      boolean listed = joined && accepted.contains(f.refs().get(k - 1));
      if (listed || tiedInClause(f, r, m)) {
        accepted.add(r);
        out.add(new Finding(RelationType.ACTIVITY, ImmutableList.of(r), ImmutableList.of(),
            Optional.empty(), false, RuleTrace.of(RelationRule.CLAUSE_PAIR, OwnerClue.CLAUSE, false)));
      }
    }
    return out;
  }

  /** Whether {@code r} stands near {@code m} in its clause and is not merely a place. */
  private static boolean tiedInClause(SentenceFacts f, CountryRef r, SectorMention m) {
    int d = r.end() <= m.start() ? m.start() - r.end() : r.start() - m.end();
    return d >= 0 && d <= REACH && !boundaryBetween(f.sentence(), f.words(), r, m);
  }

  /**
   * Whether a place preposition ("in", "at") stands right before {@code r}, or before its determiner
   * ("in the Netherlands"); "by", "with", "for" name a party.
   */
  static boolean placePreposition(Sentence s, CountryRef r) {
    int at = r.start() - 1;
    if (at > 0 && s.token(at).pos().equals("DT")) {
      at--;
    }
    return at >= 0 && WordSet.PLACE_PREPOSITION.contains(s.token(at).text().toLowerCase(Locale.ROOT));
  }

  /** "Australian iron ore for Chinese steelmakers": a country right before another sector term is that term's. */
  private static boolean ownsOtherTerm(SentenceFacts f, CountryRef r, SectorMention m) {
    int at = r.end();
    if (at < f.sentence().size() && f.sentence().token(at).pos().equals("POS")) {
      at++;
    }
    for (SectorMention o : f.found()) {
      if (o != m && o.start() == at && !o.sector().equals(m.sector())) {
        return true;
      }
    }
    return false;
  }

  /** "armed Kenya with drones", "overtook Chile": a verb's object receives or suffers, it does not act. */
  private static boolean objectOfVerb(Sentence s, CountryRef r) {
    int at = r.start() - 1;
    if (at >= 0 && s.token(at).pos().equals("DT")) {
      at--;
    }
    return at >= 0 && s.token(at).pos().startsWith("VB") && !WordSet.COPULA.contains(s.token(at).lemma());
  }

  /** Whether the rules already made {@code r} an owner or a counterpart of the list. */
  private static boolean placed(List<Finding> found, CountryRef r) {
    for (Finding x : found) {
      for (List<CountryRef> refs : List.of(x.owners(), x.counterparts())) {
        for (CountryRef o : refs) {
          if (o.codes().stream().anyMatch(r.codes()::contains)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a clause-opening word, relative pronoun, colon or semicolon lies between {@code r} and {@code m}. */
  private static boolean boundaryBetween(
      Sentence s, List<TriggerMention> words, CountryRef r, SectorMention m) {
    int from = Math.min(r.end(), m.end());
    int to = Math.max(r.start(), m.start());
    for (int i = from; i < to; i++) {
      String w = s.token(i).text();
      if (w.equals(";") || w.equals(":") || s.token(i).pos().equals("WDT")) {
        return true;
      }
    }
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.CLAUSE && w.start() >= from && w.end() <= to) {
        return true;
      }
    }
    return false;
  }
}
