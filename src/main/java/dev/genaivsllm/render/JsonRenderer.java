package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.core.Answer;
import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.ConceptList;
import dev.genaivsllm.core.ConceptPair;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.core.Evaluation;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.core.FieldMapView;
import dev.genaivsllm.core.Orientation;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizStats;
import dev.genaivsllm.core.Recommendation;
import dev.genaivsllm.core.SearchResults;
import dev.genaivsllm.core.SourceDetail;
import dev.genaivsllm.core.SourceList;
import dev.genaivsllm.core.TimelineView;
import dev.genaivsllm.json.JsonWriter;

/** Output for scripts: one JSON document per invocation, never coloured. */
final class JsonRenderer implements Renderer {
  private final ComparisonJson comparisons = new ComparisonJson();

  @Override
  public String comparison(Comparison comparison) {
    return comparisons.render(comparison);
  }

  @Override
  public String dimensionList(DimensionList list) {
    return comparisons.render(list);
  }

  @Override
  public String orientation(Orientation orientation) {
    JsonWriter json =
        ComparisonJson.header("orientation", orientation.pack())
            .field("answer", orientation.pack().description());
    entries(json.name("commands"), orientation.commands());
    entries(json.name("examples"), orientation.examples());
    return json.endObject().toString();
  }

  private static void entries(JsonWriter json, java.util.List<Orientation.Entry> entries) {
    json.beginArray();
    for (Orientation.Entry e : entries) {
      json.beginObject().field("name", e.name()).field("description", e.description()).endObject();
    }
    json.endArray();
  }

  @Override
  public String explanation(Explanation explanation) {
    return new ConceptJson().render(explanation);
  }

  @Override
  public String conceptList(ConceptList list) {
    return new ConceptJson().render(list);
  }

  @Override
  public String answer(Answer answer) {
    return new AnswerJson().render(answer);
  }

  @Override
  public String conceptPair(ConceptPair pair) {
    return new AnswerJson().render(pair);
  }

  @Override
  public String evaluation(Evaluation evaluation) {
    return new EvaluationJson().render(evaluation);
  }

  @Override
  public String searchResults(SearchResults results) {
    return new SearchJson().render(results);
  }

  @Override
  public String sourceList(SourceList list) {
    return new SourcesJson().render(list);
  }

  @Override
  public String sourceDetail(SourceDetail detail) {
    return new SourcesJson().render(detail);
  }

  @Override
  public String quizResult(QuizResult result) {
    return new QuizJson().render(result);
  }

  @Override
  public String quizStats(QuizStats stats) {
    return new QuizJson().render(stats);
  }

  @Override
  public String recommendation(Recommendation recommendation) {
    return new RecommendJson().render(recommendation);
  }

  @Override
  public String lintReport(LintReport report) {
    return new LintJson().render(report);
  }

  @Override
  public String map(FieldMapView map) {
    return new MapJson().render(map);
  }

  @Override
  public String timeline(TimelineView timeline) {
    return new TimelineJson().render(timeline);
  }
}
