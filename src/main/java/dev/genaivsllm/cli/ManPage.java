package dev.genaivsllm.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page, genai-vs-llm(1), in troff, drawn from the same command model as {@code --help}, so
 * the two cannot drift apart: one section for the program, one per subcommand with its options and
 * examples, then the environment, exit status and files.
 */
final class ManPage {
  /** The variables the program and its launcher read, and what for. */
  static final List<Map.Entry<String, String>> ENVIRONMENT =
      List.of(
          Map.entry("NO_COLOR", "When set and not empty, text output has no colour."),
          Map.entry("CLICOLOR_FORCE", "When set and not 0, colour even when piped."),
          Map.entry("COLUMNS", "The width text output wraps to, when --width is not given."),
          Map.entry(
              "GENAI_VS_LLM_PAGER, PAGER",
              "The pager for output taller than the terminal, run with sh -c (default: "
                  + PagerPolicy.DEFAULT
                  + "). Empty or cat: no pager."),
          Map.entry(
              "GENAI_VS_LLM_CONTENT",
              "Content pack folders to layer over the bundled pack, separated by the path"
                  + " separator (:), as --content does."),
          Map.entry(
              "GENAI_VS_LLM_PROGRESS",
              "The quiz progress file (default: $XDG_STATE_HOME/genai-vs-llm/progress.json)."),
          Map.entry(
              "XDG_STATE_HOME",
              "Where quiz progress is kept (default: $HOME/.local/state); an absolute path."),
          Map.entry(
              "XDG_CACHE_HOME",
              "Where the launcher keeps its start-up archives, and ask and recommend what they"
                  + " learned from the examples (default: $HOME/.cache); an absolute path."),
          Map.entry(
              "HOME",
              "Your home folder, for the two defaults above (on Windows, USERPROFILE); without an"
                  + " absolute HOME (or the XDG variable), quiz progress is not kept, there is no"
                  + " start-up archive and ask and recommend learn again in each run."),
          Map.entry("GENAI_VS_LLM_NO_CDS", "When set, the launcher makes and uses no archive."),
          Map.entry(
              "GENAI_VS_LLM_NO_MODEL_CACHE",
              "When set, ask and recommend keep nothing they learned: each run learns again."),
          Map.entry("JAVA_HOME", "The Java the launcher runs (default: java on the PATH)."),
          Map.entry(
              "JAVA_OPTS",
              "More options for the Java virtual machine, split at blanks (never expanded as file"
                  + " names)."));

  private final String version;
  private final String date;

  ManPage(String version, String date) {
    this.version = version;
    this.date = date;
  }

  String render(CommandLine root) {
    CommandSpec spec = root.getCommandSpec();
    StringBuilder man = new StringBuilder();
    man.append(".TH GENAI-VS-LLM 1 \"")
        .append(date)
        .append("\" \"genai-vs-llm ")
        .append(version)
        .append("\" \"User Commands\"\n");
    man.append(".SH NAME\n")
        .append(spec.name())
        .append(" \\- ")
        .append(text(summary(spec)))
        .append('\n');
    man.append(".SH SYNOPSIS\n");
    synopsis(man, spec);
    man.append(".SH DESCRIPTION\n")
        .append(
            text(
                "A terminal reference, tutor and advisor on how generative AI and large language"
                    + " models differ. Large language models are one kind of generative AI; the"
                    + " comparison, the glossary, the quiz and the recommendations come from a"
                    + " content pack in which every claim names its sources."))
        .append('\n');
    man.append(".SH OPTIONS\n")
        .append(text("These work with every command that prints a result."))
        .append('\n');
    arguments(man, spec, Set.of());
    man.append(".SH COMMANDS\n");
    Set<String> common = new HashSet<>();
    spec.options().forEach(o -> common.add(o.longestName()));
    for (CommandLine sub : visible(root)) {
      command(man, sub, common);
    }
    man.append(".SH ENVIRONMENT\n");
    for (Map.Entry<String, String> variable : ENVIRONMENT) {
      item(man, "\\fB" + text(variable.getKey()) + "\\fR", variable.getValue());
    }
    man.append(".SH EXIT STATUS\n");
    spec.usageMessage().exitCodeList().forEach((code, meaning) -> item(man, code.strip(), meaning));
    man.append(".SH FILES\n");
    item(
        man,
        "\\fI" + text("$XDG_STATE_HOME/genai-vs-llm/progress.json") + "\\fR",
        "Quiz progress: what you answered, and when each question is due again.");
    item(
        man,
        "\\fI" + text("$XDG_CACHE_HOME/genai-vs-llm/") + "\\fR",
        "The launcher's class-data sharing archives, one per installation and Java, which make"
            + " starts faster, and what ask and recommend learned from the examples"
            + " (learned-*.bin), which makes them answer faster; safe to delete.");
    man.append(".SH EXAMPLES\n.nf\n");
    for (String line : spec.usageMessage().footer()) {
      man.append(text(line.strip())).append('\n');
    }
    man.append(".fi\n");
    man.append(".SH SEE ALSO\n")
        .append(text("genai-vs-llm --help, genai-vs-llm COMMAND --help, and the README."))
        .append('\n');
    return man.toString();
  }

