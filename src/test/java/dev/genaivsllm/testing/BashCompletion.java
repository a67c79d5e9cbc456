package dev.genaivsllm.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A bash script that loads a completion script and asks it what bash would offer after the given
 * words and a TAB press (the last word typed in part), printing one candidate per line.
 */
public final class BashCompletion {
  private BashCompletion() {}

  public static String driver(Path script, String... words) {
    String quoted = Arrays.stream(words).map(w -> "'" + w + "'").collect(Collectors.joining(" "));
    return "source '"
        + script
        + "'\n"
        + "compopt() { :; }  # only valid inside a real TAB press\n"
        + "fn=$(complete -p genai-vs-llm | sed -E 's/.* -F ([^ ]+) .*/\\1/')\n"
        + "COMP_WORDS=("
        + quoted
        + ")\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
        + "COMP_LINE='"
        + String.join(" ", words)
        + "'\nCOMP_POINT=${#COMP_LINE}\n"
        + "$fn genai-vs-llm \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
  }
}
