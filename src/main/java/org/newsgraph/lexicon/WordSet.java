package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ModelFile;

/**
 * The sets of function words (closed classes of English grammar: pronouns, quantifiers,
 * conjunctions, determiners, prepositions), place nouns and punctuation marks that the rules test
 * tokens against, each named by what it is for. The words are data, in {@code
 * models/function-words.tsv} (one line a word, with the sets it belongs to), read once from the
 * classpath. Sets of one grammatical concept differ in their members where the rules that use them
 * need different ones ("while" opens an adjunct before a participle, "yet" does not); each
 * constant says where it applies. The file is part of the rules, so an embedder does not extend it
 * (it is no {@link ModelFile}). Immutable and thread-safe.
 */
public enum WordSet {
  /** A pronoun for one person ("he", "I", "whose"): such a speaker is a person (quote source test). */
  PERSON_PRONOUN("person-pronoun"),
  /** A pronoun for several people ("they", "our"): such a speaker is a group (quote source test). */
  GROUP_PRONOUN("group-pronoun"),
  /** A personal pronoun that can be a subject ("he", "it", "you"): a speaker phrase on its own. */
  SUBJECT_PRONOUN("subject-pronoun"),
  /**
   * A personal pronoun in its object form ("him", "her", "them"): a speaker phrase after "according
   * to", resolved like its subject form.
   */
  OBJECT_PRONOUN("object-pronoun"),
  /** A newsroom role in a byline ("Jane Doe, Staff Reporter"): its people wrote, not spoke. */
  BYLINE_ROLE("byline-role"),
  /** A pronoun for a man ("he", "his", "him"): the gender of a pronoun speaker. */
  MALE_PRONOUN("male-pronoun"),
  /** A pronoun for a woman ("she", "her"): the gender of a pronoun speaker. */
  FEMALE_PRONOUN("female-pronoun"),
  /** A quantifier that stands alone as a subject for a share of a group ("Several said"). */
  SHARE_SUBJECT("share-subject"),
  /** A word that heads a share of a group ("most of them", "half", "a handful"): a group source. */
  SHARE_HEAD("share-head"),
  /** A preposition that measures a share before its noun ("over a fifth", "about half"). */
  SHARE_APPROXIMATOR("share-approximator"),
  /** A word that joins the numbers of a share ("nine out of 10", "all but two", "more than"). */
  SHARE_JOINER("share-joiner"),
  /** A conjunction that joins a clause with its own subject to the one before ("and", "because"). */
  CLAUSE_JOINER("clause-joiner"),
  /** A conjunction after a comma that opens a clause with its own subject and verb ("..., but he"). */
  CLAUSE_AFTER_COMMA("clause-after-comma"),
  /** A coordinator right before a cue inside another quote's content ("... and she said"). */
  CUE_COORDINATOR("cue-coordinator"),
  /** A conjunction that opens an adjunct holding a participle before the main clause ("while"). */
  ADJUNCT_OPENER("adjunct-opener"),
  /** A word that opens an embedded question after a cue ("asked whether ..."). */
  QUESTION_WORD("question-word"),
  /** A word that may stand between two members of one list of sector terms ("as well as"). */
  LIST_GLUE("list-glue"),
  /** A word of {@link #LIST_GLUE} that joins two members ("and", ","): a list needs one. */
  LIST_JOINER("list-joiner"),
  /** A determiner that makes a noun phrase definite ("the official"). */
  DEFINITE("definite"),
  /** A preposition between a role and its organisation ("spokesman for the ministry"). */
  ROLE_PREPOSITION("role-preposition"),
  /**
   * A preposition that opens a phrase, never a clause, before a sentence's subject ("During the
   * debate, Ortiz said ..."): such an opening adjunct is not the content of the cue after it.
   */
  PHRASE_PREPOSITION("phrase-preposition"),
  /**
   * A preposition that, besides the role and phrase prepositions, opens a post-modifier of a
   * speaker ("people briefed on the talks"), not a clause (quotes' post-modified subjects).
   */
  MODIFIER_PREPOSITION("modifier-preposition"),
  /**
   * A word between a subject and its verb that only stresses or spreads the subject ("The mayor
   * himself said", "have both argued"): quotes look past it for the cue's subject.
   */
  SUBJECT_STRESS("subject-stress"),
  /**
   * A preposition before the addressee of a verb that reports with an infinitive ("called on the
   * mayor to resign"): quotes read the infinitive after the addressee as the content.
   */
  ADDRESSEE_PREPOSITION("addressee-preposition"),
  /** A preposition that may stand before a speaker of a participle ("with Velden saying"). */
  PARTICIPLE_PREPOSITION("participle-preposition"),
  /** A small word that stays lower case inside a name ("Bank of Korea", "van"). */
  NAME_PARTICLE("name-particle"),
  /** A noun after a place name that makes it a state or province ("Hebei province"). */
  STATE_OR_PROVINCE_NOUN("state-or-province-noun"),
  /** A noun after a place name that makes it a region ("Kanto region"). */
  REGION_NOUN("region-noun"),
  /** A noun after a place name that makes it a city ("Suzhou city", "Haidian district"). */
  CITY_NOUN("city-noun"),
  /** A conjunction that opens a clause of manner whose subject speaks a quote after it ("As Ortiz put it, ..."). */
  MANNER_OPENER("manner-opener"),
  /**
   * A currency's noun after a country's name or demonym ("US dollars", "Emirati dirhams"): the
   * country word names the currency, not the country (relations' country references).
   */
  CURRENCY_NOUN("currency-noun"),
  /**
   * A currency's noun that names money only after a demonym ("the German mark", "Egyptian pounds"),
   * since after a country's name it may be a verb ("Kenya marks"): the demonym names the currency,
   * not the country (relations' country references).
   */
  DEMONYM_CURRENCY_NOUN("demonym-currency-noun"),
  /**
   * A capitalised word that ends a company's name after a country word ("South African Airways",
   * "Kenya Breweries"): the country word is a part of the name, no mention (relations' country
   * references; guideline convention 9).
   */
  COMPANY_NAME_HEAD("company-name-head"),
  /**
   * A preposition that places, sends or aims something ("in", "at", "for", "on"): a country after
   * it, away from the sector term, is where something happened, a destination or a target, not a
   * party (relations' recall-first candidates); "with" and "by" introduce a party instead.
   */
  PLACE_PREPOSITION("place-preposition"),
  /**
   * An adjective of the whole world's market ("global", "world"): a sector term right after it, or
   * after it and other words of its phrase ("global grain and fuel markets"), speaks of the world
   * market, not of a country, and is no sector mention (sector taxonomy); "the world's" is no such
   * adjective.
   */
  WORLD_SCOPE("world-scope"),
  /**
   * A noun for a part of a country's land ("north", "coast", "capital"): a country after it and "of"
   * is a place ("the north of Peru"); after other nouns "of" names an owner ("the Acme Corp of
   * Canada") (relations' place test).
   */
  LAND_PART_NOUN("land-part-noun"),
  /**
   * A noun for a place inside a country that a country word locates ("the Indian state of Kerala",
   * "Peru's capital Lima", "Accra, the Ghanaian capital"): such a country word is a locator, no party
   * to a sector claim (relations).
   */
  LOCATED_PLACE_NOUN("located-place-noun"),
  /**
   * A noun for a news outlet ("newspaper", "daily", "media"): a country word before one names where
   * the outlet is ("a Dutch newspaper reported"), no party to the claims it reports (relations).
   */
  OUTLET_NOUN("outlet-noun"),
  /**
   * A noun for a person by the field they work in ("analyst", "magnate", "minister"): a sector word
   * right before one names that person's field ("a Canadian energy analyst", "the agriculture
   * minister"), no claim about a country's sector (relations).
   */
  TRADE_ROLE_NOUN("trade-role-noun"),
  /**
   * A noun for a state body by its field ("ministry", "department", "board"): a sector word right
   * before one or after it and "of" names the body ("the energy ministry said", "the ministry of
   * mines"), no claim about a country's sector (annotation convention 9: name parts are no mentions).
   */
  FIELD_BODY_NOUN("field-body-noun"),
  /**
   * A noun for those who make or trade goods ("makers", "producers", "exporters"): a common noun
   * right before one names the goods a sentence speaks of ("cement makers"), so the sentence carries
   * no sector from an earlier one (relations).
   */
  PRODUCER_NOUN("producer-noun"),
  /**
   * A word for paper traded on the capital markets ("bonds", "equities", "futures"): an investment
   * word whose sector terms all end in one speaks of buying securities, finance activity, not an
   * investment in plants (relations).
   */
  TRADED_INSTRUMENT("traded-instrument"),
  /**
   * A noun for an event or exchange of talk ("conference", "debate", "webinar"): a sector term after
   * it and "on" or "about" is what was talked about ("a debate on energy"), no claim unless a
   * relation trigger of the sentence states one (relations).
   */
  DISCOURSE_NOUN("discourse-noun"),
  /**
   * A noun for who leads ("leader", "leadership"): an ADVANTAGE word only where a field follows it
   * ({@link #LEADER_PREPOSITION}: "a leader in tea") or a {@link #LEADER_FIELD} word precedes it
   * ("the market leader"); else it names rulers ("China's leadership", "Kenya's leaders") (relations).
   */
  LEADER_NOUN("leader-noun"),
  /** A preposition after a {@link #LEADER_NOUN} that names the field it leads in ("in", "among"). */
  LEADER_PREPOSITION("leader-preposition"),
  /** A word before a {@link #LEADER_NOUN} that makes it a lead in a market ("market", "industry"). */
  LEADER_FIELD("leader-field"),
  /** A preposition that names the topic after a {@link #DISCOURSE_NOUN} ("on", "about"). */
  TOPIC_PREPOSITION("topic-preposition"),
  /**
   * A preposition after a restriction word that names the measure's target ("sanctions on X", "an
   * embargo against X"): that country is the counterpart, never the owner (relations).
   */
  TARGET_PREPOSITION("target-preposition"),
  /**
   * A noun of armed conflict ("war", "invasion"): a country that wages it or is its scene ("the
   * Russian invasion of Ukraine", "the war in Yemen") is named for the conflict, not as a party to
   * a sector claim (relations' country references).
   */
  CONFLICT_NOUN("conflict-noun"),
  /**
   * A border noun ("border", "frontier"): a country named for its border ("near the Kenyan border",
   * "its border with Sudan") is a place, no party to a sector claim (relations' country references).
   */
  BORDER_NOUN("border-noun"),
  /**
   * A noun for a part of a country ("north", "interior"): "Kenya's arid north" names a region of
   * the country, a place, not the country as a party (relations' country references; convention 1).
   */
  COUNTRY_PART("country-part"),
  /**
   * A direction adjective in lower case before a country ("northern Kenya", "eastern Congo"): the
   * two name a region of the country, a place (relations' country references; convention 1).
   */
  DIRECTION_ADJECTIVE("direction-adjective"),
  /**
   * A singular sector word for a thing that people own and use ("car", "phone"): "bought a car",
   * "the parked vehicle" name one object, no sector claim (relations' sector mentions).
   */
  PERSONAL_OBJECT("personal-object"),
  /**
   * A word for troops ("troops", "soldiers", "sailors"): a sector word listed with one ("troops,
   * ships and aircraft") names a military force, no sector claim (relations' sector mentions).
   */
  MILITARY_UNIT("military-unit"),
  /**
   * A verb of using a weapon ("fired", "firing", "shot"): a defence or aerospace word that is its
   * object ("fired the missiles", "shot down a drone") names an attack's weapon, no sector claim
   * (relations' sector mentions).
   */
  WEAPON_USE_VERB("weapon-use-verb"),
  /**
   * An adjective after "it is" ("useful", "important", "possible"): the bare "it" before it names a
   * thing or nothing ("it is important to ..."), never a country (relations' back-references).
   */
  IT_IS_ADJECTIVE("it-is-adjective"),
  /**
   * A word for a dish or its making ("dish", "recipe", "curry", "delicious"): a sentence with one
   * and no relation trigger speaks of food on the plate, so its farm words are no sector claim
   * (relations' sector mentions).
   */
  DISH_WORD("dish-word"),
  /**
   * A word for a crash, a crime, a battle or an attack ("crashed", "stolen", "fighting"): a sentence
   * with one and no relation trigger names the things of the event, no sector claim (relations'
   * sector mentions).
   */
  INCIDENT_WORD("incident-word"),
  /**
   * A word for a narcotic ("cocaine", "heroin", "narcotics"): the "drugs" of a sentence with one are
   * narcotics, not medicines, even where a trade word moves them (relations' sector mentions).
   */
  NARCOTIC_WORD("narcotic-word"),
  /**
   * A word of a contest's prizes ("medals", "podium", "Olympiad"): the gold and silver of a sentence
   * with one and no trade word are medals, not metals (relations' sector mentions).
   */
  MEDAL_WORD("medal-word"),
  /**
   * A sector word that, used as a verb, names no sector ("keep shipping grain": moving goods, not the
   * shipping industry; "banking on tourism": counting on it), relations' sector mentions.
   */
  VERB_NOT_SECTOR("verb-not-sector"),
  /**
   * A noun for goods bought in ("imports", "purchases"): the country after it and "of" ("a ban on
   * imports of Chilean wine") is where the goods come from, so under a restriction word it is the
   * measure's target, not who imposes it (relations).
   */
  IMPORT_NOUN("import-noun"),
  /**
   * A noun for a government's measure or decision ("tariffs", "curbs", "policy"): a capital that
   * possesses one ("Beijing's retaliatory tariffs") acts for its country, as one that is a verb's
   * subject does (relations' country references).
   */
  CAPITAL_ACT_NOUN("capital-act-noun"),
  /**
   * A word for a market price or a traded security ("prices", "bonds", "shares"): a lead or loss
   * word right after one ("copper prices fell") is a price move, no stance (relations' triggers).
   */
  PRICE_NOUN("price-noun"),
  /**
   * A one-word price move ("falls", "firmed", "eased"): right after a sector term, the wire
   * headline's way to quote a price ("Indian copper falls"), no stance (relations' triggers).
   */
  PRICE_VERB("price-verb"),
  /**
   * A region word before a demonym ("Latin", "Central", "North"): "Latin American" names a region,
   * not the United States, unless the lexicon knows the pair ("South Korean") (relations).
   */
  REGION_QUALIFIER("region-qualifier"),
  /**
   * The second part of a hyphenated word whose first part is a country that only flags or
   * registers a vessel or plane ("Panama-flagged", "Liberia-registered"), or names a time or a
   * manner ("Soviet-era", "Chinese-style"): no mention of the country (relations), unlike
   * "Chinese-made" or "US-built".
   */
  FLAG_SUFFIX("flag-suffix"),
  /**
   * A noun for sanctions or an embargo ("sanctions", "embargo"): a country's name right before one
   * ("Iran sanctions") is the measure's target, not who imposes it (relations).
   */
  SANCTION_NOUN("sanction-noun"),
  /**
   * The last word of a country name that, right before a {@link #SANCTION_NOUN}, names who imposes
   * the measure ("U.S. sanctions", "EU sanctions"), in lower case (relations).
   */
  SANCTION_IMPOSER("sanction-imposer"),
  /** A linking verb's lemma ("be", "become"): "X is Y's main supplier" (relations' copula subject). */
  COPULA("copula"),
  /** A dash token: em, en, "--" or the horizontal bar some sites use. */
  DASH("dash"),
  /**
   * A dash that delimits a speaker's phrase before its cue or ends a clause before a quote's cue:
   * {@link #DASH} without the horizontal bar (kept apart so that behaviour is unchanged; with the
   * bar, one more quote is found on the PolNeAR dev set).
   */
  DELIMITING_DASH("delimiting-dash"),
  /**
   * A first-person plural pronoun ("we", "our", "us"): inside a quote whose speaker speaks for a
   * country it stands for that country (relations' quote voices).
   */
  FIRST_PLURAL("first-plural"),
  /**
   * A role noun of a person who speaks for a state ("minister", "ambassador", "secretary"): with a
   * country word before it in the speaker's title ("the French ambassador") the speaker speaks for
   * that country (relations' quote voices).
   */
  STATE_ROLE("state-role"),
  /**
   * A noun of a body that is not the state ("company", "party", "union"): a country word before it
   * in a speaker's title ("a Japanese company spokesman") names no state the speaker speaks for
   * (relations' quote voices).
   */
  NON_STATE_BODY("non-state-body"),
  /**
   * A verb's lemma of moving in volume ("rise", "grow", "fall"): after a sale flow's word and an
   * amount, "to" and a country give the flow's destination ("shipments rose 12 percent to Chile")
   * (relations' moved flows).
   */
  FLOW_MOVE("flow-move"),
  /**
   * A word of an amount besides numbers ("percent", "by", "pct"): it may stand between a moving
   * verb and the "to" of a destination ("rose 12 percent to Chile") (relations' moved flows).
   */
  AMOUNT_WORD("amount-word"),
  /**
   * A noun for armed forces ("troops", "soldiers", "forces"): a country word right before one
   * ("British troops", "Kenyan special forces") names the military, not a party to a sector claim
   * (relations' country references).
   */
  FORCE_NOUN("force-noun"),
  /**
   * A sector id whose bilateral agreements are restraint accords ("textiles": a textile agreement
   * caps what one party sells the other): such an agreement is the importer's restriction
   * (relations' annotation convention 5).
   */
  RESTRAINT_SECTOR("restraint-sector"),
  /** The last word of an agreement ("agreement", "accord", "pact"), for restraint accords (relations). */
  AGREEMENT_NOUN("agreement-noun"),
  /**
   * A verb of agreeing ("agreed"): two named countries that agree to act in a sector ("agreed to
   * expand farm trade") make a bilateral agreement, a cooperation (relations).
   */
  AGREEMENT_VERB("agreement-verb"),
  /**
   * A word of building ("built", "construction"): a plant of a sector built in the only country
   * named is that country's investment (relations' hosted builds).
   */
  BUILD_WORD("build-word"),
  /** A noun for a site of a sector ("plant", "factory", "project") right after its term (relations' hosted builds). */
  FACILITY_NOUN("facility-noun");

