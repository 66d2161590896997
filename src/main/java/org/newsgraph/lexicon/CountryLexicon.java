package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.ModelFile;

/**
 * The countries of {@code models/countries.tsv}: ISO 3166-1 alpha-2 code ("EU" for the European
 * Union), canonical name, aliases, demonyms and adjectives (also multi-word: "South Korean"),
 * capitals, and major national bodies ("National Development and Reform Commission" = "NDRC" of
 * CN). Immutable and thread-safe; load once.
 *
 * <p>API for the other stages:
 *
 * <pre>{@code
 * CountryLexicon countries = CountryLexicon.fromLines(files.lines(ModelFile.COUNTRIES));
 * countries.codeFor("South Korea")        // Optional["KR"]: name, alias or demonym
 * countries.codeFor("the U.S.")           // Optional["US"] (a leading "the" is ignored)
 * countries.codeFor("Chinese")            // Optional["CN"]
 * countries.isDemonym("South Korean")     // true
 * countries.codeForCapital("Washington")  // Optional["US"]
 * countries.body("NDRC")                  // Optional[Body(CN, National Development and Reform ...)]
 * countries.lookup("Beijing")             // Optional[Match(CN, CAPITAL, "China")]
 * countries.name("KR")                    // Optional["South Korea"]
 * countries.capital("CN")                 // Optional["Beijing"]
 * }</pre>
 *
 * <p>Matching: exact first; then, for a phrase that is not all lower case, case-insensitively
 * against entries that are not acronyms ("JAPAN" finds Japan, "us" never finds US). Curly
 * apostrophes and repeated spaces do not matter. A phrase is one kind only: a name or alias, a
 * demonym, a capital or a body.
 */
public final class CountryLexicon {

  /** What a phrase is for its country. */
  public enum Kind {
    /** The canonical name: "South Korea". */
    NAME,
    /** Another name or abbreviation: "Korea", "ROK", "U.S.", "America". */
    ALIAS,
    /** A nationality word or adjective: "South Korean", "Chinese", "Americans". */
    DEMONYM,
    /** A capital city, which can stand for the government: "Washington", "Beijing". */
    CAPITAL,
    /** A national body or one of its acronyms: "NDRC", "Bank of Korea". */
    BODY
  }

  /** A phrase found in the lexicon: its country code, kind, and the canonical name it stands for. */
  public record Match(String code, Kind kind, String canonical) {}

  /** A national body: its full name and other names (acronyms first as written in the file). */
  public record Body(String code, String name, ImmutableList<String> aliases) {}

  /** One country with everything the file says about it. */
  public record Country(
      String code,
      String name,
      ImmutableList<String> aliases,
      ImmutableList<String> demonyms,
      ImmutableList<String> capitals,
      ImmutableList<Body> bodies) {

    /** The first capital, if any. */
    public Optional<String> capital() {
      return capitals.isEmpty() ? Optional.empty() : Optional.of(capitals.get(0));
    }
  }

  private static final Splitter EQUALS = Splitter.on('=').trimResults().omitEmptyStrings();

  private final ImmutableMap<String, Country> byCode;
  private final PhraseTable<Match> names = new PhraseTable<>(Match::code);
  private final PhraseTable<Match> demonyms = new PhraseTable<>(Match::code);
  private final PhraseTable<Match> capitals = new PhraseTable<>(Match::code);
  private final PhraseTable<Body> bodies = new PhraseTable<>();
  private final ImmutableList<Match> prefixDemonyms;
  private final PhraseFilter filter;

  private CountryLexicon(List<DataLine> lines) {
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (DataLine line : lines) {
      String code = line.field(0);
      if (!code.matches("[A-Z]{2}")) {
        throw line.error("country code '" + code + "' must be two capital letters");
      }
      Builder b = builders.get(code);
      if (b == null) {
        b = new Builder(code, line.field(1));
        builders.put(code, b);
      } else if (line.optionalField(1).length() > 0 && !line.field(1).equals(b.name)) {
        b.aliases.add(line.field(1));
      }
      b.lines.add(line);
      b.aliases.addAll(line.listField(2));
      b.demonyms.addAll(line.listField(3));
      b.capitals.addAll(line.listField(4));
      for (String body : line.listField(5)) {
        List<String> parts = EQUALS.splitToList(body);
        if (parts.isEmpty()) {
          throw line.error("empty national body in '" + line.optionalField(5) + "'");
        }
        b.bodies.add(
            new Body(code, parts.get(0), ImmutableList.copyOf(parts.subList(1, parts.size()))));
      }
    }
    ImmutableMap.Builder<String, Country> countries = ImmutableMap.builder();
    List<Match> prefixes = new ArrayList<>();
    for (Builder b : builders.values()) {
      Country c =
          new Country(
              b.code,
              b.name,
              ImmutableList.copyOf(b.aliases),
              ImmutableList.copyOf(b.demonyms),
              ImmutableList.copyOf(b.capitals),
              ImmutableList.copyOf(b.bodies));
      countries.put(b.code, c);
      DataLine at = b.lines.get(0);
      names.put(c.name(), new Match(c.code(), Kind.NAME, c.name()), at);
      for (String a : c.aliases()) {
        names.put(a, new Match(c.code(), Kind.ALIAS, c.name()), at);
      }
      for (String d : c.demonyms()) {
        Match m = new Match(c.code(), Kind.DEMONYM, c.name());
        if (d.endsWith("-")) {
          prefixes.add(new Match(c.code(), Kind.DEMONYM, d.substring(0, d.length() - 1)));
        } else {
          demonyms.put(d, m, at);
        }
      }
      for (String cap : c.capitals()) {
        capitals.put(cap, new Match(c.code(), Kind.CAPITAL, c.name()), at);
      }
      for (Body body : c.bodies()) {
        bodies.put(body.name(), body, at);
        for (String a : body.aliases()) {
          bodies.put(a, body, at);
        }
      }
    }
    this.byCode = countries.buildOrThrow();
    this.prefixDemonyms = ImmutableList.copyOf(prefixes);
    this.filter = PhraseFilter.of(names, demonyms, capitals, bodies);
  }

