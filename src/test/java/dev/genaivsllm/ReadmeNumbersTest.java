package dev.genaivsllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.Rule;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import dev.genaivsllm.testing.Readme;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every count the README gives (dimensions, concepts, questions, sources, lint rules) is the count
 * of the real pack and program, computed here; the content changes, so the README must change with
 * it, and this test says where. The README said 93 sources when there were 88.
 */
class ReadmeNumbersTest {
  private static final List<String> WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  private static final Pattern COUNT =
      Pattern.compile(
          "\\b(\\d+|"
              + String.join("|", WORDS)
              + ")\\s+(dimension ids|dimensions|concepts|questions|entries|rules)\\b",
          Pattern.CASE_INSENSITIVE);

  private static CliRun real(String... args) {
    CliRun run = CliRun.with().pack(Packs.real()).run(args);
    assertEquals(0, run.exitCode(), run::toString);
    return run;
  }

  private static List<String> dimensions() {
    return real("compare", "--list").out().lines().toList();
  }

  /** What each counted noun counts, from the real pack and program. */
  private static Map<String, Integer> actual() throws IOException {
    int dimensions = dimensions().size();
    int rulesDocumented =
        (int)
            Files.readAllLines(Packs.projectRoot().resolve("docs/lint-rules.md")).stream()
                .filter(l -> l.matches("^#+ GVL\\d{3}.*|^\\| ?GVL\\d{3}.*"))
                .count();
    assertEquals(Rule.values().length, rulesDocumented, "docs/lint-rules.md documents every rule");
    return Map.of(
        "dimensions",
        dimensions,
        "dimension ids",
        dimensions,
        "concepts",
        (int) real("explain", "--list").out().lines().count(),
        "questions",
        JsonSchemaCheck.parse(real("quiz", "stats", "--json").out()).get("total").asInt(),
        "entries",
        (int) real("sources", "--list").out().lines().count(),
        "rules",
        Rule.values().length);
  }

  @Test
  void everyCountInTheReadmeIsTheRealOne() throws IOException {
    Map<String, Integer> actual = actual();
    String claims = Readme.read().claims();
    Matcher m = COUNT.matcher(claims);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    while (m.find()) {
      String number = m.group(1).toLowerCase(Locale.ROOT);
      int said = number.matches("\\d+") ? Integer.parseInt(number) : WORDS.indexOf(number);
      int is = actual.get(m.group(2).toLowerCase(Locale.ROOT));
      checked++;
      if (said != is) {
        wrong.add("README says \"" + m.group() + "\"; there are " + is);
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked >= 6, "found only " + checked + " counts: has the wording changed?");
  }

  @Test
  void theReadmeListsEveryDimensionInOrder() throws IOException {
    String readme = Files.readString(Packs.projectRoot().resolve("README.md"));
    Matcher m = Pattern.compile("The dimensions: ((?:`[a-z-]+`,?\\s*)+)\\.").matcher(readme);
    assertTrue(m.find(), "the README lists the dimensions");
    List<String> listed =
        Arrays.stream(m.group(1).split(","))
            .map(s -> s.strip().replace("`", ""))
            .filter(s -> !s.isEmpty())
            .toList();
    assertEquals(dimensions(), listed);
  }
}
