package org.newsgraph.bench;

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
        "%s, %d cores, %s %s; Java %s (%s); max heap %d MB; GC %s; load average at start %s",
        cpuModel().orElse("unknown CPU"),
        rt.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        rt.maxMemory() >> 20,
        gcs,
        loadAverage().orElse("unknown"));
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
