package dev.genaivsllm.cli;

import dev.genaivsllm.core.Need;
import dev.genaivsllm.core.RecommendRequest;
import dev.genaivsllm.model.Modality;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The guided questions {@code recommend} asks when run alone in a terminal. */
final class RecommendWizard {
  private final BoundedLines in;
  private final PrintWriter out;

  RecommendWizard(BoundedLines in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  RecommendRequest ask(boolean explain) {
    out.println("Four questions, then a recommendation. Press Enter to skip any but the first.");
    String goal = "";
    while (goal.isBlank()) {
      goal = line("What do you want to do, in a sentence? ");
    }
    Set<Modality> inputs = modalities("What goes in?");
    Set<Modality> outputs = modalities("What should come out?");
    Set<Need> needs = needs();
    out.println();
    out.flush();
    return new RecommendRequest(goal, inputs, outputs, needs, explain);
  }

  private Set<Modality> modalities(String question) {
    String choices = String.join(", ", Arrays.stream(Modality.values()).map(Enum::name).toList());
    while (true) {
      String answer = line(question + " (" + choices + ") ");
      try {
        Set<Modality> chosen = EnumSet.noneOf(Modality.class);
        for (String word : words(answer)) {
          chosen.add(Modality.valueOf(word));
        }
        return chosen;
      } catch (IllegalArgumentException e) {
        out.println("  Choose from " + choices + ", separated by commas, or press Enter.");
      }
    }
  }

  private Set<Need> needs() {
    String choices = String.join(", ", new Need.Labels());
    while (true) {
      String answer = line("Any needs? (" + choices + ") ");
      Set<Need> chosen = EnumSet.noneOf(Need.class);
      boolean valid = true;
      for (String word : words(answer)) {
        var need = Need.of(word);
        valid &= need.isPresent();
        need.ifPresent(chosen::add);
      }
      if (valid) {
        return chosen;
      }
      out.println("  Choose from " + choices + ", separated by commas, or press Enter.");
    }
  }

  private static String[] words(String answer) {
    String trimmed = answer.strip().toLowerCase(Locale.ROOT);
    return trimmed.isEmpty() ? new String[0] : trimmed.split("[\\s,]+");
  }

  private String line(String prompt) {
    while (true) {
      out.print(prompt);
      out.flush();
      try {
        String line = in.next();
        if (line == null) {
          out.println();
          throw new UsageException(
              "recommend needs a goal; the questions ended before one was given");
        }
        return line;
      } catch (BoundedLines.TooLongException e) {
        out.println(
            "  That is over " + RecommendCommand.MAX_GOAL + " characters; say it in a sentence.");
        if (!in.skipLine(1 << 20)) {
          throw new UsageException("recommend needs a goal of at most a few sentences");
        }
      }
    }
  }
}
