package dev.genaivsllm.cli;

import dev.genaivsllm.render.TextWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footer of a command's help at a given width: examples ({@code " command comment"}) keep their
 * alignment where they fit and otherwise put the comment under the command, broken so that the
 * command still runs when pasted; prose is joined into paragraphs and wrapped.
 */
final class HelpFooter {
  /** Where an example's comment starts: after the command and two spaces or more. */
  private static final Pattern EXAMPLE = Pattern.compile("^  (\\S.*?)(?: {2,}(\\S.*))?$");

  private HelpFooter() {}

  /** The footer's lines (format strings already undone), laid out to {@code width} columns. */
  static String layout(List<String> footer, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    List<String> example = new ArrayList<>();
    for (String line : footer) {
      boolean continuation = line.startsWith("        ") && !example.isEmpty();
      if (continuation) {
        example.add(line);
        continue;
      }
      example(example, width, out);
      if (line.startsWith("  ")) {
        paragraph(prose, width, out);
        example.add(line);
      } else if (line.isBlank()) {
        paragraph(prose, width, out);
        out.add("");
      } else {
        prose.append(prose.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    example(example, width, out);
    paragraph(prose, width, out);
    return String.join("\n", out) + "\n";
  }

  private static void paragraph(StringBuilder prose, int width, List<String> out) {
    if (prose.length() > 0) {
      out.addAll(TextWrap.wrap(prose.toString(), width));
      prose.setLength(0);
    }
  }

  /** One example as authored when every line fits; else the command, then its comment below. */
  private static void example(List<String> lines, int width, List<String> out) {
    if (lines.isEmpty()) {
      return;
    }
    try {
      if (lines.stream().allMatch(l -> TextWrap.width(l) <= width)) {
        out.addAll(lines);
        return;
      }
      Matcher m = EXAMPLE.matcher(lines.get(0));
      if (!m.matches()) {
        out.addAll(TextWrap.hanging("  ", lines.get(0).strip(), width));
        return;
      }
      command(m.group(1).strip(), width, out);
      StringBuilder comment = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
      for (String more : lines.subList(1, lines.size())) {
        comment.append(' ').append(more.strip());
      }
      if (comment.length() > 0) {
        TextWrap.wrap(comment.toString(), width - 6).forEach(l -> out.add("      " + l));
      }
    } finally {
      lines.clear();
    }
  }

  /**
   * A command too long for the line, broken between its words with a backslash at each break, so
   * that it still runs when pasted; a quoted argument is never broken unless it alone is too long.
   */
  private static void command(String command, int width, List<String> out) {
    List<String> words = shellWords(command);
    int indent = 4;
    if (!words.stream().allMatch(w -> TextWrap.width(w) + indent + 2 <= width)) {
      List<String> lines = TextWrap.wrap(command, width - indent);
      out.add("  " + lines.get(0));
      lines.subList(1, lines.size()).forEach(l -> out.add(" ".repeat(indent) + l));
      return;
    }
    StringBuilder line = new StringBuilder("  ");
    int column = 2;
    boolean empty = true;
    for (String word : words) {
      int w = TextWrap.width(word);
      if (!empty && column + 1 + w + 2 > width) {
        out.add(line.append(" \\").toString());
        line = new StringBuilder(" ".repeat(indent));
        column = indent;
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        column++;
      }
      line.append(word);
      column += w;
      empty = false;
    }
    out.add(line.toString());
  }

  /** Words of a shell command line, with quoted strings kept whole. */
  private static List<String> shellWords(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        word.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word.append(c);
      } else if (c == ' ') {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
