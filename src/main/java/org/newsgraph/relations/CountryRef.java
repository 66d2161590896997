package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A place in a sentence that refers to one or more countries: a name, alias, demonym, acting
 * capital or national body, or a back-reference resolved to the countries it stands for ("its",
 * "the two countries"). Tokens {@code [start, end)} of sentence {@code sentence}.
 *
 * <p>{@code other} marks "its neighbour": {@code codes} then lists candidates, most talked-about
 * first, and the rules pick the first that is not the relation's own country. {@code entityId} is
 * the entity the reference names or resolves to, where there is one.
 */
public record CountryRef(
    int sentence,
    int start,
    int end,
    ImmutableList<String> codes,
    Optional<String> entityId,
    boolean backReference,
    boolean other) {

  public CountryRef {
    checkArgument(end > start, "end (%s) must be greater than start (%s)", end, start);
    codes = ImmutableList.copyOf(checkNotNull(codes, "codes"));
    checkArgument(!codes.isEmpty(), "a country reference needs at least one code");
    checkNotNull(entityId, "entityId");
  }

  /** A direct mention of one country. */
  public static CountryRef direct(int sentence, int start, int end, String code, Optional<String> entityId) {
    return new CountryRef(sentence, start, end, ImmutableList.of(code), entityId, false, false);
  }

  /** Whether token {@code i} lies in this reference. */
  public boolean covers(int i) {
    return i >= start && i < end;
  }
}
