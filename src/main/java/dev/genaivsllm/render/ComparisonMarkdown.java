package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code compare} as GitHub-flavoured markdown, ready to paste into documentation. */
final class ComparisonMarkdown {
  private final Glyphs glyphs;

  ComparisonMarkdown(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  String render(Comparison comparison) {
    return comparison.overview() ? overview(comparison) : details(comparison);
  }

  String render(DimensionList list) {
    StringBuilder md = new StringBuilder("| Dimension | Title | Question |\n|---|---|---|\n");
    for (Dimension d : list.dimensions()) {
      md.append("| `")
          .append(d.id())
          .append("` | ")
          .append(Markdown.cell(d.title()))
          .append(" | ")
          .append(Markdown.cell(d.question()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String overview(Comparison comparison) {
    StringBuilder md = new StringBuilder("# Generative AI vs LLMs\n\n");
    if (!comparison.pack().description().isEmpty()) {
      md.append(Markdown.escape(comparison.pack().description())).append("\n\n");
    }
    md.append("| Dimension | Generative AI | LLMs |\n|---|---|---|\n");
    for (Dimension d : comparison.dimensions()) {
      md.append("| **")
          .append(Markdown.cell(d.title()))
          .append("** | ")
          .append(Markdown.cell(d.genai().summary()))
          .append(" | ")
          .append(Markdown.cell(d.llm().summary()))
          .append(" |\n");
    }
    return md.toString();
  }

  private String details(Comparison comparison) {
    Map<String, Source> sources =
        comparison.sources().stream().collect(Collectors.toMap(Source::key, Function.identity()));
    StringBuilder md = new StringBuilder();
    for (Dimension d : comparison.dimensions()) {
      if (md.length() > 0) {
        md.append('\n');
      }
      dimension(d, sources, md);
    }
    return md.toString();
  }

  private void dimension(Dimension d, Map<String, Source> sources, StringBuilder md) {
    Citations citations = new Citations(d.citedKeys());
    md.append("## ")
        .append(Markdown.escape(d.title()))
        .append("\n\n")
        .append('*')
        .append(Markdown.escape(d.question()))
        .append("*\n\n")
        .append(Markdown.escape(citations.cite(d.summary(), d.sources())))
        .append("\n\n")
        .append("| Generative AI | LLMs |\n|---|---|\n")
        .append("| **")
        .append(Markdown.cell(d.genai().summary()))
        .append("** | **")
        .append(Markdown.cell(d.llm().summary()))
        .append("** |\n")
        .append("| ")
        .append(points(d.genai(), citations))
        .append(" | ")
        .append(points(d.llm(), citations))
        .append(" |\n\n");
    md.append("### Where the line blurs\n\n");
    for (Statement n : d.nuance()) {
      md.append("- ").append(Markdown.escape(citations.cite(n.text(), n.sources()))).append('\n');
    }
    md.append("\n### Common misconceptions\n\n");
    for (Misconception m : d.misconceptions()) {
      md.append("- **Claim:** ")
          .append(Markdown.escape(m.claim()))
          .append("  \n  **Correction:** ")
          .append(Markdown.escape(citations.cite(m.correction(), m.sources())))
          .append('\n');
    }
    if (!d.concepts().isEmpty()) {
      md.append("\n**Key concepts:** ")
          .append(d.concepts().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
          .append('\n');
    }
    md.append("\n### Sources\n\n");
    int n = 1;
    for (String key : d.citedKeys()) {
      md.append(n++).append(". ").append(References.markdown(sources.get(key))).append('\n');
    }
  }

  private String points(Side side, Citations citations) {
    return side.points().stream()
        .map(p -> glyphs.bullet() + " " + Markdown.cell(citations.cite(p.text(), p.sources())))
        .collect(Collectors.joining("<br>"));
  }
}
