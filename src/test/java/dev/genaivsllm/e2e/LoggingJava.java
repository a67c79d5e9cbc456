package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Java home whose {@code bin/java} notes its arguments, one line per start, and then runs the
 * real java: a test sees whether the launcher used a start-up archive ({@code
 * -XX:SharedArchiveFile}) or started a warm-up ({@code -XX:ArchiveClassesAtExit}), and what reached
 * the JVM.
 */
final class LoggingJava {
  static final String REAL_JAVA = System.getProperty("java.home") + "/bin/java";

  private final Path home;
  private final Path log;

  private LoggingJava(Path home, Path log) {
    this.home = home;
    this.log = log;
  }

  /** Makes one under {@code dir}/{@code name}. */
  static LoggingJava in(Path dir, String name) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Path log = dir.resolve(name + "-args.log");
    Path java = home.resolve("bin/java");
    Files.writeString(
        java,
        String.join(
            "\n",
            "#!/bin/sh",
            "printf '%s\\n' \"$*\" >>'" + log + "'",
            "exec '" + REAL_JAVA + "' \"$@\"",
            ""));
    assertTrue(java.toFile().setExecutable(true));
    return new LoggingJava(home, log);
  }

  /** For JAVA_HOME. */
  String home() {
    return home.toString();
  }

  /** The arguments of every start since the last call. */
  List<String> runs() throws IOException {
    List<String> runs = Files.exists(log) ? Files.readAllLines(log) : List.of();
    Files.deleteIfExists(log);
    return runs;
  }

  static boolean used(List<String> runs) {
    return runs.stream().anyMatch(r -> r.contains("-XX:SharedArchiveFile="));
  }

  static boolean warmedUp(List<String> runs) {
    return runs.stream().anyMatch(r -> r.contains("-XX:ArchiveClassesAtExit="));
  }

  static long warmUps(List<String> runs) {
    return runs.stream().filter(r -> r.contains("-XX:ArchiveClassesAtExit=")).count();
  }
}
