package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.LocationSubtype;
import org.newsgraph.ModelFile;

/**
 * The cities, provinces and regions of {@code models/places.tsv} (countries are in {@link
 * CountryLexicon}): "Changchun" is a CITY of CN, "Jilin" a STATE_OR_PROVINCE of CN, "Greater
 * China" a REGION. Lookups follow {@link LexiconKeys}. Immutable and thread-safe.
 */
public final class PlaceGazetteer extends NameLexicon<PlaceGazetteer.Place> {

  /** One place: canonical name, subtype, country (empty for regions across countries). */
  public record Place(String name, LocationSubtype subtype, Optional<String> country) {}

  private PlaceGazetteer(List<DataLine> lines) {
    super(lines, line -> {
      Place p = new Place(line.field(0), line.enumField(1, LocationSubtype.class, "subtype"),
          line.countryField(2));
      return Entry.named(p, p.name(), line.listField(3));
    });
  }

  /** Builds a gazetteer from data lines (for tests and tools). */
  public static PlaceGazetteer fromLines(List<DataLine> lines) {
    return new PlaceGazetteer(checkNotNull(lines, "lines"));
  }

  /** All places, in file order. */
  public ImmutableList<Place> places() {
    return entries();
  }
}
