package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Well-known organisations from {@code models/organizations.tsv}: canonical name, aliases and
 * acronyms ("Yonhap" for Yonhap News Agency), country, kind (news agency, outlet, company...) and
 * an optional sector hint. Lookups follow {@link LexiconKeys}. Immutable and thread-safe.
 */
public final class OrganizationLexicon {

  /** What an organisation is. */
  public enum Kind {
    OUTLET,
    NEWS_AGENCY,
    COMPANY,
    BANK,
    INTERNATIONAL,
    GOVERNMENT,
    PARTY,
    /**
     * An internet platform, app or device maker ("a messaging app", "a phone maker"): its one-word
     * name is an organisation even alone and even where the tagger calls it a person or place.
     */
    PLATFORM,
    OTHER
  }

  /** One organisation. */
  public record Organization(
      String name,
      ImmutableList<String> aliases,
      Optional<String> country,
      Kind kind,
      Optional<String> sector) {

    /** Whether it is a medium that passes news on (outlet or news agency). */
    public boolean isMedium() {
      return kind == Kind.OUTLET || kind == Kind.NEWS_AGENCY;
    }
  }

  private final PhraseTable<Organization> table = new PhraseTable<>();
  private final PhraseFilter filter;
  private final ImmutableList<Organization> organizations;

  private OrganizationLexicon(List<DataLine> lines) {
    List<Organization> all = new ArrayList<>();
    for (DataLine line : lines) {
      String country = line.optionalField(2);
      if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
        throw line.error("country '" + country + "' must be two capital letters");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(line.field(3));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown kind '" + line.field(3) + "'");
      }
      String sector = line.optionalField(4);
      Organization o =
          new Organization(
              line.field(0),
              line.listField(1),
              country.isEmpty() ? Optional.empty() : Optional.of(country),
              kind,
              sector.isEmpty() ? Optional.empty() : Optional.of(sector));
      all.add(o);
      table.put(o.name(), o, line);
      for (String a : o.aliases()) {
        table.put(a, o, line);
      }
    }
    this.organizations = ImmutableList.copyOf(all);
    this.filter = PhraseFilter.of(table);
  }

  /** Reads {@code organizations.tsv} (bundled plus extras). */
  public static OrganizationLexicon load(ModelFiles files) {
    checkNotNull(files, "files");
    return new OrganizationLexicon(files.lines(ModelFile.ORGANIZATIONS));
  }

  /** Builds a lexicon from data lines (for tests and tools). */
  public static OrganizationLexicon fromLines(List<DataLine> lines) {
    return new OrganizationLexicon(checkNotNull(lines, "lines"));
  }

  /** The organisation a phrase names (full name or alias). */
  public Optional<Organization> lookup(String phrase) {
    checkNotNull(phrase, "phrase");
    return lookup(PhraseKey.of(phrase));
  }

  /** {@link #lookup(String)} for a prepared phrase. */
  public Optional<Organization> lookup(PhraseKey key) {
    checkNotNull(key, "key");
    return filter.mayHold(key) ? table.get(key) : Optional.empty();
  }

  /** A quick test for phrases that name no organisation of this lexicon. */
  public PhraseFilter phrases() {
    return filter;
  }

  /** All organisations, in file order. */
  public ImmutableList<Organization> organizations() {
    return organizations;
  }

  /** The longest name, in words. */
  public int maxPhraseWords() {
    return table.maxWords();
  }
}
