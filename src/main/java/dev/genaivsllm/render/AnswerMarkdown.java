package dev.genaivsllm.render;

import dev.genaivsllm.core.Answer;
import dev.genaivsllm.core.ConceptPair;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Source;
import java.util.List;

/** {@code ask} and {@code explain X vs Y} as markdown, ready to paste into notes. */
final class AnswerMarkdown {
  private final Glyphs glyphs;

  AnswerMarkdown(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  String render(Answer a) {
    StringBuilder md = new StringBuilder("> ").append(Markdown.escape(a.question())).append("\n\n");
    switch (a.kind()) {
      case concept -> {
        Concept c = a.concepts().get(0);
        md.append("## ").append(Markdown.escape(c.title())).append("\n\n");
        md.append("**").append(Markdown.escape(c.definition())).append("**\n\n");
        if (a.level().showsBeginner()) {
          md.append(Markdown.escape(c.beginner())).append("\n\n");
        }
        if (a.level().showsPractitioner()) {
          md.append(Markdown.escape(c.practitioner())).append("\n\n");
        }
      }
      case placement -> {
        Concept c = a.concepts().get(0);
        md.append("## ")
            .append(Markdown.escape(c.title()))
            .append(": ")
            .append(c.placement().label())
            .append("\n\n");
        md.append("**").append(Markdown.escape(c.placementNote())).append("**\n\n");
        md.append(Markdown.escape(c.definition())).append("\n\n");
      }
      case dimension -> {
        Dimension d = a.dimension().orElseThrow();
        md.append("## ").append(Markdown.escape(d.title())).append("\n\n");
        md.append("**").append(Markdown.escape(d.summary())).append("**\n\n");
        md.append("- **Generative AI:** ")
            .append(Markdown.escape(d.genai().summary()))
            .append('\n');
        md.append("- **LLMs:** ").append(Markdown.escape(d.llm().summary())).append("\n\n");
      }
      case misconception -> {
        Misconception m = a.misconception().orElseThrow();
        md.append("## A common misconception (")
            .append(Markdown.escape(a.dimension().orElseThrow().title()))
            .append(")\n\n");
        md.append("- ")
            .append(glyphs.cross())
            .append(" ")
            .append(Markdown.escape(m.claim()))
            .append('\n');
        md.append("- ")
            .append(glyphs.tick())
            .append(" ")
            .append(Markdown.escape(m.correction()))
            .append("\n\n");
      }
      case comparison -> table(a.concepts().get(0), a.concepts().get(1), md);
    }
    sources(a.sources(), md);
    if (!a.seeAlso().isEmpty()) {
      md.append("\nSee also:\n\n");
      for (Answer.SeeAlso s : a.seeAlso()) {
        md.append("- ")
            .append(Markdown.escape(s.title()))
            .append(": `")
            .append(s.command())
            .append("`\n");
      }
    }
    return md.toString();
  }

  String render(ConceptPair pair) {
    StringBuilder md = new StringBuilder();
    table(pair.first(), pair.second(), md);
    sources(pair.sources(), md);
    return md.toString();
  }

  private void table(Concept a, Concept b, StringBuilder md) {
    md.append("| | ")
        .append(Markdown.cell(a.title()))
        .append(" | ")
        .append(Markdown.cell(b.title()))
        .append(" |\n|---|---|---|\n");
    row("What it is", a.definition(), b.definition(), md);
    row(
        "Where it sits",
        a.placement().label() + ". " + a.placementNote(),
        b.placement().label() + ". " + b.placementNote(),
        md);
    row("Not to confuse", a.isNot(), b.isNot(), md);
    md.append('\n');
  }

  private void row(String label, String a, String b, StringBuilder md) {
    md.append("| **")
        .append(label)
        .append("** | ")
        .append(Markdown.cell(a))
        .append(" | ")
        .append(Markdown.cell(b))
        .append(" |\n");
  }

  private void sources(List<Source> sources, StringBuilder md) {
    md.append("Sources:\n\n");
    for (Source s : sources) {
      md.append("- ").append(Markdown.escape(References.cite(s, glyphs))).append('\n');
    }
  }
}
