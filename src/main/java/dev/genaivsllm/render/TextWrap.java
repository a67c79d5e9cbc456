package dev.genaivsllm.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by display columns: a wide (East Asian) character takes two, a combining mark none.
 * Lines break at spaces; a word longer than a whole line (a URL in a narrow column) is split, never
 * cut off, after a slash, hyphen or other separator where there is one.
 */
public final class TextWrap {
  /** Characters after which a word too long for its line breaks best. */
  private static final String BREAK_AFTER = "/-_.,;:=&?#|)]}";

  private TextWrap() {}

  /** The columns a (plain, uncoloured) string takes on a terminal. */
  public static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += width(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one character takes: 0 for marks and format characters, 2 for wide ones. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  /** East Asian Wide and Fullwidth characters, and the emoji blocks terminals draw wide. */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  public static List<String> wrap(String text, int width) {
    int w = Math.max(1, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : text.strip().split("\\s+")) {
      int wordWidth = width(word);
      while (wordWidth > w) {
        if (lineWidth > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        int cut = cut(word, w);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordWidth = width(word);
      }
      if (lineWidth > 0 && lineWidth + 1 + wordWidth > w) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (lineWidth > 0) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += wordWidth;
    }
    if (lineWidth > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Where to split a word wider than {@code w}: after the last slash (a path or URL splits between
   * its parts), else after the last other separator, that leaves at least a third of the line
   * filled; else as late as fits; always after at least one character.
   */
  private static int cut(String word, int w) {
    int columns = 0;
    int fits = 0;
    int slash = 0;
    int separator = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      int next = i + Character.charCount(cp);
      columns += width(cp);
      if (columns > w) {
        break;
      }
      fits = next;
      if (next < word.length() && columns * 3 >= w) {
        if (cp == '/') {
          slash = next;
        } else if (BREAK_AFTER.indexOf(cp) >= 0) {
          separator = next;
        }
      }
      i = next;
    }
    if (fits == 0) {
      return word.offsetByCodePoints(0, 1);
    }
    return slash > 0 ? slash : separator > 0 ? separator : fits;
  }

  /** Wraps with a first-line prefix (a bullet, say) and indents the rest to line up under it. */
  public static List<String> hanging(String prefix, String text, int width) {
    String indent = " ".repeat(width(prefix));
    List<String> body = wrap(text, width - width(prefix));
    List<String> lines = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      lines.add((i == 0 ? prefix : indent) + body.get(i));
    }
    return lines;
  }

  /**
   * A name column and its text: {@link #hanging} while the name leaves the text at least half the
   * line; on a line too narrow for that, the name alone on the first line (trailing spaces dropped)
   * and the text under it, indented two more than the name.
   */
  public static List<String> columns(String prefix, String text, int width) {
    int prefixWidth = width(prefix);
    if (prefixWidth * 2 <= width || prefixWidth + 12 <= width) {
      return hanging(prefix, text, width);
    }
    String name = prefix.stripTrailing();
    int indent = Math.min(prefixWidth, width(name) - width(name.stripLeading()) + 2);
    List<String> lines = new ArrayList<>();
    lines.addAll(width(name) <= width ? List.of(name) : hanging("", name, width));
    if (!text.isBlank()) {
      wrap(text, width - indent).forEach(l -> lines.add(" ".repeat(indent) + l));
    }
    return lines;
  }

  public static String pad(String s, int width) {
    int gap = width - width(s);
    return gap > 0 ? s + " ".repeat(gap) : s;
  }
}
