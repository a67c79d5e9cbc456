package dev.genaivsllm.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Wraps a line made of differently styled parts (a bold title, a dim " · " and the rest), so that a
 * heading too long for a narrow terminal breaks between words like any other text: the words are
 * laid out plain, then each is styled as its part says.
 */
final class Styled {
  /** Some text and how to colour it. */
  record Part(String text, UnaryOperator<String> style) {}

  /** A word, and the index of the part it belongs to. */
  private record Word(String text, int part) {}

  private Styled() {}

  static Part part(String text, UnaryOperator<String> style) {
    return new Part(text, style);
  }

  static Part plain(String text) {
    return new Part(text, UnaryOperator.identity());
  }

  /** The parts wrapped to {@code width}, with no indent. */
  static List<String> wrap(int width, Part... parts) {
    return hanging("", width, parts);
  }

  /**
   * The parts wrapped to {@code width} after a plain first-line prefix, later lines indented to
   * line up under the text.
   */
  static List<String> hanging(String prefix, int width, Part... parts) {
    return hanging(prefix, " ".repeat(TextWrap.width(prefix)), width, parts);
  }

  /** The parts wrapped after {@code prefix} on the first line and {@code indent} on the rest. */
  static List<String> hanging(String prefix, String indent, int width, Part... parts) {
    int available = Math.max(1, width - Math.max(TextWrap.width(prefix), indent.length()));
    List<Word> words = new ArrayList<>();
    for (int p = 0; p < parts.length; p++) {
      String text = parts[p].text();
      boolean spaceBefore = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
      boolean first = true;
      for (String w : text.strip().split("\\s+")) {
        if (w.isEmpty()) {
          continue;
        }
        for (String piece : TextWrap.wrap(w, available)) {
          // a part that starts without a space continues the previous part's last word
          boolean glued = first && !spaceBefore && !words.isEmpty();
          words.add(new Word(glued ? GLUE + piece : piece, p));
          first = false;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    Line line = new Line(prefix, parts);
    for (int i = 0; i < words.size(); i++) {
      // a word glued to the one before moves with it
      int end = i + 1;
      while (end < words.size() && words.get(end).text().startsWith(GLUE)) {
        end++;
      }
      int groupWidth = 0;
      for (int j = i; j < end; j++) {
        groupWidth += TextWrap.width(words.get(j).text().replace(GLUE, ""));
      }
      if (!line.empty() && line.column + 1 + groupWidth > available) {
        lines.add(line.finish());
        line = new Line(indent, parts);
      }
      for (int j = i; j < end; j++) {
        line.add(words.get(j).text().replace(GLUE, ""), words.get(j).part(), j == i);
      }
      i = end - 1;
    }
    lines.add(line.finish());
    return lines;
  }

  /** Marks a word that belongs with the one before it, with no space between. */
  private static final String GLUE = "\u0000";

  /** One line being filled: consecutive words of one part are styled as one run. */
  private static final class Line {
    private final StringBuilder text;
    private final Part[] parts;
    private final StringBuilder run = new StringBuilder();
    private int runPart = -1;
    private int column;
    private boolean empty = true;

    Line(String start, Part[] parts) {
      this.text = new StringBuilder(start);
      this.parts = parts;
    }

    boolean empty() {
      return empty;
    }

    /** Adds a word, after a space unless it is glued to the one before. */
    void add(String word, int part, boolean spaced) {
      String space = !empty && spaced ? " " : "";
      if (part != runPart) {
        flush();
        text.append(space);
        runPart = part;
      } else {
        run.append(space);
      }
      run.append(word);
      column += space.length() + TextWrap.width(word);
      empty = false;
    }

    private void flush() {
      if (runPart >= 0 && run.length() > 0) {
        text.append(parts[runPart].style().apply(run.toString()));
      }
      run.setLength(0);
    }

    String finish() {
      flush();
      return text.toString();
    }
  }

  /**
   * A wrapped line whose start is {@code plain} (a name, a label) with that start styled; a line
   * that holds only part of it (a name broken on a narrow line) is styled whole.
   */
  static String start(String line, String plain, UnaryOperator<String> style) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String rest = line.substring(indent.length());
    String name = plain.strip();
    if (rest.startsWith(name)) {
      return indent + style.apply(name) + rest.substring(name.length());
    }
    return indent + style.apply(rest);
  }
}
