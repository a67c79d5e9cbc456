package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.ConceptList;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.core.Orientation;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizStats;
import dev.genaivsllm.core.Recommendation;
import dev.genaivsllm.core.SearchResults;
import dev.genaivsllm.core.SourceDetail;
import dev.genaivsllm.core.SourceList;

/** Output for documents: GitHub-flavoured markdown, never coloured. */
final class MarkdownRenderer implements Renderer {
  private final ComparisonMarkdown comparisons = new ComparisonMarkdown();

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
    return new ConceptMarkdown().render(explanation);
  }

  @Override
  public String conceptList(ConceptList list) {
    return new ConceptMarkdown().render(list);
  }

  @Override
  public String searchResults(SearchResults results) {
    return new SearchMarkdown().render(results);
  }

  @Override
  public String sourceList(SourceList list) {
    return new SourcesMarkdown().render(list);
  }

  @Override
  public String sourceDetail(SourceDetail detail) {
    return new SourcesMarkdown().render(detail);
  }

  @Override
  public String quizResult(QuizResult result) {
    return new QuizMarkdown().render(result);
  }

  @Override
  public String quizStats(QuizStats stats) {
    return new QuizMarkdown().render(stats);
  }

  @Override
  public String recommendation(Recommendation recommendation) {
    return new RecommendMarkdown().render(recommendation);
  }

  @Override
  public String lintReport(LintReport report) {
    return new LintMarkdown().render(report);
  }
}
