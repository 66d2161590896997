package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.ModelFile;
import org.newsgraph.SectorId;
import org.newsgraph.relations.SectorMention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The sector taxonomy of {@code models/sectors.tsv}: stable sector ids ("semiconductors"), labels,
 * and the terms and industry nouns that mention each sector. Finds sector mentions in a sentence.
 *
 * <p>A line whose id was seen before adds its terms to that sector, so an embedder's extra file can
 * add a term to a bundled sector or a whole new sector. A term given to two sectors is a data error
 * ({@code file:line}). Lines with id {@code -} list phrases that only look like sector terms
 * ("greenhouse gas"): as the longest match they hide the shorter term. A term written in title case
 * inside a sentence ("Chips" in "Chips and Science Act") is part of a name and is not a mention,
 * except after a dotted abbreviation in wire copy ("U.S. Grain exports"). Immutable and thread-safe.
 */
public final class SectorTaxonomy {

  /** The id of lines listing phrases that look like sector terms but are not ("greenhouse gas"). */
  static final String NOT_A_SECTOR = "-";

  /** One sector's id and label. */
  public record Sector(String id, String label) {

    /** The id as the value a relation carries. */
    public SectorId sectorId() {
      return new SectorId(id);
    }
  }

  private record Term(String sector, boolean industryNoun) {}

  private final ImmutableMap<String, Sector> sectors;
  /** The sector of each term, lower case; "-" for phrases that are not a sector. */
  private final ImmutableMap<String, String> termSectors;
  private final TokenPhraseMatcher<Term> matcher;

  private SectorTaxonomy(List<DataLine> lines) {
    Map<String, Sector> byId = new LinkedHashMap<>();
    Map<String, String> termSector = new HashMap<>();
    TokenPhraseMatcher.Builder<Term> b = TokenPhraseMatcher.builder();
    for (DataLine line : lines) {
      String id = line.field(0);
      if (!id.equals(NOT_A_SECTOR) && !SectorId.wellFormed(id)) {
        throw line.error("sector id '" + id + "' must be lower-case words joined by '-'");
      }
      String label = line.optionalField(1);
      if (!byId.containsKey(id) && !id.equals(NOT_A_SECTOR)) {
        if (label.isEmpty()) {
          throw line.error("new sector '" + id + "' needs a label in the second field");
        }
        byId.put(id, new Sector(id, label));
      }
      List<String> terms = line.listField(2);
      List<String> nouns = line.listField(3);
      if (terms.isEmpty() && nouns.isEmpty()) {
        throw line.error("sector '" + id + "' line has no terms and no industry nouns");
      }
      for (int k = 0; k < terms.size() + nouns.size(); k++) {
        boolean noun = k >= terms.size();
        String term = (noun ? nouns.get(k - terms.size()) : terms.get(k)).toLowerCase(Locale.ROOT);
        if (term.startsWith("*") || term.contains(" * ")) {
          throw line.error("term '" + term + "' must not hold '*'");
        }
        String old = termSector.putIfAbsent(term, id);
        if (old != null && !old.equals(id)) {
          throw line.error("term '" + term + "' is given to sector " + old + " and to " + id);
        }
        b.add(term, new Term(id, noun));
      }
    }
    if (byId.isEmpty()) {
      throw new org.newsgraph.lexicon.ModelFileException("models/sectors.tsv defines no sector");
    }
    this.sectors = ImmutableMap.copyOf(byId);
    this.termSectors = ImmutableMap.copyOf(termSector);
    this.matcher = b.build();
  }

  /** Builds a taxonomy from data lines (tests, tools). */
  public static SectorTaxonomy fromLines(List<DataLine> lines) {
    checkNotNull(lines, "lines");
    return new SectorTaxonomy(lines);
  }

  /** All sectors, in file order. */
  public ImmutableList<Sector> sectors() {
    return sectors.values().asList();
  }

  /** The sector with this id. */
  public Optional<Sector> sector(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(sectors.get(id));
  }

  /**
   * The sector that the taxonomy gives the term {@code term} (any case; "currency" is finance), or
   * empty where no sector lists it.
   */
  public Optional<SectorId> sectorOfTerm(String term) {
    checkNotNull(term, "term");
    return Optional.ofNullable(sectors.get(termSectors.getOrDefault(term.toLowerCase(Locale.ROOT), "")))
        .map(Sector::sectorId);
  }

  /**
   * The sector id {@code id}, which this taxonomy must define: what a relation may name.
   *
   * @throws IllegalArgumentException naming the id and the ids defined, for an unknown id
   */
  public SectorId id(String id) {
    checkNotNull(id, "id");
    Sector s = sectors.get(id);
    checkArgument(s != null, "sector id (%s) is not in the taxonomy (%s)", id, sectors.keySet());
    return s.sectorId();
  }

  /** The sector mentions of a sentence, in token order; terms that are part of a name are left out. */
  public ImmutableList<SectorMention> find(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    ImmutableList.Builder<SectorMention> out = ImmutableList.builder();
    for (TokenPhraseMatcher.Match<Term> m : matcher.findAll(sentence)) {
      if (!m.value().sector().equals(NOT_A_SECTOR) && !partOfName(sentence, m.start(), m.end())
          && !inflectedVerb(sentence, m.start(), m.end()) && !worldMarket(sentence, m.start())) {
        out.add(new SectorMention(id(m.value().sector()), m.start(), m.end(), m.value().industryNoun()));
      }
    }
    return out.build();
  }

