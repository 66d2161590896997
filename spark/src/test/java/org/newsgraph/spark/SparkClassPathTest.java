package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/**
 * The class path the POM's dependencyManagement makes is Spark's, not CoreNLP's older one:
 * Jackson 2.21 or later, slf4j-api 2, jakarta.servlet-api 6, a recent commons-lang3. That CoreNLP
 * works on it is shown by {@link SparkExtractTest}.
 */
class SparkClassPathTest {

  @Test
  void jacksonIsAtLeast2_21() {
    Version v = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    assertTrue(v.getMajorVersion() == 2 && v.getMinorVersion() >= 21, v.toString());
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    assertTrue(core.getMinorVersion() >= 21, core.toString());
  }

  @Test
  void slf4jServletAndCommonsLangAreSparksVersions() {
    // Types that exist only from slf4j-api 2.0, Servlet 6.0 and commons-lang3 3.18 on.
    assertDoesNotThrow(() -> Class.forName("org.slf4j.spi.LoggingEventBuilder"));
    assertDoesNotThrow(() -> Class.forName("jakarta.servlet.ServletConnection"));
    String lang = org.apache.commons.lang3.StringUtils.class.getPackage().getImplementationVersion();
    assertTrue(lang != null && minor(lang) >= 18, "commons-lang3 " + lang);
  }

  private static int minor(String version) {
    String[] parts = version.split("\\.");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
  }
}
