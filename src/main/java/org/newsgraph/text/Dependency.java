package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One arc of a Universal Dependencies parse: {@code governor --relation--> dependent}, by token
 * index within the sentence. The root arc has governor {@link #ROOT}. {@code relation} is the full
 * label with subtype ("nsubj", "nmod:poss", "obl:on").
 */
public record Dependency(String relation, int governor, int dependent) {

  /** The governor index of the root arc. */
  public static final int ROOT = -1;

  public Dependency {
    checkNotNull(relation, "relation");
    checkArgument(governor >= ROOT, "governor (%s) must be %s or a token index", governor, ROOT);
    checkArgument(dependent >= 0, "dependent (%s) must not be negative", dependent);
  }

  /** The relation without its subtype: "nmod" for "nmod:poss". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
