package dev.genaivsllm.cli;

import dev.genaivsllm.render.TerminalProbe;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether output goes through a pager: only when it is going to a terminal and is taller than the
 * screen, and only through a pager the user has not turned off ({@code --no-pager}, an empty or
 * {@code cat} pager, TERM=dumb). Piped output is never paged.
 */
final class PagerPolicy {
  /** The pager when neither GENAI_VS_LLM_PAGER nor PAGER names one. */
  static final String DEFAULT = "less -FRX";

  private PagerPolicy() {}

  /** The pager command for this text, or empty to print it directly. */
  static Optional<String> command(
      Map<String, String> env, TerminalProbe terminal, boolean disabled, String text) {
    if (disabled || !terminal.stdoutIsTerminal() || "dumb".equals(env.get("TERM"))) {
      return Optional.empty();
    }
    OptionalInt rows = terminal.stdoutRows();
    if (rows.isEmpty() || lines(text) < rows.getAsInt()) {
      return Optional.empty();
    }
    String command =
        env.containsKey("GENAI_VS_LLM_PAGER")
            ? env.get("GENAI_VS_LLM_PAGER")
            : env.getOrDefault("PAGER", DEFAULT);
    command = command.strip();
    return command.isEmpty() || command.equals("cat") ? Optional.empty() : Optional.of(command);
  }

  private static long lines(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }
}
