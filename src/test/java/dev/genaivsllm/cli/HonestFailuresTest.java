package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.testing.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Failures say what they are (issue 15, item 6): output that cannot be written is exit code 7 and
 * one line, not success or a silent 141; a command whose whole job is to write a file and cannot is
 * an error, not a warning that exits 1; a write that fails is not "cannot read input".
 */
class HonestFailuresTest {
  /** An output whose every write fails, as /dev/full does. */
  private static final OutputStream FULL =
      new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw new IOException("No space left on device");
        }
      };

  private static CliRun runTo(ProcessOutput out, String... args) {
    StringWriter err = new StringWriter();
    int code = Cli.run(CliRun.with().environment(), out, new PrintWriter(err), args);
    return new CliRun(code, "", err.toString());
  }

  @Test
  void outputThatCannotBeWrittenIsExitCode7AndOneLine() {
    for (List<String> args :
        List.of(
            List.of("compare", "architecture"),
            List.of("compare", "--json"),
            List.of("--help"),
            List.of("--version"),
            List.of("explain", "--help"),
            List.of("completion", "bash"))) {
      CliRun r = runTo(new ProcessOutput(FULL, e -> false), args.toArray(String[]::new));
      assertEquals(ExitCode.INPUT_OUTPUT, r.exitCode(), () -> args + "\n" + r);
      assertEquals(
          "genai-vs-llm: cannot write the output: No space left on device\n",
          r.err(),
          () -> args + "\n" + r);
    }
  }

  @Test
  void aReaderThatHasGoneIsStillAQuiet141() {
    for (List<String> args : List.of(List.of("compare", "architecture"), List.of("--help"))) {
      CliRun r = runTo(new ProcessOutput(FULL, e -> true), args.toArray(String[]::new));
      assertEquals(ExitCode.OUTPUT_CLOSED, r.exitCode(), () -> args + "\n" + r);
      assertEquals("", r.err(), () -> args + "\n" + r);
    }
  }

  /** /proc/self is a folder of one's own that no one can write: a save there fails, as root too. */
  @Test
  void quizResetThatCannotWriteIsAnErrorNotAWarning() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
    CliRun r =
        CliRun.with()
            .env("GENAI_VS_LLM_PROGRESS", "/proc/self/progress.json")
            .run("quiz", "reset", "--yes");
    assertEquals(ExitCode.INPUT_OUTPUT, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(
        r.err().startsWith("genai-vs-llm: quiz progress not forgotten: progress not saved to"),
        r::toString);
    assertFalse(r.err().contains("warning"), r::toString);
  }

  @Test
  void aFileThatCannotBeWrittenIsSaidSo() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
    CliRun r = CliRun.run("init-pack", "/proc/self/my-pack");
    assertEquals(ExitCode.INPUT_OUTPUT, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(
        r.err().startsWith("genai-vs-llm: cannot write /proc/self/my-pack/pack.yaml: "),
        r::toString);
  }
}
