package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init-pack, --content, --content-only and $GENAI_VS_LLM_CONTENT through the command tree. */
class PacksCommandTest {
  @TempDir Path dir;

  private Path initPack(String name) {
    Path pack = dir.resolve(name);
    CliRun run = CliRun.run("init-pack", pack.toString());
    assertEquals(0, run.exitCode(), run::toString);
    return pack;
  }

  /** It pointed at docs/content-guide.md, which is not there from the user's own folder. */
  @Test
  void initPackPointsAtTheContentGuideByAPathThatWorksFromAnywhere() throws Exception {
    Path pack = dir.resolve("course");
    CliRun run = CliRun.with().pack(Packs.real()).run("init-pack", pack.toString());
    assertEquals(0, run.exitCode(), run::toString);
    Path guide = Packs.real().toAbsolutePath().normalize().resolveSibling("docs/content-guide.md");
    assertTrue(run.out().contains("The template, limits and voice: " + guide + "\n"), run.out());
    assertTrue(Files.isRegularFile(guide));
    assertTrue(Files.readString(pack.resolve("pack.yaml")).contains(guide.toString()));
  }

  @Test
  void initPackWritesAPackThatLintsCleanOverTheBundledOne() {
    Path pack = initPack("My Course");
    for (String file : InitPackCommand.FILES) {
      assertTrue(Files.exists(pack.resolve(file)), file);
    }
    CliRun lint = CliRun.with().pack(Packs.real()).run("lint", pack.toString());
    assertEquals(0, lint.exitCode(), lint::toString);
    assertTrue(lint.out().startsWith("No problems in "), lint.out());
    assertTrue(
        CliRun.with()
            .pack(Packs.real())
            .run("--content", pack.toString(), "--version")
            .out()
            .contains("content pack my-course 0.1.0"));
  }

  @Test
  void myTermCanBeExplainedAfterAnEdit() throws IOException {
    Path pack = initPack("mine");
    Path term = pack.resolve("concepts/my-term.yaml");
    Files.writeString(
        term,
        Files.readString(term)
            .replace("A one-line definition of the term.", "Our course's own definition."));
    CliRun run =
        CliRun.with().pack(Packs.real()).run("--content", pack.toString(), "explain", "my-term");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Our course's own definition."), run.out());
    CliRun after =
        CliRun.with()
            .pack(Packs.real())
            .run("explain", "transformer", "--content", pack.toString());
    assertEquals(0, after.exitCode(), "the bundled concepts are still there");
  }

  @Test
  void initPackNeverOverwritesAnything() throws IOException {
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine");
    CliRun run = CliRun.run("init-pack", taken.toString());
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
    assertFalse(Files.exists(taken.resolve("pack.yaml")));
  }

  /**
   * The folder's name goes into the output and into pack.yaml's comments: a newline there started
   * YAML of the name's choosing, an escape sequence reached the terminal. Such names are refused
   * before anything is made; a name with a space or a quote is quoted in the commands to copy.
   */
  @Test
  void initPackRefusesControlCharactersAndQuotesWhatItPrints() throws IOException {
    for (String name :
        List.of("x\nname: evil", "\u001b]0;pwned\u0007", "tab\there", "\u202emine")) {
      Path pack = dir.resolve(name);
      CliRun run = CliRun.run("init-pack", pack.toString());
      assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
      assertEquals("", run.out(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains("control characters"), run::toString);
      assertFalse(run.err().contains("\u001b"), run::toString);
      assertFalse(Files.exists(pack), name);
    }
    Path spaced = dir.resolve("it's my pack");
    CliRun run = CliRun.run("init-pack", spaced.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String word = "'" + spaced.toString().replace("'", "'\\''") + "'";
    assertTrue(run.out().contains("genai-vs-llm lint " + word + "\n"), run::toString);
    assertTrue(
        Files.readString(spaced.resolve("pack.yaml")).contains("genai-vs-llm lint " + word + "\n"));
  }

  @Test
  void aLaterPackReplacesAnEntryWithTheSameIdAndAddsNewOnes() throws IOException {
    Path pack = initPack("layer");
    Files.writeString(
        pack.resolve("concepts/gan.yaml"),
        Files.readString(Packs.fixture().resolve("concepts/gan.yaml"))
            .replace(
                "Fixture definition. A generator trained against a discriminator.",
                "Replaced by the layer."));
    CliRun replaced = CliRun.run("--content", pack.toString(), "explain", "gan");
    assertTrue(replaced.out().contains("Replaced by the layer."), replaced.out());
    CliRun list = CliRun.run("explain", "--list", "--content", pack.toString());
    assertTrue(list.out().contains("my-term") && list.out().contains("transformer"), list.out());
  }

  @Test
  void contentOnlyLeavesTheBundledPackOutAndTheEnvironmentAddsPacks() {
    Path pack = initPack("alone");
    CliRun only =
        CliRun.with()
            .pack(Packs.real())
            .run(
                "explain",
                "--list",
                "--content-only",
                "--content",
                Packs.fixture().toString(),
                "--content",
                pack.toString());
    assertEquals(0, only.exitCode(), only::toString);
    assertTrue(only.out().contains("my-term\n") && only.out().contains("gan\n"), only.out());
    assertFalse(only.out().contains("rlhf"), "the bundled pack is left out");
    CliRun env =
        CliRun.with().env("GENAI_VS_LLM_CONTENT", pack.toString()).run("explain", "my-term");
    assertEquals(0, env.exitCode(), env::toString);
    assertEquals(ExitCode.USAGE, CliRun.run("explain", "--list", "--content-only").exitCode());
  }

  @Test
  void aMissingPackFolderIsAContentError() {
    CliRun run = CliRun.run("--content", dir.resolve("absent").toString(), "compare");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("content pack folder not found"), run.err());
  }

  @Test
  void aSymlinkOutOfThePackIsRefused() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("linked"));
    Path outside = Files.writeString(dir.resolve("secret.yaml"), "title: outside\n");
    Files.delete(pack.resolve("concepts/gan.yaml"));
    Files.createSymbolicLink(pack.resolve("concepts/gan.yaml"), outside);
    CliRun run = CliRun.with().pack(pack).run("explain", "gan");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("outside the pack folder"), run.err());
  }
}
