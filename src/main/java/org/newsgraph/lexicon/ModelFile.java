package org.newsgraph.lexicon;

/**
 * Every rule-data file newsgraph reads, with its classpath resource name. The files live in the
 * source tree's {@code models/} folder and are packaged under {@code org/newsgraph/models/}. An
 * embedder can add a file of the same format for any of them through {@code
 * NewsGraph.Builder.addModelFile}; it is read after the bundled one.
 *
 * <p>All are UTF-8 text; {@code #} starts a comment line; blank lines are skipped. See {@code
 * models/README.md} for each file's columns.
 */
public enum ModelFile {
  /** Countries: code, name, aliases, demonyms, capitals, national bodies. */
  COUNTRIES("countries.tsv"),
  /** Cities, provinces and regions with their subtype and country. */
  PLACES("places.tsv"),
  /** Organisations: canonical name, aliases and acronyms, country, kind (outlet, company...). */
  ORGANIZATIONS("organizations.tsv"),
  /** First names with their usual gender, for pronoun resolution. */
  FIRST_NAMES("first-names.tsv"),
  /** Words that CoreNLP tags as names but that are not entities here, by type. */
  ENTITY_STOPLIST("entity-stoplist.tsv"),
  /** Line patterns that mark website furniture after or inside an article. */
  FURNITURE("furniture.tsv"),
  /** Speech and attribution cues (verbs, nouns, phrases) for quotes. */
  SPEECH_CUES("speech-cues.tsv"),
  /** Role nouns and titles for speakers ("chairman", "economist", "minister"). */
  ROLES("roles.tsv"),
  /** Rule-based confidence of quotes by rule, cue kind and speaker kind, and of speaker links. */
  QUOTE_CONFIDENCE("quote-confidence.tsv"),
  /** The sector taxonomy: id, label, terms, industry nouns. */
  SECTORS("sectors.tsv"),
  /** Relation trigger words and phrases with the relation type they signal. */
  RELATION_TRIGGERS("relation-triggers.tsv");

  /** The classpath folder of the bundled model files. */
  static final String RESOURCE_FOLDER = "org/newsgraph/models/";

  private final String fileName;

  ModelFile(String fileName) {
    this.fileName = fileName;
  }

  /** The file's name in {@code models/}. */
  public String fileName() {
    return fileName;
  }

  /** The classpath resource path of the bundled file. */
  public String resourcePath() {
    return RESOURCE_FOLDER + fileName;
  }
}
