package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a pack has a YAML file's name on something that is not a file: a FIFO hung explain, search
 * and lint for ever, a device gave an OutOfMemoryError trace, and lint said nothing of links to
 * nothing. Each is now one line and exit code 4 from a command, and a GVL025 from lint.
 */
class SpecialFilesTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  private Path pack() {
    return Packs.copy(Packs.fixture(), dir.resolve("pack"));
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertEquals(0, p.waitFor(), String.join(" ", command));
  }

  /** Every command that reads the file refuses it in one line; lint names it. */
  private void refused(Path pack, String id, String what) {
    assertTimeoutPreemptively(
        PROMPTLY,
        () -> {
          for (List<String> args : List.of(List.of("explain", id), List.of("search", "gan"))) {
            List<String> all = new java.util.ArrayList<>(List.of("--content", pack.toString()));
            all.addAll(args);
            CliRun r = CliRun.run(all.toArray(String[]::new));
            assertEquals(ExitCode.CONTENT, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(1, r.err().lines().count(), r::toString);
            assertTrue(
                r.err()
                    .startsWith(
                        "genai-vs-llm: content error: "
                            + pack.resolve("concepts/" + id + ".yaml")
                            + ": "
                            + what),
                r::toString);
          }
          CliRun lint = CliRun.run("lint", pack.toString());
          assertEquals(ExitCode.CONTENT, lint.exitCode(), lint::toString);
          assertTrue(
              lint.out().contains(pack.resolve("concepts/" + id + ".yaml") + ": GVL025 " + what),
              lint::toString);
        });
  }

  @Test
  void aFifoIsRefusedNotWaitedOn() throws Exception {
    Path pack = pack();
    run("mkfifo", pack.resolve("concepts/evil.yaml").toString());
    refused(pack, "evil", "a FIFO (named pipe), not a YAML file");
  }

  @Test
  void aSocketIsRefused() throws Exception {
    Path pack = pack();
    try (ServerSocketChannel socket =
        ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(pack.resolve("concepts/evil.yaml")));
      refused(pack, "evil", "a socket, not a YAML file");
    }
  }

  @Test
  void aDeviceIsRefusedNotReadForEver() throws Exception {
    assumeTrue("0".equals(Files.getAttribute(dir, "unix:uid").toString()), "mknod needs root");
    Path pack = pack();
    run("mknod", pack.resolve("concepts/evil.yaml").toString(), "c", "1", "5"); // /dev/zero
    refused(pack, "evil", "a device, not a YAML file");
  }

  @Test
  void aLinkToNothingIsRefusedAndLinted() throws Exception {
    Path pack = pack();
    Files.createSymbolicLink(pack.resolve("concepts/evil.yaml"), Path.of("gone.yaml"));
    refused(pack, "evil", "a symbolic link to gone.yaml, which does not exist");
  }

  @Test
  void aLinkThatLoopsIsRefusedAndLinted() throws Exception {
    Path pack = pack();
    Files.createSymbolicLink(pack.resolve("concepts/evil.yaml"), Path.of("evil.yaml"));
    refused(pack, "evil", "a symbolic link that loops");
  }

  @Test
  void aFolderNamedLikeAFileIsRefused() throws Exception {
    Path pack = pack();
    Files.createDirectories(pack.resolve("concepts/evil.yaml"));
    refused(pack, "evil", "a folder, not a YAML file");
  }
}
