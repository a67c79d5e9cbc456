package dev.genaivsllm.render;

import dev.genaivsllm.core.Answers;
import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an interactive quiz, one piece at a time: the header, each question, the feedback on
 * an answer, the progress line and the closing summary. The session decides when to show what; this
 * class only decides how it reads.
 */
public final class QuizScreen {
  private static final String INDENT = "   ";

  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  public QuizScreen(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 100);
  }

  public String header(QuizPlan plan) {
    int n = plan.items().size();
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading("Quiz")
            + theme.muted(
                glyphs.separator()
                    + Plural.of(n, "question")
                    + glyphs.separator()
                    + "seed "
                    + plan.seed()));
    out.addAll(
        TextWrap.wrap(
            "Answer with a letter, several for \"select all\"; ? for help, q or Ctrl-D to stop.",
            width));
    return String.join("\n", out) + "\n";
  }

  public String question(QuizPlan.Item dirty, int number, int total) {
    QuizPlan.Item item = Sanitizer.deep(dirty, glyphs);
    Question q = item.question();
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(
        theme.muted(
            "Question "
                + number
                + "/"
                + total
                + glyphs.separator()
                + q.difficulty()
                + glyphs.separator()
                + q.topic()));
    TextWrap.wrap(q.prompt(), width).forEach(l -> out.add(theme.emphasis(l)));
    for (int p = 0; p < item.order().size(); p++) {
      String prefix = "  " + QuizPlan.Item.letter(p) + ") ";
      out.addAll(TextWrap.hanging(prefix, item.shown(p).text(), width));
    }
    return String.join("\n", out) + "\n";
  }

  public String prompt() {
    return theme.command("> ");
  }

  /** Right or wrong, why the chosen wrong options are wrong, the explanation, where to learn. */
  public String feedback(QuizResult.Graded dirty) {
    QuizResult.Graded graded = Sanitizer.deep(dirty, glyphs);
    List<String> out = new ArrayList<>();
    QuizPlan.Item item = graded.item();
    if (graded.correct()) {
      out.add(theme.correct(glyphs.tick() + " Right."));
    } else {
      out.add(theme.wrong(glyphs.cross() + " Not quite."));
      for (int p : graded.chosen()) {
        Question.Option o = item.shown(p);
        o.why().ifPresent(why -> wrapped(QuizPlan.Item.letter(p) + ") " + why, out));
      }
      wrapped("The answer: " + letters(item), out);
    }
    wrapped(item.question().explanation(), out);
    learnMore(item.question(), out);
    return String.join("\n", out) + "\n";
  }

  public String progress(int answered, int total, int correct) {
    return theme.muted(answered + "/" + total + ", " + correct + " correct") + "\n";
  }

  public String invalid(String message) {
    return theme.wrong(glyphs.text(Sanitizer.clean(message))) + "\n";
  }

  public String help(QuizPlan.Item item) {
    String help =
        "Type "
            + Answers.expected(item).replaceFirst("^answer ", "")
            + ". Case and spaces do not matter. q stops the quiz and shows your score;"
            + " so does Ctrl-D.";
    return String.join("\n", TextWrap.wrap(help, width).stream().map(theme::muted).toList()) + "\n";
  }

  /**
   * The one line a stopped quiz ends with (q, Ctrl-D, Ctrl-C): how many were answered, the score
   * over those and over the whole quiz, and what was saved.
   *
   * @param saved whether answers are recorded in the progress file (not with --no-save)
   */
  public String stopped(QuizResult dirty, boolean saved) {
    QuizResult result = Sanitizer.deep(dirty, glyphs);
    int answered = result.graded().size();
    String sep = glyphs.separator();
    StringBuilder line =
        new StringBuilder("Stopped: ").append(answered).append('/').append(result.total());
    line.append(" answered");
    if (answered > 0) {
      line.append(sep)
          .append(result.score())
          .append('/')
          .append(answered)
          .append(" right (")
          .append(result.answeredPercent())
          .append("%)")
          .append(sep)
          .append(result.score())
          .append('/')
          .append(result.total())
          .append(" overall (")
          .append(result.percent())
          .append("%)");
    }
    line.append(sep);
    if (!saved) {
      line.append("nothing saved");
    } else if (answered == 0) {
      line.append("nothing to save");
    } else {
      line.append(Plural.of(answered, "answer")).append(" saved");
    }
    List<String> lines = new ArrayList<>(TextWrap.wrap(line.toString(), width));
    lines.replaceAll(theme::heading);
    return String.join("\n", lines) + passMark(result) + "\n";
  }

  /**
   * The score, the questions missed, and how to repeat or review.
   *
   * @param saved whether answers are recorded in the progress file (not with --no-save)
   */
  public String summary(QuizResult dirty, boolean saved) {
    QuizResult result = Sanitizer.deep(dirty, glyphs);
    List<String> out = new ArrayList<>();
    out.add("");
    if (result.finished()) {
      String score =
          "Score: " + result.score() + "/" + result.total() + " (" + result.percent() + "%)";
      out.add(theme.heading(score) + passMark(result));
    } else {
      out.add(stopped(dirty, saved).stripTrailing());
    }
    List<QuizResult.Graded> missed = result.graded().stream().filter(g -> !g.correct()).toList();
    if (!missed.isEmpty()) {
      out.add("Missed:");
      for (QuizResult.Graded g : missed) {
        List<String> lines =
            TextWrap.hanging("  " + glyphs.bullet() + " ", g.item().question().prompt(), width);
        out.addAll(lines);
        learnMore(g.item().question(), out);
      }
    }
    muted("The same quiz again: " + result.repeatCommand(), out);
    if (saved && !missed.isEmpty()) {
      muted("Missed questions come back first with: genai-vs-llm quiz --review", out);
    }
    return String.join("\n", out) + "\n";
  }

  String passMark(QuizResult result) {
    if (result.passMark().isEmpty()) {
      return "";
    }
    int mark = result.passMark().getAsInt();
    return result.passed()
        ? theme.correct(glyphs.separator() + "pass mark " + mark + "% reached")
        : theme.wrong(glyphs.separator() + "pass mark " + mark + "% not reached");
  }

  private void learnMore(Question q, List<String> out) {
    if (!q.concepts().isEmpty()) {
      out.add(
          INDENT + theme.muted("Learn more: ") + theme.command("explain " + q.concepts().get(0)));
    }
  }

  private void muted(String text, List<String> out) {
    TextWrap.wrap(text, width).forEach(l -> out.add(theme.muted(l)));
  }

  private void wrapped(String text, List<String> out) {
    TextWrap.wrap(text, width - INDENT.length()).forEach(l -> out.add(INDENT + l));
  }

  /** The correct options as "c) text". */
  static String letters(QuizPlan.Item item) {
    List<String> parts = new ArrayList<>();
    for (int p : item.correctPositions()) {
      parts.add(QuizPlan.Item.letter(p) + ") " + item.shown(p).text());
    }
    return String.join("; ", parts);
  }
}