  /** The one-line description as a man page's NAME line has it: lower case, no full stop. */
  private static String summary(CommandSpec spec) {
    String line = String.join(" ", spec.usageMessage().description()).strip();
    line = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }

  /** Subcommands, with their own subcommands after them, leaving out hidden ones. */
  private static List<CommandLine> visible(CommandLine parent) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine sub : parent.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        all.add(sub);
        all.addAll(visible(sub));
      }
    }
    return all;
  }

  private void command(StringBuilder man, CommandLine sub, Set<String> common) {
    CommandSpec spec = sub.getCommandSpec();
    man.append(".SS ").append(spec.qualifiedName(" ")).append('\n');
    synopsis(man, spec);
    man.append(".PP\n")
        .append(text(String.join(" ", spec.usageMessage().description())))
        .append('\n');
    arguments(man, spec, common);
    example(man, spec.usageMessage().footer());
  }

  private static void synopsis(StringBuilder man, CommandSpec spec) {
    String synopsis =
        new Help(spec, new Help.ColorScheme.Builder(Help.Ansi.OFF).build())
            .abbreviatedSynopsis()
            .strip();
    man.append(".PP\n.B ").append(text(spec.qualifiedName(" "))).append('\n');
    String rest = synopsis.substring(synopsis.indexOf(spec.name()) + spec.name().length()).strip();
    if (!rest.isEmpty()) {
      man.append(text(rest)).append('\n');
    }
  }

  /** Arguments and options, leaving out the common ones the OPTIONS section has described. */
  private static void arguments(StringBuilder man, CommandSpec spec, Set<String> common) {
    for (PositionalParamSpec param : spec.positionalParameters()) {
      if (!param.hidden()) {
        item(man, "\\fI" + text(param.paramLabel()) + "\\fR", description(param));
      }
    }
    for (OptionSpec option : spec.options()) {
      if (option.hidden() || common.contains(option.longestName())) {
        continue;
      }
      StringBuilder names = new StringBuilder();
      for (String name : option.names()) {
        names.append(names.length() == 0 ? "" : ", ").append("\\fB").append(text(name));
        names.append("\\fR");
      }
      if (option.arity().max() > 0) {
        names.append("=\\fI").append(text(option.paramLabel())).append("\\fR");
      }
      item(man, names.toString(), description(option));
    }
  }

  private static String description(ArgSpec arg) {
    return String.join(" ", arg.description());
  }

  /** The footer's examples, kept as they are laid out in --help. */
  private static void example(StringBuilder man, String[] footer) {
    if (footer.length == 0) {
      return;
    }
    man.append(".PP\nExamples:\n.RS\n.nf\n");
    for (String line : footer) {
      man.append(text(line.replace("%n", "").replace("%%", "%"))).append('\n');
    }
    man.append(".fi\n.RE\n");
  }

  private static void item(StringBuilder man, String tag, String description) {
    man.append(".TP\n").append(tag).append('\n').append(text(description)).append('\n');
  }

  /**
   * Text that troff shows as written: backslashes and hyphens escaped, and no line starting with a
   * dot or quote, which troff would take for a request.
   */
  static String text(String plain) {
    StringBuilder out = new StringBuilder();
    for (String line : plain.split("\n", -1)) {
      String escaped = line.replace("\\", "\\e").replace("-", "\\-");
      if (escaped.startsWith(".") || escaped.startsWith("'")) {
        escaped = "\\&" + escaped;
      }
      out.append(out.length() == 0 ? "" : "\n").append(escaped);
    }
    return out.toString();
  }
}
