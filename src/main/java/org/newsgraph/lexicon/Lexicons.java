package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * All the rule data of one {@code NewsGraph}, read once from {@code models/} (plus an embedder's
 * extra files) and shared by every layer: the furniture patterns, the entity lexicons (countries, places, organisations,
 * first names, stoplist), the quote lexicons (speech cues, roles, the lines of the quote
 * confidences) and the relation lexicons (sector taxonomy, relation triggers). A layer takes this
 * object instead of reading model files itself, so a lexicon that two layers use (countries,
 * organisations) is loaded and held once. Immutable and thread-safe.
 */
public final class Lexicons {

  private final FurniturePatterns furniture;
  private final CountryLexicon countries;
  private final EntityStoplist stoplist;
  private final OrganizationLexicon organizations;
  private final PlaceGazetteer places;
  private final SpeechCueLexicon speechCues;
  private final RoleLexicon roles;
  private final FirstNames firstNames;
  private final ImmutableList<DataLine> quoteConfidenceLines;
  private final SectorTaxonomy sectors;
  private final RelationTriggerLexicon relationTriggers;

  private Lexicons(ModelFiles files) {
    // In the order of the layers, so that of two bad files the first layer's is reported.
    this.furniture = FurniturePatterns.load(files);
    this.countries = CountryLexicon.load(files);
    this.stoplist = EntityStoplist.load(files);
    this.organizations = OrganizationLexicon.load(files);
    this.places = PlaceGazetteer.load(files);
    this.speechCues = SpeechCueLexicon.load(files);
    this.roles = RoleLexicon.load(files);
    this.firstNames = FirstNames.load(files);
    this.quoteConfidenceLines = files.lines(ModelFile.QUOTE_CONFIDENCE);
    this.sectors = SectorTaxonomy.load(files);
    this.relationTriggers = RelationTriggerLexicon.load(files);
  }

  /**
   * Reads every model file of {@code files} (bundled plus extras).
   *
   * @throws ModelFileException naming {@code file:line} if a file is missing or malformed
   */
  public static Lexicons load(ModelFiles files) {
    return new Lexicons(checkNotNull(files, "files"));
  }

  /** The bundled model files only. */
  public static Lexicons bundled() {
    return load(ModelFiles.bundled());
  }

  /** The line patterns that mark website furniture. */
  public FurniturePatterns furniture() {
    return furniture;
  }

  /** Countries, their aliases, demonyms, capitals and national bodies. */
  public CountryLexicon countries() {
    return countries;
  }

  /** Words tagged as names that are no entities. */
  public EntityStoplist stoplist() {
    return stoplist;
  }

  /** Organisations with their aliases, acronyms, country and kind. */
  public OrganizationLexicon organizations() {
    return organizations;
  }

  /** Cities, provinces and regions. */
  public PlaceGazetteer places() {
    return places;
  }

  /** Verbs, phrases and nouns of saying and thinking. */
  public SpeechCueLexicon speechCues() {
    return speechCues;
  }

  /** Role nouns and titles, group and organisation nouns. */
  public RoleLexicon roles() {
    return roles;
  }

  /** First names with their usual gender. */
  public FirstNames firstNames() {
    return firstNames;
  }

  /** The data lines of {@code quote-confidence.tsv}, which the quote layer turns into weights. */
  public ImmutableList<DataLine> quoteConfidenceLines() {
    return quoteConfidenceLines;
  }

  /** The sector taxonomy. */
  public SectorTaxonomy sectors() {
    return sectors;
  }

  /** Relation trigger words and the function words of the relation rules. */
  public RelationTriggerLexicon relationTriggers() {
    return relationTriggers;
  }
}
