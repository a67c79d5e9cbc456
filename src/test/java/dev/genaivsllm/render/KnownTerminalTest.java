package dev.genaivsllm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KnownTerminalTest {
  @Test
  void readsWhatTheLauncherPassed() {
    KnownTerminal t = KnownTerminal.parse("10", "132", "43");
    assertTrue(t.stdoutIsTerminal());
    assertFalse(t.stdinIsTerminal());
    assertEquals(OptionalInt.of(132), t.stdoutColumns());
    assertEquals(OptionalInt.of(43), t.stdoutRows());
  }

  @Test
  void aPipeHasNoSizeWhateverTheShellSaid() {
    KnownTerminal t = KnownTerminal.parse("01", "132", "43");
    assertFalse(t.stdoutIsTerminal());
    assertTrue(t.stdinIsTerminal());
    assertEquals(OptionalInt.empty(), t.stdoutColumns());
    assertEquals(OptionalInt.empty(), t.stdoutRows());
  }

  @Test
  void unknownOrGarbledSizesAreUnknown() {
    KnownTerminal t = KnownTerminal.parse("11", "", "lots");
    assertEquals(OptionalInt.empty(), t.stdoutColumns());
    assertEquals(OptionalInt.empty(), t.stdoutRows());
  }

  @Test
  void withoutTheLauncherThereIsNothingToRead() {
    assertNull(KnownTerminal.parse(null, null, null));
    assertNull(KnownTerminal.parse("yes", "80", "24"));
  }
}
