package dev.genaivsllm.render;

import dev.genaivsllm.core.SourceDetail;
import dev.genaivsllm.core.SourceList;
import dev.genaivsllm.model.Source;

/** {@code sources} as a markdown reference list. */
final class SourcesMarkdown {
  String render(SourceList list) {
    StringBuilder md =
        new StringBuilder(Plural.of(list.sources().size(), "source"))
            .append(", ")
            .append(SourcesText.order(list))
            .append("\n\n");
    for (Source s : list.sources()) {
      md.append("- `").append(s.key()).append("`: ").append(References.markdown(s)).append('\n');
    }
    return md.toString();
  }

  String render(SourceDetail detail) {
    Source s = detail.source();
    StringBuilder md = new StringBuilder("## `").append(s.key()).append("`\n\n");
    md.append(References.markdown(s)).append("\n\n");
    s.note().ifPresent(n -> md.append("*").append(Markdown.escape(n)).append("*\n\n"));
    md.append("### Cited by\n\n");
    if (detail.citedBy().isEmpty()) {
      md.append("Nothing in this pack yet.\n");
    }
    for (SourceDetail.Citation c : detail.citedBy()) {
      md.append("- `").append(c.command()).append("`: ").append(Markdown.escape(c.title()));
      if (c.kind().equals("dimension")) {
        md.append(" (").append(String.join(", ", c.places())).append(')');
      }
      md.append('\n');
    }
    return md.toString();
  }
}
