package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.SectorId;
import org.newsgraph.text.Sentence;

/**
 * Runs the relation rules of {@link RelationRule} in their order: the one place where each rule is
 * wired to its code. The list rules see what the earlier ones found (the token rules only step in
 * where the tree found nothing); the member rules see the list's findings. Stateless.
 */
final class RelationRules {

  private RelationRules() {}

  /**
   * What the rules know of one sentence: its country references (back-references resolved), its
   * trigger words (with and without those inside a sector term), its sector terms and, for a parsed
   * sentence, the tree rules over them.
   */
  record SentenceFacts(Sentence sentence, List<CountryRef> refs, List<TriggerMention> words,
      List<TriggerMention> cues, List<SectorMention> found, Optional<ParseView> parse) {

    /** Whether a negation word stands among the cues. */
    boolean negated() {
      return RelationRules.negated(cues);
    }

    /** The tree rules over this sentence, for a parsed one. */
    Optional<DependencyRules> tree() {
      return parse.map(p -> new DependencyRules(p, refs, cues, found));
    }

    /** These facts without the trigger words {@code dropped}. */
    SentenceFacts without(List<TriggerMention> dropped) {
      return new SentenceFacts(sentence, refs,
          words.stream().filter(w -> !dropped.contains(w)).toList(),
          cues.stream().filter(w -> !dropped.contains(w)).toList(), found, parse);
    }
  }

  /**
   * The counterpart marker of a word that only types a relation between two named parties ("pact",
   * "accord": a bilateral agreement is COOPERATION only when both parties are named, annotation
   * convention 5).
   */
  static final String PAIR = "pair";

  /** How often the list rules run again without the agreement words that found one party only. */
  private static final int PAIR_RETRIES = 2;

  /** A sector carried into a sentence without a term, with what the rules found for it. */
  record Carried(SectorMention mention, List<Finding> findings) {}

  /** The findings of the list rules for the list {@code g}, in rule order. */
  static List<Finding> forList(SentenceFacts f, SectorGroups.Group g) {
    SentenceFacts facts = f;
    List<Finding> out = runList(facts, g);
    for (int retry = 0; retry < PAIR_RETRIES; retry++) {
      List<TriggerMention> unpaired = out.stream().filter(RelationRules::onePartyOnly)
          .map(x -> x.trigger().orElseThrow()).distinct().toList();
      if (unpaired.isEmpty()) {
        break;
      }
      // "Japan's farm pact": an agreement word with one party types nothing; the other words decide
      facts = facts.without(unpaired);
      out = runList(facts, g);
    }
    return out;
  }

  private static List<Finding> runList(SentenceFacts f, SectorGroups.Group g) {
    List<Finding> out = List.of();
    Optional<DependencyRules> tree = f.tree();
    for (RelationRule r : RelationRule.values()) {
      if (r.scope() == RelationRule.Scope.SECTOR_LIST) {
        out = listRule(r, f, tree, g.first(), out);
      }
    }
    // "the fields of their cooperation: farming, roads and mining": the colon's trigger types the list
    List<Finding> typed = ColonLists.typed(f.sentence(), f.cues(), g, out);
    // "Kenya and Peru agreed to expand farm trade": two named parties agreeing act together
    return JointAgreements.typed(f.sentence(), g.first(), typed);
  }

  /** Whether {@code f} was typed by an agreement word but names one party only. */
  static boolean onePartyOnly(Finding f) {
    if (f.trigger().isEmpty() || !f.trigger().get().counterpartMarkers().contains(PAIR)) {
      return false;
    }
    long parties = f.owners().stream().mapToLong(o -> o.codes().size()).sum();
    return !f.mutual() && f.counterparts().isEmpty() && parties < 2;
  }

  /** The findings of the member rules for member {@code m} of a list whose rules found {@code found}. */
  static List<Finding> forMember(SentenceFacts f, SectorMention m, List<Finding> found) {
    List<Finding> out = new ArrayList<>();
    for (RelationRule r : RelationRule.values()) {
      if (r.scope() == RelationRule.Scope.SECTOR_MEMBER) {
        out.addAll(memberRule(r, f, m, found));
      }
    }
    return out;
  }

