package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.core.Orientation;

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
            .append(ComparisonMarkdown.escape(orientation.pack().description()))
            .append("\n\n")
            .append("| Command | What it does |\n|---|---|\n");
    for (Orientation.Entry e : orientation.commands()) {
      md.append("| `")
          .append(e.name())
          .append("` | ")
          .append(ComparisonMarkdown.escape(e.description()))
          .append(" |\n");
    }
    md.append("\n```sh\n");
    orientation.examples().forEach(e -> md.append(e.name()).append('\n'));
    return md.append("```\n").toString();
  }
}
