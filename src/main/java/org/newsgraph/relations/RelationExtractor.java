package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.lexicon.SectorTaxonomy;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;

/**
 * Finds country–sector relations as defined by the country–sector guideline. For each sentence that
 * is not website furniture and holds a sector term: find the country references (entity mentions
 * and resolved back-references), the triggers, and run the dependency rules ({@link
 * DependencyRules}) on each sector mention, or a coordinated list of them, which share one analysis
 * ("automobiles, ships and chips"). Only ambiguous sentences are parsed ({@link #wantsParse}); the
 * others go to the token rules ({@link LinearRules}). Relations stated inside a quote carry its id.
 * Stateless after construction; thread-safe.
 */
public final class RelationExtractor {

  /** A sentence with this many verbs has several clauses: which country goes where needs the tree. */
  static final int MANY_VERBS = 4;

  /** A sentence this long (tokens) is parsed when several countries compete in it. */
  static final int LONG_SENTENCE = 25;

  private final SectorTaxonomy sectors;
  private final RelationTriggerLexicon triggers;
  private final CountryReferenceFinder countryRefs;
  private final NationalBodies bodies;

  public RelationExtractor(Lexicons lexicons) {
    this(checkNotNull(lexicons, "lexicons").sectors(), lexicons.relationTriggers(),
        lexicons.countries());
  }

  /** An extractor over lexicons already loaded (tests, tools). */
  public RelationExtractor(
      SectorTaxonomy sectors, RelationTriggerLexicon triggers, CountryLexicon countries) {
    this.sectors = checkNotNull(sectors, "sectors");
    this.triggers = checkNotNull(triggers, "triggers");
    this.countryRefs = new CountryReferenceFinder(checkNotNull(countries, "countries"));
    this.bodies = new NationalBodies(countries);
  }

  /**
   * Whether the rules want the dependency parse of {@code sentence}. Not for furniture, nor for a
   * sentence without a sector term or any possible country reference. Of the rest, only the
   * ambiguous ones: where {@link #needsParse} says the token rules ({@link LinearRules}) may give a
   * different answer than the parse. The parser costs more than tagging and NER together, so every
   * other sentence is left unparsed.
   */
  public boolean wantsParse(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    if (sentence.furniture() || !sectors.mentionsAny(sentence)) {
      return false;
    }
    ImmutableList<TriggerMention> words = triggers.find(sentence);
    boolean backReference = words.stream().anyMatch(t -> t.kind().name().startsWith("BACKREF"));
    if (!backReference && !countryRefs.mayRefer(sentence)) {
      return false;
    }
    return needsParse(sentence, countryRefs.candidates(sentence).size(), words);
  }

