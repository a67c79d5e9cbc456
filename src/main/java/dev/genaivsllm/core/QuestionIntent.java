package dev.genaivsllm.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of question was asked, read from its frame rather than its topic words: two things set
 * against each other ("gan vs diffusion", "difference between rag and fine tuning"), whether
 * something is generative or an LLM ("is bert generative?"), or a plain question ("why do llms make
 * things up"). The topic words are matched afterwards, by the index.
 *
 * <p>This record reads whether something is generative or a kind of something, and decides which
 * frame wins; {@link ComparedSides} reads two things set against each other, {@link DefinedTerm}
 * what "what is X" asks about.
 */
record QuestionIntent(Type type, String first, String second) {
  enum Type {
    /** Two things side by side: {@code first} and {@code second}. */
    COMPARE,
    /** Where {@code first} sits: generative or not, an LLM or not. */
    PLACEMENT,
    /** Whether {@code first} is a {@code second}: about the first. */
    IS_A,
    /**
     * Two things set against each other and then weighed ("... or ...? weigh the two"): side by
     * side, whatever else the question says about them.
     */
    WEIGHED,
    /** "X or Y", which may set two things side by side, or may not ("bert generative or not"). */
    EITHER,
    /** "what is X", in a sentence of its own: X itself, if X names something. */
    DEFINE,
    /**
     * "what is X and why ...": X, if X names something and the rest does not say X is only an
     * everyday word ("what is a transformer and how does it step down voltage").
     */
    DEFINE_THEN_MORE,
    /** Anything else: the whole question is matched. */
    PLAIN
  }

  /** Whether the question asks what a thing is, alone or before more ("what is X and why ..."). */
  boolean asksWhatItIs() {
    return type == Type.DEFINE || type == Type.DEFINE_THEN_MORE;
  }

  static final String SIDE = "(.+?)";

  private static final String ASKED =
      "(?:generative(?: ai| model)?|genai|gen ai|a generator|an? llm|llms|an? large language"
          + " models?|large language models|an? language models?|language models)";

  private static final Pattern PLACEMENT =
      Pattern.compile(
          "^(?:is|are|does|do|would|can|isn'?t|aren'?t) "
              + SIDE
              + " (?:count as |counted as |considered |really |also |actually |technically |still )*"
              + "(?:an? )?(?:(?:kind|type|form|example|part|sort) of )?"
              + ASKED
              + "(?: or not| too| at all)?$");

  /**
   * A subject that weighs a choice rather than names a thing: "is it better to use a vae or gan"
   * asks which of two, not whether "it better to use" is a vae.
   */
  private static final Pattern WEIGHING_IT =
      Pattern.compile("it (?:better|best|worth|wiser|smarter|cheaper|easier|faster) ");

  private static final Pattern IS_A =
      Pattern.compile(
          "^(?:is|are|isn'?t|aren'?t) "
              + SIDE
              + " (?:(?:just |really |basically |actually |also |still )?"
              + "(?:(?:an? |the )?(?:kind|type|form|sort|part|example|version|special case) of"
              + "(?: an?| the)?|an?|the)|just) "
              + SIDE
              + "$");

  /** A word that points at a thing named elsewhere: "what is that", "what is this called". */
  static final Pattern POINTING =
      Pattern.compile("^(?:that|this|these|those|it|they|them|he|she)\\b|\\bcalled$");

  /** At most this many words are the thing a clause of its own asks "is X a Y" about. */
  private static final int CLAUSE_SUBJECT_WORDS = 2;

  /**
   * Where one clause of a question ends: a comma, semicolon, colon, parenthesis, spaced dash, a
   * sentence's end inside the question, or a "because" that gives the asker's reason ("the diff
   * between a gan and diffusion bc my teacher said gans are dead").
   */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[,;:()]|[?.!] | - | -- | — | (?:because|bc|cuz|coz) ");

  /** A clause's end, or an "and" that opens another question: "what is a lora and why ...". */
  private static final Pattern AND_ASKS =
      Pattern.compile(
          CLAUSE_BREAK.pattern()
              + "| and (?=(?:why|how|what|whats|when|where|who|which|does|do|did|is|are|can"
              + "|could|should|would|will) )");

  private static final Pattern TRAILING_PLACEMENT =
      Pattern.compile("^" + SIDE + " (?:is |are )?" + ASKED + "(?: or not)?$");

  /** Reads the frame of a question; the words keep the user's case and spelling. */
  static QuestionIntent of(String question) {
    String q = normal(question);
    // "temperature vs top p, which should i change": the comparison is one clause, and the rest
    // asks about it rather than being part of a side
    String[] clauses = CLAUSE_BREAK.split(q);
    for (int i = 0; clauses.length > 1 && i < clauses.length; i++) {
      String clause = clauses[i].strip();
      Optional<QuestionIntent> compared = ComparedSides.compared(clause);
      if (compared.isPresent()) {
        return compared.get();
      }
      Optional<QuestionIntent> paired = ComparedSides.paired(clauses, i);
      if (paired.isPresent()) {
        return paired.get();
      }
      // "is a reasoning model just chain-of-thought baked in? how do they differ"
      Matcher isA = IS_A.matcher(clause);
      if (isA.matches()
          && ComparedSides.weighsLater(clauses, i)
          && !POINTING.matcher(isA.group(1)).find()) {
        return new QuestionIntent(Type.COMPARE, isA.group(1).strip(), isA.group(2).strip());
      }
    }
    Optional<QuestionIntent> compared = ComparedSides.compared(q);
    if (compared.isPresent()) {
      return compared.get();
    }
    Optional<QuestionIntent> weighed = ComparedSides.weighed(clauses);
    if (weighed.isPresent()) {
      return weighed.get();
    }
    Matcher placement = PLACEMENT.matcher(q);
    if (placement.matches()) {
      return new QuestionIntent(Type.PLACEMENT, placement.group(1).strip(), "");
    }
    if (question.strip().endsWith("?")) {
      Matcher trailing = TRAILING_PLACEMENT.matcher(q);
      if (trailing.matches() && trailing.group(1).split(" ").length <= 4) {
        return new QuestionIntent(Type.PLACEMENT, trailing.group(1).strip(), "");
      }
    }
    Matcher isA = IS_A.matcher(q);
    if (isA.matches() && !WEIGHING_IT.matcher(isA.group(1).strip()).lookingAt()) {
      return new QuestionIntent(Type.IS_A, isA.group(1).strip(), isA.group(2).strip());
    }
    Optional<String> defined = DefinedTerm.defined(CLAUSE_BREAK.split(q));
    if (defined.isPresent()) {
      return new QuestionIntent(Type.DEFINE, defined.get(), "");
    }
    // "what is a lora and why do all the anime models use them": "and" before another question
    // ends the first
    defined =
        DefinedTerm.defined(AND_ASKS.split(q)).or(() -> DefinedTerm.thisOne(CLAUSE_BREAK.split(q)));
    if (defined.isPresent()) {
      return new QuestionIntent(Type.DEFINE_THEN_MORE, defined.get(), "");
    }
    // "our it lad keeps saying we'll 'rag' the policy documents. what does that mean": the word
    // in quotes is the one asked about, everyday or not
    defined = DefinedTerm.quotedBefore(CLAUSE_BREAK.split(q));
    if (defined.isPresent()) {
      return new QuestionIntent(Type.DEFINE, defined.get(), "");
    }
    for (String clause : CLAUSE_BREAK.split(q)) {
      // "why is the api priced per 1k tokens, is a token a word"
      Matcher clauseIsA = IS_A.matcher(clause.strip());
      if (clauseIsA.matches()
          && clauseIsA.group(1).strip().split(" ").length <= CLAUSE_SUBJECT_WORDS
          && !POINTING.matcher(clauseIsA.group(1).strip()).find()) {
        return new QuestionIntent(
            Type.IS_A, clauseIsA.group(1).strip(), clauseIsA.group(2).strip());
      }
    }
    Optional<QuestionIntent> either = ComparedSides.either(q);
    if (either.isPresent()) {
      return either.get();
    }
    return new QuestionIntent(Type.PLAIN, q, "");
  }

  /** Lower case, one space, no question marks or full stops at the end. */
  private static String normal(String question) {
    String q = question.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    q = q.replaceAll("[?!.\\s]+$", "").replaceAll("\\s+", " ");
    return q;
  }

  /** The first side, when the question has one. */
  Optional<String> subject() {
    return type == Type.PLAIN ? Optional.empty() : Optional.of(first);
  }
}
