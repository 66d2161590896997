package org.newsgraph.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries a phrase of a parsed sentence names: a noun's possessive, adjective and compound
 * modifiers ("South Korean carmaker Hyundai"), "between X and Y", a trigger's counterpart phrases,
 * and the subject of a clause (through control verbs, shared-subject coordination and relative
 * pronouns). Used by {@link DependencyRules}; one instance per sentence.
 */
final class PhraseCountries {

  private static final int MAX_STEPS = 40;

  private final ParseView pv;
  private final CountryRef[] refAt;

  PhraseCountries(ParseView pv, CountryRef[] refAt) {
    this.pv = pv;
    this.refAt = refAt;
  }

  /** Countries modifying a noun: possessive, adjective, compound (two levels: "South Korean carmaker Hyundai"). */
  List<CountryRef> modifiers(int node, SectorMention sector) {
    List<CountryRef> out = new ArrayList<>();
    collectModifiers(node, sector.start(), sector.end(), out, 3);
    return out;
  }

  /** Modifier countries of {@code node}, leaving out tokens {@code [skipFrom, skipTo)} (the sector itself). */
  void collectModifiers(int node, int skipFrom, int skipTo, List<CountryRef> out, int depth) {
    for (int c : pv.children(node)) {
      String r = pv.rel(c);
      boolean mod = r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
          || r.equals("det") || r.equals("nmod:npmod") || (depth < 2 && r.equals("dep"));
      if (!mod) {
        continue;
      }
      if (c >= skipFrom && c < skipTo) {
        if (depth > 0) {
          collectModifiers(c, skipFrom, skipTo, out, depth - 1); // "Chinese EV maker": inside the term
        }
        continue;
      }
      if (refAt[c] != null) {
        addWithConjuncts(c, out);
      } else if (depth > 1 && (r.equals("compound") || r.equals("amod"))) {
        collectModifiers(c, skipFrom, skipTo, out, depth - 1);
      }
    }
  }

  /** "between these two countries" / "between China and South Korea" on a node. */
  List<CountryRef> between(int node) {
    List<CountryRef> out = new ArrayList<>();
    for (int c : pv.children(node)) {
      if ((pv.baseRel(c).equals("nmod") || pv.baseRel(c).equals("obl"))
          && pv.marker(c).equals("between") && refAt[c] != null) {
        addWithConjuncts(c, out);
      }
    }
    return distinctCodes(out) >= 2 ? out : List.of();
  }

  void addWithConjuncts(int c, List<CountryRef> out) {
    if (refAt[c] != null && !out.contains(refAt[c])) {
      out.add(refAt[c]);
    }
    for (int cc : pv.children(c)) {
      if (pv.baseRel(cc).equals("conj") && refAt[cc] != null && !out.contains(refAt[cc])) {
        out.add(refAt[cc]);
      }
    }
  }

  /** The counterparts of a trigger: countries introduced by its markers, on it or its light verb. */
  List<CountryRef> counterparts(TriggerMention t, int tNode) {
    List<CountryRef> out = new ArrayList<>();
    List<Integer> hosts = new ArrayList<>();
    hosts.add(tNode);
    int g = pv.head(tNode);
    if (!pv.isVerb(tNode) && g >= 0 && pv.isVerb(g)
        && (pv.baseRel(tNode).equals("obj") || pv.baseRel(tNode).equals("nsubj"))) {
      hosts.add(g);
    }
    for (int h : hosts) {
      for (int c : pv.children(h)) {
        String b = pv.baseRel(c);
        boolean arg = b.equals("nmod") || b.equals("obl") || b.equals("obj") || b.equals("dobj");
        if (!arg || pv.rel(c).equals("nmod:poss") || t.covers(c)) {
          continue;
        }
        if (!t.counterpartMarkers().contains(pv.marker(c))) {
          continue;
        }
        if (refAt[c] != null) {
          addWithConjuncts(c, out);
        } else {
          collectModifiers(c, -1, -1, out, 2);
        }
      }
    }
    return out;
  }

  /**
   * The countries of the subject of the clause holding {@code node}, through control and
   * coordination; under object control the object of the verb above ("led the EU to threaten").
   */
  List<CountryRef> subjectOwners(int node) {
    int v = clauseVerb(node);
    for (int hops = 0; hops < 4 && v >= 0; hops++) {
      int subj = pv.child(v, "nsubj", "csubj");
      if (subj >= 0) {
        String tag = pv.sentence().token(subj).pos();
        if ((tag.equals("WDT") || tag.equals("WP")) && pv.baseRel(v).startsWith("acl")) {
          subj = pv.head(v);
        }
        if (subj < 0) {
          return List.of();
        }
        List<CountryRef> out = new ArrayList<>();
        if (refAt[subj] != null) {
          addWithConjuncts(subj, out);
        } else {
          collectModifiers(subj, -1, -1, out, 2);
        }
        return out;
      }
      String b = pv.baseRel(v);
      if (!(b.equals("xcomp") || b.equals("conj") || b.equals("advcl"))) {
        return List.of();
      }
      v = pv.head(v);
      int controller = b.equals("xcomp") && v >= 0 ? pv.child(v, "obj", "dobj") : -1;
      if (controller >= 0 && refAt[controller] != null) {
        // "abuses led the EU to threaten a ban": the object of the verb above does the infinitive
        List<CountryRef> out = new ArrayList<>();
        addWithConjuncts(controller, out);
        return out;
      }
    }
    return List.of();
  }

  /** The verb (or predicate) of the clause holding {@code node}: climb through nominal arcs. */
  int clauseVerb(int node) {
    int v = node;
    for (int k = 0; k < MAX_STEPS && v >= 0; k++) {
      if (pv.isVerb(v) || pv.child(v, "cop") >= 0 || pv.child(v, "nsubj") >= 0) {
        return v;
      }
      int up = pv.head(v);
      if (up < 0) {
        return v;
      }
      v = up;
    }
    return -1;
  }

  private static int distinctCodes(List<CountryRef> refs) {
    Set<String> codes = new HashSet<>();
    refs.forEach(r -> codes.addAll(r.codes()));
    return codes.size();
  }
}
