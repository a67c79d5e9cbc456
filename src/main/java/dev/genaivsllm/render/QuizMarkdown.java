package dev.genaivsllm.render;

import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizStats;
import dev.genaivsllm.model.Question;

/** The quiz report and progress statistics as markdown, for a class's notes. */
final class QuizMarkdown {
  private final Glyphs glyphs;

  QuizMarkdown(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  String render(QuizResult result) {
    StringBuilder md =
        new StringBuilder("## Quiz report\n\n**Score: ")
            .append(result.score())
            .append('/')
            .append(result.total())
            .append(" (")
            .append(result.percent())
            .append("%)**")
            .append(glyphs.separator())
            .append("seed ")
            .append(result.seed())
            .append("\n\n");
    int n = 1;
    for (QuizResult.Graded g : result.graded()) {
      QuizPlan.Item item = g.item();
      Question q = item.question();
      md.append(n++)
          .append(". ")
          .append(g.correct() ? glyphs.tick() : glyphs.cross())
          .append(' ')
          .append(Markdown.escape(q.prompt()))
          .append('\n');
      for (int p = 0; p < item.order().size(); p++) {
        Question.Option o = item.shown(p);
        md.append("   - ")
            .append(g.chosen().contains(p) ? "**" : "")
            .append(QuizPlan.Item.letter(p))
            .append(") ")
            .append(Markdown.escape(o.text()))
            .append(g.chosen().contains(p) ? "** (chosen)" : "")
            .append(o.correct() ? " " + glyphs.tick() : "")
            .append('\n');
      }
      md.append("\n   ").append(Markdown.escape(q.explanation())).append("\n\n");
    }
    md.append("`").append(result.repeatCommand()).append("`\n");
    return md.toString();
  }

  String render(QuizStats stats) {
    StringBuilder md =
        new StringBuilder("## Quiz progress\n\n| Dimension | Seen | Accuracy |\n|---|---|---|\n");
    for (QuizStats.Row r : stats.byDimension()) {
      md.append("| ")
          .append(r.name())
          .append(" | ")
          .append(r.seenQuestions())
          .append('/')
          .append(r.questions())
          .append(" | ")
          .append(r.accuracy() < 0 ? "-" : r.accuracy() + "%")
          .append(" |\n");
    }
    md.append("\nDue for review today: ").append(stats.due()).append('\n');
    return md.toString();
  }
}
