package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ModelFile;

/**
 * Well-known organisations from {@code models/organizations.tsv}: canonical name, aliases and
 * acronyms ("Yonhap" for Yonhap News Agency), country, kind (news agency, outlet, company...) and
 * an optional sector hint. Lookups follow {@link LexiconKeys}. Immutable and thread-safe.
 */
public final class OrganizationLexicon extends NameLexicon<OrganizationLexicon.Organization> {

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

  private OrganizationLexicon(List<DataLine> lines) {
    super(lines, line -> {
      Organization o = new Organization(line.field(0), line.listField(1), line.countryField(2),
          line.enumField(3, Kind.class, "kind"), Optional.of(line.optionalField(4))
              .filter(sector -> !sector.isEmpty()));
      return Entry.named(o, o.name(), o.aliases());
    });
  }

  /** Builds a lexicon from data lines (for tests and tools). */
  public static OrganizationLexicon fromLines(List<DataLine> lines) {
    return new OrganizationLexicon(checkNotNull(lines, "lines"));
  }

  /** All organisations, in file order. */
  public ImmutableList<Organization> organizations() {
    return entries();
  }
}
