package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long output goes through the pager only on a terminal it does not fit, and never when piped. */
class PagingTest {
  /** Records what it was asked to show. */
  private static final class RecordingPager implements Pager {
    final List<String> commands = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Charset> charsets = new ArrayList<>();
    boolean runs = true;

    @Override
    public boolean show(String command, String text, Charset charset) {
      commands.add(command);
      charsets.add(charset);
      texts.add(text);
      return runs;
    }
  }

  private final RecordingPager pager = new RecordingPager();

  private CliRun.Builder screen(int rows) {
    return CliRun.with().terminal(FakeTerminal.screen(100, rows)).pager(pager);
  }

  @Test
  void outputTallerThanTheScreenGoesThroughLessByDefault() {
    CliRun run = screen(10).run("sources");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of("less -FRX"), pager.commands);
    assertEquals("", run.out(), "printed as well as paged");
    assertTrue(pager.texts.get(0).lines().count() >= 10, pager.texts::toString);
    assertEquals(
        CliRun.with().terminal(FakeTerminal.tty(100)).run("sources").out(),
        pager.texts.get(0),
        "the pager gets the whole text, as it would have been printed");
  }

  @Test
  void outputThatFitsIsPrintedDirectly() {
    CliRun run = screen(500).run("sources");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(), pager.commands);
    assertEquals(CliRun.with().terminal(FakeTerminal.tty(100)).run("sources").out(), run.out());
  }

  @Test
  void pipedOutputIsNeverPaged() {
    CliRun run = CliRun.with().terminal(FakeTerminal.pipe()).pager(pager).run("sources");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(), pager.commands);
  }

  @Test
  void noPagerTermDumbAndCatTurnItOff() {
    assertEquals(0, screen(5).run("sources", "--no-pager").exitCode());
    assertEquals(0, screen(5).env("TERM", "dumb").run("sources").exitCode());
    assertEquals(0, screen(5).env("PAGER", "cat").run("sources").exitCode());
    assertEquals(
        0, screen(5).env("PAGER", "more").env("GENAI_VS_LLM_PAGER", "").run("sources").exitCode());
    assertEquals(List.of(), pager.commands);
  }

  @Test
  void theProgramsOwnVariableWinsOverPager() {
    screen(5).env("PAGER", "more").run("sources");
    screen(5).env("PAGER", "more").env("GENAI_VS_LLM_PAGER", "less -S").run("compare");
    assertEquals(List.of("more", "less -S"), pager.commands);
  }

  @Test
  void aPagerThatCannotRunFallsBackToPrintingWithOneWarning() {
    pager.runs = false;
    CliRun run = screen(5).env("PAGER", "no-such-pager").run("sources");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(CliRun.with().terminal(FakeTerminal.tty(100)).run("sources").out(), run.out());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("no-such-pager"), run::toString);
  }
}
