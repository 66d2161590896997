package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.ModelFile;

/**
 * All the rule data of one {@code NewsGraph}, read once from {@code models/} (plus an embedder's
 * extra files) and shared by every layer. A layer takes this object instead of reading model files
 * itself, so a lexicon that two layers use (countries, organisations) is loaded and held once.
 * Immutable and thread-safe.
 *
 * @param furniture the line patterns that mark website furniture
 * @param countries countries, their aliases, demonyms, capitals and national bodies
 * @param stoplist words tagged as names that are no entities
 * @param organizations organisations with their aliases, acronyms, country and kind
 * @param places cities, provinces and regions
 * @param cities towns, cities and first-level divisions of the world by name (GeoNames)
 * @param isoCountries ISO 3166-1 country codes and names
 * @param speechCues verbs, phrases and nouns of saying and thinking
 * @param roles role nouns and titles, group and organisation nouns
 * @param firstNames first names with their usual gender
 * @param quoteConfidenceLines the data lines of {@code quote-confidence.tsv}, which the quote
 *     layer turns into weights
 * @param sectors the sector taxonomy
 * @param relationTriggers relation trigger words and the function words of the relation rules
 */
public record Lexicons(
    FurniturePatterns furniture,
    CountryLexicon countries,
    EntityStoplist stoplist,
    OrganizationLexicon organizations,
    PlaceGazetteer places,
    GeoNamesGazetteer cities,
    IsoCountries isoCountries,
    SpeechCueLexicon speechCues,
    RoleLexicon roles,
    FirstNames firstNames,
    ImmutableList<DataLine> quoteConfidenceLines,
    SectorTaxonomy sectors,
    RelationTriggerLexicon relationTriggers,
    RegionMembers regions) {

  /**
   * Reads every model file of {@code files} (bundled plus extras), in the order of the layers, so
   * that of two bad files the first layer's is reported.
   *
   * @throws ModelFileException naming {@code file:line} if a file is missing or malformed
   */
  public static Lexicons load(ModelFiles files) {
    checkNotNull(files, "files");
    return new Lexicons(
        FurniturePatterns.load(files),
        CountryLexicon.fromLines(files.lines(ModelFile.COUNTRIES)),
        EntityStoplist.load(files),
        OrganizationLexicon.fromLines(files.lines(ModelFile.ORGANIZATIONS)),
        PlaceGazetteer.fromLines(files.lines(ModelFile.PLACES)),
        GeoNamesGazetteer.load(files),
        IsoCountries.load(files),
        SpeechCueLexicon.load(files),
        RoleLexicon.load(files),
        FirstNames.load(files),
        files.lines(ModelFile.QUOTE_CONFIDENCE),
        SectorTaxonomy.fromLines(files.lines(ModelFile.SECTORS)),
        RelationTriggerLexicon.fromLines(files.lines(ModelFile.RELATION_TRIGGERS)),
        RegionMembers.load(files));
  }

  /** The bundled model files only. */
  public static Lexicons bundled() {
    return load(ModelFiles.bundled());
  }
}
