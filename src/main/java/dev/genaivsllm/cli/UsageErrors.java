package dev.genaivsllm.cli;

import dev.genaivsllm.match.EditDistance;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parameter errors in the project's words: what was wrong and what is accepted, with no
 * Java or parser jargon ("is not an int", "positional parameter at index 0", "Unmatched argument");
 * a command or option is suggested only when the word typed is a real near-miss of it.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The message for a command line picocli could not parse, without the "see --help" part. */
  static String message(ParameterException ex) {
    CommandLine cmd = ex.getCommandLine();
    CommandSpec spec = cmd.getCommandSpec();
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched.getUnmatched().get(0), spec);
    }
    if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing.getMissing().get(0), spec);
    }
    if (ex instanceof OverwrittenOptionException overwritten
        && overwritten.getOverwritten() != null) {
      return name(overwritten.getOverwritten(), spec) + " was given more than once; give it once";
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return invalid(ex.getArgSpec(), ex.getValue(), spec);
    }
    return plain(ex.getMessage());
  }

  /** An unknown option, an unknown command, or one argument too many. */
  private static String unmatched(String arg, CommandSpec spec) {
    if (arg.startsWith("-") && arg.length() > 1) {
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      List<String> options = new ArrayList<>();
      spec.options().stream().filter(o -> !o.hidden()).forEach(o -> options.addAll(names(o)));
      return "unknown option '" + option + "'" + didYouMean(option, options);
    }
    List<PositionalParamSpec> params =
        spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!spec.subcommands().isEmpty() && params.isEmpty()) {
      Set<String> candidates = new LinkedHashSet<>(spec.subcommands().keySet());
      // "version" and "help" are options, not commands
      spec.options().stream()
          .filter(o -> !o.hidden())
          .flatMap(o -> names(o).stream())
          .filter(n -> n.startsWith("--"))
          .forEach(candidates::add);
      String where = spec.parent() == null ? "" : spec.name() + " ";
      return "unknown " + where + "command '" + arg + "'" + didYouMean(arg, candidates);
    }
    if (params.isEmpty()) {
      return command(spec) + " takes no arguments, and '" + arg + "' is not an option";
    }
    int most = params.stream().mapToInt(p -> p.arity().max()).sum();
    String labels = String.join(" ", params.stream().map(p -> p.paramLabel()).toList());
    return "'"
        + arg
        + "' is one argument too many: "
        + command(spec)
        + " takes at most "
        + (most == 1 ? "one" : String.valueOf(most))
        + " ("
        + labels
        + ")";
  }

  private static String missing(ArgSpec arg, CommandSpec spec) {
    String what = description(arg);
    if (arg.isOption()) {
      return name(arg, spec)
          + " needs a value after it: "
          + arg.paramLabel()
          + (what.isEmpty() ? "" : ", " + what);
    }
    return command(spec) + " needs " + arg.paramLabel() + (what.isEmpty() ? "" : ": " + what);
  }

  /** A value the option or argument cannot take: what it does take. */
  private static String invalid(ArgSpec arg, String value, CommandSpec spec) {
    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    String subject = arg.isOption() ? name(arg, spec) : command(spec);
    String takes;
    if (type.isEnum()) {
      List<String> values =
          Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      takes = oneOf(values);
    } else if (type == int.class || type == Integer.class) {
      takes = wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (type == long.class || type == Long.class) {
      takes = wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (type == double.class || type == Double.class || type == float.class) {
      takes = "a number";
    } else {
      takes = "a " + arg.paramLabel().toLowerCase(Locale.ROOT);
    }
    return subject + " takes " + takes + ", not '" + value + "'";
  }

  /** "a whole number", or, for one that is too long, the largest there can be. */
  private static String wholeNumber(String value, long min, long max) {
    if (value.strip().matches("-?\\d+")) {
      BigInteger n = new BigInteger(value.strip());
      if (n.signum() < 0 && n.compareTo(BigInteger.valueOf(min)) < 0) {
        return "a whole number no smaller than " + min;
      }
      return "a whole number no larger than " + max;
    }
    return "a whole number";
  }

  /** "bash or zsh", "easy, medium or hard". */
  private static String oneOf(List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1))
        + " or "
        + values.get(values.size() - 1);
  }

  /** The command as typed after the program's name: "quiz stats". */
  private static String command(CommandSpec spec) {
    String name = spec.qualifiedName(" ");
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** The option as the user would type it: its longest name. */
  private static String name(ArgSpec arg, CommandSpec spec) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static List<String> names(OptionSpec option) {
    return List.of(option.names());
  }

  /** The first sentence of an argument's description, starting in lower case, without a stop. */
  private static String description(ArgSpec arg) {
    String text = String.join(" ", arg.description()).strip();
    int stop = text.indexOf(". ");
    text = stop > 0 ? text.substring(0, stop) : text;
    text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * "; did you mean X?" when the word is a real near-miss of some candidates: within one edit for a
   * short word, two for a longer one, or the start of three of them at most; else nothing, rather
   * than an absurd guess.
   */
  static String didYouMean(String word, java.util.Collection<String> candidates) {
    List<String> near = nearMisses(word, candidates);
    return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
  }

  static List<String> nearMisses(String word, java.util.Collection<String> candidates) {
    String typed = bare(word);
    if (typed.isEmpty()) {
      return List.of();
    }
    int edits = typed.length() <= 4 ? 1 : 2;
    record Scored(String candidate, int distance) {}
    List<Scored> near = new ArrayList<>();
    List<String> prefixed = new ArrayList<>();
    for (String candidate : candidates) {
      String bare = bare(candidate);
      int distance = EditDistance.between(typed, bare);
      if (distance <= edits && distance < bare.length()) {
        near.add(new Scored(candidate, distance));
      } else if (typed.length() >= 3 && bare.startsWith(typed)) {
        prefixed.add(candidate);
      }
    }
    if (near.isEmpty()) {
      return prefixed.size() <= 3 ? prefixed : List.of();
    }
    int best = near.stream().mapToInt(Scored::distance).min().orElse(0);
    return near.stream()
        .filter(s -> s.distance() == best)
        .map(Scored::candidate)
        .distinct()
        .limit(3)
        .toList();
  }

  /** A name without its leading dashes, in lower case: "--Version" and "version" are near. */
  private static String bare(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i).toLowerCase(Locale.ROOT);
  }

  /**
   * Whatever else picocli says, with its jargon put plainly and its first letter in lower case, as
   * every message of ours starts.
   */
  private static String plain(String message) {
    String text =
        message
            .strip()
            .replaceAll("positional parameter at index \\d+ \\(([^)]*)\\)", "$1")
            .replaceAll("[Uu]nmatched arguments? (from )?at index \\d+:?", "unexpected argument")
            .replaceAll("[Uu]nmatched arguments? from index \\d+:?", "unexpected arguments")
            .replace("is not an int", "is not a whole number")
            .replace("is not a long", "is not a whole number")
            .replace(" (case-insensitive)", "");
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