  /** Whether a sentence has at least one sector mention: cheap enough to decide on parsing. */
  public boolean mentionsAny(Sentence sentence) {
    return !find(sentence).isEmpty();
  }

  /** How many words of its phrase may stand between a world-scope adjective and the term. */
  private static final int WORLD_SCOPE_REACH = 3;

  /**
   * A term after "global", "world", "international" or "worldwide" in its phrase ("global grain and
   * fuel markets", "world oil prices") speaks of the world market, not of a country's sector: no
   * mention. Only nouns, adjectives, "and" and commas may stand between; a possessive before the
   * adjective ("China's global chip exports") keeps the term, since a country owns it, and so do
   * "of" and "in" ("Japan's share of the global chip market", "a leader in world steel"), which
   * make the world market the frame of a country's claim.
   */
  private static boolean worldMarket(Sentence s, int start) {
    for (int i = start - 1; i >= 0 && start - i <= WORLD_SCOPE_REACH + 1; i--) {
      Token t = s.token(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (WordSet.WORLD_SCOPE.contains(w) && (i == 0 || !Character.isUpperCase(t.text().charAt(0)))) {
        int before = i > 0 && s.token(i - 1).pos().equals("DT") ? i - 2 : i - 1;
        if (before < 0) {
          return true;
        }
        String b = s.token(before).text().toLowerCase(Locale.ROOT);
        // "China's global chip exports"; "Japan's share of the global chip market", "a leader in world steel"
        return !s.token(before).pos().equals("POS") && !b.equals("of") && !b.equals("in");
      }
      String pos = t.pos();
      if (!(pos.startsWith("NN") || pos.startsWith("JJ") || w.equals("and") || w.equals(","))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A one-word term tagged as an inflected verb (past, participle, third person) is a verb that
   * shares a noun's lemma ("Brazil shipped soybeans", "ships coffee", "fuelled the rally"), not a
   * sector term. The gerund ("shipping") and the base form, which taggers give rare nouns too
   * ("drone production"), stay terms.
   */
  private static boolean inflectedVerb(Sentence s, int start, int end) {
    String pos = s.token(start).pos();
    return end - start == 1 && (pos.equals("VBD") || pos.equals("VBN") || pos.equals("VBZ"));
  }

  /**
   * A term is part of a name when its first token is written in title case ("Chips") and is not the
   * first word of the sentence (or of a quotation or headline line).
   */
  private static boolean partOfName(Sentence s, int start, int end) {
    Token first = s.token(start);
    String w = first.text();
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) || Character.isDigit(w.charAt(i))) {
        return false; // an acronym ("EVs", "LNG", "5G") is a term, not a name
      }
    }
    int before = start - 1;
    while (before >= 0 && isOpening(s.token(before))) {
      before--;
    }
    return before >= 0 && !wireCapital(s, before, end) && !afterCapitalsHeader(s, before, start)
        && !marketAfterAdjective(s, before, start, end);
  }

  /**
   * Wire copy writes a market of several words in title case after a national adjective ("Japanese
   * Government Bonds rallied"): such a term is no name unless a name goes on after it ("the Korean
   * Financial Services Commission"); a one-word term stays a name ("Indian Oil").
   */
  private static boolean marketAfterAdjective(Sentence s, int before, int start, int end) {
    String adjective = s.token(before).text();
    if (end - start < 2 || before != start - 1 || !s.token(before).pos().equals("JJ")
        || adjective.isEmpty() || !Character.isUpperCase(adjective.charAt(0))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      String w = s.token(i).text();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    if (end >= s.size()) {
      return true;
    }
    String next = s.token(end).text();
    return next.isEmpty() || !Character.isUpperCase(next.charAt(0));
  }

  /**
   * Wire round-ups open a section with a heading in capitals and a dash ("GERMANY - Bunds fell",
   * "NEW YORK - Coffee futures rose"): the word after the dash starts the section's sentence, so
   * its title case names nothing.
   */
  private static boolean afterCapitalsHeader(Sentence s, int before, int start) {
    if (before + 1 >= start || !s.token(before + 1).text().equals("-")) {
      return false;
    }
    for (int i = 0; i <= before; i++) {
      String w = s.token(i).text();
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Wire copy writes the word after a dotted abbreviation in title case ("the U.S. Grain market",
   * "China-U.S. Textile talks"): such a term is no name unless a name goes on after it ("U.S.
   * Agriculture Department").
   */
  private static boolean wireCapital(Sentence s, int before, int end) {
    String w = s.token(before).text();
    boolean dotted = w.length() >= 3 && w.endsWith(".") && w.indexOf('.') < w.length() - 1;
    if (!dotted) {
      return false;
    }
    if (end >= s.size()) {
      return true;
    }
    String next = s.token(end).text();
    return next.isEmpty() || !Character.isUpperCase(next.charAt(0));
  }

  private static boolean isOpening(Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u2018") || w.equals("'")
        || w.equals("(") || w.equals("[") || w.equals("-") || w.equals("\u2013")
        || w.equals("\u2014") || t.pos().equals("``");
  }
}
