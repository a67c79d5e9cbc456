package dev.genaivsllm.core;

import static dev.genaivsllm.core.QuestionIntent.POINTING;
import static dev.genaivsllm.core.QuestionIntent.SIDE;

import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks to have defined: "what is X", "what's this mamba thing", "'loras' ... what
 * is that". Reads the term as typed, clause by clause; the index decides whether it names
 * something.
 */
final class DefinedTerm {
  private DefinedTerm() {}

  /**
   * A sentence that asks what something is: "what are embeddings anyway", "what is GPT exactly",
   * "what even is a lora", "wtf is a lora", "what does rlhf stand for", "how do gans work".
   */
  private static final Pattern DEFINE =
      Pattern.compile(
          "^(?:so |ok |okay |and |but |then )?(?:(?:(?:what|wat|wut)"
              + "(?: even| exactly| actually| the hell| the heck| on earth)?|wtf|wth)"
              + "(?: is| are|'s|s| r)"
              + " (?:a |an |the )?"
              + SIDE
              + "(?: anyway| exactly| actually| really| even| again| then| though| fr)*"
              + "|what (?:does|do) (?:a |an |the )?"
              + SIDE
              + " (?:mean|stand for)"
              + "|what makes (?:a |an |the )?(?:model|system|network|ai|it|something) "
              + SIDE
              // "how do transformers work": how a thing works is what it is, told; not "how does a
              // model work", which asks how they are built
              + "|how (?:does|do) "
              + "(?!(?:a |an |the )?(?:ai|ais|models?|systems?|things?|machines?|computers?"
              + "|programs?) (?:actually |even |really |exactly )?work)"
              + "(?:a |an |the )?"
              + SIDE
              + " (?:actually |even |really |exactly )?work(?: exactly| actually| anyway| again)?"
              + ")$");

  /** The field named as what a term is for ("perplexity for language models"): the pack's own. */
  private static final Pattern FOR_THE_FIELD = Pattern.compile(" " + Asker.THE_FIELD + "$");

  /** What "what is ..." may be followed by without naming anything. */
  private static final Pattern FRAME =
      Pattern.compile("^(?:a|an|the|it|what|what is|the point|the deal|the catch|up)$");

  /** At most this many words name what "what is ..." asks about. */
  private static final int DEFINED_WORDS = 4;

  /** What the first of these clauses that asks what something is asks about. */
  static Optional<String> defined(String[] clauses) {
    for (String clause : clauses) {
      Optional<String> asked = asked(clause);
      if (asked.isPresent()) {
        String x = asked.get();
        x = FOR_THE_FIELD.matcher(x).replaceAll(""); // "what is perplexity for language models"
        // "what is that in genai", "what is this called": the thing is named elsewhere; "what is
        // the difference, rag or fine tuning": the frame, not a thing
        if (x.split(" ").length <= DEFINED_WORDS
            && !POINTING.matcher(x).find()
            && !ComparedSides.weighs(x)
            && !FRAME.matcher(x).matches()) {
          return Optional.of(x);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What "what is this ..." asks about when more follows the one word after "this": "what is this
   * BERT my grandson keeps mentioning", "what's this mamba thing". The index decides whether it
   * names something, and an everyday word must not be in doubt ({@link
   * QuestionIntent.Type#DEFINE_THEN_MORE}).
   */
  static Optional<String> thisOne(String[] clauses) {
    for (String clause : clauses) {
      Optional<String> x =
          asked(clause)
              .map(THIS_ONE::matcher)
              .filter(Matcher::matches)
              .map(m -> m.group(1))
              .filter(w -> !Words.isStop(w));
      if (x.isPresent()) {
        return x;
      }
    }
    return Optional.empty();
  }

  /**
   * The one term in quotes before a clause that asks what "that" or "it" is: "my daughter trains
   * 'loras' of her drawing style, what is that".
   */
  static Optional<String> quotedBefore(String[] clauses) {
    for (int i = 1; i < clauses.length; i++) {
      Optional<String> x = asked(clauses[i]);
      if (x.isPresent() && POINTING.matcher(x.get()).find() && !x.get().contains(" ")) {
        List<String> quoted = new ArrayList<>();
        for (int j = 0; j < i; j++) {
          Matcher m = QUOTED.matcher(clauses[j]);
          while (m.find()) {
            quoted.add(m.group(1));
          }
        }
        return quoted.size() == 1 ? Optional.of(quoted.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** What a clause that asks what something is ({@link #DEFINE}) asks about, as typed. */
  private static Optional<String> asked(String clause) {
    Matcher define = DEFINE.matcher(clause.strip());
    if (!define.matches()) {
      return Optional.empty();
    }
    return java.util.stream.IntStream.rangeClosed(1, define.groupCount())
        .mapToObj(define::group)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(String::strip);
  }

  /**
   * "this bert my grandson keeps mentioning", "this mamba thing": one word, then who mentions it or
   * "thing"; not "this llm hallucinating about", where the word is what the question is about.
   */
  private static final Pattern THIS_ONE =
      Pattern.compile(
          "^this (\\S+) (?:my|our|your|his|her|their|everyone|everybody|people|thing|stuff|that"
              + "|which|i|you|we|they|he|she|all|the)\\b.*$");

  /** A term of one or two words in quotes: "'rag'", "\"loras\"". */
  private static final Pattern QUOTED =
      Pattern.compile(
          "(?:^|\\s)['\"‘“]([\\p{L}][\\p{L}\\d-]*(?: [\\p{L}\\d-]+)?)['\"’”](?=\\s|$|[,.?!])");
}
