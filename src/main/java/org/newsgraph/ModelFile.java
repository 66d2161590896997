package org.newsgraph;

/**
 * The kinds of rule-data file an embedder can extend: for each, {@link
 * NewsGraph.Builder#addModelFile(ModelFile, java.nio.file.Path)} reads a file of the same format
 * after the bundled one (a new sector, a country alias, a speech cue), so that the rules learn a
 * domain's words without a code change. The bundled files live in the source tree's {@code models/}
 * folder and inside the jar.
 *
 * <p>All are UTF-8 text, one entry a line, tab-separated columns; {@code #} starts a comment line;
 * blank lines are skipped; a malformed line fails the build of the {@code NewsGraph} with {@code
 * file:line: reason}. See {@code models/README.md} for each file's columns.
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

  private final String fileName;

  ModelFile(String fileName) {
    this.fileName = fileName;
  }

  /** The bundled file's name in {@code models/} ("sectors.tsv"). */
  public String fileName() {
    return fileName;
  }
}
