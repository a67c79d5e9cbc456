package dev.genaivsllm.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by code points. Words longer than a line are split, never cut off. */
public final class TextWrap {
  private TextWrap() {}

  public static int width(String s) {
    return s.codePointCount(0, s.length());
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
        int cut = word.offsetByCodePoints(0, w);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordWidth -= w;
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

  public static String pad(String s, int width) {
    int gap = width - width(s);
    return gap > 0 ? s + " ".repeat(gap) : s;
  }
}