  private static final class Builder {
    final String code;
    final String name;
    final List<DataLine> lines = new ArrayList<>();
    final List<String> aliases = new ArrayList<>();
    final List<String> demonyms = new ArrayList<>();
    final List<String> capitals = new ArrayList<>();
    final List<Body> bodies = new ArrayList<>();

    Builder(String code, String name) {
      this.code = code;
      this.name = name;
    }
  }

  /** Builds a lexicon from data lines (for tests and tools). */
  public static CountryLexicon fromLines(List<DataLine> lines) {
    checkNotNull(lines, "lines");
    return new CountryLexicon(lines);
  }

  /** The code of a country name, alias or demonym ("South Korea", "U.S.", "Chinese"). */
  public Optional<String> codeFor(String phrase) {
    checkNotNull(phrase, "phrase");
    PhraseKey key = PhraseKey.of(phrase);
    Optional<Match> m = names.get(key).or(() -> demonyms.get(key));
    return m.map(Match::code);
  }

  /** The code of a country name or alias only. */
  public Optional<String> codeForName(String phrase) {
    checkNotNull(phrase, "phrase");
    return names.get(phrase).map(Match::code);
  }

  /** The code of a demonym or nationality adjective ("South Korean", "Chinese"). */
  public Optional<String> codeForDemonym(String phrase) {
    checkNotNull(phrase, "phrase");
    return demonyms.get(phrase).map(Match::code);
  }

  /** Whether the phrase is a demonym or nationality adjective. */
  public boolean isDemonym(String phrase) {
    return codeForDemonym(phrase).isPresent();
  }

  /** The code of the country whose capital this is ("Washington" -> US). */
  public Optional<String> codeForCapital(String phrase) {
    checkNotNull(phrase, "phrase");
    return capitals.get(phrase).map(Match::code);
  }

  /** The national body this phrase names ("NDRC", "Bank of Korea"). */
  public Optional<Body> body(String phrase) {
    checkNotNull(phrase, "phrase");
    return bodies.get(phrase);
  }

  /** The country of the national body this phrase names. */
  public Optional<String> codeForBody(String phrase) {
    return body(phrase).map(Body::code);
  }

  /**
   * Any kind of match: name or alias, then demonym, then capital, then body (whose match's
   * canonical is the body's full name).
   */
  public Optional<Match> lookup(String phrase) {
    checkNotNull(phrase, "phrase");
    return lookup(PhraseKey.of(phrase));
  }

  /** {@link #lookup(String)} for a prepared phrase. */
  public Optional<Match> lookup(PhraseKey key) {
    checkNotNull(key, "key");
    if (!filter.mayHold(key)) {
      return Optional.empty();
    }
    return names
        .get(key)
        .or(() -> demonyms.get(key))
        .or(() -> capitals.get(key))
        .or(() -> bodies.get(key).map(b -> new Match(b.code(), Kind.BODY, b.name())));
  }

  /** A quick test for phrases none of this lexicon's names, demonyms, capitals or bodies is. */
  public PhraseFilter phrases() {
    return filter;
  }

  /**
   * The country of a combining prefix at the start of a hyphenated word: "Sino-US" starts with
   * China's "Sino"; {@code canonical} of the match is the prefix itself.
   */
  public Optional<Match> prefixDemonym(String word) {
    checkNotNull(word, "word");
    for (Match m : prefixDemonyms) {
      String p = m.canonical() + "-";
      if (word.length() > p.length() && word.regionMatches(true, 0, p, 0, p.length())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The canonical name of a code ("KR" -> "South Korea"). */
  public Optional<String> name(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code)).map(Country::name);
  }

  /** The first capital of a code ("CN" -> "Beijing"). */
  public Optional<String> capital(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code)).flatMap(Country::capital);
  }

  /** Everything about one country. */
  public Optional<Country> country(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** All countries, in file order. */
  public ImmutableList<Country> countries() {
    return byCode.values().asList();
  }

  /** The longest phrase of any kind, in words: how far a scanner needs to look ahead. */
  public int maxPhraseWords() {
    return Math.max(
        Math.max(names.maxWords(), demonyms.maxWords()),
        Math.max(capitals.maxWords(), bodies.maxWords()));
  }
}
