package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.RelationType;

/**
 * The relation rules on a dependency parse, for one sector mention (or a coordinated list of them):
 * walk from the sector's head up the tree; the nearest trigger on the way gives the type; the
 * country comes from a possessive, adjective or compound modifier of the noun phrase ("China's car
 * industry", "US chip sanctions", "South Korean carmaker Hyundai"), of the trigger noun ("China's
 * export controls on gallium"), from "between X and Y", or from the subject of the trigger's clause
 * (passing through control verbs and shared-subject coordination); the counterpart is the object of
 * the trigger's counterpart preposition ("sanctions on China", "surpassing South Korea"). A trigger
 * or clause under negation gives nothing. With no trigger the relation is ACTIVITY.
 *
 * <p>One instance per sentence; not shared.
 */
final class DependencyRules {

  private static final int MAX_STEPS = 40;

  private final ParseView pv;
  private final CountryRef[] refAt;
  private final TriggerMention[] triggerAt;
  private final Set<Integer> negations;
  private final Set<Integer> sectorTokens;
  private final PhraseCountries phrases;

  DependencyRules(
      ParseView pv, List<CountryRef> refs, List<TriggerMention> triggers, List<SectorMention> sectors) {
    this.pv = pv;
    this.sectorTokens = new HashSet<>();
    for (SectorMention m : sectors) {
      for (int i = m.start(); i < m.end(); i++) {
        sectorTokens.add(i);
      }
    }
    int n = pv.sentence().size();
    this.refAt = new CountryRef[n];
    for (CountryRef r : refs) {
      for (int i = r.start(); i < r.end() && i < n; i++) {
        refAt[i] = r;
      }
    }
    this.phrases = new PhraseCountries(pv, refAt);
    this.triggerAt = new TriggerMention[n];
    this.negations = new HashSet<>();
    for (TriggerMention t : triggers) {
      if (t.kind() == TriggerKind.NEGATION) {
        negations.add(t.start());
      } else if (t.kind().relationType().isPresent()) {
        for (int i = t.start(); i < t.end(); i++) {
          triggerAt[i] = t;
        }
      }
    }
  }

