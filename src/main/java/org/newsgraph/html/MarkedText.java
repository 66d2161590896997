package org.newsgraph.html;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a text with {@link Mark}s as properly nested HTML. Marks are placed from the lowest rank
 * up; a mark that crosses an already placed piece is cut at that piece's boundary, so the pieces
 * form a nested family (any two are disjoint or one contains the other) and each becomes one
 * element. The text between tags is escaped; without the tags it is exactly the input.
 */
final class MarkedText {

  private MarkedText() {}

  /** A placed piece of a mark. */
  private record Piece(int start, int end, int rank, int order, Mark mark, boolean first, boolean last) {}

  static String render(String text, List<Mark> marks) {
    List<Piece> pieces = place(text.length(), marks);
    pieces.sort(
        Comparator.comparingInt(Piece::start)
            .thenComparing(Comparator.comparingInt(Piece::end).reversed())
            .thenComparing(Comparator.comparingInt(Piece::rank).reversed())
            .thenComparingInt(Piece::order));
    StringBuilder b = new StringBuilder(text.length() * 2);
    Deque<Piece> open = new ArrayDeque<>();
    int at = 0;
    for (Piece p : pieces) {
      at = closeUntil(b, text, open, at, p.start());
      Escape.append(b, text, at, p.start());
      at = p.start();
      b.append('<').append(p.mark().element())
          .append(p.mark().attributes().of(p.first(), p.last())).append('>');
      open.push(p);
    }
    at = closeUntil(b, text, open, at, text.length());
    Escape.append(b, text, at, text.length());
    return b.toString();
  }

  /** Closes every open piece that ends at or before {@code until}; returns the new position. */
  private static int closeUntil(StringBuilder b, String text, Deque<Piece> open, int at, int until) {
    while (!open.isEmpty() && open.peek().end() <= until) {
      Piece top = open.pop();
      Escape.append(b, text, at, top.end());
      at = top.end();
      b.append("</").append(top.mark().element()).append('>');
    }
    return at;
  }

  /** Places the marks, lowest rank first, cutting each where it crosses a placed piece. */
  private static List<Piece> place(int length, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::rank));
    List<Piece> placed = new ArrayList<>();
    // Placed pieces by start, for the crossing search.
    TreeSet<Piece> byStart =
        new TreeSet<>(
            Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end)
                .thenComparingInt(Piece::order));
    int longest = 0;
    for (int order = 0; order < sorted.size(); order++) {
      Mark m = sorted.get(order);
      checkArgument(m.end() <= length, "mark [%s, %s) is beyond the text (%s)", m.start(), m.end(), length);
      if (m.start() == m.end()) {
        continue;
      }
      TreeSet<Integer> cuts = new TreeSet<>();
      Piece from = new Piece(m.start() - longest, Integer.MIN_VALUE, 0, Integer.MIN_VALUE, m, false, false);
      Piece to = new Piece(m.end(), Integer.MIN_VALUE, 0, Integer.MIN_VALUE, m, false, false);
      for (Piece p : byStart.subSet(from, true, to, false)) {
        if (p.start() < m.start() && p.end() > m.start() && p.end() < m.end()) {
          cuts.add(p.end());
        } else if (p.start() > m.start() && p.start() < m.end() && p.end() > m.end()) {
          cuts.add(p.start());
        }
      }
      cuts.add(m.end());
      int s = m.start();
      for (int cut : cuts) {
        Piece piece = new Piece(s, cut, m.rank(), order, m, s == m.start(), cut == m.end());
        placed.add(piece);
        byStart.add(piece);
        longest = Math.max(longest, cut - s);
        s = cut;
      }
    }
    return placed;
  }
}
