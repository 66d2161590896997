package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.Dependency;
import org.newsgraph.text.Sentence;

/**
 * Index over one parsed sentence's dependency arcs: each token's governor and relation, its
 * dependents, and the preposition ("case" dependent) that introduces it. Built once per sentence;
 * not shared.
 */
final class ParseView {

  static final int NONE = -2;

  private final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  ParseView(Sentence s) {
    this.sentence = s;
    int n = s.size();
    head = new int[n];
    rel = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = NONE;
      rel[i] = "";
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= n || head[d.dependent()] != NONE) {
        continue;
      }
      head[d.dependent()] = d.governor();
      rel[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  /** The governor of token i: a token index, {@link Dependency#ROOT}, or {@link #NONE}. */
  int head(int i) {
    return head[i];
  }

  String rel(int i) {
    return rel[i];
  }

  /** The relation without subtype. */
  String baseRel(int i) {
    int colon = rel[i].indexOf(':');
    return colon < 0 ? rel[i] : rel[i].substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The preposition introducing token i ("on" for "on China"), or "obj" for a direct object, or "". */
  String marker(int i) {
    if (baseRel(i).equals("obj") || baseRel(i).equals("dobj")) {
      return "obj";
    }
    for (int c : children.get(i)) {
      if (baseRel(c).equals("case")) {
        return sentence.token(c).text().toLowerCase(Locale.ROOT);
      }
    }
    int colon = rel[i].indexOf(':');
    return colon < 0 ? "" : rel[i].substring(colon + 1);
  }

  boolean isVerb(int i) {
    return sentence.token(i).pos().startsWith("VB");
  }

  boolean isNominal(int i) {
    String p = sentence.token(i).pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.startsWith("PRP");
  }

  /** The child of i by this base relation, or -1. */
  int child(int i, String... baseRels) {
    for (int c : children.get(i)) {
      String b = baseRel(c);
      for (String want : baseRels) {
        if (b.equals(want)) {
          return c;
        }
      }
    }
    return -1;
  }
}