  /** The file, in {@code models/}. */
  static final String FILE_NAME = "function-words.tsv";

  static {
    ImmutableMap<WordSet, ImmutableSet<String>> all = read(ModelFiles.bundledLines(FILE_NAME));
    for (WordSet w : values()) {
      w.words = all.get(w);
    }
  }

  private final String id;
  /** Set once, when the class is initialised; never changed after. */
  private ImmutableSet<String> words;

  WordSet(String id) {
    this.id = id;
  }

  /** The set's name in the file. */
  public String id() {
    return id;
  }

  /** Whether {@code word} (as written in the file: lower case) is in this set. */
  public boolean contains(String word) {
    return words.contains(checkNotNull(word, "word"));
  }

  /** The words of this set, in file order. */
  public ImmutableSet<String> words() {
    return words;
  }

  /** The sets of the lines ({@code word, sets}); every set must have a word. */
  static ImmutableMap<WordSet, ImmutableSet<String>> read(Iterable<DataLine> lines) {
    Map<String, WordSet> byId = new java.util.HashMap<>();
    for (WordSet w : values()) {
      byId.put(w.id, w);
    }
    Map<WordSet, Set<String>> words = new EnumMap<>(WordSet.class);
    for (DataLine line : lines) {
      String word = line.field(0);
      if (word.isEmpty() || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
        throw line.error("word '" + word + "' must be non-empty and lower case");
      }
      if (line.listField(1).isEmpty()) {
        throw line.error("word '" + word + "' belongs to no set");
      }
      for (String id : line.listField(1)) {
        WordSet set = byId.get(id);
        if (set == null) {
          throw line.error("unknown word set '" + id + "' (known: " + byId.keySet() + ")");
        }
        words.computeIfAbsent(set, k -> new LinkedHashSet<>()).add(word);
      }
    }
    ImmutableMap.Builder<WordSet, ImmutableSet<String>> out = ImmutableMap.builder();
    for (WordSet w : values()) {
      if (!words.containsKey(w)) {
        throw new ModelFileException("models/" + FILE_NAME + ": word set '" + w.id + "' is empty");
      }
      out.put(w, ImmutableSet.copyOf(words.get(w)));
    }
    return out.buildOrThrow();
  }
}
