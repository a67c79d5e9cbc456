package dev.genaivsllm.render;

import dev.genaivsllm.layout.Metrics;
import dev.genaivsllm.layout.Wrap;
import dev.genaivsllm.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the two SVG pictures share: text widths without the fonts at hand, the style sheet that
 * makes a picture readable on light and dark pages, and XML escaping. The pictures use only fonts
 * every system has under one name or another and carry no scripts and no links, so they draw the
 * same anywhere, offline.
 */
final class Svg {
  static final int LABEL_SIZE = 13;
  static final int TEXT_SIZE = 12;
  static final String MONO =
      "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', 'Courier New', monospace";
  static final String SANS =
      "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Segoe UI', Helvetica, Arial, sans-serif";

  /** Advance widths of DejaVu Sans (the widest of the fonts named) in thousandths of an em. */
  private static final String LOWER =
      "613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525";

  private static final String UPPER =
      "684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685";
  private static final int[] LOWER_W = parse(LOWER);
  private static final int[] UPPER_W = parse(UPPER);

  private Svg() {}

  private static int[] parse(String widths) {
    String[] parts = widths.split(",");
    int[] w = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      w[i] = Integer.parseInt(parts[i]);
    }
    return w;
  }

  /** Pixels for a picture: labels in a monospaced font, notes in a sans-serif one. */
  static Metrics metrics() {
    return new Metrics(0, 12, 10, 30, 18, 18, 10, 8, 28, 26, 16, Svg::labelWidth, Svg::textWidth);
  }

  static int labelWidth(String s) {
    return (int) Math.ceil(s.codePointCount(0, s.length()) * 0.61 * LABEL_SIZE);
  }

  static int textWidth(String s) {
    return textWidth(s, TEXT_SIZE);
  }

  /** A generous estimate, so text fits whichever of the fonts the viewer has. */
  static int textWidth(String s, double size) {
    double em = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 'a' && c <= 'z') {
        em += LOWER_W[c - 'a'];
      } else if (c >= 'A' && c <= 'Z') {
        em += UPPER_W[c - 'A'];
      } else if (c >= '0' && c <= '9') {
        em += 636;
      } else if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == 0xB7) {
        em += 318;
      } else if (c == ':' || c == ';' || c == '/' || c == '-' || c == '(' || c == ')') {
        em += 390;
      } else if (c == 0x2014 || c == 'W' || c == '@' || c == '%') {
        em += 1000;
      } else {
        em += 700;
      }
    }
    return (int) Math.ceil(em * 1.04 * size / 1000);
  }

  /** The style sheet: colours by side, for light pages and, when the viewer prefers, dark ones. */
  static String style() {
    return "<style>\n" + rules(true) + "</style>\n";
  }

  /**
   * The rules alone, for a page that holds pictures; {@code dark} adds the colours for a dark
   * screen (a page meant for paper leaves them out).
   */
  static String rules(boolean dark) {
    String light =
        ""
            + ".gvl-pic text{font-family:"
            + SANS
            + ";font-size:"
            + TEXT_SIZE
            + "px;fill:#1f2328}\n"
            + ".gvl-pic .bg{fill:#ffffff;stroke:#d0d7de}\n"
            + ".gvl-pic .title{font-size:18px;font-weight:bold}\n"
            + ".gvl-pic .sub,.gvl-pic .note{fill:#57606a}\n"
            + ".gvl-pic .small{font-size:10px;fill:#57606a}\n"
            + ".gvl-pic .id{font-family:"
            + MONO
            + ";font-size:"
            + LABEL_SIZE
            + "px}\n"
            + ".gvl-pic .region{font-weight:bold}\n"
            + ".gvl-pic .genai{fill:#a21caf}.gvl-pic .llm{fill:#0e7490}.gvl-pic .both{fill:#1f2328}\n"
            + ".gvl-pic .box-genai{fill:#a21caf;fill-opacity:.06;stroke:#a21caf}\n"
            + ".gvl-pic .box-llm{fill:#0e7490;fill-opacity:.06;stroke:#0e7490}\n"
            + ".gvl-pic .box-both{fill:#57606a;fill-opacity:.03;stroke:#8c959f}\n"
            + ".gvl-pic .band{fill:#57606a;fill-opacity:.10;stroke:#57606a;stroke-dasharray:6 4}\n"
            + ".gvl-pic .mark-genai{fill:#a21caf}.gvl-pic .mark-llm{fill:#0e7490}.gvl-pic .mark-both{fill:#1f2328}\n"
            + ".gvl-pic .axis{stroke:#8c959f}.gvl-pic .grid{stroke:#d0d7de}\n"
            + ".gvl-pic .lane-genai{fill:#a21caf;fill-opacity:.05}.gvl-pic .lane-llm{fill:#0e7490;fill-opacity:.05}\n"
            + ".gvl-pic .link{stroke:#57606a;stroke-dasharray:4 3;fill:none}\n";
    String darkRules =
        "@media screen and (prefers-color-scheme: dark){\n"
            + ".gvl-pic text{fill:#e6edf3}\n"
            + ".gvl-pic .bg{fill:#0d1117;stroke:#30363d}\n"
            + ".gvl-pic .sub,.gvl-pic .note,.gvl-pic .small{fill:#9da7b3}\n"
            + ".gvl-pic .genai{fill:#f0abfc}.gvl-pic .llm{fill:#67e8f9}.gvl-pic .both{fill:#e6edf3}\n"
            + ".gvl-pic .box-genai{fill:#f0abfc;fill-opacity:.08;stroke:#e879f9}\n"
            + ".gvl-pic .box-llm{fill:#67e8f9;fill-opacity:.08;stroke:#22d3ee}\n"
            + ".gvl-pic .box-both{fill:#8b949e;fill-opacity:.05;stroke:#6e7681}\n"
            + ".gvl-pic .band{fill:#8b949e;fill-opacity:.15;stroke:#8b949e}\n"
            + ".gvl-pic .mark-genai{fill:#f0abfc}.gvl-pic .mark-llm{fill:#67e8f9}.gvl-pic .mark-both{fill:#e6edf3}\n"
            + ".gvl-pic .axis{stroke:#6e7681}.gvl-pic .grid{stroke:#30363d}\n"
            + ".gvl-pic .lane-genai{fill:#f0abfc;fill-opacity:.06}.gvl-pic .lane-llm{fill:#67e8f9;fill-opacity:.06}\n"
            + ".gvl-pic .link{stroke:#9da7b3}\n"
            + "}\n";
    return dark ? light + darkRules : light;
  }

  /** The opening of a standalone picture, its accessible title and description, and the card. */
  static StringBuilder open(
      String id, int width, int height, String title, String description, boolean styled) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" class=\"gvl-pic\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">\n<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(description))
        .append("</desc>\n")
        .append(styled ? style() : "")
        .append("<rect class=\"bg\" x=\"0.5\" y=\"0.5\" width=\"")
        .append(width - 1)
        .append("\" height=\"")
        .append(height - 1)
        .append("\" rx=\"12\"/>\n");
    return svg;
  }

  /**
   * The sources under a picture in small print, each after its label (a key, a number); returns the
   * y after them.
   */
  static int sources(
      List<Source> sources,
      Function<Source, String> label,
      int x,
      int y,
      int width,
      StringBuilder svg) {
    if (sources.isEmpty()) {
      return y;
    }
    svg.append(text(x, y, "small", "Sources"));
    for (Source s : sources) {
      for (String line :
          Wrap.lines(label.apply(s) + " " + References.text(s), width, t -> textWidth(t, 10))) {
        y += 13;
        svg.append(text(x, y, "small", line));
      }
    }
    return y;
  }

  /** A line of text; the class names its role. */
  static String text(double x, double y, String cls, String text) {
    return "<text x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" class=\""
        + cls
        + "\">"
        + escape(text)
        + "</text>\n";
  }

  /** A diamond, the mark of what crosses a line, centred at (x, y). */
  static String diamond(double x, double y, double r, String cls) {
    return "<path class=\""
        + cls
        + "\" d=\"M"
        + num(x)
        + " "
        + num(y - r)
        + "L"
        + num(x + r)
        + " "
        + num(y)
        + "L"
        + num(x)
        + " "
        + num(y + r)
        + "L"
        + num(x - r)
        + " "
        + num(y)
        + "Z\"/>\n";
  }

  static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
