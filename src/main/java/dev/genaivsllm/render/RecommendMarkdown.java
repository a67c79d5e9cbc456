package dev.genaivsllm.render;

import dev.genaivsllm.core.Recommendation;
import dev.genaivsllm.model.Family;
import java.util.stream.Collectors;

/** {@code recommend} as markdown, for a design note. */
final class RecommendMarkdown {
  private final Glyphs glyphs;

  RecommendMarkdown(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  String render(Recommendation r) {
    StringBuilder md =
        new StringBuilder("## Recommendation for \"")
            .append(Markdown.escape(r.request().goal().strip()))
            .append("\"\n\n**Understood:** ")
            .append(
                r.understood().stream()
                    .map(u -> (u.negated() ? "not " : "") + Markdown.escape(u.label()))
                    .collect(Collectors.joining(", ")))
            .append("\n\n");
    if (!r.pipeline().isEmpty()) {
      md.append("This goal chains several jobs:\n\n");
      int n = 1;
      for (Recommendation.Step step : r.pipeline()) {
        md.append(n++)
            .append(". ")
            .append(Markdown.escape(step.clause()))
            .append(" ")
            .append(glyphs.arrow())
            .append(" **")
            .append(Markdown.escape(step.family().title()))
            .append("**\n");
      }
      md.append('\n');
    }
    md.append("| Rank | Family | Score | Confidence | Why |\n|---|---|---|---|---|\n");
    int n = 1;
    for (Recommendation.Ranked ranked : r.recommendations()) {
      Family f = ranked.family();
      md.append("| ")
          .append(n++)
          .append(" | **")
          .append(Markdown.cell(f.title()))
          .append("** (`")
          .append(f.id())
          .append("`) | ")
          .append(ranked.score())
          .append(" | ")
          .append(ranked.confidence())
          .append(" | ")
          .append(
              ranked.pros().stream()
                  .map(x -> Markdown.cell(x.text()))
                  .collect(Collectors.joining("<br>")))
          .append(" |\n");
    }
    if (!r.notRecommended().isEmpty()) {
      md.append("\n**Not recommended:**\n\n");
      for (Recommendation.Ranked rejected : r.notRecommended()) {
        md.append("- **")
            .append(Markdown.escape(rejected.family().title()))
            .append("**: ")
            .append(
                rejected.cons().stream()
                    .map(x -> Markdown.escape(x.text()))
                    .collect(Collectors.joining(" ")))
            .append('\n');
      }
    }
    return md.toString();
  }
}
