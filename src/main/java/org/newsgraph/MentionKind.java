package org.newsgraph;

/**
 * How a mention names its entity. Evaluations against name-only corpora (CoNLL-2003) count
 * {@link #NAME}, {@link #ALIAS} and {@link #METONYM}; a {@link #DEMONYM} is a mention of a country
 * for newsgraph but a MISC token for CoNLL.
 */
public enum MentionKind {
  /** The full name or a variant of it: "Peng Peng", "United States". */
  NAME,
  /** A short form of a name given elsewhere: "Peng", "NDRC", "US", "Yonhap". */
  ALIAS,
  /** A nationality word or adjective standing for its country: "South Korean", "Chinese". */
  DEMONYM,
  /** A capital standing for its government: "Washington" imposes, "Beijing" says. */
  METONYM
}
