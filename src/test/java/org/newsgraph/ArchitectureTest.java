package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules that the compiler does not check: one door to CoreNLP, Javadoc on public types. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/org/newsgraph");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void onlyTheAdapterPackageImportsCoreNlp() throws IOException {
    List<Path> offenders = sources().stream()
        .filter(p -> !p.startsWith(MAIN.resolve("corenlp")))
        .filter(p -> read(p).contains("import edu.stanford.nlp"))
        .collect(Collectors.toList());
    assertTrue(sources().size() > 10, "sources found");
    assertEquals(List.of(), offenders, "files outside org.newsgraph.corenlp importing CoreNLP");
  }

  @Test
  void everyPublicTopLevelTypeHasJavadoc() throws IOException {
    List<Path> missing = sources().stream()
        .filter(p -> !p.getFileName().toString().equals("package-info.java"))
        .filter(p -> {
          String s = read(p);
          int decl = indexOfPublicType(s);
          return decl >= 0 && !s.substring(0, decl).contains("/**");
        })
        .collect(Collectors.toList());
    assertEquals(List.of(), missing, "public types without a Javadoc comment");
  }

  private static int indexOfPublicType(String source) {
    for (String kind : List.of("public final class ", "public class ", "public record ",
        "public enum ", "public interface ", "public abstract class ", "public sealed interface ")) {
      int i = source.indexOf("\n" + kind);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
