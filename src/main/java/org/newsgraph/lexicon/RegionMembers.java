package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.ModelFile;

/**
 * The countries a region adjective covers ({@code regions.tsv}: "european" to AT, BE, ...), so that
 * "the European country" refers back to the nearest country of that region rather than to the
 * nearest country of all. A later line for the same adjective adds members (an embedder's file).
 * Immutable; thread-safe.
 */
public final class RegionMembers {

  private final ImmutableMap<String, ImmutableSet<String>> members;

  private RegionMembers(List<DataLine> lines) {
    Map<String, Set<String>> m = new HashMap<>();
    for (DataLine line : lines) {
      String adjective = line.field(0).toLowerCase(Locale.ROOT);
      for (String code : line.listField(1)) {
        if (!code.matches("[A-Z]{2}")) {
          throw line.error("country code '" + code + "' must be two capital letters");
        }
        m.computeIfAbsent(adjective, k -> new LinkedHashSet<>()).add(code);
      }
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
    this.members = b.build();
  }

  /** Reads {@code regions.tsv} (bundled plus extras). */
  public static RegionMembers load(ModelFiles files) {
    checkNotNull(files, "files");
    return new RegionMembers(files.lines(ModelFile.REGIONS));
  }

  /** Builds the table from data lines (for tests and tools). */
  public static RegionMembers fromLines(List<DataLine> lines) {
    return new RegionMembers(checkNotNull(lines, "lines"));
  }

  /** The countries of region adjective {@code adjective} ("south american"), if the table knows it. */
  public Optional<ImmutableSet<String>> members(String adjective) {
    return Optional.ofNullable(members.get(checkNotNull(adjective, "adjective").toLowerCase(Locale.ROOT)));
  }
}
