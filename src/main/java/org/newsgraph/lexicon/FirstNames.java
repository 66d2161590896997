package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.ModelFile;

/**
 * Common first names and the gender they usually mark ({@code models/first-names.tsv}), so that
 * "he" or "she" can be matched with a named person. Names used for both genders and surnames are
 * not listed: an unknown name gives no gender. Immutable and thread-safe.
 */
public final class FirstNames {

  /** The gender a first name usually marks. */
  public enum Gender {
    MALE,
    FEMALE
  }

  private final Map<String, Gender> genders = new HashMap<>();

  private FirstNames(Iterable<DataLine> lines) {
    for (DataLine line : lines) {
      String g = line.field(1);
      Gender gender;
      if (g.equals("M")) {
        gender = Gender.MALE;
      } else if (g.equals("F")) {
        gender = Gender.FEMALE;
      } else {
        throw line.error("gender '" + g + "' must be M or F");
      }
      Gender old = genders.putIfAbsent(line.field(0), gender);
      if (old != null && old != gender) {
        throw line.error("name '" + line.field(0) + "' is given both genders");
      }
    }
  }

  /** Reads {@code first-names.tsv} (bundled plus extras). */
  public static FirstNames load(ModelFiles files) {
    checkNotNull(files, "files");
    return new FirstNames(files.lines(ModelFile.FIRST_NAMES));
  }

  /** The usual gender of a first name (exact case: "John"). */
  public Optional<Gender> gender(String firstName) {
    checkNotNull(firstName, "firstName");
    return Optional.ofNullable(genders.get(firstName));
  }

  /** The usual gender of a full name's first word ("John Smith" -> MALE). */
  public Optional<Gender> genderOfFullName(String fullName) {
    checkNotNull(fullName, "fullName");
    String first = fullName.strip().split("\\s+", 2)[0];
    return gender(first);
  }

  /** Number of names. */
  public int size() {
    return genders.size();
  }
}
