package dev.genaivsllm.render;

import dev.genaivsllm.core.ConceptList;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Source;
import java.util.stream.Collectors;

/** {@code explain} as markdown: a glossary entry ready to paste into notes. */
final class ConceptMarkdown {
  String render(Explanation e) {
    Concept c = e.concept();
    StringBuilder md = new StringBuilder("## ").append(Markdown.escape(c.title())).append("\n\n");
    md.append("**").append(Markdown.escape(c.definition())).append("**\n\n");
    if (e.level().showsBeginner()) {
      section(md, "Explained simply", c.beginner());
    }
    if (e.level().showsPractitioner()) {
      section(md, "For practitioners", c.practitioner());
    }
    section(md, "What it is not", c.isNot());
    section(md, "Where it sits: " + c.placement().label(), c.placementNote());
    if (!c.related().isEmpty()) {
      md.append("**See also:** ")
          .append(c.related().stream().map(r -> "`explain " + r + "`").collect(joining()))
          .append("\n\n");
    }
    if (!c.dimensions().isEmpty()) {
      md.append("**In compare:** ")
          .append(c.dimensions().stream().map(d -> "`compare " + d + "`").collect(joining()))
          .append("\n\n");
    }
    md.append("### Sources\n\n");
    int n = 1;
    for (Source s : e.sources()) {
      md.append(n++).append(". ").append(References.markdown(s)).append('\n');
    }
    return md.toString();
  }

  String render(ConceptList list) {
    StringBuilder md = new StringBuilder("| Concept | Definition |\n|---|---|\n");
    for (Concept c : list.concepts()) {
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(Markdown.cell(c.definition()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static void section(StringBuilder md, String heading, String text) {
    md.append("### ").append(Markdown.escape(heading)).append("\n\n");
    md.append(Markdown.escape(text)).append("\n\n");
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
