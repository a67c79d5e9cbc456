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
  private final Glyphs glyphs;
  private final int width;
  private final QuizScreen screen;

  QuizText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 100);
    this.screen = new QuizScreen(ctx);
  }

  String render(QuizResult result) {
    List<String> out = new ArrayList<>();
    out.addAll(
        Styled.wrap(
            width,
            Styled.part("Quiz report", theme::heading),
            Styled.part(
                glyphs.separator()
                    + Plural.of(result.total(), "question")
                    + glyphs.separator()
                    + "seed "
                    + result.seed(),
                theme::muted)));
    out.addAll(screen.score(result));
    int n = 1;
    for (QuizResult.Graded g : result.graded()) {
      out.add("");
      QuizPlan.Item item = g.item();
      Question q = item.question();
      String mark = g.correct() ? theme.correct(glyphs.tick()) : theme.wrong(glyphs.cross());
      List<String> prompt =
          TextWrap.hanging(String.format(Locale.ROOT, "%2d. x ", n++), q.prompt(), width);
      // the x stands in for the mark while wrapping, so that colour is not measured
      out.add(prompt.get(0).substring(0, 4) + mark + prompt.get(0).substring(5));
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
        out.addAll(
            Styled.hanging(
                INDENT + " ",
                width,
                Styled.part("Learn more:", theme::muted),
                Styled.part(" explain " + q.concepts().get(0), theme::command)));
      }
    }
    out.add("");
    muted("The same quiz again: " + result.repeatCommand(), out);
    return String.join("\n", out) + "\n";
  }

  String render(QuizStats stats) {
    List<String> out = new ArrayList<>();
    int seen = stats.total() - stats.unseen();
    out.addAll(
        Styled.wrap(
            width,
            Styled.part("Quiz progress", theme::heading),
            Styled.part(
                glyphs.separator()
                    + (stats.progressFile().isEmpty() ? "not kept" : stats.progressFile()),
                theme::muted)));
    out.addAll(
        TextWrap.wrap(
            seen
                + " of "
                + Plural.of(stats.total(), "question")
                + " answered at least once; "
                + stats.due()
                + " due for review today.",
            width));
    List<String> boxes = new ArrayList<>();
    for (int b = 0; b < stats.boxes().size(); b++) {
      boxes.add((b + 1) + ": " + stats.boxes().get(b));
    }
    out.addAll(
        TextWrap.wrap(
            "Leitner boxes (1 = just missed, 5 = well known): " + String.join(", ", boxes), width));
    List<QuizStats.Row> all = new ArrayList<>(stats.byDimension());
    all.addAll(stats.byDifficulty());
    int nameWidth = all.stream().mapToInt(r -> TextWrap.width(r.name())).max().orElse(4);
    int seenWidth =
        Math.max("seen".length(), all.stream().mapToInt(r -> seen(r).length()).max().orElse(0));
    table("By dimension", stats.byDimension(), nameWidth, seenWidth, out);
    int counted = stats.byDimension().stream().mapToInt(QuizStats.Row::questions).sum();
    if (counted > stats.total()) {
      muted(
          "A question can test more than one dimension, so these rows count "
              + counted
              + " questions where there are "
              + stats.total()
              + ".",
          out);
    }
    table("By difficulty", stats.byDifficulty(), nameWidth, seenWidth, out);
    out.add("");
    muted(
        "seen: questions answered at least once, of those there are; accuracy: answers right, of"
            + " all answers given.",
        out);
    if (stats.due() > 0) {
      out.add("");
      out.addAll(
          Styled.wrap(
              width,
              Styled.plain("Review them:"),
              Styled.part(" genai-vs-llm quiz --review", theme::command)));
    }
    return String.join("\n", out) + "\n";
  }

  private static String seen(QuizStats.Row r) {
    return r.seenQuestions() + "/" + r.questions();
  }

  /**
   * One group as a table whose headings sit over their columns: names, then questions seen (right
   * aligned), then accuracy; each row stacked under its name where the line is too narrow.
   */
  private void table(
      String heading, List<QuizStats.Row> rows, int nameWidth, int seenWidth, List<String> out) {
    out.add("");
    int name = Math.max(nameWidth + 2, TextWrap.width(heading));
    String head =
        TextWrap.pad(heading, name) + " " + " ".repeat(seenWidth - "seen".length()) + "seen  ";
    if (TextWrap.width(head + "accuracy") <= width) {
      out.add(theme.heading(heading) + theme.muted(head.substring(heading.length()) + "accuracy"));
    } else {
      out.add(theme.heading(heading));
    }
    for (QuizStats.Row r : rows) {
      String accuracy =
          r.accuracy() < 0
              ? "-"
              : String.format(
                  Locale.ROOT, "%3d%% (%d of %d)", r.accuracy(), r.correct(), r.answers());
      String seen = " ".repeat(seenWidth - seen(r).length()) + seen(r);
      String line = TextWrap.pad("  " + r.name(), name) + " " + seen + "  " + accuracy;
      if (TextWrap.width(line) <= width) {
        out.add(line);
      } else {
        out.add("  " + r.name());
        TextWrap.wrap("seen " + seen(r) + ", accuracy " + accuracy.strip(), width - 4)
            .forEach(l -> out.add("    " + l));
      }
    }
  }

  private void muted(String text, List<String> out) {
    TextWrap.wrap(text, width).forEach(l -> out.add(theme.muted(l)));
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
