package dev.genaivsllm.render;

import dev.genaivsllm.core.Handout;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.TimelineEvent;
import java.util.List;

/**
 * {@code handout}: one self-contained HTML page to print or project. Styles and the map are inline;
 * there are no scripts, fonts, images or links to load, so it opens the same offline. Laid out for
 * paper: a column 182 mm wide fits A4 (210 mm) and Letter (216 mm) with their margins, tables and
 * the timeline break between rows, never inside one, and the map (the one picture) keeps to a page.
 * The timeline is a table rather than a picture so that it can run over pages.
 */
public final class HandoutHtml {
  private static final Glyphs G = Glyphs.UNICODE;
  private static final int MAP_WIDTH = 840;

  private final StringBuilder html = new StringBuilder();
  private Citations citations;

  /** The page for a handout; pack text is made safe here, as every renderer does. */
  public String render(Handout dirty) {
    Handout h = Sanitizer.deep(dirty);
    citations = new Citations(h.sources().stream().map(Source::key).toList());
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(h.pack().language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Generative AI and LLMs: a handout</title>\n<style>\n")
        .append(STYLE)
        .append(Svg.rules(false))
        .append("</style>\n</head>\n<body>\n");
    header(h);
    html.append("<section>\n<h2>Where they sit</h2>\n<figure class=\"map\">\n")
        .append(new MapSvg().render(h.map(), MAP_WIDTH, "map", false))
        .append("</figure>\n</section>\n");
    overview(h);
    timeline(h);
    misconceptions(h);
    sources(h);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private void header(Handout h) {
    html.append("<header>\n<h1>Generative AI and LLMs</h1>\n<p class=\"answer\">")
        .append(esc(h.pack().description()))
        .append("</p>\n<p class=\"hint\">Made with <code>genai-vs-llm handout</code> from the")
        .append(" content pack ")
        .append(esc(h.pack().name()))
        .append(' ')
        .append(esc(h.pack().version()))
        .append(", reviewed ")
        .append(h.pack().reviewed())
        .append(". Numbers in brackets are the sources at the end.</p>\n</header>\n");
  }

  private void overview(Handout h) {
    List<Dimension> dimensions = h.overview().dimensions();
    html.append("<section>\n<h2>")
        .append(dimensions.size())
        .append(" ways they differ</h2>\n<table class=\"overview\">\n")
        .append("<colgroup><col class=\"dim\"><col><col></colgroup>\n")
        .append("<thead><tr><th>Dimension</th><th class=\"genai\">Generative AI</th>")
        .append("<th class=\"llm\">LLMs</th></tr></thead>\n<tbody>\n");
    for (Dimension d : dimensions) {
      html.append("<tr><td><b>")
          .append(esc(d.title()))
          .append("</b><br><span class=\"q\">")
          .append(esc(d.question()))
          .append("</span></td><td>")
          .append(esc(d.genai().summary()))
          .append("</td><td>")
          .append(esc(d.llm().summary()))
          .append(' ')
          .append(marker(d.sources()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<p class=\"hint\">The whole comparison: <code>")
        .append("genai-vs-llm compare &lt;dimension&gt;</code>.</p>\n</section>\n");
  }

  private void timeline(Handout h) {
    html.append("<section>\n<h2>Two histories, ")
        .append(h.timeline().since())
        .append(" to ")
        .append(h.timeline().until())
        .append("</h2>\n<table class=\"timeline\">\n")
        .append("<colgroup><col class=\"year\"><col><col></colgroup>\n")
        .append("<thead><tr><th>Year</th><th class=\"genai\">")
        .append(Lane.genai.title())
        .append("</th><th class=\"llm\">")
        .append(Lane.llm.title())
        .append("</th></tr></thead>\n<tbody>\n");
    List<TimelineEvent> events = h.timeline().events();
    for (int year = h.timeline().since(); year <= h.timeline().until(); year++) {
      int y = year;
      List<TimelineEvent> ofYear = events.stream().filter(e -> e.date().year() == y).toList();
      html.append("<tr><th>").append(year).append("</th>");
      for (Lane lane : Lane.values()) {
        html.append("<td>");
        for (TimelineEvent e : ofYear) {
          if (e.lane() == lane) {
            event(e);
          }
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    List<TimelineEvent> crossing = events.stream().filter(e -> e.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      html.append("<p class=\"hint\">")
          .append(G.mark())
          .append(" crosses over into the other history:</p>\n<ul class=\"crossing\">\n");
      for (TimelineEvent e : crossing) {
        html.append("<li><b>")
            .append(esc(e.title()))
            .append("</b> (")
            .append(e.date().year())
            .append("): ")
            .append(esc(e.crossing().get()))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private void event(TimelineEvent e) {
    html.append("<div class=\"event ")
        .append(e.lane().name())
        .append("\"><span class=\"dot\">")
        .append(e.crossing().isPresent() ? G.mark() : G.dot())
        .append("</span> ")
        .append(
            e.date().monthName().isEmpty()
                ? ""
                : "<span class=\"m\">" + e.date().monthName() + "</span> ")
        .append(esc(e.title()))
        .append(" <code>")
        .append(esc(e.concept()))
        .append("</code> ")
        .append(marker(e.sources()))
        .append("</div>");
  }

  private void misconceptions(Handout h) {
    html.append("<section>\n<h2>Common misconceptions</h2>\n<div class=\"misconceptions\">\n");
    for (Handout.Myth myth : h.misconceptions()) {
      Misconception m = myth.misconception();
      html.append("<div class=\"misconception\"><p class=\"claim\">")
          .append(G.cross())
          .append(' ')
          .append(esc(m.claim()))
          .append(" <span class=\"dim\">")
          .append(esc(myth.dimension()))
          .append("</span></p><p class=\"correction\">")
          .append(G.tick())
          .append(' ')
          .append(esc(m.correction()))
          .append(' ')
          .append(marker(m.sources()))
          .append("</p></div>\n");
    }
    html.append("</div>\n<p class=\"hint\">Each dimension has more: <code>genai-vs-llm compare")
        .append(" &lt;dimension&gt;</code>.</p>\n</section>\n");
  }

  private void sources(Handout h) {
    html.append("<section>\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (Source s : h.sources()) {
      html.append("<li>").append(esc(References.text(s))).append("</li>\n");
    }
    html.append("</ol>\n</section>\n");
  }

  private String marker(List<String> keys) {
    return "<span class=\"cite\">" + citations.marker(keys) + "</span>";
  }

  private static String esc(String s) {
    return Svg.escape(s);
  }

  private static final String STYLE =
      "@page{size:auto;margin:14mm 14mm 16mm}\n"
          + ":root{color-scheme:light}\n"
          + "html{background:#fff}\n"
          + "body{font-family:"
          + Svg.SANS
          + ";font-size:10pt;line-height:1.4;color:#1f2328;max-width:182mm;"
          + "margin:0 auto;padding:8mm 0}\n"
          + "@media print{body{max-width:none;padding:0}}\n"
          + "h1{font-size:20pt;margin:0 0 2mm}\n"
          + "h2{font-size:13pt;margin:7mm 0 2mm;padding-bottom:1mm;border-bottom:1px solid #d0d7de;"
          + "break-after:avoid}\n"
          + ".answer{font-size:12pt;margin:0;padding:2.5mm 4mm;border-left:4px solid #a21caf;"
          + "background:#fbf4fc}\n"
          + "figure{margin:0;break-inside:avoid}\n"
          + "figure svg{display:block;width:100%;height:auto}\n"
          + ".hint{font-size:8.5pt;color:#57606a;margin:1.5mm 0;break-after:avoid}\n"
          + "code{font-family:"
          + Svg.MONO
          + ";font-size:.9em}\n"
          + "table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:8.5pt}\n"
          + "th,td{border:1px solid #d0d7de;padding:1.2mm 1.8mm;vertical-align:top;text-align:left;"
          + "overflow-wrap:anywhere}\n"
          + "thead th{background:#f6f8fa}\n"
          + "tr{break-inside:avoid}\n"
          + "thead{display:table-header-group}\n"
          + "col.dim{width:24%}col.year{width:9%}\n"
          + ".q{color:#57606a}\n"
          + ".genai,.event.genai .dot{color:#a21caf}.llm,.event.llm .dot{color:#0e7490}\n"
          + ".event{margin:0 0 1mm}.event .m{font-weight:bold}\n"
          + ".cite{color:#57606a;font-size:.85em;white-space:nowrap}\n"
          + ".crossing{font-size:8.5pt;margin:0;padding-left:5mm}\n"
          + ".misconception{break-inside:avoid;margin:0 0 2mm}\n"
          + ".misconception p{margin:0}\n"
          + ".claim{color:#b42318;font-weight:bold}\n"
          + ".claim .dim{color:#57606a;font-weight:normal;font-size:.85em}\n"
          + ".sources{font-size:7.5pt;padding-left:7mm;columns:2;column-gap:6mm}\n"
          + ".sources li{break-inside:avoid;overflow-wrap:anywhere}\n";
}
