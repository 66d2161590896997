package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.ModelFile;
import org.newsgraph.SpeakerKind;
import org.newsgraph.quotes.Gender;

/**
 * The role nouns and titles of {@code models/roles.tsv} ("economist", "official", "spokeswoman",
 * "Sen."), with the gender a role implies. A noun phrase whose head is a role describes a person:
 * "the economist said", "an unidentified Korean ministry official". The same file lists the nouns
 * for groups of people ("protesters") and for organisations ("company", "ministry"), which are no
 * role nouns but tell the source test what kind of speaker a description is. Immutable.
 */
public final class RoleLexicon {

  private final ImmutableMap<String, Gender> roles;
  private final ImmutableMap<String, SpeakerKind> bodies;
  private final com.google.common.collect.ImmutableSet<String> things;
  private final ImmutableMap<String, SpeakerKind> suffixes;

  private RoleLexicon(Map<String, Gender> roles, Map<String, SpeakerKind> bodies,
      java.util.Set<String> things, Map<String, SpeakerKind> suffixes) {
    this.roles = ImmutableMap.copyOf(roles);
    this.bodies = ImmutableMap.copyOf(bodies);
    this.things = com.google.common.collect.ImmutableSet.copyOf(things);
    this.suffixes = ImmutableMap.copyOf(suffixes);
  }

  /**
   * Reads {@link ModelFile#ROLES}: role (lower case), gender ({@code m}, {@code f} or {@code -}),
   * kind ({@code person}, the default; {@code group}; {@code organization}; {@code document}).
   */
  public static RoleLexicon load(ModelFiles files) {
    checkNotNull(files, "files");
    Map<String, Gender> roles = new HashMap<>();
    Map<String, SpeakerKind> bodies = new HashMap<>();
    java.util.Set<String> things = new java.util.HashSet<>();
    Map<String, SpeakerKind> suffixes = new HashMap<>();
    for (DataLine line : files.lines(ModelFile.ROLES)) {
      String role = line.field(0).toLowerCase(Locale.ROOT);
      if (role.isEmpty() || role.equals("-")) {
        throw line.error("empty role");
      }
      if (role.startsWith("-")) {
        switch (line.optionalField(2)) {
          case "person" -> suffixes.put(role.substring(1), SpeakerKind.PERSON);
          case "group" -> suffixes.put(role.substring(1), SpeakerKind.GROUP);
          case "organization" -> suffixes.put(role.substring(1), SpeakerKind.ORGANIZATION);
          case "document" -> suffixes.put(role.substring(1), SpeakerKind.DOCUMENT);
          default -> throw line.error("a suffix needs a kind: person, group, organization or"
              + " document, not '" + line.optionalField(2) + "'");
        }
        continue;
      }
      things.remove(role);
      Gender g;
      try {
        g = Gender.parse(line.optionalField(1));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
      switch (line.optionalField(2)) {
        case "", "person" -> {
          roles.put(role, g);
          bodies.remove(role);
        }
        case "group" -> {
          bodies.put(role, SpeakerKind.GROUP);
          roles.remove(role);
        }
        case "organization" -> {
          bodies.put(role, SpeakerKind.ORGANIZATION);
          roles.remove(role);
        }
        case "document" -> {
          bodies.put(role, SpeakerKind.DOCUMENT);
          roles.remove(role);
        }
        case "thing" -> {
          things.add(role);
          bodies.remove(role);
          roles.remove(role);
        }
        default -> throw line.error("kind must be person, group, organization, document or thing, not '"
            + line.optionalField(2) + "'");
      }
    }
    return new RoleLexicon(roles, bodies, things, suffixes);
  }

  /** Whether {@code noun} (or its singular) is listed as a {@code thing}: it names no source. */
  public boolean isThing(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    if (things.contains(w)) {
      return true;
    }
    for (String singular : singulars(w)) {
      if (things.contains(singular)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of speaker a description headed by {@code noun} is: PERSON for a role noun ("the
   * mayor"), GROUP for its plural ("the economists") or a group noun ("protesters"), ORGANIZATION
   * for an organisation noun ("the ministry", "the companies"), DOCUMENT for a document noun ("the
   * lawsuit", "the results"); then, for a noun not listed (nor its singular), by a suffix line
   * ("growers": -ers, a group); empty for any other noun and for a listed {@code thing}.
   */
  public Optional<SpeakerKind> kindOfHead(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    Optional<SpeakerKind> listed = listedKind(w);
    if (listed.isPresent() || things.contains(w)) {
      return listed;
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && hyphen < w.length() - 1) {
      return kindOfHead(w.substring(hyphen + 1)); // "front-runner", "co-chair"
    }
    for (String singular : singulars(w)) {
      if (things.contains(singular)) {
        return Optional.empty();
      }
    }
    // the longest suffix that fits: "growers" (-ers), "economist" (-ist)
    String best = null;
    for (String suffix : suffixes.keySet()) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)
          && (best == null || suffix.length() > best.length())) {
        best = suffix;
      }
    }
    return best == null ? Optional.empty() : Optional.of(suffixes.get(best));
  }

  private Optional<SpeakerKind> listedKind(String w) {
    if (roles.containsKey(w)) {
      return Optional.of(SpeakerKind.PERSON);
    }
    SpeakerKind b = bodies.get(w);
    if (b != null) {
      return Optional.of(b);
    }
    for (String singular : singulars(w)) {
      if (roles.containsKey(singular)) {
        return Optional.of(SpeakerKind.GROUP);
      }
      if (bodies.containsKey(singular)) {
        return Optional.of(bodies.get(singular));
      }
    }
    if (w.equals("men") || w.equals("women") || w.equals("children")) {
      return Optional.of(SpeakerKind.GROUP);
    }
    return Optional.empty();
  }

  /** Whether {@code noun} (any case, or its plural) names an organisation ("ministry"). */
  public boolean isOrganizationNoun(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    if (bodies.get(w) == SpeakerKind.ORGANIZATION) {
      return true;
    }
    for (String singular : singulars(w)) {
      if (bodies.get(singular) == SpeakerKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** Singular forms an English plural may have: "agencies" -> "agency", "boxes" -> "box". */
  private static java.util.List<String> singulars(String w) {
    if (w.length() <= 3 || !w.endsWith("s")) {
      return java.util.List.of();
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    out.add(w.substring(0, w.length() - 1));
    if (w.endsWith("ies")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("es")) {
      out.add(w.substring(0, w.length() - 2));
    }
    return out;
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
