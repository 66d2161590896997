package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;

/**
 * One non-comment line of a model file, split on tabs, with where it came from so that a rule
 * loader can fail with {@code file:line: reason}.
 */
public record DataLine(String source, int lineNumber, ImmutableList<String> fields) {

  private static final Splitter LIST = Splitter.on('|').trimResults().omitEmptyStrings();

  public DataLine {
    checkNotNull(source, "source");
    fields = ImmutableList.copyOf(checkNotNull(fields, "fields"));
  }

  /** Field {@code i}, or fails with the file and line if the line has too few fields. */
  public String field(int i) {
    if (i >= fields.size()) {
      throw error("expected at least " + (i + 1) + " tab-separated fields, found " + fields.size());
    }
    return fields.get(i);
  }

  /** Field {@code i}, or "" if the line is shorter. */
  public String optionalField(int i) {
    return i < fields.size() ? fields.get(i) : "";
  }

  /** Field {@code i} read as a {@code |}-separated list (empty if the field is missing). */
  public ImmutableList<String> listField(int i) {
    return ImmutableList.copyOf(LIST.split(optionalField(i)));
  }

  /**
   * Field {@code i} read as a constant of {@code type}; fails naming the line with "unknown
   * {@code what} 'value'" and the constants it may be.
   */
  public <E extends Enum<E>> E enumField(int i, Class<E> type, String what) {
    String value = field(i);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error("unknown " + what + " '" + value + "'; expected one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Field {@code i} as a country code (two capital letters), empty when the field is. */
  public java.util.Optional<String> countryField(int i) {
    String country = optionalField(i);
    if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
      throw error("country '" + country + "' must be two capital letters");
    }
    return country.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(country);
  }

  /** An exception naming this line: {@code file:line: message}. */
  public ModelFileException error(String message) {
    return new ModelFileException(source + ":" + lineNumber + ": " + message);
  }
}
