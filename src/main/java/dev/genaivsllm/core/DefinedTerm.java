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
 * is that", "tell me about X", "explain X in plain english for my year 10 class". Reads the term as
 * typed, clause by clause; the index decides whether it names something.
 */
final class DefinedTerm {
  private DefinedTerm() {}

  /**
   * A request to be told about what follows, which asks what it is: "tell me about", "can you
   * explain", "describe", "how would you explain", "a short explanation of".
   */
  static final String TOLD =
      "(?:(?:(?:can|could|would) you |please |pls |plz )*"
          + "(?:tell me (?:about|abt)|explain|describe|define|talk (?:to me )?about|info on"
          + "|information (?:on|about))(?: to me)?"
          + "|how (?:would|do|should|can|could|to) (?:you |i |we )?explain(?: to me)?"
          + "|(?:i need |i want |give me |need )?(?:a |an )?"
          + "(?:(?:short|simple|quick|brief|plain|good|clear) )*(?:explanation|definition) of) ";

  /**
   * The thing a request to be told asks about: words, none of them "for" or "to", so that a tail
   * that says neither whom it is for nor what it goes into ("for a physics class", "to psychology
   * students") is no part of the thing, and the request is no "what is" question.
   */
  private static final String WORDS_BUT_FOR_OR_TO =
      "((?:(?!(?:for|to)\\b)\\S+ )*?(?!(?:for|to)\\b)\\S+)";

  /**
   * A word that says whom an explanation is for or what it goes into ("for my year 10 class", "for
   * a newsletter piece", "to a 10 year old"). Any other word may say which sense is meant: "explain
   * a transformer for a physics class" is no question about the Transformer.
   */
  private static final String FOR_WHOM =
      "(?:\\d+|year|yr|grade|old|olds|class|classes|students?|pupils?|kids?|children|child"
          + "|team|staff|boss|manager|colleagues?|co-?workers|parents?|grandma|grandpa|mum|mom|dad"
          + "|family|friends?|beginners?|newbies?|readers|audience|clients?|customers?|newsletter"
          + "|blog|post|slides?|deck|talk|presentation|piece|article|handout|lesson|meeting"
          + "|workshop|podcast|episode|seminar|course|assembly|new|first|next|short|quick)";

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
              // "explain embeddings in plain english for a newsletter piece": how it is to be told
              // and whom it is for are no part of the thing
              + "|"
              + TOLD
              + "(?!(?:how|why|what|when|where|which|whether|if|who)\\b)(?:a |an |the )?"
              + WORDS_BUT_FOR_OR_TO
              + "(?: simply| briefly| in (?:simple|plain|easy|layman'?s?) (?:terms|english|words))?"
              + "(?: (?:for|to) (?:me|us|(?:my|our|a|an|the|his|her|their|your|some) "
              + FOR_WHOM
              + "(?:[- ]"
              + FOR_WHOM
              + ")*))?"
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
