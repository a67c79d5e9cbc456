package dev.genaivsllm.render;

import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizStats;
import dev.genaivsllm.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The quiz report and the progress statistics, for people. */
final class QuizText {
  private static final String INDENT = "   ";

  private final Theme theme;
  private final int width;
  private final QuizScreen screen;

  QuizText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.width = Math.min(ctx.width(), 100);
    this.screen = new QuizScreen(ctx);
  }

  String render(QuizResult result) {
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading("Quiz report")
            + theme.muted(" · " + result.total() + " questions · seed " + result.seed()));
    out.add(
        theme.heading(
                "Score: " + result.score() + "/" + result.total() + " (" + result.percent() + "%)")
            + screen.passMark(result));
    int n = 1;
    for (QuizResult.Graded g : result.graded()) {
      out.add("");
      QuizPlan.Item item = g.item();
      Question q = item.question();
      String mark = g.correct() ? theme.correct("✓") : theme.wrong("✗");
      List<String> prompt =
          TextWrap.hanging(String.format(Locale.ROOT, "%2d. x ", n++), q.prompt(), width);
      out.add(prompt.get(0).replace(" x ", " " + mark + " "));
      out.addAll(prompt.subList(1, prompt.size()));
      wrapped("Your answer: " + chosen(g), out);
      if (!g.correct()) {
        for (int p : g.chosen()) {
          item.shown(p)
              .why()
              .ifPresent(why -> wrapped("Why not " + QuizPlan.Item.letter(p) + ": " + why, out));
        }
        wrapped("Correct: " + QuizScreen.letters(item), out);
      }
      wrapped(q.explanation(), out);
      if (!q.concepts().isEmpty()) {
        out.add(
            INDENT
                + " "
                + theme.muted("Learn more: ")
                + theme.command("explain " + q.concepts().get(0)));
      }
    }
    out.add("");
    out.add(theme.muted("The same quiz again: " + result.repeatCommand()));
    return String.join("\n", out) + "\n";
  }

  String render(QuizStats stats) {
    List<String> out = new ArrayList<>();
    int seen = stats.total() - stats.unseen();
    String where = stats.progressFile().isEmpty() ? "not kept" : stats.progressFile();
    out.add(theme.heading("Quiz progress") + theme.muted(" · " + where));
    out.add(
        seen
            + " of "
            + stats.total()
            + " questions answered at least once; "
            + stats.due()
            + " due for review today.");
    StringBuilder boxes = new StringBuilder("Boxes (1 = just missed, 5 = well known):");
    for (int b = 0; b < stats.boxes().size(); b++) {
      boxes.append("  ").append(b + 1).append(": ").append(stats.boxes().get(b));
    }
    out.add(boxes.toString());
    table("By dimension", stats.byDimension(), out);
    table("By difficulty", stats.byDifficulty(), out);
    if (stats.due() > 0) {
      out.add("");
      out.add("Review them: " + theme.command("genai-vs-llm quiz --review"));
    }
    return String.join("\n", out) + "\n";
  }

  private void table(String heading, List<QuizStats.Row> rows, List<String> out) {
    out.add("");
    int nameWidth =
        Math.max(
            heading.length() - 2, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    out.add(theme.heading(TextWrap.pad(heading, nameWidth + 2)) + theme.muted(" seen    accuracy"));
    for (QuizStats.Row r : rows) {
      String seen = String.format(Locale.ROOT, "%3d/%-3d", r.seenQuestions(), r.questions());
      String accuracy =
          r.accuracy() < 0
              ? "-"
              : String.format(
                  Locale.ROOT, "%3d%% (%d of %d)", r.accuracy(), r.correct(), r.answers());
      out.add("  " + TextWrap.pad(r.name(), nameWidth) + " " + seen + "  " + accuracy);
    }
  }

  private String chosen(QuizResult.Graded g) {
    List<String> parts = new ArrayList<>();
    for (int p : g.chosen().stream().sorted().toList()) {
      parts.add(QuizPlan.Item.letter(p) + ") " + g.item().shown(p).text());
    }
    return String.join("; ", parts);
  }

  private void wrapped(String text, List<String> out) {
    TextWrap.wrap(text, width - INDENT.length() - 1).forEach(l -> out.add(INDENT + " " + l));
  }
}
