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

/** Output for people: wrapped to the terminal, coloured when the theme says so. */
final class TextRenderer implements Renderer {
  private final RenderContext ctx;

  TextRenderer(RenderContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String comparison(Comparison comparison) {
    Comparison clean = Sanitizer.deep(comparison, ctx.glyphs());
    return clean.overview()
        ? new OverviewText(ctx).render(clean)
        : new ComparisonText(ctx).render(clean);
  }

  @Override
  public String dimensionList(DimensionList list) {
    return new DimensionListText(ctx).render(Sanitizer.deep(list, ctx.glyphs()));
  }

  @Override
  public String orientation(Orientation orientation) {
    return new OrientationText(ctx).render(Sanitizer.deep(orientation, ctx.glyphs()));
  }

  @Override
  public String explanation(Explanation explanation) {
    return new ConceptText(ctx).render(Sanitizer.deep(explanation, ctx.glyphs()));
  }

  @Override
  public String conceptList(ConceptList list) {
    return new ConceptText(ctx).render(Sanitizer.deep(list, ctx.glyphs()));
  }

  @Override
  public String answer(Answer answer) {
    return new AnswerText(ctx).render(Sanitizer.deep(answer, ctx.glyphs()));
  }

  @Override
  public String conceptPair(ConceptPair pair) {
    return new ConceptPairText(ctx).render(Sanitizer.deep(pair, ctx.glyphs()));
  }

  @Override
  public String evaluation(Evaluation evaluation) {
    return new EvaluationText(ctx).render(Sanitizer.deep(evaluation, ctx.glyphs()));
  }

  @Override
  public String searchResults(SearchResults results) {
    return new SearchText(ctx).render(Sanitizer.deep(results, ctx.glyphs()));
  }

  @Override
  public String sourceList(SourceList list) {
    return new SourcesText(ctx).render(Sanitizer.deep(list, ctx.glyphs()));
  }

  @Override
  public String sourceDetail(SourceDetail detail) {
    return new SourcesText(ctx).render(Sanitizer.deep(detail, ctx.glyphs()));
  }

  @Override
  public String quizResult(QuizResult result) {
    return new QuizText(ctx).render(Sanitizer.deep(result, ctx.glyphs()));
  }

  @Override
  public String quizStats(QuizStats stats) {
    return new QuizText(ctx).render(Sanitizer.deep(stats, ctx.glyphs()));
  }

  @Override
  public String recommendation(Recommendation recommendation) {
    return new RecommendText(ctx).render(Sanitizer.deep(recommendation, ctx.glyphs()));
  }

  @Override
  public String lintReport(LintReport report) {
    return new LintText(ctx).render(Sanitizer.deep(report, ctx.glyphs()));
  }

  @Override
  public String map(FieldMapView map) {
    return new MapText(ctx).render(Sanitizer.deep(map, ctx.glyphs()));
  }

  @Override
  public String timeline(TimelineView timeline) {
    return new TimelineText(ctx).render(Sanitizer.deep(timeline, ctx.glyphs()));
  }
}