  /**
   * The sentence rules for a sentence without a sector term, with the sector {@code carried} from
   * an earlier sentence ({@link CarriedSector}): the mention placed and what was found for it.
   */
  static Optional<Carried> forSentence(SentenceFacts f, CarriedSector carried) {
    for (RelationRule r : RelationRule.values()) {
      if (r.scope() == RelationRule.Scope.NO_SECTOR_TERM) {
        Optional<Carried> c = sentenceRule(r, f, carried);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /** A term that a rule found itself, with what the rule found for it. */
  record Placed(SectorMention mention, Finding finding) {}

  /**
   * The rules that find their own term, on any sentence: {@code currencies} are its country words
   * that name a currency ("the Swiss franc"), {@code terms} its sector terms, {@code currency} the
   * sector of a currency's name, where the taxonomy has one.
   */
  static List<Placed> forEverySentence(Sentence s, List<CountryRef> currencies, List<SectorMention> terms,
      Optional<SectorId> currency) {
    List<Placed> out = new ArrayList<>();
    for (RelationRule r : RelationRule.values()) {
      if (r.scope() == RelationRule.Scope.EVERY_SENTENCE) {
        out.addAll(switch (r) {
          case CURRENCY_NAME ->
              currency.map(c -> CurrencyNames.find(s, currencies, terms, c)).orElse(List.of());
          default -> throw new IllegalArgumentException("not a rule for every sentence: " + r);
        });
      }
    }
    return out;
  }

  /** The findings after list rule {@code r}, given those {@code before} it: a rule adds or rewrites. */
  private static List<Finding> listRule(RelationRule r, SentenceFacts f, Optional<DependencyRules> tree,
      SectorMention first, List<Finding> before) {
    return switch (r) {
      case DEPENDENCY_TREE -> concat(before, withoutRecipientOwners(f, first,
          tree.map(t -> t.walk(head(f.parse().orElseThrow(), first), first)).orElse(List.of())));
      case TOKEN_WINDOW -> tree.isEmpty() || (before.isEmpty() && !f.negated())
          ? concat(before, LinearRules.find(f.sentence(), f.refs(), f.cues(), first))
          : before;
      case COPULA_SUBJECT -> before.stream().map(x -> CopulaSubject.rewrite(f.sentence(), f.refs(), x))
          .toList();
      case HOSTED_BUILD -> HostedBuilds.find(f.sentence(), f.refs(), f.cues(), first, before, f.negated());
      default -> throw new IllegalArgumentException("not a list rule: " + r);
    };
  }

  /**
   * The tree's findings without owners that are the buyer between a sale verb and the goods ("voted for
   * selling Peru rice", where the parser may make the country a modifier of the goods):
   * a finding left with no owner goes ({@link LinearRules#recipient}).
   */
  private static List<Finding> withoutRecipientOwners(SentenceFacts f, SectorMention first, List<Finding> found) {
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding x : found) {
      ImmutableList<CountryRef> owners = x.owners().stream()
          .filter(o -> !LinearRules.recipient(f.sentence(), f.cues(), o, first))
          .collect(ImmutableList.toImmutableList());
      if (!owners.isEmpty()) {
        out.add(owners.size() == x.owners().size() ? x : x.withOwners(owners));
      }
    }
    return out;
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<Finding> memberRule(RelationRule r, SentenceFacts f, SectorMention m,
      List<Finding> found) {
    return switch (r) {
      case COUNTRY_INDUSTRY -> countrysIndustry(f.sentence(), f.refs(), f.words(), m)
          .filter(i -> !restricted(found, i.owners().get(0)))
          .map(List::of).orElse(List.of());
      case CLAUSE_PAIR -> ClausePairs.find(f, m, found);
      default -> throw new IllegalArgumentException("not a member rule: " + r);
    };
  }

  private static Optional<Carried> sentenceRule(RelationRule r, SentenceFacts f, CarriedSector carried) {
    return switch (r) {
      case CARRIED_SECTOR -> carriedSector(f, carried);
      default -> throw new IllegalArgumentException("not a sentence rule: " + r);
    };
  }

  /**
   * The token rules on the sector carried into {@code f}'s sentence, placed on its flow or stance
   * word; that word's own type holds where no other trigger gives one.
   */
  private static Optional<Carried> carriedSector(SentenceFacts f, CarriedSector carried) {
    Sentence s = f.sentence();
    Optional<CarriedSector.Placed> placed = carried.carried(s, f.refs(), f.words());
    if (placed.isEmpty() || f.negated()) {
      return Optional.empty();
    }
    SectorMention m = placed.get().mention();
    TriggerMention anchor = f.words().stream()
        .filter(w -> w.start() == m.start() && w.end() == m.end())
        .findFirst().orElseThrow();
    List<Finding> out = new ArrayList<>();
    for (Finding found : LinearRules.find(s, f.refs(), f.words(), m)) { // the flow word is its own trigger
      RelationType type = found.trigger().isPresent()
          ? found.type() : anchor.kind().relationType().orElseThrow();
      RuleTrace rule = found.rule().via(RelationRule.CARRIED_SECTOR);
      Finding typed = new Finding(type, found.owners(), found.counterparts(),
          found.trigger().or(() -> Optional.of(anchor)), found.mutual(), rule);
      Optional<String> source = placed.get().sourceCountry();
      if (source.isPresent() && found.owners().stream().allMatch(o -> partnerOf(s, anchor, o))
          && found.owners().stream().noneMatch(o -> o.codes().contains(source.get()))) {
        // "Imports from Brazil rose": Brazil is the partner; the owner is the earlier sentence's country
        CountryRef owner = new CountryRef(s.index(), m.start(), m.end(), ImmutableList.of(source.get()),
            Optional.empty(), true, false);
        typed = new Finding(type, ImmutableList.of(owner), found.owners(), typed.trigger(), false,
            rule.withPartner());
      }
      out.add(typed);
    }
    return Optional.of(new Carried(m, out));
  }

  /** Whether {@code r} follows the flow word {@code t} as its partner: "imports from Brazil". */
  private static boolean partnerOf(Sentence s, TriggerMention t, CountryRef r) {
    if (r.start() <= t.end() || r.start() - t.end() > 3) {
      return false;
    }
    String first = s.token(t.end()).text().toLowerCase(Locale.ROOT);
    if (!t.counterpartMarkers().contains(first)) {
      return false;
    }
    for (int i = t.end() + 1; i < r.start(); i++) {
      if (!s.token(i).pos().equals("DT")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Egyptian oil sector", "Peru's fishing industry": a country right before a sector term
   * (a demonym, or a possessive) followed by an industry word gives that country ACTIVITY in the
   * sector, also where the clause is about another country ("investments in the Egyptian oil
   * sector").
   */
  static Optional<Finding> countrysIndustry(
      Sentence s, List<CountryRef> refs, List<TriggerMention> words, SectorMention m) {
    boolean industryAfter = words.stream()
        .anyMatch(w -> w.kind() == TriggerKind.INDUSTRY && w.start() == m.end());
    if (!industryAfter) {
      return Optional.empty();
    }
    int at = m.start();
    if (at > 0 && s.token(at - 1).pos().equals("POS")) {
      at--;
    }
    for (CountryRef r : refs) {
      if (r.end() == at && !r.backReference()) {
        return Optional.of(new Finding(RelationType.ACTIVITY, ImmutableList.of(r), ImmutableList.of(),
            Optional.empty(), false,
            RuleTrace.of(RelationRule.COUNTRY_INDUSTRY, OwnerClue.INDUSTRY_MODIFIER, false)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a finding restricts this country's sector ("sanctions on Venezuela's oil sector"): the
   * clause carries the stance, so the country gets no ACTIVITY from it (annotation convention 4).
   */
  private static boolean restricted(List<Finding> findings, CountryRef country) {
    return findings.stream().anyMatch(f -> f.type() == RelationType.RESTRICTION
        && f.counterparts().stream().anyMatch(c -> c.codes().equals(country.codes())));
  }

  /** Whether a negation word stands among {@code words}. */
  static boolean negated(List<TriggerMention> words) {
    return words.stream().anyMatch(w -> w.kind() == TriggerKind.NEGATION);
  }

  /** The syntactic head of a mention: its token whose governor lies outside it (else its last). */
  private static int head(ParseView pv, SectorMention m) {
    for (int i = m.end() - 1; i >= m.start(); i--) {
      int g = pv.head(i);
      if (g < m.start() || g >= m.end()) {
        return i;
      }
    }
    return m.end() - 1;
  }
}
