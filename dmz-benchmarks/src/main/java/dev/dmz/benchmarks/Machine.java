package dev.dmz.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run measured, printed with its results: figures from a shared two-core machine mean
 * little without the cores, the CPU, the JDK and how busy the machine was (Linux's load average, read
 * before and after the run; elsewhere "unknown").
 */
final class Machine {
  private Machine() {}

  /**
   * The cores, CPU model and JDK.
   *
   * @return one line
   */
  static String describe() {
    String cpu = lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", JDK "
        + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
  }

  /**
   * The load average over the last 1, 5 and 15 minutes.
   *
   * @return the three figures, or "unknown"
   */
  static String load() {
    List<String> loadavg = lines(Path.of("/proc/loadavg"));
    if (loadavg.isEmpty()) {
      return "unknown";
    }
    String[] figures = loadavg.get(0).split(" ");
    return figures.length < 3 ? "unknown" : figures[0] + " " + figures[1] + " " + figures[2];
  }

  private static List<String> lines(Path file) {
    try {
      return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
