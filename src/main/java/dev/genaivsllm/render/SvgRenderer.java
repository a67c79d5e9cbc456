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
 * Pictures as standalone SVG. Only the map and the timeline are pictures; anything else asked of
 * this format is refused with a message that says where SVG is drawn.
 */
final class SvgRenderer implements Renderer {
  @Override
  public String map(FieldMapView map) {
    return new MapSvg().render(Sanitizer.deep(map));
  }

  @Override
  public String timeline(TimelineView timeline) {
    return new TimelineSvg().render(Sanitizer.deep(timeline));
  }

  private static String refuse() {
    throw new UnsupportedFormatException(
        "--format svg draws pictures: use it with 'map' or 'timeline'");
  }

  @Override
  public String comparison(Comparison comparison) {
    return refuse();
  }

  @Override
  public String dimensionList(DimensionList list) {
    return refuse();
  }

  @Override
  public String orientation(Orientation orientation) {
    return refuse();
  }

  @Override
  public String explanation(Explanation explanation) {
    return refuse();
  }

  @Override
  public String conceptList(ConceptList list) {
    return refuse();
  }

  @Override
  public String searchResults(SearchResults results) {
    return refuse();
  }

  @Override
  public String answer(Answer answer) {
    return refuse();
  }

  @Override
  public String conceptPair(ConceptPair pair) {
    return refuse();
  }

  @Override
  public String evaluation(Evaluation evaluation) {
    return refuse();
  }

  @Override
  public String sourceList(SourceList list) {
    return refuse();
  }

  @Override
  public String sourceDetail(SourceDetail detail) {
    return refuse();
  }

  @Override
  public String quizResult(QuizResult result) {
    return refuse();
  }

  @Override
  public String quizStats(QuizStats stats) {
    return refuse();
  }

  @Override
  public String recommendation(Recommendation recommendation) {
    return refuse();
  }

  @Override
  public String lintReport(LintReport report) {
    return refuse();
  }
}
