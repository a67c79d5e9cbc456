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

/** Output for documents: GitHub-flavoured markdown, never coloured. */
final class MarkdownRenderer implements Renderer {
  private final Glyphs glyphs;
  private final ComparisonMarkdown comparisons;

  MarkdownRenderer(Glyphs glyphs) {
    this.glyphs = glyphs;
    this.comparisons = new ComparisonMarkdown(glyphs);
  }

  @Override
  public String comparison(Comparison comparison) {
    return comparisons.render(Sanitizer.deep(comparison, glyphs));
  }

  @Override
  public String dimensionList(DimensionList list) {
    return comparisons.render(Sanitizer.deep(list, glyphs));
  }

  @Override
  public String orientation(Orientation dirty) {
    Orientation orientation = Sanitizer.deep(dirty, glyphs);
    StringBuilder md =
        new StringBuilder("# genai-vs-llm\n\n")
            .append(Markdown.escape(orientation.pack().description()))
            .append("\n\n")
            .append("| Command | What it does |\n|---|---|\n");
    for (Orientation.Entry e : orientation.commands()) {
      md.append("| `")
          .append(e.name())
          .append("` | ")
          .append(Markdown.escape(e.description()))
          .append(" |\n");
    }
    md.append("\n```sh\n");
    orientation.examples().forEach(e -> md.append(e.name()).append('\n'));
    return md.append("```\n").toString();
  }

  @Override
  public String explanation(Explanation explanation) {
    return new ConceptMarkdown().render(Sanitizer.deep(explanation, glyphs));
  }

  @Override
  public String conceptList(ConceptList list) {
    return new ConceptMarkdown().render(Sanitizer.deep(list, glyphs));
  }

  @Override
  public String answer(Answer answer) {
    return new AnswerMarkdown(glyphs).render(Sanitizer.deep(answer, glyphs));
  }

  @Override
  public String conceptPair(ConceptPair pair) {
    return new AnswerMarkdown(glyphs).render(Sanitizer.deep(pair, glyphs));
  }

  @Override
  public String evaluation(Evaluation evaluation) {
    return new EvaluationJson().markdown(Sanitizer.deep(evaluation, glyphs));
  }

  @Override
  public String searchResults(SearchResults results) {
    return new SearchMarkdown().render(Sanitizer.deep(results, glyphs));
  }

  @Override
  public String sourceList(SourceList list) {
    return new SourcesMarkdown().render(Sanitizer.deep(list, glyphs));
  }

  @Override
  public String sourceDetail(SourceDetail detail) {
    return new SourcesMarkdown().render(Sanitizer.deep(detail, glyphs));
  }

  @Override
  public String quizResult(QuizResult result) {
    return new QuizMarkdown(glyphs).render(Sanitizer.deep(result, glyphs));
  }

  @Override
  public String quizStats(QuizStats stats) {
    return new QuizMarkdown(glyphs).render(Sanitizer.deep(stats, glyphs));
  }

  @Override
  public String recommendation(Recommendation recommendation) {
    return new RecommendMarkdown(glyphs).render(Sanitizer.deep(recommendation, glyphs));
  }

  @Override
  public String lintReport(LintReport report) {
    return new LintMarkdown().render(Sanitizer.deep(report, glyphs));
  }

  @Override
  public String map(FieldMapView map) {
    return new MapMermaid(glyphs).render(Sanitizer.deep(map, glyphs));
  }

  @Override
  public String timeline(TimelineView timeline) {
    return new TimelineMermaid(glyphs).render(Sanitizer.deep(timeline, glyphs));
  }
}
