package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.lexicon.DataLine;
import org.newsgraph.lexicon.ModelFile;
import org.newsgraph.lexicon.ModelFiles;

/**
 * The role nouns and titles of {@code models/roles.tsv} ("economist", "official", "spokeswoman",
 * "Sen."), with the gender a role implies. A noun phrase whose head is a role describes a person:
 * "the economist said", "an unidentified Korean ministry official". Immutable.
 */
public final class RoleLexicon {

  private final ImmutableMap<String, Gender> roles;

  private RoleLexicon(Map<String, Gender> roles) {
    this.roles = ImmutableMap.copyOf(roles);
  }

  /** Reads {@link ModelFile#ROLES}: role (lower case), gender ({@code m}, {@code f} or {@code -}). */
  public static RoleLexicon load(ModelFiles files) {
    checkNotNull(files, "files");
    Map<String, Gender> roles = new HashMap<>();
    for (DataLine line : files.lines(ModelFile.ROLES)) {
      String role = line.field(0).toLowerCase(Locale.ROOT);
      if (role.isEmpty()) {
        throw line.error("empty role");
      }
      try {
        roles.put(role, Gender.parse(line.optionalField(1)));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    return new RoleLexicon(roles);
  }

  /** Whether {@code word} (any case; a plural is tried as its singular) is a role noun. */
  public boolean isRole(String word) {
    return lookup(word).isPresent();
  }

  /** The gender a role implies ("spokeswoman": female); UNKNOWN for other words. */
  public Gender gender(String word) {
    return lookup(word).orElse(Gender.UNKNOWN);
  }

  private Optional<Gender> lookup(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Gender g = roles.get(w);
    if (g == null && w.endsWith("s") && w.length() > 3) {
      g = roles.get(w.substring(0, w.length() - 1));
    }
    return Optional.ofNullable(g);
  }
}
