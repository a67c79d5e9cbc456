package dev.genaivsllm;

import dev.genaivsllm.cli.Cli;
import dev.genaivsllm.cli.Environment;
import dev.genaivsllm.cli.ProcessOutput;
import dev.genaivsllm.cli.ProcessPager;
import dev.genaivsllm.cli.ShutdownInterrupts;
import dev.genaivsllm.content.NodeCache;
import dev.genaivsllm.render.JansiTerminalProbe;
import dev.genaivsllm.render.KnownTerminal;
import dev.genaivsllm.render.TerminalProbe;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;

/** The entry point, and the only class that touches {@code System}. */
public final class Main {
  /** Set by the launcher: the bundled content pack. */
  static final String CONTENT_PROPERTY = "genai-vs-llm.content";

  /** Set by the launcher: the bundled pack's YAML trees, saved at build time. */
  static final String NODE_CACHE_PROPERTY = "genai-vs-llm.node-cache";

  /**
   * Set by the launcher when it builds the start-up archive: run the warm-up set, print nothing.
   */
  static final String WARMUP_PROPERTY = "genai-vs-llm.warmup";

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = writer(FileDescriptor.out, "/dev/stdout");
    PrintWriter err = writer(FileDescriptor.err, "/dev/stderr");
    Environment environment =
        new Environment(
            System.getenv(),
            contentDir(System.getProperty(CONTENT_PROPERTY)),
            nodeCache(System.getProperty(NODE_CACHE_PROPERTY)),
            terminal(),
            new SystemClock(),
            System.in,
            () -> new SecureRandom().nextInt(1_000_000),
            new ProcessPager(),
            new ShutdownInterrupts());
    if (Boolean.getBoolean(WARMUP_PROPERTY)) {
      Warmup.run(environment);
      System.exit(0);
    }
    int code = Cli.run(environment, out, err, args);
    System.exit(code);
  }

  /** What the launcher found out about the terminal, else ask Jansi when it matters. */
  private static TerminalProbe terminal() {
    KnownTerminal known =
        KnownTerminal.parse(
            System.getProperty("genai-vs-llm.tty"),
            System.getProperty("genai-vs-llm.columns"),
            System.getProperty("genai-vs-llm.rows"));
    return known != null ? known : new JansiTerminalProbe(() -> System.console() != null);
  }

  private static PrintWriter writer(FileDescriptor fd, String device) {
    return new ProcessOutput(new FileOutputStream(fd), failure -> toPipe(device, failure));
  }

  /**
   * Whether a stream whose write failed goes to a pipe or a socket, so that the failure means its
   * reader has gone ({@code | head -1}); a file, a device or a terminal that fails is an error.
   * Where the platform cannot say, the failure's own words decide ("Broken pipe").
   */
  private static boolean toPipe(String device, IOException failure) {
    try {
      int type = (Integer) Files.getAttribute(Path.of(device), "unix:mode") & 0170000;
      return type == 0010000 || type == 0140000;
    } catch (IOException | RuntimeException unknown) {
      return String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("pipe");
    }
  }

  private static NodeCache nodeCache(String property) {
    return property == null || property.isBlank()
        ? NodeCache.NONE
        : NodeCache.in(Path.of(property));
  }

  /** The launcher says where the pack is; otherwise it sits beside the jar's folder. */
  private static Path contentDir(String property) {
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().resolveSibling("content");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("content");
    }
  }
}
