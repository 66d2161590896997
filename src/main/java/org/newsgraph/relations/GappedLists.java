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
 * clause's own owner needs a figure before the first semicolon. Members are no counterparts of each
 * other. Stateless.
 */
final class GappedLists {

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
    if (!figureBeforeSemicolon(s, last)) {
      return f;
    }
    List<CountryRef> members = new ArrayList<>();
    for (CountryRef r : refs) {
      if (r.start() >= last && !r.backReference() && !f.counterparts().contains(r)
          && afterSemicolon(s, r.start()) && figureFollows(s, r.end())) {
        members.add(r);
      }
    }
    if (members.isEmpty()) {
      return f;
    }
    return new Finding(f.type(), ImmutableList.<CountryRef>builder().addAll(f.owners()).addAll(members).build(),
        f.counterparts(), f.trigger(), f.mutual(), f.rule());
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
