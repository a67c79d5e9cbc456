package dev.genaivsllm.render;

import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.model.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code compare --list}: ids with titles and questions on a terminal; one bare id per line when
 * piped, so {@code for d in $(genai-vs-llm compare --list)} just works.
 */
final class DimensionListText {
  private final RenderContext ctx;

  DimensionListText(RenderContext ctx) {
    this.ctx = ctx;
  }

  String render(DimensionList list) {
    StringBuilder out = new StringBuilder();
    if (!ctx.terminal()) {
      list.dimensions().forEach(d -> out.append(d.id()).append('\n'));
      return out.toString();
    }
    int idWidth = list.dimensions().stream().mapToInt(d -> d.id().length()).max().orElse(0);
    for (Dimension d : list.dimensions()) {
      String prefix = TextWrap.pad(d.id(), idWidth) + "  ";
      List<String> lines =
          new ArrayList<>(
              TextWrap.hanging(
                  prefix,
                  d.title() + ctx.glyphs().separator() + d.question(),
                  Math.min(ctx.width(), 120)));
      lines.set(0, ctx.theme().emphasis(d.id()) + lines.get(0).substring(d.id().length()));
      lines.forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }
}
