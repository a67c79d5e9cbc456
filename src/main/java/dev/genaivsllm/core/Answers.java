package dev.genaivsllm.core;

import dev.genaivsllm.model.QuestionKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a learner typed as an answer, forgivingly: letters or numbers in any case and with
 * spaces around them; "true"/"false" (or t/f, yes/no) for true/false; "genai"/"llm"/"both" for the
 * which-side questions; several letters for multi-select ("ac", "a c", "a+c", "a,c"); a letter the
 * way an option is printed or written down ("d)", "(d)", "D.") counts as the letter.
 */
public final class Answers {
  /** Longer than any answer can be ("a, b, c, d, e, f" or "generative ai"). */
  public static final int MAX_LENGTH = 100;

  private Answers() {}

  /**
   * @return the shown positions chosen
   * @throws InvalidAnswerException when the text is no valid answer to this question
   */
  public static Set<Integer> parse(QuizPlan.Item item, String typed) {
    if (typed.length() > MAX_LENGTH) {
      throw new InvalidAnswerException(
          "an answer of "
              + typed.length()
              + " characters is not an answer to this question; "
              + expected(item));
    }
    // "d)", "(d)", "D.", "[d]": the letter as the options show it, or as people write it
    String text = typed.toLowerCase(Locale.ROOT).replaceAll("[()\\[\\].:]", " ").strip();
    QuestionKind kind = item.question().kind();
    int options = item.order().size();
    Integer word = word(kind, text);
    if (word != null) {
      return Set.of(word);
    }
    Set<Integer> chosen = new TreeSet<>();
    String compact = text.replaceAll("[\\s,+]+", "");
    if (compact.matches("[a-z]+")) {
      for (char c : compact.toCharArray()) {
        chosen.add(c - 'a');
      }
    } else if (text.matches("\\d+([\\s,+]+\\d+)*")) {
      for (String n : text.split("[\\s,+]+")) {
        chosen.add(n.length() > 3 ? -1 : Integer.parseInt(n) - 1); // 4 digits: no such option
      }
    } else {
      throw invalid(item, typed);
    }
    if (chosen.isEmpty() || chosen.stream().anyMatch(p -> p < 0 || p >= options)) {
      throw invalid(item, typed);
    }
    if (kind != QuestionKind.multi && chosen.size() > 1) {
      throw new InvalidAnswerException(
          "'" + typed.strip() + "': this question takes one answer, " + expected(item));
    }
    return chosen;
  }

  private static Integer word(QuestionKind kind, String text) {
    if (kind == QuestionKind.truefalse) {
      if (List.of("true", "t", "yes", "y").contains(text)) {
        return 0;
      }
      if (List.of("false", "f", "no", "n").contains(text)) {
        return 1;
      }
    }
    if (kind == QuestionKind.which) {
      return switch (text) {
        case "genai", "generative ai", "gen ai", "generative" -> 0;
        case "llm", "llms" -> 1;
        case "both" -> 2;
        default -> null;
      };
    }
    return null;
  }

  private static InvalidAnswerException invalid(QuizPlan.Item item, String typed) {
    return new InvalidAnswerException(
        "'" + typed.strip() + "' is not an answer to this question; " + expected(item));
  }

  /** What this question accepts, in words. */
  public static String expected(QuizPlan.Item item) {
    char last = QuizPlan.Item.letter(item.order().size() - 1);
    return switch (item.question().kind()) {
      case truefalse -> "answer true or false (or a/b)";
      case which -> "answer genai, llm or both (or a-c)";
      case multi -> "answer one or more letters a-" + last + ", such as ac";
      case single -> "answer one letter a-" + last;
    };
  }

  /** Whether the chosen positions are exactly the correct ones. */
  public static boolean isCorrect(QuizPlan.Item item, Set<Integer> chosen) {
    return new TreeSet<>(chosen).equals(new TreeSet<>(item.correctPositions()));
  }
}
