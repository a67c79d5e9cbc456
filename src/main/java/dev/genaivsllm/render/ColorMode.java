package dev.genaivsllm.render;

import java.util.Map;

/** When to colour output. Lower-case names: they are the values users type. */
public enum ColorMode {
  auto,
  always,
  never;

  /**
   * Whether to colour a stream, by the usual precedence: an explicit {@code --color}, then NO_COLOR
   * (non-empty), CLICOLOR_FORCE (set and not "0"), TERM=dumb, and last whether the stream is a
   * terminal.
   */
  public boolean enabled(Map<String, String> env, boolean streamIsTerminal) {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto -> {
        if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
          yield false;
        }
        String force = env.getOrDefault("CLICOLOR_FORCE", "");
        if (!force.isEmpty() && !force.equals("0")) {
          yield true;
        }
        if ("dumb".equals(env.get("TERM"))) {
          yield false;
        }
        yield streamIsTerminal;
      }
    };
  }
}
