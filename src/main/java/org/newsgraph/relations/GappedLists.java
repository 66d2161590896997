package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.Sentence;

/**
 * Countries listed after a clause with its verb left out, each with its own figure ("Chile mines 50
 * tonnes of copper; Peru, 40; and Bolivia, 30"): every member of such a gapped list states what the
 * clause states, for itself. A member stands after a semicolon (an "and", determiners, adjectives
 * and participles may come between) and is followed by its figure (a comma, then a number); the
 * clause's own owner needs a figure before the first semicolon. A table-like list, each country
 * right before its own figure ("Argentina 1,200 tonnes, Brazil 800 and Uruguay 300 tonnes of
 * wheat"), shares its owner's finding too. Members are no counterparts of each other. Stateless.
 */
final class GappedLists {

  /** How many words a member's figure and unit may take in a table-like list ("1.2 million tonnes"). */
  private static final int UNIT_WORDS = 4;

  private GappedLists() {}

  /** {@code findings} with the members of a gapped list after their owners added as owners. */
  static List<Finding> widen(Sentence s, List<CountryRef> refs, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(widen(s, refs, f));
    }
    return out;
  }

  private static Finding widen(Sentence s, List<CountryRef> refs, Finding f) {
    if (f.owners().isEmpty()) {
      return f;
    }
    int last = f.owners().stream().mapToInt(CountryRef::end).max().getAsInt();
    List<CountryRef> members = new ArrayList<>();
    boolean gapped = figureBeforeSemicolon(s, last);
    for (CountryRef r : refs) {
      if (r.start() >= last && gapped && !r.backReference() && !f.counterparts().contains(r)
          && afterSemicolon(s, r.start()) && figureFollows(s, r.end())) {
        members.add(r);
      }
    }
    members.addAll(tableMembers(s, refs, f));
    if (members.isEmpty()) {
      return f;
    }
    return f.withOwners(ImmutableList.<CountryRef>builder().addAll(f.owners()).addAll(members).build());
  }

  /**
   * The countries of a table-like list that holds an owner, each right before its own figure
   * ("Argentina 1,200 tonnes, Brazil 800 and Uruguay 300"), which the finding does not name yet.
   */
  private static List<CountryRef> tableMembers(Sentence s, List<CountryRef> refs, Finding f) {
    List<CountryRef> chain = new ArrayList<>();
    int at = -1;
    for (int k = 0; k < refs.size(); k++) {
      CountryRef r = refs.get(k);
      if (r.backReference() || !(r.end() < s.size() && s.token(r.end()).pos().equals("CD"))) {
        chain.clear();
        continue;
      }
      if (!chain.isEmpty() && !nextInTable(s, chain.get(chain.size() - 1), r)) {
        if (at >= 0) {
          break;
        }
        chain.clear();
      }
      chain.add(r);
      if (f.owners().contains(r)) {
        at = chain.size() - 1;
      }
    }
    if (at < 0 || chain.size() < 2) {
      return List.of();
    }
    List<CountryRef> out = new ArrayList<>();
    for (CountryRef r : chain) {
      if (!f.owners().contains(r) && !f.counterparts().contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Whether {@code next} follows {@code prev}'s figure in one table-like list: at most
   * {@value #UNIT_WORDS} words of figure and unit, no verb, then a comma, semicolon or "and".
   */
  private static boolean nextInTable(Sentence s, CountryRef prev, CountryRef next) {
    int i = next.start() - 1;
    while (i > prev.end() && s.token(i).pos().equals("DT")) {
      i--;
    }
    String sep = s.token(i).text().toLowerCase(Locale.ROOT);
    if (i <= prev.end() || !(sep.equals(",") || sep.equals(";") || sep.equals("and"))) {
      return false;
    }
    if (i - prev.end() > UNIT_WORDS) {
      return false;
    }
    for (int j = prev.end(); j < i; j++) {
      if (s.token(j).pos().startsWith("VB") || s.token(j).pos().equals("IN")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a number stands after token {@code from} before the next semicolon, which there is. */
  private static boolean figureBeforeSemicolon(Sentence s, int from) {
    boolean figure = false;
    for (int i = from; i < s.size(); i++) {
      if (s.token(i).text().equals(";")) {
        return figure;
      }
      figure |= s.token(i).pos().equals("CD");
    }
    return false;
  }

  /** Whether a semicolon precedes token {@code at}, past an "and", determiners, adjectives and participles ("the neighbouring"). */
  private static boolean afterSemicolon(Sentence s, int at) {
    for (int i = at - 1; i >= 0 && i >= at - 4; i--) {
      String w = s.token(i).text();
      if (w.equals(";")) {
        return true;
      }
      String pos = s.token(i).pos();
      boolean modifier = pos.equals("DT") || pos.startsWith("JJ") || pos.equals("VBG");
      if (!(w.toLowerCase(Locale.ROOT).equals("and") || modifier)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a comma and a number follow token {@code end - 1}. */
  private static boolean figureFollows(Sentence s, int end) {
    return end + 1 < s.size() && s.token(end).text().equals(",") && s.token(end + 1).pos().equals("CD");
  }
}
