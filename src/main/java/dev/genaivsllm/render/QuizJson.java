package dev.genaivsllm.render;

import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizStats;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Question;
import java.util.ArrayList;
import java.util.List;

/** The JSON of {@code quiz} (kind quiz-result) and {@code quiz stats} (kind quiz-stats). */
final class QuizJson {
  String render(QuizResult result) {
    JsonWriter json =
        ComparisonJson.header("quiz-result", result.pack())
            .field("seed", result.seed())
            .field("total", result.total())
            .field("answered", result.graded().size())
            .field("score", result.score())
            .field("percent", result.percent())
            .name("passMark");
    if (result.passMark().isPresent()) {
      json.value(result.passMark().getAsInt());
    } else {
      json.nullValue();
    }
    json.field("passed", result.passed())
        .field("finished", result.finished())
        .field("repeat", result.repeatCommand());
    json.name("questions").beginArray();
    for (QuizResult.Graded g : result.graded()) {
      QuizPlan.Item item = g.item();
      Question q = item.question();
      json.beginObject()
          .field("id", q.id())
          .field("kind", q.kind().name())
          .field("difficulty", q.difficulty().name())
          .field("prompt", q.prompt());
      json.name("options").beginArray();
      for (int p = 0; p < item.order().size(); p++) {
        Question.Option o = item.shown(p);
        json.beginObject()
            .field("letter", String.valueOf(QuizPlan.Item.letter(p)))
            .field("text", o.text())
            .field("correct", o.correct())
            .field("why", o.why())
            .endObject();
      }
      json.endArray()
          .field("chosen", letters(g.chosen().stream().sorted().toList()))
          .field("answer", letters(item.correctPositions()))
          .field("correct", g.correct())
          .field("explanation", q.explanation())
          .field("concepts", q.concepts())
          .field("dimensions", q.dimensions())
          .field("sources", q.sources())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }

  String render(QuizStats stats) {
    JsonWriter json =
        ComparisonJson.header("quiz-stats", stats.pack())
            .field("today", stats.today().toString())
            .field("progressFile", stats.progressFile())
            .field("total", stats.total())
            .field("unseen", stats.unseen())
            .field("due", stats.due());
    json.name("boxes").beginArray();
    stats.boxes().forEach(json::value);
    json.endArray();
    rows(json.name("byDimension"), stats.byDimension());
    rows(json.name("byDifficulty"), stats.byDifficulty());
    return json.endObject().toString();
  }

  private static void rows(JsonWriter json, List<QuizStats.Row> rows) {
    json.beginArray();
    for (QuizStats.Row r : rows) {
      json.beginObject()
          .field("name", r.name())
          .field("questions", r.questions())
          .field("seen", r.seenQuestions())
          .field("answers", r.answers())
          .field("correct", r.correct())
          .name("accuracy");
      if (r.accuracy() < 0) {
        json.nullValue();
      } else {
        json.value(r.accuracy());
      }
      json.endObject();
    }
    json.endArray();
  }

  private static List<String> letters(List<Integer> positions) {
    List<String> letters = new ArrayList<>();
    positions.forEach(p -> letters.add(String.valueOf(QuizPlan.Item.letter(p))));
    return letters;
  }
}
