package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.LocationSubtype;

/**
 * The cities, provinces and regions of {@code models/places.tsv} (countries are in {@link
 * CountryLexicon}): "Changchun" is a CITY of CN, "Jilin" a STATE_OR_PROVINCE of CN, "Greater
 * China" a REGION. Lookups follow {@link LexiconKeys}. Immutable and thread-safe.
 */
public final class PlaceGazetteer {

  /** One place: canonical name, subtype, country (empty for regions across countries). */
  public record Place(String name, LocationSubtype subtype, Optional<String> country) {}

  private final PhraseTable<Place> table = new PhraseTable<>();
  private final PhraseFilter filter;
  private final ImmutableList<Place> places;

  private PlaceGazetteer(List<DataLine> lines) {
    List<Place> all = new ArrayList<>();
    for (DataLine line : lines) {
      String name = line.field(0);
      LocationSubtype subtype;
      try {
        subtype = LocationSubtype.valueOf(line.field(1));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown subtype '" + line.field(1) + "'");
      }
      String country = line.optionalField(2);
      if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
        throw line.error("country '" + country + "' must be two capital letters");
      }
      Place p = new Place(name, subtype, country.isEmpty() ? Optional.empty() : Optional.of(country));
      all.add(p);
      table.put(name, p, line);
      for (String alias : line.listField(3)) {
        table.put(alias, p, line);
      }
    }
    this.places = ImmutableList.copyOf(all);
    this.filter = PhraseFilter.of(table);
  }

  /** Reads {@code places.tsv} (bundled plus extras). */
  public static PlaceGazetteer load(ModelFiles files) {
    checkNotNull(files, "files");
    return new PlaceGazetteer(files.lines(ModelFile.PLACES));
  }

  /** Builds a gazetteer from data lines (for tests and tools). */
  public static PlaceGazetteer fromLines(List<DataLine> lines) {
    return new PlaceGazetteer(checkNotNull(lines, "lines"));
  }

  /** The place a phrase names. */
  public Optional<Place> lookup(String phrase) {
    checkNotNull(phrase, "phrase");
    return lookup(PhraseKey.of(phrase));
  }

  /** {@link #lookup(String)} for a prepared phrase. */
  public Optional<Place> lookup(PhraseKey key) {
    checkNotNull(key, "key");
    return filter.mayHold(key) ? table.get(key) : Optional.empty();
  }

  /** A quick test for phrases that name no place of this lexicon. */
  public PhraseFilter phrases() {
    return filter;
  }

  /** All places, in file order. */
  public ImmutableList<Place> places() {
    return places;
  }

  /** The longest place name, in words. */
  public int maxPhraseWords() {
    return table.maxWords();
  }
}
