package org.newsgraph;

/** The kinds of named entity newsgraph reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
