package dev.genaivsllm.render;

import dev.genaivsllm.core.Orientation;
import java.util.ArrayList;
import java.util.List;

/** The page shown by {@code genai-vs-llm} alone. */
final class OrientationText {
  private final RenderContext ctx;

  OrientationText(RenderContext ctx) {
    this.ctx = ctx;
  }

  String render(Orientation o) {
    Theme theme = ctx.theme();
    int width = Math.min(ctx.width(), 100);
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading("genai-vs-llm")
            + ctx.glyphs().separator()
            + "how generative AI and large language models "
            + "differ, with sources");
    out.add("");
    out.add(theme.heading("The short answer"));
    TextWrap.wrap(o.pack().description(), width - 2).forEach(l -> out.add("  " + l));
    out.add("");
    out.add(theme.heading("Commands"));
    entries(o.commands(), theme, width, out);
    out.add("");
    out.add(theme.heading("Try"));
    for (Orientation.Entry e : o.examples()) {
      out.add("  " + theme.command(e.name()));
      TextWrap.wrap(e.description(), width - 6).forEach(l -> out.add("      " + theme.muted(l)));
    }
    out.add("");
    out.add("Help on a command: " + theme.command("genai-vs-llm <command> --help"));
    return String.join("\n", out) + "\n";
  }

  private static void entries(
      List<Orientation.Entry> entries, Theme theme, int width, List<String> out) {
    int nameWidth = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Orientation.Entry e : entries) {
      String prefix = "  " + TextWrap.pad(e.name(), nameWidth) + "  ";
      List<String> lines = TextWrap.hanging(prefix, e.description(), width);
      out.add("  " + theme.command(e.name()) + lines.get(0).substring(2 + e.name().length()));
      out.addAll(lines.subList(1, lines.size()));
    }
  }
}
