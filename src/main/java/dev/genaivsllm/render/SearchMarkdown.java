package dev.genaivsllm.render;

import dev.genaivsllm.core.SearchResults;

/** {@code search} as a markdown table. */
final class SearchMarkdown {
  String render(SearchResults results) {
    StringBuilder md =
        new StringBuilder("Results for \"")
            .append(Markdown.escape(results.query()))
            .append("\"\n\n| Entry | Excerpt | Open with |\n|---|---|---|\n");
    for (SearchResults.Hit hit : results.hits()) {
      md.append("| **")
          .append(Markdown.cell(hit.title()))
          .append("** (")
          .append(hit.kind())
          .append(") | ")
          .append(Markdown.cell(hit.snippet()))
          .append(" | `")
          .append(hit.command())
          .append("` |\n");
    }
    return md.toString();
  }
}
