package org.newsgraph.entities;

import java.util.List;
import org.newsgraph.EntityType;
import org.newsgraph.lexicon.GeoNamesGazetteer;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Teams named after their town in the rows of a sports results or standings table ("Northbay 3
 * Eastport 1", "Westham 4 3 1 0 8 2 10"): a place followed by a score, with a score before it, a
 * second score after it, or another name and its score after it, is the team, an organisation. The
 * tagger calls such names places, sometimes persons, or leaves them untagged. A score is a number
 * of one to three digits, so a year ("Lagos 2024") makes no row. Countries stay places (national
 * sides are named as the country); a person stays a person unless the name is a known town (a
 * player in a golf table is followed by scores too). Stateless; thread-safe.
 */
final class ScoreTableTeams {

  private final GeoNamesGazetteer cities;

  ScoreTableTeams(GeoNamesGazetteer cities) {
    this.cities = cities;
  }

  /** Retypes the teams among {@code found} (one sentence's mentions, in order) and adds untagged ones. */
  void apply(AnalyzedText text, Sentence s, List<Candidate> found) {
    if (!hasScore(s)) {
      return;
    }
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (retypable(c) && inRow(s, c.from(), c.to())) {
        found.set(k, Candidate.named(c.sentence(), c.from(), c.to(), c.span(),
            EntityType.ORGANIZATION));
      }
    }
    boolean[] covered = new boolean[s.size()];
    for (Candidate c : found) {
      for (int i = c.from(); i < c.to(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < s.size(); i++) {
      int to = nameEnd(s, i, covered);
      if (to > i && inRow(s, i, to)
          && cities.lookup(text.text().substring(s.token(i).start(), s.token(to - 1).end()))
              .isPresent()) {
        found.add(Candidate.named(s.index(), i, to, text.span(s, i, to - 1),
            EntityType.ORGANIZATION));
        found.sort(java.util.Comparator.comparingInt(Candidate::from));
        i = to - 1;
      }
    }
  }

  /** A town-named mention: a place that is not a country, or a one-word "person" that is a town. */
  private boolean retypable(Candidate c) {
    if (c.type() == EntityType.LOCATION) {
      return c.groupKey().map(g -> !g.startsWith("C:")).orElse(true);
    }
    return c.type() == EntityType.PERSON && c.to() - c.from() == 1
        && cities.lookup(c.text()).isPresent();
  }

  /** Whether the name {@code [from, to)} stands in a table row: a score after it and one near. */
  static boolean inRow(Sentence s, int from, int to) {
    if (to >= s.size() || !isScore(s.token(to))) {
      return false;
    }
    if (from > 0 && isScore(s.token(from - 1))) {
      return true;
    }
    if (to + 1 < s.size() && isScore(s.token(to + 1))) {
      return true;
    }
    int j = to + 1;
    while (j < s.size() && capitalised(s.token(j).text())) {
      j++;
    }
    return j > to + 1 && j < s.size() && isScore(s.token(j));
  }

  /** The end of a run of capitalised tokens from {@code i}, none covered; {@code i} if none. */
  private static int nameEnd(Sentence s, int i, boolean[] covered) {
    if (i > 0 && (capitalised(s.token(i - 1).text()) && !covered[i - 1]
        || s.token(i - 1).end() == s.token(i).start())) {
      return i; // inside a run that started before, or the end of a word ("Jed-Forest")
    }
    int j = i;
    while (j < s.size() && !covered[j] && capitalised(s.token(j).text())) {
      j++;
    }
    return j;
  }

  private static boolean hasScore(Sentence s) {
    for (Token t : s.tokens()) {
      if (isScore(t)) {
        return true;
      }
    }
    return false;
  }

  /** A number of one to three digits (a score, a count of games or points; not a year). */
  static boolean isScore(Token t) {
    String x = t.text();
    if (x.isEmpty() || x.length() > 3) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      if (!Character.isDigit(x.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }
}
