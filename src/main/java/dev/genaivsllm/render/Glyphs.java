package dev.genaivsllm.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * The symbols text is drawn with, chosen once per run: box drawing, bullets, ticks and arrows where
 * the locale's charset is UTF-8, and their ASCII stand-ins where it is not (LC_ALL=C, no LANG: ssh,
 * cron, Docker), or with {@code --ascii}. Every renderer, {@link BoxTable} and the interactive
 * screens ask this class, never spell a symbol themselves; in ASCII, text from the pack is folded
 * to ASCII too ({@link #text}), so that nothing reaches a terminal or a pager as bytes it would
 * show as {@code <E2><80><94>}.
 */
public enum Glyphs {
  UNICODE(
      StandardCharsets.UTF_8,
      "•",
      " · ",
      " · ",
      "→",
      "✓",
      "✗",
      "…",
      "—",
      "═",
      "─",
      "│",
      "┌┬┐├┼┤└┴┘",
      " │││─╯╮┤─╰╭├─┴┬┼",
      "◆",
      "●"),
  ASCII(
      StandardCharsets.US_ASCII,
      "*",
      " - ",
      ", ",
      "->",
      "+",
      "x",
      "...",
      "-",
      "=",
      "-",
      "|",
      "+++++++++",
      " |||-+++-+++-+++",
      "*",
      "o");

  /** Common punctuation and symbols whose ASCII form is not their decomposition. */
  private static final Map<Integer, String> FOLDED =
      Map.ofEntries(
          Map.entry(0x2014, "-"), // em dash
          Map.entry(0x2013, "-"), // en dash
          Map.entry(0x2012, "-"),
          Map.entry(0x2010, "-"),
          Map.entry(0x2011, "-"),
          Map.entry(0x2212, "-"), // minus sign
          Map.entry(0x2018, "'"),
          Map.entry(0x2019, "'"),
          Map.entry(0x201A, "'"),
          Map.entry(0x201C, "\""),
          Map.entry(0x201D, "\""),
          Map.entry(0x201E, "\""),
          Map.entry(0x00AB, "\""),
          Map.entry(0x00BB, "\""),
          Map.entry(0x2026, "..."),
          Map.entry(0x00B7, "-"), // middle dot
          Map.entry(0x2022, "*"), // bullet
          Map.entry(0x2192, "->"),
          Map.entry(0x2190, "<-"),
          Map.entry(0x2194, "<->"),
          Map.entry(0x21D2, "=>"),
          Map.entry(0x2713, "+"),
          Map.entry(0x2717, "x"),
          Map.entry(0x00D7, "x"), // multiplication sign
          Map.entry(0x2248, "~"),
          Map.entry(0x2264, "<="),
          Map.entry(0x2265, ">="),
          Map.entry(0x2260, "!="),
          Map.entry(0x00A0, " "), // no-break space
          Map.entry(0x202F, " "),
          Map.entry(0x2009, " "),
          Map.entry(0x00DF, "ss"),
          Map.entry(0x00E6, "ae"),
          Map.entry(0x00C6, "AE"),
          Map.entry(0x0153, "oe"),
          Map.entry(0x0152, "OE"),
          Map.entry(0x00F8, "o"),
          Map.entry(0x00D8, "O"),
          Map.entry(0x0142, "l"),
          Map.entry(0x0141, "L"),
          Map.entry(0x00F0, "d"),
          Map.entry(0x0111, "d"),
          Map.entry(0x00FE, "th"),
          Map.entry(0x00A9, "(c)"),
          Map.entry(0x00AE, "(R)"),
          Map.entry(0x2122, "(TM)"),
          Map.entry(0x00B0, " deg"),
          Map.entry(0x20AC, "EUR"),
          Map.entry(0x00A3, "GBP"),
          Map.entry(0x03B1, "alpha"),
          Map.entry(0x03B2, "beta"),
          Map.entry(0x03B5, "epsilon"),
          Map.entry(0x03B8, "theta"),
          Map.entry(0x03BB, "lambda"),
          Map.entry(0x03BC, "mu"),
          Map.entry(0x03C3, "sigma"));

  private final Charset charset;
  private final String bullet;
  private final String separator;
  private final String listSeparator;
  private final String arrow;
  private final String tick;
  private final String cross;
  private final String ellipsis;
  private final String dash;
  private final String heavyRule;
  private final String horizontal;
  private final String vertical;
  private final String corners;
  private final String lines;
  private final String mark;
  private final String dot;

  Glyphs(
      Charset charset,
      String bullet,
      String separator,
      String listSeparator,
      String arrow,
      String tick,
      String cross,
      String ellipsis,
      String dash,
      String heavyRule,
      String horizontal,
      String vertical,
      String corners,
      String lines,
      String mark,
      String dot) {
    this.charset = charset;
    this.bullet = bullet;
    this.separator = separator;
    this.listSeparator = listSeparator;
    this.arrow = arrow;
    this.tick = tick;
    this.cross = cross;
    this.ellipsis = ellipsis;
    this.dash = dash;
    this.heavyRule = heavyRule;
    this.horizontal = horizontal;
    this.vertical = vertical;
    this.corners = corners;
    this.lines = lines;
    this.mark = mark;
    this.dot = dot;
  }

  /** ASCII when asked for or when the locale cannot show more; otherwise Unicode. */
  public static Glyphs of(boolean asciiOnly) {
    return asciiOnly ? ASCII : UNICODE;
  }

  /** The charset of everything drawn with these glyphs, for a pager to be told. */
  public Charset charset() {
    return charset;
  }

  public boolean isAscii() {
    return this == ASCII;
  }

  /** A list item's marker. */
  public String bullet() {
    return bullet;
  }

  /** Between the parts of a heading, spaces included: {@code "Architecture · How is..."}. */
  public String separator() {
    return separator;
  }

  /**
   * Between the commands of a list ({@code explain vae · compare applications}), where an ASCII
   * dash could be taken for part of a command.
   */
  public String listSeparator() {
    return listSeparator;
  }

  public String arrow() {
    return arrow;
  }

  /** Right, and the correction of a misconception. */
  public String tick() {
    return tick;
  }

  /** Wrong, and a misconception's claim. */
  public String cross() {
    return cross;
  }

  public String ellipsis() {
    return ellipsis;
  }

  /** Between a citation and its title. */
  public String dash() {
    return dash;
  }

  /** One column of the heavy rule between dimensions. */
  public String heavyRule() {
    return heavyRule;
  }

  /** One column of a table's horizontal border. */
  public String horizontal() {
    return horizontal;
  }

  /** A table's vertical border. */
  public String vertical() {
    return vertical;
  }

  /**
   * A table corner or junction: {@code row} 0 top, 1 middle, 2 bottom; {@code column} 0 left, 1
   * inner, 2 right.
   */
  public String corner(int row, int column) {
    int i = row * 3 + column;
    return corners.substring(i, i + 1);
  }

  /** Directions a line leaves a cell by, for {@link #line}: they add up. */
  public static final int UP = 1;

  public static final int DOWN = 2;
  public static final int LEFT = 4;
  public static final int RIGHT = 8;

  /**
   * The line where box edges meet from these directions (a sum of {@link #UP}, {@link #DOWN},
   * {@link #LEFT}, {@link #RIGHT}): a corner, a junction or a crossing, so that pictures whose
   * boxes overlap join up by themselves. Rounded corners in Unicode, set apart from tables.
   */
  public char line(int directions) {
    return lines.charAt(directions & 15);
  }

  /** The mark of something that crosses a line, on the map and the timeline. */
  public String mark() {
    return mark;
  }

  /** An event on the timeline. */
  public String dot() {
    return dot;
  }

  /**
   * Text fit for this charset: unchanged in Unicode; in ASCII, accents dropped (é to e), dashes,
   * quotes, ellipses and common symbols spelled in ASCII, and anything else shown as {@code ?}.
   */
  public String text(String s) {
    if (this == UNICODE || isAscii(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80) {
                out.append((char) cp);
              } else if (FOLDED.containsKey(cp)) {
                out.append(FOLDED.get(cp));
              } else {
                String base =
                    Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
                if (!base.isEmpty() && isAscii(base)) {
                  out.append(base);
                } else if (Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.ENCLOSING_MARK
                    && Character.getType(cp) != Character.FORMAT) {
                  out.append('?');
                }
              }
            });
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
