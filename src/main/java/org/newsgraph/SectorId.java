package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A sector of the taxonomy in {@code models/sectors.tsv} ("semiconductors", "clean-energy"), as a
 * {@link Relation} names it: lower-case words joined by '-'. The relation layer takes its sector ids
 * from the loaded taxonomy, which refuses an id it does not define ({@code SectorTaxonomy.id}), so a
 * relation never names a sector the taxonomy lacks. {@link #toString} is the id. Immutable.
 */
public record SectorId(String id) {

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public SectorId {
    checkNotNull(id, "id");
    checkArgument(wellFormed(id), "sector id (%s) must be lower-case words joined by '-'", id);
  }

  /** Whether {@code id} has the form of a sector id: lower-case words joined by '-'. */
  public static boolean wellFormed(String id) {
    return FORM.matcher(checkNotNull(id, "id")).matches();
  }

  @Override
  public String toString() {
    return id;
  }
}
