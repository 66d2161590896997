package org.newsgraph;

/** What a {@link NewsGraph} extracts beyond entities, which are always on. */
public enum Feature {
  /** Direct, indirect and mixed quotes with their speakers. */
  QUOTES,
  /** Country–sector relations. */
  RELATIONS
}
