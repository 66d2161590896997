package org.newsgraph;

/** What kind of place a {@link EntityType#LOCATION} entity is. */
public enum LocationSubtype {
  COUNTRY,
  CITY,
  STATE_OR_PROVINCE,
  /** A region larger or other than one country or province: "Greater China", "East Asia". */
  REGION,
  OTHER
}
