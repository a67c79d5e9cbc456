package dev.genaivsllm.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a single YAML value must look like: one line within a length, an id, a whole number in a
 * range, true or false, a date, one of an enum's names. Values are taken as the author wrote them
 * and converted on purpose, so YAML 1.1 coercion ({@code no} as false, {@code 1.10} as 1.1) never
 * happens (ADR 1). Kept apart from {@link YamlMap}, which knows where fields are, so that the rules
 * for one value read in one place; a broken value is reported and replaced by a stand-in, so a
 * collecting sink can go on.
 */
final class ScalarReader {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_ID = 40;

  /** Where a problem goes: the map reading the value decides whether to record it. */
  interface Report {
    void at(Node where, String fieldPath, Rule rule, String problem);
  }

  private final Report report;

  ScalarReader(Report report) {
    this.report = report;
  }

  String text(Node value, String fieldPath, int maxLength) {
    String raw = scalar(value, fieldPath).strip();
    if (raw.isEmpty()) {
      report.at(value, fieldPath, Rule.MISSING_FIELD, "must not be empty");
    } else if (raw.indexOf('\n') >= 0) {
      report.at(value, fieldPath, Rule.LENGTH, "must be one line");
    } else {
      int length = raw.codePointCount(0, raw.length());
      if (length > maxLength) {
        report.at(
            value, fieldPath, Rule.LENGTH, length + " characters, over the limit of " + maxLength);
      }
    }
    return raw;
  }

  String id(Node value, String fieldPath) {
    String raw = scalar(value, fieldPath);
    if (!ID.matcher(raw).matches() || raw.length() > MAX_ID) {
      report.at(
          value,
          fieldPath,
          Rule.BAD_ID,
          "'" + raw + "' is not an id (lower-case words joined by hyphens)");
    }
    return raw;
  }

  /** Out of range or not a number, the stand-in is {@code min}. */
  int integer(Node value, String fieldPath, int min, int max) {
    String raw = scalar(value, fieldPath);
    try {
      int n = Integer.parseInt(raw);
      if (n < min || n > max) {
        report.at(
            value,
            fieldPath,
            Rule.WRONG_TYPE,
            "must be between " + min + " and " + max + ", found " + n);
        return min;
      }
      return n;
    } catch (NumberFormatException e) {
      report.at(value, fieldPath, Rule.WRONG_TYPE, "expected a whole number, found '" + raw + "'");
      return min;
    }
  }

  boolean bool(Node value, String fieldPath, boolean otherwise) {
    String raw = scalar(value, fieldPath);
    return switch (raw) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        report.at(value, fieldPath, Rule.WRONG_TYPE, "expected true or false, found '" + raw + "'");
        yield otherwise;
      }
    };
  }

  LocalDate date(Node value, String fieldPath) {
    String raw = scalar(value, fieldPath);
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      report.at(
          value, fieldPath, Rule.WRONG_TYPE, "expected a date as YYYY-MM-DD, found '" + raw + "'");
      return LocalDate.EPOCH;
    }
  }

  /** One of an enum's (lower-case) constant names; the stand-in is the first constant. */
  <E extends Enum<E>> E choice(Node value, String fieldPath, Class<E> type) {
    E[] constants = type.getEnumConstants();
    String raw = scalar(value, fieldPath);
    for (E e : constants) {
      if (e.name().equals(raw)) {
        return e;
      }
    }
    report.at(
        value,
        fieldPath,
        Rule.WRONG_TYPE,
        "expected one of " + names(constants) + ", found '" + raw + "'");
    return constants[0];
  }

  /** The constants' names as messages list them: {@code text, image, audio}. */
  static <E extends Enum<E>> String names(E[] constants) {
    List<String> names = new ArrayList<>();
    for (E e : constants) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }

  private String scalar(Node value, String fieldPath) {
    if (value instanceof ScalarNode s) {
      return s.getValue();
    }
    report.at(
        value,
        fieldPath,
        Rule.WRONG_TYPE,
        "expected a single value, found " + Nodes.describe(value));
    return "";
  }
}
