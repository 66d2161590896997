package org.newsgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;

/** One in-process run of the CLI with captured output, on the shared pipeline. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), SharedPipeline::get, args);
  }

  /** A run that must not need the models (usage errors, --help). */
  static CliRun withoutModels(String... args) {
    Supplier<NewsGraph> none = () -> {
      throw new AssertionError("this run must not load models");
    };
    return run(new byte[0], none, args);
  }

  static CliRun run(byte[] stdin, Supplier<NewsGraph> graphs, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(List.of(args), new ByteArrayInputStream(stdin), o, e, graphs);
    }
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
