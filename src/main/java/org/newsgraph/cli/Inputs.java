package org.newsgraph.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands the command line's input arguments into documents, in order: a file as itself, a
 * directory as its {@code *.txt} files (recursively, sorted by path), {@code -} as standard input.
 * A path that does not exist stays a document, whose reading then fails with its own error record.
 */
final class Inputs {

  /** The bundled seed article, run when no input is given. */
  static final String DEMO_RESOURCE = "/org/newsgraph/demo/seed-china-korea.txt";

  static final String DEMO_SOURCE = "demo:seed-china-korea.txt";

  private Inputs() {}

  static ImmutableList<Input> expand(List<String> args, InputStream stdin) throws IOException {
    if (args.isEmpty()) {
      return ImmutableList.of(Input.resource(DEMO_SOURCE, DEMO_RESOURCE));
    }
    ImmutableList.Builder<Input> out = ImmutableList.builder();
    for (String a : args) {
      if (a.equals("-")) {
        out.add(Input.stream("-", stdin));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        for (Path f : textFiles(p)) {
          out.add(Input.file(f));
        }
      } else {
        out.add(Input.file(p));
      }
    }
    return out.build();
  }

  private static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !Files.isDirectory(p))
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    }
  }
}
