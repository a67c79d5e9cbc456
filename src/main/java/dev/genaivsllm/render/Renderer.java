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

/**
 * Draws results in one output format. The format is chosen once, by the output options; a command
 * asks for its result to be drawn and never checks the format itself.
 */
public interface Renderer {
  /** The version of the JSON contract (docs/json.md), raised on any incompatible change. */
  int JSON_SCHEMA_VERSION = 1;

  String comparison(Comparison comparison);

  String dimensionList(DimensionList list);

  String orientation(Orientation orientation);

  String explanation(Explanation explanation);

  String conceptList(ConceptList list);

  String searchResults(SearchResults results);

  String answer(Answer answer);

  String conceptPair(ConceptPair pair);

  String evaluation(Evaluation evaluation);

  String sourceList(SourceList list);

  String sourceDetail(SourceDetail detail);

  String quizResult(QuizResult result);

  String quizStats(QuizStats stats);

  String recommendation(Recommendation recommendation);

  String lintReport(LintReport report);

  /** The map of the field. */
  String map(FieldMapView map);

  /** Both histories on one time axis. */
  String timeline(TimelineView timeline);

  /** The renderer for a format. */
  static Renderer of(OutputFormat format, RenderContext ctx) {
    return switch (format) {
      case text -> new TextRenderer(ctx);
      case json -> new JsonRenderer();
      case markdown -> new MarkdownRenderer(ctx.glyphs());
      case svg -> new SvgRenderer();
    };
  }
}
