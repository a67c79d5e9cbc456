package dev.genaivsllm.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only place that knows colours. Methods name what the text is, not how it looks; without
 * colour they return the text unchanged, so piped output has no escape codes at all.
 */
public final class Theme {
  private static final String RESET = "\u001b[0m";
  private static final Pattern MARKER = Pattern.compile("\\[\\d+(?:,\\d+)*\\]");

  private final boolean color;

  private Theme(boolean color) {
    this.color = color;
  }

  public static Theme plain() {
    return new Theme(false);
  }

  public static Theme colored() {
    return new Theme(true);
  }

  public boolean isColored() {
    return color;
  }

  public String heading(String s) {
    return sgr("1", s);
  }

  public String genai(String s) {
    return sgr("1;35", s);
  }

  public String llm(String s) {
    return sgr("1;36", s);
  }

  public String emphasis(String s) {
    return sgr("1", s);
  }

  public String muted(String s) {
    return sgr("2", s);
  }

  public String wrong(String s) {
    return sgr("31", s);
  }

  public String correct(String s) {
    return sgr("32", s);
  }

  /** A search match inside a snippet. */
  public String match(String s) {
    return sgr("1;4", s);
  }

  public String command(String s) {
    return sgr("33", s);
  }

  /** Dims citation markers such as {@code [1,3]} inside an already wrapped line. */
  public String markers(String line) {
    if (!color) {
      return line;
    }
    Matcher m = MARKER.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(muted(m.group())));
    }
    return m.appendTail(out).toString();
  }

  private String sgr(String code, String s) {
    return color && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
