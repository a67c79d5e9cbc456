package dev.genaivsllm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README as tests see it: the commands of its shell blocks ({@code ```sh}, and the lines after
 * {@code $ } in blocks that show output), each with its comment, and its prose.
 */
public final class Readme {
  /** A comment after a command: two spaces or more, then {@code #}. */
  private static final Pattern COMMENT = Pattern.compile("\\s{2,}#\\s(.*)$");

  /**
   * One command line of the README.
   *
   * @param line its number in README.md, from 1
   * @param command what to type, without its comment
   * @param comment the comment after it, or empty
   */
  public record Command(int line, String command, String comment) {
    @Override
    public String toString() {
      return "README.md:" + line + ": " + command;
    }
  }

  private final List<String> lines;

  private Readme(List<String> lines) {
    this.lines = lines;
  }

  public static Readme read() {
    try {
      return new Readme(Files.readAllLines(Packs.projectRoot().resolve("README.md")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every command, in the order the README gives them. */
  public List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    boolean inBlock = false;
    boolean shell = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        shell = !inBlock && line.strip().equals("```sh");
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock || line.isBlank()) {
        continue;
      }
      boolean prompt = line.startsWith("$ ");
      if (prompt || (shell && !blockShowsOutput(i))) {
        commands.add(command(i + 1, prompt ? line.substring(2) : line));
      }
    }
    return commands;
  }

  /** Whether the block around a line shows a session ($ lines and their output), not commands. */
  private boolean blockShowsOutput(int index) {
    int start = index;
    while (start > 0 && !lines.get(start - 1).startsWith("```")) {
      start--;
    }
    for (int i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      if (lines.get(i).startsWith("$ ")) {
        return true;
      }
    }
    return false;
  }

  private static Command command(int number, String text) {
    Matcher m = COMMENT.matcher(text);
    if (m.find() && !insideQuotes(text, m.start())) {
      return new Command(number, text.substring(0, m.start()).strip(), m.group(1).strip());
    }
    return new Command(number, text.strip(), "");
  }

  private static boolean insideQuotes(String text, int end) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      }
    }
    return single || dbl;
  }

  /**
   * The text a reader reads as claims: the prose outside code blocks and the comments after
   * commands, but not a block's sample output.
   */
  public String claims() {
    StringBuilder text = new StringBuilder();
    boolean inBlock = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        text.append(line).append('\n');
      }
    }
    commands().forEach(c -> text.append(c.comment()).append('\n'));
    return text.toString();
  }
}