  /**
   * Whether the parse may change the answer for {@code s}, a sentence with {@code countries}
   * possible country references and these trigger words. The token rules ({@link LinearRules}) take
   * the nearest country, its coordinated neighbours and the nearest trigger; that is what the parse
   * gives too, except: under a negation (its scope decides); and where two or more countries (a
   * back-reference counts as one, "the two countries" as two) compete for the sector terms in a
   * sentence of several clauses (at least {@value #MANY_VERBS} verbs or {@value #LONG_SENTENCE}
   * tokens), around an apposition ("graphite, a key material for ...") or an elaboration
   * ("including"), where only the tree tells which country goes with which term.
   */
  static boolean needsParse(Sentence s, int countries, List<TriggerMention> words) {
    int refs = countries;
    boolean elaboration = false;
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.NEGATION) {
        return true;
      }
      if (w.kind() == TriggerKind.BACKREF_PAIR || w.kind() == TriggerKind.BACKREF_GROUP) {
        refs += 2; // "the two countries compete": two owners, each the other's counterpart
      } else if (w.kind().name().startsWith("BACKREF")) {
        refs++;
      }
      elaboration |= w.kind() == TriggerKind.ELABORATION;
    }
    if (refs < 2) {
      return false;
    }
    if (elaboration || s.size() >= LONG_SENTENCE) {
      return true;
    }
    int verbs = 0;
    for (int i = 0; i < s.size(); i++) {
      String pos = s.token(i).pos();
      verbs += pos.startsWith("VB") ? 1 : 0;
      boolean apposition = pos.equals(",") && i + 1 < s.size()
          && s.token(i + 1).pos().equals("DT") && i > 0 && s.token(i - 1).pos().startsWith("NN");
      if (apposition) {
        return true;
      }
    }
    return verbs >= MANY_VERBS;
  }

  /** The relations of {@code text}, in text order. */
  public ImmutableList<Relation> extract(
      AnalyzedText text, ResolvedEntities entities, List<Quote> quotes) {
    checkNotNull(text, "text");
    checkNotNull(entities, "entities");
    checkNotNull(quotes, "quotes");
    BackReferenceResolver resolver = new BackReferenceResolver(entities);
    CarriedSector carried = new CarriedSector();
    TreeMap<Integer, Quote> quotesByStart = new TreeMap<>();
    for (Quote q : quotes) {
      quotesByStart.putIfAbsent(q.content().start(), q);
    }
    Map<String, String> countryEntities = new HashMap<>();
    for (Entity e : entities.entities()) {
      if (e.subtype().equals(Optional.of(LocationSubtype.COUNTRY)) && e.country().isPresent()) {
        countryEntities.putIfAbsent(e.country().get(), e.id());
      }
    }
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Sentence s : text.sentences()) {
      if (s.furniture()) {
        continue;
      }
      List<TriggerMention> all = triggers.find(s);
      List<CountryRef> direct = bodies.addTo(s, countryRefs.find(text, s, entities), all);
      ImmutableList<SectorMention> found = sectors.find(s);
      if (found.isEmpty()) {
        carryOver(text, s, direct, all, carried, resolver, quotesByStart, countryEntities, out);
        carried.remember(s, found, Set.of(), isHeadline(s));
        resolver.remember(s, direct);
        continue;
      }
      int before = out.size();
      List<TriggerMention> words = withoutCalledFor(s, all);
      ParseView pv = s.parsed() ? new ParseView(s) : null;
      List<CountryRef> refs = resolveBackReferences(s, direct, words, resolver, pv);
      List<SectorMention> kept = dropElaborated(s, found, words);
      List<TriggerMention> cues = withoutSectorWords(words, found);
      DependencyRules rules = pv == null ? null : new DependencyRules(pv, refs, cues, found);
      for (SectorGroups.Group g : SectorGroups.of(s, kept)) {
        List<Finding> findings = rules != null
            ? rules.walk(head(pv, g.first()), g.first())
            : LinearRules.find(s, refs, cues, g.first());
        if (findings.isEmpty() && rules != null && !negated(cues)) {
          // recall first: where the tree ties no country to the term, the token rules may
          findings = LinearRules.find(s, refs, cues, g.first());
        }
        for (SectorMention m : g.members()) {
          for (Finding f : findings) {
            emit(text, s, m, f, quotesByStart, countryEntities, out);
          }
          Optional<Finding> industry = countrysIndustry(s, refs, words, m);
          if (industry.isPresent() && !restricted(findings, industry.get().owners().get(0))) {
            emit(text, s, m, industry.get(), quotesByStart, countryEntities, out);
          }
        }
      }
      Set<String> owners = new HashSet<>();
      out.values().stream().skip(before).forEach(r -> owners.add(r.country()));
      carried.remember(s, found, owners, isHeadline(s));
      resolver.remember(s, refs);
    }
    return ImmutableList.copyOf(out.values());
  }

  /**
   * A sentence without a sector term that goes on about the sector of the sentence before it, or of
   * the headline ({@link CarriedSector}): the token rules on the carried sector, placed on the flow
   * or stance word; that word's own type holds where no other trigger gives one.
   */
  private void carryOver(AnalyzedText text, Sentence s, List<CountryRef> direct,
      List<TriggerMention> all, CarriedSector carried,
      BackReferenceResolver resolver, NavigableMap<Integer, Quote> quotes,
      Map<String, String> countryEntities, Map<String, Relation> out) {
    if (direct.isEmpty()) {
      return;
    }
    List<TriggerMention> words = withoutCalledFor(s, all);
    Optional<CarriedSector.Placed> placed = carried.carried(s, direct, words);
    if (placed.isEmpty() || negated(words)) {
      return;
    }
    SectorMention m = placed.get().mention();
    List<CountryRef> refs = resolveBackReferences(s, direct, words, resolver, null);
    TriggerMention anchor = words.stream()
        .filter(w -> w.start() == m.start() && w.end() == m.end())
        .findFirst().orElseThrow();
    for (Finding f : LinearRules.find(s, refs, words, m)) { // the flow word is its own trigger
      RelationType type = f.trigger().isPresent() ? f.type() : anchor.kind().relationType().orElseThrow();
      String rule = "carried-sector+" + f.rule();
      Finding typed = new Finding(type, f.owners(), f.counterparts(), f.trigger().or(() -> Optional.of(anchor)),
          f.mutual(), rule);
      Optional<String> source = placed.get().sourceCountry();
      if (source.isPresent() && f.owners().stream().allMatch(o -> partnerOf(s, anchor, o))
          && f.owners().stream().noneMatch(o -> o.codes().contains(source.get()))) {
        // "Imports from Brazil rose": Brazil is the partner; the owner is the earlier sentence's country
        CountryRef owner = new CountryRef(s.index(), m.start(), m.end(), ImmutableList.of(source.get()),
            Optional.empty(), true, false);
        typed = new Finding(type, ImmutableList.of(owner), f.owners(), typed.trigger(), false,
            rule + "+partner");
      }
      emit(text, s, m, typed, quotes, countryEntities, out);
    }
  }

  /** Whether {@code r} follows the flow word {@code t} as its partner: "imports from Brazil". */
  private static boolean partnerOf(Sentence s, TriggerMention t, CountryRef r) {
    if (r.start() <= t.end() || r.start() - t.end() > 3) {
      return false;
    }
    String first = s.token(t.end()).text().toLowerCase(java.util.Locale.ROOT);
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
            Optional.empty(), false, "industry-modifier+default"));
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

  /** The headline: the first sentence, alone in the text's first paragraph. */
  private static boolean isHeadline(Sentence s) {
    return s.index() == 0 && s.paragraph() == 0;
  }

  private List<CountryRef> resolveBackReferences(Sentence s, List<CountryRef> direct,
      List<TriggerMention> words, BackReferenceResolver resolver, ParseView pv) {
    List<CountryRef> refs = new ArrayList<>(direct);
    for (TriggerMention w : words) {
      if (w.kind().relationType().isPresent() || w.kind() == TriggerKind.NEGATION
          || w.kind() == TriggerKind.ELABORATION || w.kind() == TriggerKind.CLAUSE
          || w.kind() == TriggerKind.INDUSTRY || w.kind() == TriggerKind.CALL
          || w.kind() == TriggerKind.BODY) {
        continue;
      }
      if (direct.stream().anyMatch(r -> r.start() < w.end() && w.start() < r.end())) {
        continue;
      }
      Set<String> coArguments = pv == null ? Set.of() : coArguments(pv, w, direct);
      List<CountryRef> before = new ArrayList<>();
      for (CountryRef r : refs) {
        if (r.end() <= w.start()) {
          before.add(r);
        }
      }
      before.sort((a, b) -> Integer.compare(a.start(), b.start()));
      resolver.resolve(s, w, before, coArguments).ifPresent(refs::add);
    }
    refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return refs;
  }

  /**
   * Codes of countries that are other arguments of the predicate the back-reference is subject of,
   * or of the noun it is the possessor of ("the country's competitiveness with China").
   */
  private static Set<String> coArguments(ParseView pv, TriggerMention w, List<CountryRef> direct) {
    Set<String> out = new HashSet<>();
    int gov = pv.head(w.end() - 1);
    String rel = pv.rel(w.end() - 1);
    if (gov < 0 || !(pv.baseRel(w.end() - 1).equals("nsubj") || rel.equals("nmod:poss"))) {
      return out;
    }
    for (int c : pv.children(gov)) {
      for (CountryRef r : direct) {
        if (r.covers(c)) {
          out.addAll(r.codes());
        }
      }
    }
    return out;
  }

  /**
   * "materials for semiconductors, including gallium and graphite": a sector word followed closely by
   * an elaboration that lists other sectors is replaced by them.
   */
  private static List<SectorMention> dropElaborated(
      Sentence s, List<SectorMention> found, List<TriggerMention> words) {
    List<SectorMention> out = new ArrayList<>(found);
    for (TriggerMention w : words) {
      if (w.kind() != TriggerKind.ELABORATION) {
        continue;
      }
      boolean listAfter = found.stream().anyMatch(m -> m.start() >= w.end() && m.start() <= w.end() + 2);
      if (!listAfter) {
        continue;
      }
      String after = found.stream().filter(m -> m.start() >= w.end()).findFirst().orElseThrow().sector();
      out.removeIf(m -> m.end() <= w.start() && m.end() >= w.start() - 5 && !m.sector().equals(after)
          && noVerbBetween(s, m.end(), w.start(), words));
    }
    return out;
  }

  /** Whether no verb but an elaboration word ("including") stands in tokens {@code [from, to)}. */
  private static boolean noVerbBetween(
      Sentence s, int from, int to, List<TriggerMention> words) {
    for (int i = from; i < to; i++) {
      int at = i;
      if (s.token(i).pos().startsWith("VB") && words.stream().noneMatch(
          w -> w.kind() == TriggerKind.ELABORATION && w.start() <= at && at < w.end())) {
        return false;
      }
    }
    return true;
  }

  /** How far (tokens) after a call word a restriction word is only asked for. */
  static final int CALL_REACH = 6;

  /** How far (tokens) after a flow word ("exports") a growth verb ("rose") only states volume. */
  static final int VOLUME_REACH = 4;

  /**
   * The words without the restriction words that a call word shortly before them only asks for
   * ("urged Washington to impose tariffs", "CHIPMAKERS URGE SANCTIONS"): a call imposes nothing
   * (annotation convention 6); and without a lead verb shortly after a flow word ("exports of corn
   * rose"): plain growth in volume is ACTIVITY (convention 8).
   */
  static List<TriggerMention> withoutCalledFor(Sentence s, List<TriggerMention> words) {
    List<TriggerMention> out = new ArrayList<>(words.size());
    for (TriggerMention w : words) {
      boolean asked = w.kind() == TriggerKind.RESTRICTION && words.stream().anyMatch(c ->
          c.kind() == TriggerKind.CALL && c.end() <= w.start() && w.start() - c.end() <= CALL_REACH
              && words.stream().noneMatch(k -> k.kind() == TriggerKind.CLAUSE && k.start() >= c.end()
                  && k.end() <= w.start()));
      // "exports rose": growth in volume is activity, not a lead (annotation convention 8)
      boolean volume = w.kind() == TriggerKind.ADVANTAGE && s.token(w.start()).pos().startsWith("VB")
          && words.stream().anyMatch(a -> a.kind() == TriggerKind.ACTIVITY && a.end() <= w.start()
              && w.start() - a.end() <= VOLUME_REACH);
      if (!asked && !volume) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean negated(List<TriggerMention> cues) {
    return cues.stream().anyMatch(w -> w.kind() == TriggerKind.NEGATION);
  }

  /**
   * Triggers that are part of a sector term ("arms exports") do not count as triggers; a trigger
   * phrase that holds a term inside it does ("the largest coffee exporter").
   */
  private static List<TriggerMention> withoutSectorWords(
      List<TriggerMention> words, List<SectorMention> found) {
    List<TriggerMention> out = new ArrayList<>(words.size());
    for (TriggerMention w : words) {
      // inside a term ("arms exports"); a trigger around a term stays ("the largest coffee exporter")
      boolean inside = w.kind().relationType().isPresent()
          && found.stream().anyMatch(m -> m.start() < w.end() && w.start() < m.end()
              && !(w.start() < m.start() && m.end() < w.end()));
      if (!inside) {
        out.add(w);
      }
    }
    return out;
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

  private void emit(AnalyzedText text, Sentence s, SectorMention m, Finding f,
      NavigableMap<Integer, Quote> quotes, Map<String, String> countryEntities,
      Map<String, Relation> out) {
    CharSpan evidence = text.span(s);
    Optional<CharSpan> trigger = f.trigger().map(t -> text.span(s, t.start(), t.end() - 1));
    int at = s.token(m.start()).start();
    Optional<String> quoteId = Optional.ofNullable(quotes.floorEntry(at))
        .map(Map.Entry::getValue)
        .filter(q -> at < q.content().end())
        .map(Quote::id);
    List<String[]> pairs = new ArrayList<>(); // {country, counterpart or "", entity id or "", rule}
    for (CountryRef owner : f.owners()) {
      for (String code : owner.other() ? owner.codes().subList(0, 1) : owner.codes()) {
        Optional<String> cp = counterpart(code, f);
        if (cp.isEmpty() && (f.mutual() || owner.codes().size() > 1) && symmetric(f.type())) {
          cp = f.owners().stream().flatMap(o -> o.codes().stream()).filter(c -> !c.equals(code)).findFirst();
        }
        pairs.add(new String[] {code, cp.orElse(""), owner.entityId().orElse(""), f.rule()});
        if (cp.isPresent() && (symmetric(f.type()) || purchase(f))) {
          pairs.add(new String[] {cp.get(), code, "", f.rule() + "+mirror"});
        }
      }
    }
    for (String[] p : pairs) {
      String key = f.type() + "|" + p[0] + "|" + m.sector() + "|" + p[1] + "|" + evidence.start();
      if (out.containsKey(key)) {
        continue;
      }
      // A back-reference or a mirror relation names the country's own entity where the text has one.
      Optional<String> entityId =
          p[2].isEmpty() ? Optional.ofNullable(countryEntities.get(p[0])) : Optional.of(p[2]);
      out.put(key, new Relation(f.type(), p[0], entityId,
          m.sector(), p[1].isEmpty() ? Optional.empty() : Optional.of(p[1]), trigger, evidence, quoteId,
          p[3]));
    }
  }

  private static Optional<String> counterpart(String code, Finding f) {
    for (CountryRef c : f.counterparts()) {
      for (String cc : c.codes()) {
        if (!cc.equals(code)) {
          return Optional.of(cc);
        }
      }
    }
    return Optional.empty();
  }

  /** A buyer's ACTIVITY with its seller as counterpart: the seller's ACTIVITY towards the buyer holds too. */
  private static boolean purchase(Finding f) {
    return f.type() == RelationType.ACTIVITY && f.trigger().isPresent()
        && f.trigger().get().counterpartMarkers().contains(RelationTriggerLexicon.SELLER);
  }

  private static boolean symmetric(RelationType t) {
    return t == RelationType.COOPERATION || t == RelationType.COMPETITION;
  }
}
