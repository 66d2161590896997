package org.newsgraph.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A one-line description of the machine and JVM a benchmark ran on, for the report. */
final class Machine {

  private Machine() {}

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return String.format(
        "%s, %d cores, %s %s; Java %s (%s); JVM options: %s; %s; max heap %d MB; GC %s;"
            + " load average at start %s",
        cpuModel().orElse("unknown CPU"),
        rt.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        jvmOptions(),
        hugeMethods(),
        rt.maxMemory() >> 20,
        gcs,
        loadAverage().orElse("unknown"));
  }

  /** The options the JVM was started with, as given on its command line. */
  private static String jvmOptions() {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    return args.isEmpty() ? "none" : String.join(" ", args);
  }

  /**
   * Whether HotSpot compiles methods over 8,000 bytes of bytecode. By default it does not, and
   * CoreNLP's NER feature extractor ({@code NERFeatureFactory.featuresC}) and lemmatizer ({@code
   * Morpha.next}) are that large, so they run interpreted whatever the warm-up; docs/benchmark.md
   * (JVM options for throughput) measures what {@code -XX:-DontCompileHugeMethods} changes.
   */
  private static String hugeMethods() {
    String unknown = "huge methods: unknown (not HotSpot)";
    boolean skipped;
    try {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (hotspot == null) {
        return unknown;
      }
      skipped = Boolean.parseBoolean(hotspot.getVMOption("DontCompileHugeMethods").getValue());
    } catch (IllegalArgumentException e) {
      // No such bean or option (not HotSpot): only a description for the report.
      return unknown;
    }
    return skipped ? "huge methods (> 8,000 bytes) interpreted" : "huge methods compiled";
  }

  private static Optional<String> cpuModel() {
    return readLines("/proc/cpuinfo").stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst();
  }

  private static Optional<String> loadAverage() {
    List<String> lines = readLines("/proc/loadavg");
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String[] f = lines.get(0).split(" ");
    return f.length >= 3 ? Optional.of(f[0] + " " + f[1] + " " + f[2]) : Optional.empty();
  }

  private static List<String> readLines(String file) {
    Path p = Path.of(file);
    if (!Files.isReadable(p)) {
      return List.of();
    }
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Only a description for the report: an unreadable /proc file means "unknown", not a failure.
      return List.of();
    }
  }
}
