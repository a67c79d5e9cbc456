package dev.genaivsllm.cli;

import dev.genaivsllm.core.Need;
import dev.genaivsllm.core.RecommendRequest;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.render.TextWrap;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The guided questions {@code recommend} asks when run alone in a terminal. It speaks to a person
 * at a keyboard, never of command-line flags; a goal it cannot read is asked again; Ctrl-D (or q at
 * the first question) stops it, and so does Ctrl-C, each on a fresh line that says so.
 */
final class RecommendWizard {
  private static final int QUESTIONS = 4;
  private static final Set<String> FILLERS = Set.of("and", "or", "&", "+");

  private final BoundedLines in;
  private final PrintWriter out;
  private final int width;
  private final Predicate<String> readable;
  private final Interrupts interrupts;
  private final AtomicInteger question = new AtomicInteger(1);

  /**
   * @param width the columns prompts are wrapped to
   * @param readable whether a goal alone says enough to recommend something
   */
  RecommendWizard(
      BoundedLines in,
      PrintWriter out,
      int width,
      Predicate<String> readable,
      Interrupts interrupts) {
    this.in = in;
    this.out = out;
    this.width = width;
    this.readable = readable;
    this.interrupts = interrupts;
  }

  /** The request the answers make, or empty when the person stopped before the end. */
  Optional<RecommendRequest> ask(boolean explain) {
    Interrupts.Registration stopOnCtrlC = interrupts.onInterrupt(this::sayStoppedOnInterrupt);
    try {
      say(
          "Four questions, then a recommendation. Press Enter to skip any but the first;"
              + " Ctrl-D stops.");
      Optional<String> goal = goal();
      if (goal.isEmpty()) {
        return Optional.empty();
      }
      question.set(2);
      Optional<Set<Modality>> inputs = modalities("What goes in?");
      if (inputs.isEmpty()) {
        return Optional.empty();
      }
      question.set(3);
      Optional<Set<Modality>> outputs = modalities("What should come out?");
      if (outputs.isEmpty()) {
        return Optional.empty();
      }
      question.set(4);
      Optional<Set<Need>> needs = needs();
      if (needs.isEmpty()) {
        return Optional.empty();
      }
      out.println();
      out.flush();
      return Optional.of(
          new RecommendRequest(goal.get(), inputs.get(), outputs.get(), needs.get(), explain)
              .asGuided());
    } finally {
      stopOnCtrlC.close();
    }
  }

  private Optional<String> goal() {
    while (true) {
      Optional<String> answer = line("What do you want to do, in a sentence?");
      if (answer.isEmpty()) {
        return answer;
      }
      String goal = answer.get().strip();
      if (List.of("q", "quit", "exit").contains(goal.toLowerCase(Locale.ROOT))) {
        sayStopped();
        return Optional.empty();
      }
      if (goal.isEmpty()) {
        continue;
      }
      if (readable.test(goal)) {
        return Optional.of(goal);
      }
      say(
          "  I could not tell what kind of job that is. Say what goes in and what should come"
              + " out, in everyday words, such as \"turn sketches into photos\" or \"summarise"
              + " support emails\".");
    }
  }

  private Optional<Set<Modality>> modalities(String question) {
    String choices = String.join(", ", Arrays.stream(Modality.values()).map(Enum::name).toList());
    while (true) {
      Optional<String> answer = line(question + " (" + choices + ")");
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      Set<Modality> chosen = EnumSet.noneOf(Modality.class);
      boolean valid = true;
      for (String word : words(answer.get())) {
        Optional<Modality> m = modality(word);
        valid &= m.isPresent();
        m.ifPresent(chosen::add);
      }
      if (valid) {
        return Optional.of(chosen);
      }
      say("  Choose from " + choices + ", separated by commas, or press Enter to skip.");
    }
  }

  /** A modality by name, singular or plural ("images"). */
  private static Optional<Modality> modality(String word) {
    for (Modality m : Modality.values()) {
      if (word.equals(m.name()) || word.equals(m.name() + "s")) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private Optional<Set<Need>> needs() {
    String choices = String.join(", ", new Need.Labels());
    while (true) {
      Optional<String> answer = line("Any needs? (" + choices + ")");
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      Set<Need> chosen = EnumSet.noneOf(Need.class);
      boolean valid = true;
      for (String word : words(answer.get())) {
        var need = Need.of(word);
        valid &= need.isPresent();
        need.ifPresent(chosen::add);
      }
      if (valid) {
        return Optional.of(chosen);
      }
      say("  Choose from " + choices + ", separated by commas, or press Enter to skip.");
    }
  }

  private static List<String> words(String answer) {
    String trimmed = answer.strip().toLowerCase(Locale.ROOT);
    return trimmed.isEmpty()
        ? List.of()
        : Arrays.stream(trimmed.split("[\\s,;]+")).filter(w -> !FILLERS.contains(w)).toList();
  }

  /** Asks, wrapped to the terminal, and reads a line; empty at the end of input (Ctrl-D). */
  private Optional<String> line(String prompt) {
    while (true) {
      List<String> lines = TextWrap.wrap(prompt, width - 1);
      for (String l : lines.subList(0, lines.size() - 1)) {
        out.println(l);
      }
      out.print(lines.get(lines.size() - 1) + " ");
      out.flush();
      try {
        String line = in.next();
        if (line == null) {
          // Ctrl-D at an empty prompt: the terminal printed nothing, so end its line here.
          out.println();
          sayStopped();
          return Optional.empty();
        }
        return Optional.of(line);
      } catch (BoundedLines.TooLongException e) {
        say("  That is over " + RecommendCommand.MAX_GOAL + " characters; say it in a sentence.");
        if (!in.skipLine(1 << 20)) {
          out.println();
          sayStopped();
          return Optional.empty();
        }
      }
    }
  }

  private String stoppedLine() {
    return "Stopped at question "
        + question.get()
        + " of "
        + QUESTIONS
        + ": no recommendation made, nothing saved.";
  }

  private void sayStopped() {
    say(stoppedLine());
  }

  /** On Ctrl-C: a fresh line (the terminal has echoed ^C after the prompt), then what happened. */
  private void sayStoppedOnInterrupt() {
    out.println();
    sayStopped();
  }

  private void say(String text) {
    String indent = text.startsWith("  ") ? "  " : "";
    for (String l : TextWrap.wrap(text.strip(), width - indent.length())) {
      out.println(indent + l);
    }
    out.flush();
  }
}
