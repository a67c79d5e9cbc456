package dev.genaivsllm.render;

import dev.genaivsllm.core.FieldMapView;
import dev.genaivsllm.layout.Label;
import dev.genaivsllm.layout.Region;
import dev.genaivsllm.layout.Zone;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code map --format markdown}: a Mermaid flowchart in a fenced block, which GitHub and most
 * documentation tools draw. Mermaid nests boxes but cannot overlap them, so what lies in an overlap
 * gets a box of its own, in a row between the two regions it belongs to and titled by both; a
 * backbone follows the row and names the two regions it runs under.
 */
final class MapMermaid {
  private final Glyphs glyphs;

  MapMermaid(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  private final List<String> genai = new ArrayList<>();
  private final List<String> llm = new ArrayList<>();
  private final List<String> links = new ArrayList<>();
  private FieldMapView view;

  String render(FieldMapView view) {
    this.view = view;
    StringBuilder md = new StringBuilder("## Where generative AI and LLMs sit\n\n");
    md.append(Markdown.escape(view.pack().description())).append("\n\n```mermaid\nflowchart LR\n");
    for (Region r : MapTree.of(view.map())) {
      region(r, "  ", md);
    }
    links.forEach(l -> md.append("  ").append(l).append('\n'));
    md.append("  classDef genai stroke:#a21caf,color:#a21caf\n");
    md.append("  classDef llm stroke:#0e7490,color:#0e7490\n");
    if (!genai.isEmpty()) {
      md.append("  class ").append(String.join(",", genai)).append(" genai\n");
    }
    if (!llm.isEmpty()) {
      md.append("  class ").append(String.join(",", llm)).append(" llm\n");
    }
    md.append("```\n");
    List<MapMember> crossing =
        view.map().members().stream().filter(m -> m.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      md.append("\n" + glyphs.mark() + " crosses the line:\n\n");
      for (MapMember m : crossing) {
        md.append("- `")
            .append(m.id())
            .append("`: ")
            .append(Markdown.escape(m.crossing().get()))
            .append('\n');
      }
    }
    md.append("\nEvery label is a concept: `genai-vs-llm explain <label>`.\n");
    return md.toString();
  }

  private void region(Region r, String indent, StringBuilder md) {
    String id = node("r", r.id());
    md.append(indent)
        .append("subgraph ")
        .append(id)
        .append("[\"")
        .append(text(r.id() + (r.zone().note().isEmpty() ? "" : ": " + r.zone().note())))
        .append("\"]\n");
    colour(r.id(), id);
    zone(r.zone(), indent + "  ", md);
    md.append(indent).append("end\n");
  }

  private void zone(Zone z, String indent, StringBuilder md) {
    for (Label l : z.labels()) {
      String id = node("n", l.id());
      md.append(indent).append(id).append("[\"").append(text(label(l))).append("\"]\n");
      colour(l.id(), id);
    }
    for (Region r : z.regions()) {
      region(r, indent, md);
    }
    z.pair()
        .ifPresent(
            p -> {
              String both = node("both", p.first().id() + "-" + p.second().id());
              region(p.first(), indent, md);
              md.append(indent)
                  .append("subgraph ")
                  .append(both)
                  .append("[\"")
                  .append(text("in both " + p.first().id() + " and " + p.second().id()))
                  .append("\"]\n");
              zone(p.both(), indent + "  ", md);
              md.append(indent).append("end\n");
              region(p.second(), indent, md);
              // Invisible links between a label of each part keep the overlap in the middle.
              List<String> anchors = new ArrayList<>();
              for (Zone part : List.of(p.first().zone(), p.both(), p.second().zone())) {
                anchor(part).ifPresent(a -> anchors.add(node("n", a)));
              }
              if (anchors.size() > 1) {
                links.add(String.join(" ~~~ ", anchors));
              }
              for (Label b : z.bands()) {
                String id = node("n", b.id());
                md.append(indent)
                    .append(id)
                    .append("[[\"")
                    .append(
                        text(
                            label(b)
                                + " (under "
                                + p.first().id()
                                + " and "
                                + p.second().id()
                                + ")"))
                    .append("\"]]\n");
                colour(b.id(), id);
              }
            });
  }

  /** The first label drawn in a zone, looking into its regions too. */
  private static java.util.Optional<String> anchor(Zone z) {
    if (!z.labels().isEmpty()) {
      return java.util.Optional.of(z.labels().get(0).id());
    }
    for (Region r : z.regions()) {
      var a = anchor(r.zone());
      if (a.isPresent()) {
        return a;
      }
    }
    return z.pair().flatMap(p -> anchor(p.first().zone()));
  }

  private String label(Label l) {
    return (l.marked() ? glyphs.mark() + " " : "")
        + l.id()
        + (l.note().isEmpty() ? "" : ": " + l.note());
  }

  private void colour(String concept, String node) {
    Placement side = view.concept(concept).placement();
    if (side == Placement.genai) {
      genai.add(node);
    } else if (side == Placement.llm) {
      llm.add(node);
    }
  }

  /** A Mermaid node id: letters, digits and underscores only. */
  private static String node(String prefix, String id) {
    return prefix + "_" + id.replace('-', '_');
  }

  /** Text inside a quoted Mermaid label, with its special characters as entity codes. */
  static String text(String s) {
    return s.replace("#", "#35;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;")
        .replace("`", "#96;");
  }
}
