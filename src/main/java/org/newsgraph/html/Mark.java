package org.newsgraph.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One stretch of the text to wrap in an element: a mention, a quote, a cue, a relation's evidence.
 * {@code rank} orders the layers: a lower rank lies inside a higher one, and where two marks cross,
 * the one of higher rank is cut in pieces (a quote running over two sentences, say, is cut at the
 * sentence boundary), so that a mention, the lowest rank, always stays one element.
 */
record Mark(int start, int end, int rank, String element, Attributes attributes) {

  /** The attributes of one piece of a mark. */
  @FunctionalInterface
  interface Attributes {
    /**
     * The attributes, escaped, each with a leading space; {@code first} and {@code last} say
     * whether the piece is the mark's first or last one.
     */
    String of(boolean first, boolean last);
  }

  Mark {
    checkArgument(start >= 0 && end >= start, "mark [%s, %s) is not a span", start, end);
    checkNotNull(element, "element");
    checkNotNull(attributes, "attributes");
  }
}
