package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.MentionKind;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.TokenPhraseMatcher;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the direct country references of a sentence: entity mentions that stand for a country (a
 * country's name or alias, a demonym, an acting capital, a national body), and, where the entity
 * layer left a word unresolved, names, aliases and demonyms of the country lexicon. A city or
 * province is never a country reference, even though its entity carries a country code. A word
 * joining two countries ("U.S.-Japan", "Sino-US") refers to both ({@link HyphenatedCountries}). Stateless;
 * thread-safe.
 */
final class CountryReferenceFinder {

  private static final Set<String> PLACE_TAGS =
      Set.of("LOCATION", "COUNTRY", "NATIONALITY", "CITY");

  private final CountryLexicon countries;
  /** Whether ISO 3166-1 assigns a code; the lexicon's other codes are unions ("EU"). */
  private final Predicate<String> isoCountry;
  private final HyphenatedCountries pairs;
  private final int maxWords;

  CountryReferenceFinder(
      CountryLexicon countries, Predicate<String> isoCountry, Predicate<String> region) {
    this.countries = checkNotNull(countries, "countries");
    this.isoCountry = checkNotNull(isoCountry, "isoCountry");
    this.pairs = new HyphenatedCountries(countries, region);
    this.maxWords = Math.max(1, countries.maxPhraseWords());
  }

  /** The direct references of {@code s}, in token order; {@code words} are its trigger words. */
  ImmutableList<CountryRef> find(
      AnalyzedText text, Sentence s, ResolvedEntities entities, List<TriggerMention> words) {
    List<CountryRef> out = new ArrayList<>();
    ImmutableList<EntityMention> mentions = entities.mentionsWithin(s.start(), s.end());
    boolean[] covered = new boolean[s.size()];
    for (EntityMention em : mentions) {
      int from = tokenAt(s, em.mention().start());
      int to = tokenEndingAt(s, em.mention().end());
      if (from < 0 || to < from) {
        continue;
      }
      for (int i = from; i <= to; i++) {
        covered[i] = true;
      }
      countryOf(em).or(() -> actingCapital(em, s, from, to + 1)).ifPresent(
          code -> out.add(CountryRef.direct(s.index(), from, to + 1, code, Optional.of(em.entity().id()))));
    }
    scanLexicon(text, s, covered, out);
    for (CountryRef pair : pairs.find(s)) {
      // "U.S.-Japan", "Sino-US": both countries, also inside a name ("the U.S.-Japan Chip Pact")
      out.removeIf(r -> r.start() < pair.end() && pair.start() < r.end());
      out.add(pair);
    }
    // "South African Airways", "Kenya Breweries": the country word is a part of a company's name
    out.removeIf(r -> r.end() < s.size() && isCompanyNameHead(s.token(r.end())));
    out.removeIf(r -> namedForConflict(s, r) || namedForBorder(s, r) || locatesPlace(s, r) || flagOnly(s, r)
        || namesOutlet(s, r) || namedForForces(s, r)
        || regionalAdjective(s, r) || namedForPart(s, r) || inDateline(text, s, r)
        || (directionBefore(s, r) && !investmentHost(s, r, words)));
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return ImmutableList.copyOf(out);
  }

  /**
   * Whether a sentence may refer to a country at all: a token tagged as a place, organisation or
   * nationality, or a capitalised word of the lexicon. Cheap; decides, with the sector terms,
   * whether the sentence is worth parsing.
   */
  boolean mayRefer(Sentence s) {
    for (Token t : s.tokens()) {
      String ner = t.ner();
      if (ner.equals("LOCATION") || ner.equals("ORGANIZATION") || ner.equals("MISC")
          || ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("CITY")) {
        return true;
      }
      String w = t.text();
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        int dash = w.indexOf('-');
        if (countries.lookup(w).isPresent() || (dash > 0 && countries.lookup(w.substring(0, dash)).isPresent())) {
          return true;
        }
        if (t.index() + 1 < s.size() && countries.lookup(w + " " + s.token(t.index() + 1).text()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The countries {@code s} may name, before the entity layer and the parser have had their say:
   * the code of each lexicon name, alias, demonym, capital or national body ("Chinese-made" counts
   * too), and, for a place or nationality the tagger found but the lexicon does not know, its text.
   * Used to tell a sentence where one country can only own its sectors (the token rules settle it)
   * from one where several compete for them (the parse settles it). Cheap; linear in the sentence.
   */
  Set<String> candidates(Sentence s) {
    Set<String> out = new HashSet<>(4);
    int i = 0;
    while (i < s.size()) {
      Token t = s.token(i);
      String w = t.text();
      int next = i + 1;
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        int last = TokenPhraseMatcher.everyWordWindow(s, i, maxWords, countries.phrases(),
            (phrase, from, to) -> countries.lookup(phrase).map(m -> {
              out.add(m.code());
              return m;
            }).orElse(null));
        next = Math.max(next, last);
        int dash = w.indexOf('-');
        if (next == i + 1 && dash > 0) {
          countries.lookup(w.substring(0, dash)).ifPresent(m -> out.add(m.code()));
        }
      }
      if (next == i + 1 && PLACE_TAGS.contains(t.ner())) {
        StringBuilder span = new StringBuilder(w);
        while (next < s.size() && s.token(next).ner().equals(t.ner())) {
          span.append(' ').append(s.token(next).text());
          next++;
        }
        String text = span.toString();
        out.add(countries.codeFor(text).orElse(text.toLowerCase(Locale.ROOT)));
      }
      i = next;
    }
    return out;
  }

  /** The country a mention stands for, if it stands for a country at all. */
  private Optional<String> countryOf(EntityMention em) {
    Entity e = em.entity();
    if (e.country().isEmpty()) {
      return Optional.empty();
    }
    MentionKind kind = em.mention().kind();
    if (kind == MentionKind.DEMONYM || kind == MentionKind.METONYM) {
      return e.country();
    }
    if (e.type() == EntityType.LOCATION) {
      if (e.subtype().equals(Optional.of(LocationSubtype.COUNTRY))) {
        return e.country();
      }
      if (e.subtype().isEmpty()) {
        return countries.codeForName(em.mention().text());
      }
      return Optional.empty();
    }
    if (e.type() == EntityType.ORGANIZATION) {
      // A national body, or a union of countries that acts like one ("the EU imposed ..."); an acronym
      // the text gave another organisation ("Ceylon Petroleum Corporation (CPC)") is not the body the
      // lexicon knows by the same letters.
      Optional<String> body = countries.codeForBody(em.mention().text())
          .or(() -> countries.codeForBody(e.name()))
          .or(() -> countries.codeForName(em.mention().text()));
      return body.filter(code -> code.equals(e.country().get()));
    }
    return Optional.empty();
  }

  /** A capitalised word that ends a company's name ("Airways", not "airways"). */
  private static boolean isCompanyNameHead(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
        && WordSet.COMPANY_NAME_HEAD.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A capital the entity layer left a city, when it acts: "Washington on Friday tightened ...". */
  private Optional<String> actingCapital(EntityMention em, Sentence s, int from, int next) {
    if (em.entity().type() != EntityType.LOCATION || !acts(s, next) || afterPlaceNoun(s, from)) {
      return Optional.empty();
    }
    return countries.codeForCapital(em.mention().text());
  }

  /** Names, aliases and demonyms the entity layer did not cover (capitals need the entity layer). */
  private void scanLexicon(AnalyzedText text, Sentence s, boolean[] covered, List<CountryRef> out) {
    for (TokenPhraseMatcher.Match<String> m : TokenPhraseMatcher.leftmostLongest(s.size(), i -> {
      Token t = s.token(i);
      if (covered[i] || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      TokenPhraseMatcher.Match<String> found = TokenPhraseMatcher.longestWindow(
          text, s, i, maxWords, countries.phrases(), (phrase, from, to) -> uncoveredCountry(
              s, covered, phrase, from, to - 1));
      if (found == null && t.text().indexOf('-') > 0) {
        // "Chinese-made", "US-built": a country word before a hyphen
        Optional<CountryLexicon.Match> c =
            countries.lookup(t.text().substring(0, t.text().indexOf('-')));
        if (c.isPresent() && c.get().kind() != CountryLexicon.Kind.CAPITAL
            && c.get().kind() != CountryLexicon.Kind.BODY) {
          found = new TokenPhraseMatcher.Match<>(i, i + 1, c.get().code());
        }
      }
      return found;
    })) {
      out.add(CountryRef.direct(s.index(), m.start(), m.end(), m.value(), Optional.empty()));
    }
  }

  /**
   * The country code of tokens {@code [i, last]} (text {@code phrase}) when the lexicon knows them,
   * no entity mention covers them and they stand for a country here; else {@code null}.
   */
  private String uncoveredCountry(
      Sentence s, boolean[] covered, String phrase, int i, int last) {
    if (anyCovered(covered, i, last)) {
      return null;
    }
    Optional<CountryLexicon.Match> m = countries.lookup(phrase);
    if (m.isEmpty()
        || (m.get().kind() == CountryLexicon.Kind.CAPITAL && (!acts(s, last + 1) || afterPlaceNoun(s, i)))) {
      return null; // a capital stands for its country only when it acts: "Beijing announced"
    }
    if (m.get().kind() == CountryLexicon.Kind.DEMONYM && !isoCountry.test(m.get().code())) {
      return null; // "European markets": a union's adjective names a region (annotation convention 1)
    }
    boolean isName =
        m.get().kind() == CountryLexicon.Kind.NAME || m.get().kind() == CountryLexicon.Kind.ALIAS;
    boolean dotted = phrase.endsWith(".") && phrase.indexOf('.') < phrase.length() - 1;
    if (isName && !inCapitals(s) && (properNounAt(s, i - 1) || (!dotted && properNounAt(s, last + 1)))) {
      return null; // part of a longer name: "Greater China", "Korea Electric Power"; but wire copy
                   // capitalises the word after a dotted abbreviation: "the U.S. Market", and a
                   // headline in capitals tags every word a proper noun: "JAPAN SIGNS PACT"
    }
    return m.get().code();
  }

  /**
   * "the Russian invasion of Ukraine", "Russia's war", "the conflict in Yemen": a country that wages
   * an armed conflict or is its scene is named for it, not as a party to a sector claim.
   */
  static boolean namedForConflict(Sentence s, CountryRef r) {
    int before = r.start() - 1;
    if (before >= 0 && s.token(before).pos().equals("DT")) {
      before--;
    }
    // "Russia invaded Ukraine": the verb's object is the scene of the conflict
    boolean invaded = before >= 0 && s.token(before).pos().startsWith("VB")
        && WordSet.CONFLICT_NOUN.contains(lower(s, before));
    return invaded || namedFor(s, r, WordSet.CONFLICT_NOUN, true);
  }

  /**
   * "near the Kenyan border", "its border with Sudan", "the Chad frontier": a country named for a
   * border is a place, not a party to a sector claim. "border trade", "border taxes" (a noun after
   * the border word) keep the country.
   */
  static boolean namedForBorder(Sentence s, CountryRef r) {
    return namedFor(s, r, WordSet.BORDER_NOUN, false);
  }

  /**
   * "the Indian state of Kerala", "India's southern state of Kerala", "China's Jilin province",
   * "Colombia's capital Bogota", "the Kenyan capital, Nairobi", "Accra, the Ghanaian capital": a country
   * word that locates a named place inside it is no party to the sentence's sector claims, which are the
   * place's (a city or province is no country mention, guideline). "the Egyptian state" with no place
   * named is the government and stays. Place nouns: {@link WordSet#LOCATED_PLACE_NOUN}.
   */
  static boolean locatesPlace(Sentence s, CountryRef r) {
    int i = r.end();
    boolean possessive = i < s.size() && s.token(i).pos().equals("POS");
    if (possessive) {
      i++;
    }
    int words = 0;
    while (i < s.size() && words < 2
        && (s.token(i).pos().startsWith("JJ") || (possessive && properNounAt(s, i)))) {
      i++;
      words++;
    }
    if (i >= s.size() || !WordSet.LOCATED_PLACE_NOUN.contains(lower(s, i))) {
      return false;
    }
    if (possessive && words > 0 && properNounAt(s, i - 1)) {
      // "China's Jilin province": the place's name before its noun, which ends the phrase (in "Brazil's
      // Petrobras state oil company" the noun modifies another)
      return !nounAt(s, i + 1);
    }
    int after = i + 1;
    if (after < s.size() && (lower(s, after).equals("of") || lower(s, after).equals(","))) {
      after++;
    }
    if (properNounAt(s, after)) {
      return true;
    }
    int before = r.start() - 1; // an apposition to the place's name: "Accra, the Ghanaian capital"
    return before >= 2 && s.token(before).pos().equals("DT") && s.token(before - 1).text().equals(",")
        && properNounAt(s, before - 2);
  }

  /**
   * Whether the country is named for one of {@code nouns}: the noun right after it ("Russia's
   * war", "the Russian invasion") or before it through a preposition ("the invasion of Ukraine",
   * "the border with Sudan"). Unless {@code nounMayLead}, a noun that modifies a following noun
   * ("border trade") does not count.
   */
  private static boolean namedFor(Sentence s, CountryRef r, WordSet nouns, boolean nounMayLead) {
    int after = r.end();
    if (after < s.size() && s.token(after).pos().equals("POS")) {
      after++;
    }
    if (after < s.size() && nouns.contains(lower(s, after))
        && (nounMayLead || !nounAt(s, after + 1))) {
      return true;
    }
    int before = r.start() - 1;
    if (before >= 0 && s.token(before).pos().equals("DT")) {
      before--;
    }
    return before >= 1 && s.token(before).pos().equals("IN") && nouns.contains(lower(s, before - 1));
  }

  /**
   * "Latin American", "Central American", "North American": a demonym after a region word names a
   * region (annotation convention 1), and "African-American", "Asian-American" a community, unless
   * the two words together are a country's demonym in the lexicon ("South Korean", "West German").
   */
  private boolean regionalAdjective(Sentence s, CountryRef r) {
    int before = r.start() - 1;
    if (before > 0 && s.token(before).text().equals("-")) {
      before--; // "African-American": a region joined by a hyphen
    }
    if (r.end() - r.start() != 1 || before < 0 || !WordSet.REGION_QUALIFIER.contains(lower(s, before))
        || !Character.isUpperCase(s.token(before).text().charAt(0))) {
      return false;
    }
    Optional<CountryLexicon.Match> word = countries.lookup(s.token(r.start()).text());
    return word.isPresent() && word.get().kind() == CountryLexicon.Kind.DEMONYM
        && countries.lookup(s.token(before).text() + " " + s.token(r.start()).text()).isEmpty();
  }

  /** Token {@code i} of {@code s} in lower case. */
  static String lower(Sentence s, int i) {
    return s.token(i).text().toLowerCase(Locale.ROOT);
  }

  /**
   * "Kenya's arid north", "the Peruvian interior": the country names one of its parts, a region,
   * where something happens (annotation convention 1), not the country as a party. Adjectives may
   * stand between ("Kenya's arid and semi-arid north"); "the north" must head its phrase.
   */
  static boolean namedForPart(Sentence s, CountryRef r) {
    int i = r.end();
    if (i < s.size() && s.token(i).pos().equals("POS")) {
      i++;
    }
    for (int skipped = 0; i < s.size() && skipped < 4 && s.token(i).pos().matches("JJ.*|CC|HYPH|,"); skipped++) {
      i++;
    }
    return i < s.size() && WordSet.COUNTRY_PART.contains(lower(s, i))
        && !nounAt(s, i + 1);
  }

  /** "northern Kenya", "eastern Congo": a lower-case direction before the country makes a region. */
  static boolean directionBefore(Sentence s, CountryRef r) {
    int before = r.start() - 1;
    return before >= 0 && WordSet.DIRECTION_ADJECTIVE.contains(s.token(before).text());
  }

  /**
   * "will build a plant in northern China": after "in" and the direction, the region is where an
   * investment goes, so its country is the host (annotation convention 2), when an investment word
   * stands before it in the sentence.
   */
  static boolean investmentHost(Sentence s, CountryRef r, List<TriggerMention> words) {
    int in = r.start() - 2;
    return in >= 0 && s.token(in).text().equalsIgnoreCase("in") && words.stream()
        .anyMatch(w -> w.kind() == TriggerKind.INVESTMENT && w.end() <= in);
  }

  /**
   * "NAIROBI, KENYA, May 2 (Agency) -": a country in the dateline that opens the text ({@link
   * Dateline}) is where the story was filed, no party.
   */
  static boolean inDateline(AnalyzedText text, Sentence s, CountryRef r) {
    int dash = Dateline.dashAt(text, s);
    return dash >= 0 && r.end() <= dash;
  }

  /** How many adjectives may stand between a country word and its forces ("Kenyan special forces"). */
  private static final int FORCE_ADJECTIVES = 2;

  /**
   * "British troops", "Kenyan special forces": a country word right before a noun of the set
   * {@code force-noun} (adjectives between) names the military, which is no party to a sector claim
   * ("arms are sold in the town where British troops patrol" ties no arms to Britain).
   */
  private static boolean namedForForces(Sentence s, CountryRef r) {
    for (int i = r.end(); i < s.size() && i <= r.end() + FORCE_ADJECTIVES; i++) {
      Token t = s.token(i);
      if (t.pos().startsWith("NN")) {
        return WordSet.FORCE_NOUN.contains(lower(s, i));
      }
      if (!t.pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a Dutch newspaper", "the Chilean daily", "Chinese state media": a country word before a
   * news outlet's noun (with up to two modifiers between) names where the outlet is, not a party to
   * the claims the outlet reports. Nouns: {@link WordSet#OUTLET_NOUN}.
   */
  static boolean namesOutlet(Sentence s, CountryRef r) {
    if (r.backReference()) {
      return false;
    }
    for (int i = r.end(); i < Math.min(s.size(), r.end() + 3); i++) {
      if (WordSet.OUTLET_NOUN.contains(lower(s, i))) {
        // "the British press freedom index" is no outlet; "the Egyptian daily Al-Ahram" is one
        return !nounAt(s, i + 1) || s.token(i + 1).pos().startsWith("NNP");
      }
      String pos = s.token(i).pos();
      if (!(pos.startsWith("JJ") || pos.equals("NN"))) {
        return false;
      }
    }
    return false;
  }

  /** "a Panama-flagged ship": the country only flags the vessel. */
  private static boolean flagOnly(Sentence s, CountryRef r) {
    String last = s.token(r.end() - 1).text();
    int dash = last.lastIndexOf('-');
    if (dash > 0) {
      return WordSet.FLAG_SUFFIX.contains(last.substring(dash + 1).toLowerCase(Locale.ROOT));
    }
    return r.end() + 1 < s.size() && s.token(r.end()).text().equals("-")
        && WordSet.FLAG_SUFFIX.contains(s.token(r.end() + 1).text().toLowerCase(Locale.ROOT));
  }


  /** Whether {@code s} is written in capitals, as wire headlines are (three words or more). */
  static boolean inCapitals(Sentence s) {
    int words = 0;
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).text();
      boolean letters = w.chars().anyMatch(Character::isLetter);
      if (letters && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
      words += letters ? 1 : 0;
    }
    return words >= 3;
  }

  /** Whether the token at {@code i} (after an optional adverb or "on Friday"-like phrase) is a verb. */
  private static boolean acts(Sentence s, int i) {
    if (i < s.size() && s.token(i).pos().equals("POS")) {
      // "Beijing's retaliatory tariffs", "Tokyo's new export curbs": the government's measure
      for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
        if (WordSet.CAPITAL_ACT_NOUN.contains(lower(s, k))) {
          return true;
        }
        if (!(s.token(k).pos().startsWith("JJ") || s.token(k).pos().startsWith("NN"))) {
          return false;
        }
      }
      return false;
    }
    for (int k = i; k < Math.min(s.size(), i + 4); k++) {
      String p = s.token(k).pos();
      if (p.startsWith("VB") || p.equals("MD")) {
        return true;
      }
      if (!(p.startsWith("RB") || p.equals("IN") || p.startsWith("NNP") || p.equals(","))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the capital at token {@code i} is named as a city after a place noun ("Kenya's capital
   * Nairobi", "the Kenyan capital, Nairobi"): the name of the place, not the government acting.
   */
  private static boolean afterPlaceNoun(Sentence s, int i) {
    int before = i - 1;
    if (before >= 0 && s.token(before).text().equals(",")) {
      before--;
    }
    return before >= 0 && WordSet.LOCATED_PLACE_NOUN.contains(lower(s, before));
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a noun (one that a word before it modifies: "border trade"). */
  private static boolean nounAt(Sentence s, int i) {
    return i >= 0 && i < s.size() && s.token(i).pos().startsWith("NN");
  }

  private static boolean properNounAt(Sentence s, int i) {
    return i >= 0 && i < s.size() && s.token(i).pos().startsWith("NNP")
        && Character.isUpperCase(s.token(i).text().charAt(0));
  }

  /** The token starting at or containing char {@code offset}, or -1. */
  static int tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.end() > offset) {
        return t.start() <= offset || t.start() < s.end() ? t.index() : -1;
      }
    }
    return -1;
  }

  /** The last token ending at or before char {@code offset}, or -1. */
  static int tokenEndingAt(Sentence s, int offset) {
    int best = -1;
    for (Token t : s.tokens()) {
      if (t.end() <= offset || (t.start() < offset && t.end() > offset)) {
        best = t.index();
      } else {
        break;
      }
    }
    return best;
  }
}
