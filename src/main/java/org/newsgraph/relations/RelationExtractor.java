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
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.SectorId;
import org.newsgraph.RelationType;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.IsoCountries;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.PlaceGazetteer;
import org.newsgraph.lexicon.RegionMembers;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.lexicon.SectorTaxonomy;
import org.newsgraph.relations.RelationRules.SentenceFacts;
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

  private final SectorTaxonomy sectors;
  /** The sector of a currency's name: the one the taxonomy gives the word "currency". */
  private final Optional<SectorId> currency;
  private final RelationTriggerLexicon triggers;
  private final CountryReferenceFinder countryRefs;
  private final NationalBodies bodies;
  /** The country a quote's speaker speaks for, which its "we" stands for. */
  private final QuoteVoices voices;
  /** For the unions of countries ("EU"), which the entity layer makes organisations. */
  private final CountryLexicon countryCodes;
  /** The countries of a region adjective, for "the Asian nation". */
  private final RegionMembers regions;

  public RelationExtractor(Lexicons lexicons) {
    this(checkNotNull(lexicons, "lexicons").sectors(), lexicons.relationTriggers(),
        lexicons.countries(), lexicons.isoCountries(), lexicons.places(), lexicons.regions());
  }

  /**
   * An extractor over lexicons already loaded (tests, tools); {@code iso} tells a country's code
   * from a union's ("EU"), whose adjective ("European") names a region; {@code places} knows the
   * regions across countries ("Africa"), which are never a party; {@code regions} the countries of a
   * region adjective ("the European country" refers back to one of them).
   */
  public RelationExtractor(SectorTaxonomy sectors, RelationTriggerLexicon triggers,
      CountryLexicon countries, IsoCountries iso, PlaceGazetteer places, RegionMembers regions) {
    this.regions = checkNotNull(regions, "regions");
    this.sectors = checkNotNull(sectors, "sectors");
    this.currency = sectors.sectorOfTerm("currency");
    this.triggers = checkNotNull(triggers, "triggers");
    checkNotNull(places, "places");
    this.countryRefs = new CountryReferenceFinder(checkNotNull(countries, "countries"),
        checkNotNull(iso, "iso")::isCountry,
        w -> places.lookup(w).filter(p -> p.subtype() == LocationSubtype.REGION
            && p.country().isEmpty()).isPresent());
    this.bodies = new NationalBodies(countries);
    this.voices = new QuoteVoices(countries, triggers);
    this.countryCodes = countries;
  }

  /**
   * Whether the rules want the dependency parse of {@code sentence}: only where the token rules may
   * answer differently ({@link ParseDecision}).
   */
  public boolean wantsParse(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    if (sentence.furniture() || !sectors.mentionsAny(sentence)) {
      return false;
    }
    ImmutableList<TriggerMention> words = triggers.find(sentence);
    boolean backReference = words.stream().anyMatch(t -> t.kind().backReference());
    if (!backReference && !countryRefs.mayRefer(sentence)) {
      return false;
    }
    return ParseDecision.needsParse(sentence, countryRefs.candidates(sentence).size(), words);
  }

  /**
   * The relations of {@code text}, in text order: for each sentence that is not furniture, the
   * rules of {@link RelationRule} in their order ({@link RelationRules}) on each list of its sector
   * terms, or on the sector it carries over when it names none.
   */
  public ImmutableList<Relation> extract(
      AnalyzedText text, ResolvedEntities entities, List<Quote> quotes) {
    checkNotNull(text, "text");
    checkNotNull(entities, "entities");
    checkNotNull(quotes, "quotes");
    BackReferenceResolver resolver = new BackReferenceResolver(entities, regions);
    CarriedSector carried = new CarriedSector();
    InvestmentHosts hosts = new InvestmentHosts();
    List<String> partiesBefore = List.of();
    TreeMap<Integer, Quote> quotesByStart = new TreeMap<>();
    for (Quote q : quotes) {
      quotesByStart.putIfAbsent(q.content().start(), q);
    }
    Map<String, String> countryEntities = new HashMap<>();
    Map<String, Integer> timesNamed = new HashMap<>();
    for (Entity e : entities.entities()) {
      boolean union = e.type() == EntityType.ORGANIZATION
          && e.country().isPresent() && e.country().equals(countryCodes.codeForName(e.name()));
      if ((union || e.subtype().equals(Optional.of(LocationSubtype.COUNTRY)))
          && e.country().isPresent()) {
        countryEntities.putIfAbsent(e.country().get(), e.id());
      }
      // how often the text names each country: itself, its bodies and the firms it places there
      if ((e.type() == EntityType.ORGANIZATION || e.subtype().equals(Optional.of(LocationSubtype.COUNTRY)))
          && e.country().isPresent()) {
        timesNamed.merge(e.country().get(), e.mentions().size(), Integer::sum);
      }
    }
    Map<String, String> voiceOf = voices.countriesOf(text, entities, quotes);
    Map<String, Relation> out = new LinkedHashMap<>();
    Set<String> labelled = new HashSet<>();
    for (Sentence s : text.sentences()) {
      if (s.furniture()) {
        continue;
      }
      List<TriggerMention> all = triggers.find(s);
      List<CountryRef> named = countryRefs.find(text, s, entities, all);
      // "the Swiss franc firmed", "US dollars": the country word of a currency's name is no party of
      // other claims; the currency rule alone reads it (not in an amount)
      List<CountryRef> currencies = named.stream().filter(r -> CurrencyNames.namesCurrency(s, r)).toList();
      List<CountryRef> parties = named.stream().filter(r -> !currencies.contains(r)).toList();
      List<CountryRef> direct =
          voices.addTo(s, bodies.addTo(s, parties, all), quotesByStart, voiceOf, countryEntities);
      List<SectorMention> terms = OtherKinds.retyped(s, VerbSenses.without(s, sectors.find(s)));
      for (RelationRules.Placed p : RelationRules.forEverySentence(s, currencies, terms, currency)) {
        emit(text, s, p.mention(), p.finding(), quotesByStart, countryEntities, out);
      }
      List<TriggerMention> words = withoutCalledFor(s, all, terms, direct);
      List<SectorMention> found = sectorMentions(s, terms, all, words);
      if (found.isEmpty()) {
        List<CountryRef> refs = resolveBackReferences(s, direct, words, resolver, null);
        // "The government will limit shipments": a noun phrase referring back is enough, a pronoun not
        if (refs.stream().anyMatch(r -> !r.backReference() || r.end() - r.start() > 1)) {
          SentenceFacts facts = new SentenceFacts(s, refs, words, words, List.of(), Optional.empty());
          RelationRules.forSentence(facts, carried).ifPresent(c -> MovedFlowDestinations.withDestinations(s, refs, words,
              FromToFlows.withDestinations(s, refs, GappedLists.widen(s, refs, c.findings())))
              .forEach(f -> emit(text, s, c.mention(), f, quotesByStart, countryEntities, out)));
        }
        carried.remember(s, found, Set.of(), isHeadline(s));
        resolver.remember(s, direct);
        hosts.remember(s, text.span(s).start(), refs, words);
        partiesBefore = PartiesBefore.joinedParties(s, refs);
        continue;
      }
      int before = out.size();
      ParseView pv = s.parsed() ? new ParseView(s) : null;
      // "Kenya and Chad held talks. They discussed cooperation in farming.": partners from the sentence before
      List<CountryRef> refs = PartiesBefore.withParties(new PartiesBefore.SentenceFactsView(s, words, found),
          resolveBackReferences(s, direct, words, resolver, pv), partiesBefore);
      hosts.remember(s, text.span(s).start(), refs, words);
      partiesBefore = PartiesBefore.joinedParties(s, refs);
      List<SectorMention> kept = dropElaborated(s, found, words);
      List<TriggerMention> cues = withoutSectorWords(s, words, found);
      SentenceFacts facts = new SentenceFacts(s, refs, words, cues, found, Optional.ofNullable(pv));
      for (SectorGroups.Group g : SectorGroups.of(s, kept)) {
        List<Finding> findings = MovedFlowDestinations.withDestinations(s, refs, words,
            FromToFlows.withDestinations(s, refs, GappedLists.widen(s, refs, RelationRules.forList(facts, g))));
        for (SectorMention m : g.members()) {
          for (Finding f : findings) {
            emit(text, s, m, f, quotesByStart, countryEntities, out);
          }
          for (Finding f : RelationRules.forMember(facts, m, findings)) {
            emit(text, s, m, f, quotesByStart, countryEntities, out);
          }
        }
      }
      Set<String> owners = new HashSet<>();
      out.values().stream().skip(before).forEach(r -> owners.add(r.country()));
      // "SPAIN - Bund futures closed firmer": an item under its country's label is about that country
      SectionLabels.labelOf(s, refs).ifPresent(label -> out.values().stream().skip(before)
          .filter(r -> label.codes().contains(r.country())).forEach(r -> labelled.add(IncidentalPairs.pair(r))));
      carried.remember(s, found, owners, isHeadline(s));
      resolver.remember(s, refs);
    }
    return ImmutableList.copyOf(IncidentalPairs.without(
        hosts.rewrite(RestraintAccords.rewrite(withoutSubsumedPairs(out.values()))), timesNamed, labelled));
  }

  /**
   * The sector terms of {@code s} (of all it holds, {@code terms}, with the words that share a
   * term's head: "transport and telecommunications infrastructure") that make a claim: without one
   * owned object, sector words listed with troops or naming a person's field, farm goods of a dish,
   * the things of an incident, the "drugs" of a sentence on narcotics, the gold of medals
   * ({@link TopicSentences}) and the topics of talk, with the sector of an agreement's title.
   */
  private List<SectorMention> sectorMentions(Sentence s, List<SectorMention> terms,
      List<TriggerMention> all, List<TriggerMention> words) {
    List<SectorMention> found = PersonTrades.without(s, MilitaryForces.without(s, OwnedObjects.without(s,
        SharedHeads.withSharedHeads(s, terms, sectors))));
    List<SectorMention> titled = AgreementTitles.withTitleTerms(s, found, all, sectors);
    List<SectorMention> claimed = titled;
    for (TopicSentences topic : TopicSentences.values()) {
      claimed = topic.without(s, claimed, words);
    }
    return DiscourseTopics.without(s, claimed, words);
  }

  /**
   * The relations without those of the recall-first rule ({@link RelationRule#CLAUSE_PAIR}) whose
   * country and sector another rule already relates in the text: the candidate only adds the pair,
   * and a stated type beats its default.
   */
  static List<Relation> withoutSubsumedPairs(java.util.Collection<Relation> all) {
    Set<String> typed = new HashSet<>();
    for (Relation r : all) {
      if (!r.rule().startsWith(OwnerClue.CLAUSE.label() + "+")) {
        typed.add(r.country() + "|" + r.sector());
      }
    }
    Set<String> seen = new HashSet<>();
    List<Relation> out = new ArrayList<>(all.size());
    for (Relation r : all) {
      String pair = r.country() + "|" + r.sector();
      boolean candidate = r.rule().startsWith(OwnerClue.CLAUSE.label() + "+");
      if (!candidate || (!typed.contains(pair) && seen.add(pair))) {
        out.add(r);
      }
    }
    return out;
  }

  /** The headline: the first sentence, alone in the text's first paragraph. */
  private static boolean isHeadline(Sentence s) {
    return s.index() == 0 && s.paragraph() == 0;
  }

  private List<CountryRef> resolveBackReferences(Sentence s, List<CountryRef> direct,
      List<TriggerMention> words, BackReferenceResolver resolver, ParseView pv) {
    List<CountryRef> refs = new ArrayList<>(direct);
    for (TriggerMention w : words) {
      if (!w.kind().backReference()) {
        continue;
      }
      if (direct.stream().anyMatch(r -> r.start() < w.end() && w.start() < r.end())
          || namedAfterOf(s, w, direct)) {
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
   * "the government of Chile", "the country of Peru": the noun phrase names its country right after
   * "of", it refers to nothing before.
   */
  private static boolean namedAfterOf(Sentence s, TriggerMention w, List<CountryRef> direct) {
    int at = w.end();
    if (w.end() - w.start() < 2 || at + 1 >= s.size() || !s.token(at).text().equalsIgnoreCase("of")) {
      return false;
    }
    int country = s.token(at + 1).pos().equals("DT") ? at + 2 : at + 1;
    return direct.stream().anyMatch(r -> r.start() == country);
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
      SectorId after = found.stream().filter(m -> m.start() >= w.end()).findFirst().orElseThrow().sector();
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
   * rose"): plain growth in volume is ACTIVITY (convention 8); and without a lead or loss word said
   * of a price ("copper prices fell", "Indian copper falls": {@link PriceMoves}; {@code terms} are the
   * sentence's sector terms); and without an investment word that a restriction word restricts
   * ("restrictions on investment") or speaks of traded paper ("investors in Danish bonds"); and
   * without a leader word that names rulers ("China's leadership") or ranks a firm named before it
   * ("Acme, Chile's leading miner"; {@code direct} are the sentence's country references)
   * ({@link UntypedSenses}).
   */
  static List<TriggerMention> withoutCalledFor(
      Sentence s, List<TriggerMention> words, List<SectorMention> terms, List<CountryRef> direct) {
    List<TriggerMention> out = new ArrayList<>(words.size());
    for (TriggerMention w : words) {
      boolean asked = w.kind() == TriggerKind.RESTRICTION && words.stream().anyMatch(c ->
          c.kind() == TriggerKind.CALL && c.end() <= w.start() && w.start() - c.end() <= CALL_REACH
              && words.stream().noneMatch(k -> k.kind() == TriggerKind.CLAUSE && k.start() >= c.end()
                  && k.end() <= w.start()));
      // "exports rose": growth in volume is activity, not a lead (annotation convention 8); a phrase of
      // several words states a lead ("exporters gained market share", "gained ground")
      boolean volume = w.kind() == TriggerKind.ADVANTAGE && w.end() - w.start() == 1
          && (s.token(w.start()).pos().startsWith("VB") || CountryReferenceFinder.inCapitals(s))
          && words.stream().anyMatch(a -> a.kind() == TriggerKind.ACTIVITY && a.end() <= w.start()
              && (w.start() - a.end() <= VOLUME_REACH || subjectOf(s, a, w)));
      if (!asked && !volume && !growsFlow(s, w, words) && !PriceMoves.ofPrice(s, w, terms)
          && !UntypedSenses.restrictedInvestment(s, w, words) && !UntypedSenses.ruler(s, w, terms)
          && !UntypedSenses.tradedPaper(s, w, terms) && !UntypedSenses.firmRank(s, w, direct)) {
        out.add(w);
      }
    }
    return out;
  }

  /** How far (tokens) a flow noun may stand before the growth verb it is the subject of. */
  static final int SUBJECT_REACH = 12;

  /**
   * Whether flow noun {@code a} heads the subject of verb {@code w}: "shipments of sugar to Japan
   * will rise", "exports of copper, zinc and gold rose" (no other verb between them, a modal allowed;
   * a comma only inside a list of common nouns, whose items count in the reach).
   */
  private static boolean subjectOf(Sentence s, TriggerMention a, TriggerMention w) {
    if (!s.token(a.end() - 1).pos().startsWith("NN")
        || w.start() - a.end() > SUBJECT_REACH + LinearRules.listItemsBetween(s, a.end(), w.start())) {
      return false;
    }
    for (int i = a.end(); i < w.start(); i++) {
      String p = s.token(i).pos();
      if (p.startsWith("VB") || p.equals("WDT") || p.equals(",") && !LinearRules.listComma(s, i)) {
        return false;
      }
    }
    return true;
  }

  /** The counterpart marker of a trade-flow word ("exports", "sales") in the trigger file. */
  static final String FLOW = "flow";

  /**
   * Whether {@code w} is a growth verb of the investment words ("expand", "build up") whose object is
   * a trade-flow word shortly after it ("expanding its car exports", "expand wheat sales to Egypt"):
   * more trade is activity (annotation convention 8), not an investment. "Expand its copper output"
   * (capacity) and "invest in export terminals" (a preposition between) keep the investment.
   */
  static boolean growsFlow(Sentence s, TriggerMention w, List<TriggerMention> words) {
    if (w.kind() != TriggerKind.INVESTMENT || !s.token(w.start()).pos().startsWith("VB")) {
      return false;
    }
    for (TriggerMention a : words) {
      if (a.kind() == TriggerKind.ACTIVITY && a.counterpartMarkers().contains(FLOW)
          && a.start() >= w.end() && a.start() - w.end() <= VOLUME_REACH) {
        for (int i = w.end(); i < a.start(); i++) {
          String p = s.token(i).pos();
          if (p.equals("IN") || p.equals("TO") || p.startsWith("VB")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Triggers that are part of a sector term ("arms exports") do not count as triggers; a trigger
   * phrase that holds a term inside it does ("the largest coffee exporter").
   */
  private static List<TriggerMention> withoutSectorWords(
      Sentence s, List<TriggerMention> words, List<SectorMention> found) {
    List<TriggerMention> out = new ArrayList<>(words.size());
    for (TriggerMention w : words) {
      // inside a term ("arms exports"); a trigger around a term stays ("the largest coffee exporter")
      boolean inside = w.kind().relationType().isPresent()
          && found.stream().anyMatch(m -> m.start() < w.end() && w.start() < m.end()
              && !(w.start() < m.start() && m.end() < w.end()));
      if (!inside && !aidToSale(s, w, words, found)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The counterpart marker of a subsidy word in the trigger file. */
  static final String AID = "aid";

  /**
   * Whether subsidy word {@code w} helps a sale rather than an investment: right next to the goods
   * ("subsidised wheat", "a wheat subsidy offer"), after goods coordinated before it ("electricity
   * and bread subsidies": the consumer's price is helped) or right after a flow word ("export
   * subsidies"). Such a word types nothing; the sale is activity.
   */
  private static boolean aidToSale(
      Sentence s, TriggerMention w, List<TriggerMention> words, List<SectorMention> found) {
    if (!w.counterpartMarkers().contains(AID)) {
      return false;
    }
    return found.stream().anyMatch(m -> m.start() == w.end() || m.end() == w.start()
            || m.end() < w.start() && coordinatedNouns(s, m.end(), w.start()))
        || words.stream().anyMatch(a -> a.counterpartMarkers().contains(FLOW) && a.end() == w.start());
  }

  /** Whether the tokens from {@code from} to {@code to} (exclusive) are "and" or "or" and one noun. */
  private static boolean coordinatedNouns(Sentence s, int from, int to) {
    return to - from == 2 && s.token(from).pos().equals("CC") && s.token(from + 1).pos().startsWith("NN");
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
    // {country, counterpart or "", entity id or "", rule, type}
    List<String[]> pairs = new ArrayList<>();
    for (CountryRef owner : f.owners()) {
      if (selfTarget(owner, f)) {
        continue;
      }
      for (String code : owner.other() ? owner.codes().subList(0, 1) : owner.codes()) {
        List<String> partners = counterparts(s, code, f);
        if (partners.isEmpty() && (f.mutual() || owner.codes().size() > 1) && symmetric(f.type())) {
          partners = f.owners().stream().flatMap(o -> o.codes().stream()).filter(c -> !c.equals(code))
              .distinct().toList();
        }
        // several partners give one relation each (annotation convention 2)
        for (Optional<String> each : partners.isEmpty() ? List.of(Optional.<String>empty())
            : partners.stream().map(Optional::of).toList()) {
          addPairs(pairs, code, each, owner, f);
        }
      }
    }
    for (String[] p : pairs) {
      RelationType type = RelationType.valueOf(p[4]);
      String key = type + "|" + p[0] + "|" + m.sector() + "|" + p[1] + "|" + evidence.start();
      if (out.containsKey(key)) {
        continue;
      }
      // A back-reference or a mirror relation names the country's own entity where the text has one.
      Optional<String> entityId =
          p[2].isEmpty() ? Optional.ofNullable(countryEntities.get(p[0])) : Optional.of(p[2]);
      out.put(key, new Relation(type, p[0], entityId,
          m.sector(), p[1].isEmpty() ? Optional.empty() : Optional.of(p[1]), trigger, evidence, quoteId,
          p[3]));
    }
  }

  /**
   * Adds to {@code pairs} what finding {@code f} gives country {@code code} of {@code owner} with
   * counterpart {@code partner}: {country, counterpart or "", entity id or "", rule, type}, with the
   * winner of a loss and the mirror of a mutual relation or a purchase.
   */
  private static void addPairs(
      List<String[]> pairs, String code, Optional<String> partner, CountryRef owner, Finding f) {
    Optional<String> cp = partner;
    RelationType type = typeWith(f.type(), cp);
    if (cp.isPresent() && type == RelationType.DECLINE && winnerMarked(f)) {
      // "lost market share to Vietnam": what one country loses, the other gains
      pairs.add(new String[] {cp.get(), "", "", f.rule().mirrored().label(), RelationType.ADVANTAGE.name()});
    }
    if (type == RelationType.ADVANTAGE || type == RelationType.DECLINE) {
      cp = Optional.empty(); // a lead or a loss has no counterpart (annotation convention 2)
    }
    pairs.add(new String[] {code, cp.orElse(""), owner.entityId().orElse(""), f.rule().label(), type.name()});
    if (cp.isPresent() && (symmetric(f.type()) || purchase(f))) {
      pairs.add(new String[] {cp.get(), code, "", f.rule().mirrored().label(), type.name()});
    }
  }

  /**
   * Whether {@code owner} is a back-reference resolved to the very country the finding's restriction
   * targets ("the council dismissed its threat of an arms embargo against Burundi", "its" read as
   * Burundi): no country restricts itself, so the pronoun stands for someone else.
   */
  private static boolean selfTarget(CountryRef owner, Finding f) {
    return f.type() == RelationType.RESTRICTION && owner.backReference()
        && f.counterparts().stream().anyMatch(c -> c.codes().containsAll(owner.codes()));
  }

  /**
   * The type a finding gives with counterpart {@code cp}: cooperation needs a partner (annotation
   * convention 2), so a cooperation word with no other country named ("its partners", "a new
   * alliance") states only that the country is active in the sector.
   */
  static RelationType typeWith(RelationType found, Optional<String> cp) {
    return found == RelationType.COOPERATION && cp.isEmpty() ? RelationType.ACTIVITY : found;
  }

  /**
   * The counterparts of {@code code} in {@code f}: the first that is not {@code code} (of "its
   * neighbour", its first candidate other than {@code code}), with the countries coordinated with it
   * ("imports from Russia and Belarus": only commas and conjunctions between them), each one a
   * relation of its own (annotation convention 2). A country further on is no partner of the list.
   */
  private static List<String> counterparts(Sentence s, String code, Finding f) {
    List<CountryRef> refs = new ArrayList<>(f.counterparts());
    refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<String> out = new ArrayList<>();
    CountryRef last = null;
    for (CountryRef c : refs) {
      if (last != null && c.start() < last.end()) {
        continue; // found twice
      }
      if (last != null && (last.sentence() != c.sentence() || !LinearRules.joined(s, last, c, true))) {
        break;
      }
      for (String cc : c.codes()) {
        if (!cc.equals(code) && !out.contains(cc)) {
          out.add(cc);
          if (c.other()) {
            break;
          }
        }
      }
      if (!out.isEmpty()) {
        last = c;
      }
    }
    return out;
  }

  /** A buyer's ACTIVITY with its seller as counterpart: the seller's ACTIVITY towards the buyer holds too. */
  private static boolean purchase(Finding f) {
    return f.type() == RelationType.ACTIVITY && f.trigger().isPresent()
        && f.trigger().get().counterpartMarkers().contains(RelationTriggerLexicon.SELLER);
  }

  /** The counterpart marker of a loss word whose counterpart is the winner ("lost ground to"). */
  static final String WINNER = "winner";

  /** Whether the finding's loss word names the country that gains ("lose ... to"). */
  private static boolean winnerMarked(Finding f) {
    return f.trigger().isPresent() && f.trigger().get().counterpartMarkers().contains(WINNER);
  }

  private static boolean symmetric(RelationType t) {
    return t == RelationType.COOPERATION || t == RelationType.COMPETITION;
  }
}