  /** The findings for a sector mention whose head token is {@code head}; empty when negated or unowned. */
  List<Finding> walk(int head, SectorMention sector) {
    List<Finding> out = new ArrayList<>();
    List<Integer> path = new ArrayList<>();
    List<CountryRef> npOwners = List.of();
    int npOwnerNode = -1;
    boolean npMutual = false;
    boolean flipped = false;
    boolean inApposition = false;
    int node = head;
    boolean cameByConj = false;
    String cameByMarker = "";
    int belowOwnersAt = -1;
    for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
      path.add(node);
      if (npOwners.isEmpty() && !pv.isVerb(node) && refAt[node] == null) {
        List<CountryRef> between = phrases.between(node);
        if (!between.isEmpty()) {
          npOwners = between;
          npMutual = true;
          npOwnerNode = node;
        } else {
          List<CountryRef> mods = phrases.modifiers(node, sector);
          if (!mods.isEmpty()) {
            npOwners = mods;
            npOwnerNode = node;
          }
        }
      }
      if (npOwners.isEmpty() && refAt[node] != null && node != head && !refAt[node].covers(head)) {
        // "the countries in automotive" / "its neighbour in the realms of ...": the phrase heads a country.
        npOwners = List.of(refAt[node]);
        npOwnerNode = node;
      }
      TriggerMention t = cameByConj ? null : triggerAt[node];
      int tNode = node;
      boolean offPath = false;
      if (t == null && !cameByConj) {
        tNode = pv.isVerb(node) ? predicateTrigger(node, path) : adjectiveTrigger(node, path);
        t = tNode >= 0 ? triggerAt[tNode] : null;
        offPath = t != null;
        if (t != null && pv.baseRel(tNode).equals("amod")) {
          tNode = node; // "the leading producer of chips": the noun is where the trigger acts
          offPath = false;
        }
      }
      if (t != null && !out.isEmpty()
          && (t.kind() == TriggerKind.ACTIVITY || holdsOwnSector(tNode, path))) {
        t = null; // a later trigger with its own sector word ("its semiconductor dominance") is that word's
      }
      if (t != null) {
        int[] first = firstConjunct(tNode);
        if (first != null) {
          tNode = first[0];
          t = triggerAt[tNode];
        }
        if (negated(path, tNode)) {
          return List.of();
        }
        boolean ownersAreCounterparts =
            !npOwners.isEmpty() && npOwnerNode != tNode && t.counterpartMarkers().contains(cameByMarker)
                && belowOwnersAt == npOwnerNode;
        List<CountryRef> counterparts = new ArrayList<>(phrases.counterparts(t, tNode));
        counterparts.addAll(originsOnPath(path, tNode, t));
        List<CountryRef> ownMods = offPath && !pv.isVerb(tNode) ? phrases.modifiers(tNode, sector) : List.of();
        List<CountryRef> owners;
        OwnerClue clue;
        boolean mutual = false;
        if (!ownMods.isEmpty()) {
          // "its chip makers face tougher US export rules": the trigger's own country acts on the path's.
          owners = ownMods;
          counterparts.addAll(npOwners);
          clue = OwnerClue.TRIGGER_MODIFIER;
        } else if (!npOwners.isEmpty() && !ownersAreCounterparts && out.isEmpty()) {
          owners = npOwners;
          mutual = npMutual;
          clue = npMutual ? OwnerClue.BETWEEN
              : (npOwnerNode == tNode ? OwnerClue.TRIGGER_MODIFIER : OwnerClue.MODIFIER);
        } else {
          if (ownersAreCounterparts) {
            counterparts.addAll(npOwners);
            flipped = true;
            // "a ban on Thai seafood imports": the flow's country is the stance's target, no activity
            List<CountryRef> targets = npOwners;
            out.removeIf(old -> old.type() == RelationType.ACTIVITY && old.owners().equals(targets));
          }
          List<CountryRef> mods = pv.isVerb(tNode) ? List.of() : phrases.modifiers(tNode, sector);
          List<CountryRef> pair = pv.isVerb(tNode) ? List.of() : phrases.between(tNode);
          if (!pair.isEmpty()) {
            owners = pair;
            mutual = true;
            clue = OwnerClue.BETWEEN;
          } else if (!mods.isEmpty()) {
            owners = mods;
            clue = OwnerClue.TRIGGER_MODIFIER;
          } else {
            owners = phrases.subjectOwners(tNode);
            mutual = owners.size() > 1;
            clue = OwnerClue.CLAUSE_SUBJECT;
          }
        }
        if (!owners.isEmpty()) {
          Finding f = new Finding(t.kind().relationType().orElseThrow(), ImmutableList.copyOf(owners),
              ImmutableList.copyOf(counterparts), Optional.of(t), mutual,
              RuleTrace.of(RelationRule.DEPENDENCY_TREE, clue, true));
          // "banned exports of nickel": a stance over an activity of the same country replaces it.
          out.removeIf(old -> old.type() == RelationType.ACTIVITY && sameCountries(old, f));
          out.add(f);
        }
      }
      int up = pv.head(node);
      if (up < 0 || stopsAt(node, up)) {
        inApposition = up >= 0 && pv.baseRel(node).equals("appos");
        if (inApposition && npOwners.isEmpty() && refAt[up] != null) {
          npOwners = List.of(refAt[up]); // "Chile, the world's top copper producer"
          npOwnerNode = node;
          inApposition = false;
        }
        break;
      }
      if (closesOwnClause(node, path)) {
        break; // "Peru will supply sugar, while Canada will provide wheat": Canada's clause owns the wheat
      }
      up = triggerNounBefore(node, up, path);
      cameByConj = pv.baseRel(node).equals("conj");
      if (!npOwners.isEmpty() && belowOwnersAt < 0) {
        belowOwnersAt = npOwnerNode;
      }
      cameByMarker = pv.marker(node);
      node = up;
    }
    if (out.isEmpty() && !flipped) {
      if (negated(clausePrefix(path), -1)) {
        return List.of();
      }
      List<CountryRef> owners = npOwners;
      OwnerClue clue = npMutual ? OwnerClue.BETWEEN : OwnerClue.MODIFIER;
      if (owners.isEmpty() && !inApposition) {
        owners = phrases.subjectOwners(head); // not for "graphite, a key material for EV batteries"
        clue = OwnerClue.CLAUSE_SUBJECT;
      }
      if (!owners.isEmpty()) {
        out.add(new Finding(RelationType.ACTIVITY, ImmutableList.copyOf(owners), ImmutableList.of(),
            Optional.empty(), npMutual,
            RuleTrace.of(RelationRule.DEPENDENCY_TREE, clue, false)));
      }
    }
    return out;
  }

  private static boolean sameCountries(Finding a, Finding b) {
    Set<String> x = new HashSet<>();
    a.owners().forEach(r -> x.addAll(r.codes()));
    for (CountryRef r : b.owners()) {
      for (String c : r.codes()) {
        if (x.contains(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The path up to and including the first verb: the sector's own clause. */
  private List<Integer> clausePrefix(List<Integer> path) {
    for (int k = 0; k < path.size(); k++) {
      if (pv.isVerb(path.get(k))) {
        return path.subList(0, k + 1);
      }
    }
    return path;
  }

  /** "the world's leading producer of chips": a trigger adjective on a noun of the path. */
  private int adjectiveTrigger(int node, List<Integer> path) {
    for (int c : pv.children(node)) {
      if (pv.baseRel(c).equals("amod") && triggerAt[c] != null && !path.contains(c)
          && triggerAt[c].kind() != TriggerKind.ACTIVITY) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "electric vehicles imported from China", "exports of machines to China": an origin or a
   * counterpart phrase on the path below the trigger is a counterpart.
   */
  private List<CountryRef> originsOnPath(List<Integer> path, int tNode, TriggerMention t) {
    List<CountryRef> out = new ArrayList<>();
    for (int n : path) {
      if (n == tNode) {
        break;
      }
      List<Integer> hosts = new ArrayList<>();
      hosts.add(n);
      for (int c : pv.children(n)) {
        if (pv.baseRel(c).equals("acl")) {
          hosts.add(c);
        }
      }
      for (int h : hosts) {
        for (int c : pv.children(h)) {
          if ((pv.baseRel(c).equals("nmod") || pv.baseRel(c).equals("obl"))
              && (pv.marker(c).equals("from") || t.counterpartMarkers().contains(pv.marker(c)))
              && refAt[c] != null) {
            phrases.addWithConjuncts(c, out);
          }
        }
      }
    }
    return out;
  }

  /**
   * Prepositional-attachment repair: "China's export controls on semiconductor materials" where the
   * parser hung "on ..." elsewhere; a phrase right after a trigger noun belongs to that noun.
   */
  private int triggerNounBefore(int node, int up, List<Integer> path) {
    String b = pv.baseRel(node);
    if (!(b.equals("nmod") || b.equals("obl"))) {
      return up;
    }
    for (int c : pv.children(node)) {
      if (pv.baseRel(c).equals("case") && c > 0) {
        int before = c - 1;
        TriggerMention t = triggerAt[before];
        if (t != null && before != up && before == t.end() - 1 && !path.contains(before)
            && pv.sentence().token(before).pos().startsWith("NN") && before < node) {
          return before;
        }
        return up;
      }
    }
    return up;
  }

  /** Whether a trigger node has a sector word of its own among its dependents, off the path. */
  private boolean holdsOwnSector(int tNode, List<Integer> path) {
    for (int c : pv.children(tNode)) {
      if (!path.contains(c) && sectorTokens.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** A trigger in a verb's predicate: its object ("holds the upper hand"), or down an xcomp chain. */
  private int predicateTrigger(int verb, List<Integer> path) {
    int v = verb;
    for (int depth = 0; depth < 3 && v >= 0; depth++) {
      for (int c : pv.children(v)) {
        String b = pv.baseRel(c);
        if ((b.equals("obj") || b.equals("dobj") || (b.equals("advmod") && depth == 0))
            && triggerAt[c] != null && !path.contains(c)) {
          return c; // "holds the upper hand", "will jointly develop"
        }
      }
      int x = pv.child(v, "xcomp");
      if (x < 0 || path.contains(x)) {
        return -1;
      }
      if (triggerAt[x] != null) {
        return x;
      }
      v = x;
    }
    return -1;
  }

  /** "compete and cooperate in chips": a verb trigger conjoined, without its own subject, to another. */
  private int[] firstConjunct(int node) {
    if (!pv.baseRel(node).equals("conj") || !pv.isVerb(node) || pv.child(node, "nsubj") >= 0) {
      return null;
    }
    int g = pv.head(node);
    return g >= 0 && triggerAt[g] != null && pv.isVerb(g) ? new int[] {g} : null;
  }

  /**
   * Whether {@code node} is the verb of a clause with a subject of its own, off the path, that hangs on
   * another clause ("while Canada will provide wheat", "and Japan would buy coal", "said Peru would
   * sell copper"): what lies in it belongs to that subject, so the walk does not climb to the other
   * clause's triggers and owners.
   */
  private boolean closesOwnClause(int node, List<Integer> path) {
    String b = pv.baseRel(node);
    boolean hangs = b.equals("advcl") || b.equals("conj") || b.equals("ccomp") || b.equals("dep");
    if (!pv.isVerb(node) || !hangs) {
      return false;
    }
    int subj = pv.child(node, "nsubj");
    return subj >= 0 && !path.contains(subj);
  }

  private boolean stopsAt(int node, int up) {
    String b = pv.baseRel(node);
    if (b.equals("parataxis") || b.equals("discourse") || b.equals("vocative") || b.equals("appos")) {
      return true;
    }
    boolean clausal = b.equals("dep") || b.equals("acl") || b.equals("ccomp") || b.equals("advcl");
    return clausal && pv.isVerb(node) && !pv.isVerb(up);
  }

  private boolean negated(List<Integer> path, int triggerNode) {
    if (negations.isEmpty()) {
      return false;
    }
    Set<Integer> scope = new HashSet<>(path);
    if (triggerNode >= 0) {
      scope.add(triggerNode);
      scope.add(phrases.clauseVerb(triggerNode));
    }
    for (int n : negations) {
      if (pv.isVerb(n) && (scope.contains(n)
          || triggerNode >= 0 && pv.head(phrases.clauseVerb(triggerNode)) == n
          || triggerNode < 0 && path.stream().anyMatch(p -> pv.isVerb(p) && pv.head(p) == n))) {
        // a negating verb on the path or above the trigger's clause, or, with no trigger, right
        // above the sector's clause: "refrained from staging a repo operation"
        return true;
      }
      int g = pv.head(n);
      String b = pv.baseRel(n);
      if (g >= 0 && scope.contains(g) && (b.equals("advmod") || b.equals("neg") || b.equals("det")
          || b.equals("cc"))) {
        if (b.equals("cc")) {
          continue; // "nor" coordinates; it does not negate what it joins here
        }
        return true;
      }
    }
    return false;
  }

}
