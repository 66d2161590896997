package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of relation patterns on hand-tagged, unparsed sentences (no model), in the columns of
 * {@link StrictReadingTest}: the pattern; how the sentences stand; the sentences (" || " between);
 * the relations expected. A round's test class gives its table; each row runs as one test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PatternTableTest {

  /** The rows, one a line (a backslash continues a row). */
  abstract String table();

  Stream<Arguments> rows() {
    return StrictReadingTest.rowsOf(table());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void patternHolds(String pattern, String standing, String[] sentences, Set<String> expected) {
    assertEquals(expected, StrictReadingTest.relationsStanding(standing, sentences), pattern);
  }
}
