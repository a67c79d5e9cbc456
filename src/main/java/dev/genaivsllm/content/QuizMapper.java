package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.QuestionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a quiz file, the questions about one dimension. Beyond the template it checks what makes a
 * question fair: the options a kind requires, the right number of correct answers, and a "why" for
 * every wrong option, since the quiz shows it to whoever picks that option.
 */
final class QuizMapper {
  private QuizMapper() {}

  /**
   * The questions of one quiz file, checked against their kind's rules (docs/content-guide.md).
   *
   * @param topic the file's name, a dimension id
   */
  static List<Question> map(
      String topic,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds,
      Problems problems) {
    if (!dimensionIds.contains(topic)) {
      problems.add(
          new Problem(
              file,
              0,
              0,
              "",
              Rule.UNKNOWN_REFERENCE,
              "a quiz file is named after the dimension it tests; '" + topic + "' is none"));
    }
    YamlMap map = YamlMap.of(file, "", node, problems).allowOnly(Set.of("reviewed", "questions"));
    map.date("reviewed");
    List<Question> questions = new ArrayList<>();
    for (YamlMap q : map.maps("questions", 1, 200)) {
      questions.add(question(topic, q, bibliography, conceptIds, dimensionIds));
    }
    return questions;
  }

  private static Question question(
      String topic,
      YamlMap q,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds) {
    q.allowOnly(
        Set.of(
            "id",
            "kind",
            "difficulty",
            "prompt",
            "options",
            "explanation",
            "concepts",
            "dimensions",
            "sources"));
    QuestionKind kind = q.choice("kind", QuestionKind.class);
    List<Question.Option> options = new ArrayList<>();
    List<YamlMap> written = q.maps("options", 2, 6);
    for (YamlMap o : written) {
      o.allowOnly(Set.of("text", "correct", "why"));
      boolean correct = o.bool("correct", false);
      var why = o.optionalText("why", 300);
      if (correct && why.isPresent()) {
        o.report("why", Rule.QUIZ_ANSWERS, "a correct option needs no 'why'");
      }
      if (!correct && why.isEmpty()) {
        o.report(
            "why",
            Rule.QUIZ_ANSWERS,
            "say why this option is wrong: the quiz shows it to whoever picks it");
      }
      options.add(new Question.Option(o.text("text", 200), correct, why));
    }
    long correct = options.stream().filter(Question.Option::correct).count();
    List<String> texts = options.stream().map(Question.Option::text).toList();
    if (!kind.fixedOptions().isEmpty() && !texts.equals(kind.fixedOptions())) {
      q.report(
          "options",
          Rule.QUIZ_ANSWERS,
          kind
              + " questions have exactly the options "
              + String.join(", ", kind.fixedOptions())
              + ", in that order");
    }
    if (kind == QuestionKind.multi ? correct < 2 || options.size() < 3 : correct != 1) {
      q.report(
          "options",
          Rule.QUIZ_ANSWERS,
          kind == QuestionKind.multi
              ? "a multi question has two or more correct options out of three or more"
              : "exactly one option must be correct, found " + correct);
    }
    String id = q.id("id");
    return new Question(
        id,
        topic,
        kind,
        q.choice("difficulty", Difficulty.class),
        q.text("prompt", 300),
        options,
        q.text("explanation", 500),
        CrossReferences.ids(q, "concepts", 0, 6, conceptIds, "concept"),
        CrossReferences.ids(q, "dimensions", 1, 4, dimensionIds, "dimension"),
        CrossReferences.sourceKeys(q, "sources", bibliography));
  }
}
