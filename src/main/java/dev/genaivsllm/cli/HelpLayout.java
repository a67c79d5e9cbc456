package dev.genaivsllm.cli;

import dev.genaivsllm.render.RenderContext;
import dev.genaivsllm.render.TextWrap;
import dev.genaivsllm.render.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code --help} laid out for the terminal it is read on: as wide as the terminal (at most {@link
 * #MAX} columns, {@code --width} when given, 80 when piped), lines broken between words, never
 * inside one or inside a path, and the option table stacked when a terminal is too narrow for two
 * columns. picocli's own layout is fixed at 80 columns (55 at the least) and cuts long footer lines
 * anywhere, so every section that wraps is drawn here; the headings stay picocli's.
 */
final class HelpLayout {
  /** Help wider than this is hard to read, whatever the terminal. */
  static final int MAX = 120;

  /** The narrowest help is laid out for, as for --width. */
  static final int MIN = 20;

  /** Below this, options and their descriptions are stacked rather than side by side. */
  private static final int TWO_COLUMNS = 50;

  private final Function<CommandSpec, RenderContext> contexts;

  /**
   * @param contexts the width and theme to draw a command's help with
   */
  private HelpLayout(Function<CommandSpec, RenderContext> contexts) {
    this.contexts = contexts;
  }

  /** Draws the help of {@code cmd} and every subcommand it has now with this layout. */
  static void install(CommandLine cmd, Function<CommandSpec, RenderContext> contexts) {
    HelpLayout layout = new HelpLayout(contexts);
    Map<String, CommandLine.IHelpSectionRenderer> sections =
        new LinkedHashMap<>(cmd.getHelpSectionMap());
    sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, layout::synopsis);
    sections.put(UsageMessageSpec.SECTION_KEY_HEADER, help -> layout.paragraphs(help, true));
    sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> layout.paragraphs(help, false));
    sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, layout::parameters);
    sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, layout::options);
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, layout::commands);
    sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, layout::exitCodes);
    sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, layout::footer);
    cmd.setHelpSectionMap(sections);
  }

  /** The columns help is drawn in: the output's width, within bounds. */
  private int width(Help help) {
    return Math.max(MIN, Math.min(MAX, contexts.apply(help.commandSpec()).width()));
  }

  private Theme theme(Help help) {
    return contexts.apply(help.commandSpec()).theme();
  }

  /** picocli's help of the same command, without colour, for the parts it renders well. */
  private static Help plain(Help help) {
    return new Help(help.commandSpec(), new Help.ColorScheme.Builder(Help.Ansi.OFF).build());
  }

  private String synopsis(Help help) {
    CommandSpec spec = help.commandSpec();
    UsageMessageSpec usage = spec.usageMessage();
    if (usage.customSynopsis().length > 0) {
      return help.customSynopsis();
    }
    int width = width(help);
    // picocli's synopsis on one line, to be broken between its elements, not inside one.
    int before = usage.width();
    String line;
    try {
      usage.width(10_000);
      line = plain(help).synopsis(0).strip();
    } finally {
      usage.width(before);
    }
    String name = spec.qualifiedName();
    List<String> tokens = new ArrayList<>(List.of(name.split(" ")));
    tokens.addAll(tokens(line.substring(name.length()).strip()));
    int start = help.synopsisHeadingLength();
    int indent = start + TextWrap.width(name) + 1;
    if (indent > width / 3) {
      indent = Math.min(start, 4);
    }
    List<String> lines = new ArrayList<>();
    String first = tokens.remove(0);
    StringBuilder current = new StringBuilder(first);
    int column = start + TextWrap.width(first);
    for (String token : tokens) {
      int tokenWidth = TextWrap.width(token);
      if (column + 1 + tokenWidth > width && column > indent) {
        lines.add(current.toString());
        current = new StringBuilder(" ".repeat(Math.max(0, indent - 1)));
        column = indent - 1;
      }
      if (column + 1 + tokenWidth > width) {
        // wider than any line: break it at its own separators
        for (String piece : TextWrap.wrap(token, width - indent)) {
          if (column > indent) {
            lines.add(current.toString());
            current = new StringBuilder(" ".repeat(indent - 1));
          }
          current.append(' ').append(piece);
          column = indent + TextWrap.width(piece);
        }
        continue;
      }
      current.append(' ').append(token);
      column += 1 + tokenWidth;
    }
    lines.add(current.toString());
    return String.join("\n", lines) + "\n";
  }

  /** The elements of a synopsis: split at spaces outside brackets. */
  private static List<String> tokens(String synopsis) {
    List<String> tokens = new ArrayList<>();
    int depth = 0;
    StringBuilder token = new StringBuilder();
    for (char c : synopsis.toCharArray()) {
      if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
      }
      if (c == ' ' && depth <= 0) {
        if (token.length() > 0) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private String paragraphs(Help help, boolean header) {
    UsageMessageSpec usage = help.commandSpec().usageMessage();
    String[] text = header ? usage.header() : usage.description();
    if (text.length == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : String.join(" ", text).split("%n")) {
      TextWrap.wrap(unformat(paragraph), width(help)).forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }

  private String parameters(Help help) {
    List<Row> rows = new ArrayList<>();
    Help plain = plain(help);
    for (PositionalParamSpec param : help.commandSpec().positionalParameters()) {
      if (!param.hidden()) {
        String label =
            plain
                .parameterLabelRenderer()
                .renderParameterLabel(param, Help.Ansi.OFF, List.of())
                .toString();
        rows.add(new Row("      " + label, description(param)));
      }
    }
    return table(rows, width(help), 10, theme(help));
  }

  private String options(Help help) {
    CommandSpec spec = help.commandSpec();
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        options.add(option);
      }
    }
    if (spec.usageMessage().sortOptions()) {
      options.sort(Help.createShortOptionNameComparator());
    } else {
      options.sort(Comparator.comparingInt(OptionSpec::order));
    }
    Help plain = plain(help);
    List<Row> rows = new ArrayList<>();
    for (OptionSpec option : options) {
      rows.add(new Row(names(option, plain), description(option)));
    }
    return table(rows, width(help), 10, theme(help));
  }

  /** {@code " -n, --count=N"}, or {@code " --json"}: long names line up. */
  private static String names(OptionSpec option, Help plain) {
    List<String> shorts = new ArrayList<>();
    List<String> longs = new ArrayList<>();
    for (String name : option.names()) {
      (name.startsWith("--") || name.length() > 2 ? longs : shorts).add(name);
    }
    String label =
        option.arity().max() > 0
            ? plain
                .parameterLabelRenderer()
                .renderParameterLabel(option, Help.Ansi.OFF, List.of())
                .toString()
            : "";
    String first = shorts.isEmpty() ? "    " : String.join(", ", shorts) + ", ";
    if (longs.isEmpty()) {
      return "  " + String.join(", ", shorts) + label;
    }
    return "  " + first + String.join(", ", longs) + label;
  }

  private String commands(Help help) {
    Map<String, Help> subcommands = help.subcommands();
    if (subcommands.isEmpty()) {
      return "";
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Help> entry : subcommands.entrySet()) {
      UsageMessageSpec usage = entry.getValue().commandSpec().usageMessage();
      String[] text = usage.header().length > 0 ? usage.header() : usage.description();
      rows.add(new Row("  " + entry.getKey(), text.length > 0 ? unformat(text[0]) : ""));
    }
    return table(rows, width(help), 6, theme(help));
  }

  private String exitCodes(Help help) {
    List<Row> rows = new ArrayList<>();
    help.commandSpec()
        .usageMessage()
        .exitCodeList()
        .forEach((code, meaning) -> rows.add(new Row("  " + code.strip(), unformat(meaning))));
    return table(rows, width(help), 6, null);
  }

  /** The footer, laid out by {@link HelpFooter}; picocli's format strings undone first. */
  private String footer(Help help) {
    String[] footer = help.commandSpec().usageMessage().footer();
    if (footer.length == 0) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (String raw : footer) {
      lines.addAll(List.of(unformat(raw).split("\n", -1)));
    }
    return HelpFooter.layout(lines, width(help));
  }

  /** One line of a two-column list: the name column as it is indented, and the text. */
  private record Row(String name, String text) {}

  /**
   * Names and their text side by side, the text lined up after the longest name (within reason); a
   * name too long for the column puts its text on the next line, and a narrow terminal puts every
   * text under its name, indented by {@code stackedIndent}.
   *
   * @param theme colours the names, or null to leave them plain
   */
  private static String table(List<Row> rows, int width, int stackedIndent, Theme theme) {
    if (rows.isEmpty()) {
      return "";
    }
    int longest = rows.stream().mapToInt(r -> TextWrap.width(r.name())).max().orElse(0);
    int column = Math.min(longest + 2, Math.max(12, width * 2 / 5));
    boolean stacked = width < TWO_COLUMNS;
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      String name = row.name();
      String styled = theme == null ? name : styleName(name, theme);
      if (stacked || TextWrap.width(name) + 2 > column) {
        out.addAll(wrapName(name, styled, width));
        int indent = stacked ? stackedIndent : column;
        if (!row.text().isEmpty()) {
          TextWrap.wrap(row.text(), width - indent).forEach(l -> out.add(" ".repeat(indent) + l));
        }
        continue;
      }
      List<String> lines = TextWrap.hanging(TextWrap.pad(name, column), row.text(), width);
      lines.set(0, styled + lines.get(0).substring(name.length()));
      out.addAll(lines);
    }
    return String.join("\n", out) + "\n";
  }

  /** A name wider than the line ({@code --answers=LIST[,LIST...]} at 20 columns) is broken too. */
  private static List<String> wrapName(String name, String styled, int width) {
    if (TextWrap.width(name) <= width) {
      return List.of(styled);
    }
    String indent = name.substring(0, name.length() - name.stripLeading().length());
    return TextWrap.hanging(indent, name.strip(), width);
  }

  /** Option and command names in the theme's command colour, the rest as it is. */
  private static String styleName(String name, Theme theme) {
    String stripped = name.stripLeading();
    return name.substring(0, name.length() - stripped.length()) + theme.command(stripped);
  }

  private static String description(ArgSpec arg) {
    return unformat(String.join(" ", arg.description()));
  }

  /** picocli's texts are format strings: {@code %n} is a new line, {@code %%} a percent sign. */
  private static String unformat(String text) {
    return text.replace("%n", "\n").replace("%%", "%");
  }
}
