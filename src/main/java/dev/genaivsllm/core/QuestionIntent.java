package dev.genaivsllm.core;

import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of question was asked, read from its frame rather than its topic words: two things set
 * against each other ("gan vs diffusion", "difference between rag and fine tuning"), whether
 * something is generative or an LLM ("is bert generative?"), or a plain question ("why do llms make
 * things up"). The topic words are matched afterwards, by the index.
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

  private static final String SIDE = "(.+?)";

  /**
   * "Difference" as people type it: "diffrence", "diference", "differnce", "diff", in the singular
   * or the plural.
   */
  private static final String DIFFERENCE = "(?:dif+e?re?n[cs]es?|dif+|diffs)";

  /** One word as a side, where no "and" or "or" marks where the first ends: "transformer mamba". */
  private static final String WORD =
      "(?!(?:what|whats|what's|which|how|why|the|a|an|is|are|so|and|or|but|any|no|some|one|two"
          + "|models?|tools?|systems?|databases?|networks?|apps?|sizes?|ai)\\b)(\\S+)";

  /** The field itself, named as where a word is meant: "in ai", "for language models". */
  private static final String THE_FIELD =
      "(?:in|for) (?:the )?(?:ai|a\\.i\\.|ml|machine learning|nlp|tech|ai terms|the ai world"
          + "|the context of ai|artificial intelligence|language models|llms|generative ai|genai"
          + "|image generators|chatbots)";

  private static final List<Pattern> COMPARE =
      List.of(
          Pattern.compile(
              "^(?:(?:what(?:'?s| is| are)?|summari[sz]e|explain|describe|tell me|show me) )?"
                  + "(?:the )?(?:main |key |real )?(?:"
                  + DIFFERENCE
                  + "|diff?rances?) between "
                  + SIDE
                  + " and "
                  + SIDE
                  + "$"),
          Pattern.compile("^" + SIDE + " (?:vs\\.?|versus|v\\.?s\\.?|v) " + SIDE + "$"),
          Pattern.compile(
              "^(?:how (?:do|does|can|should) (?:i|you|we) )?compare "
                  + SIDE
                  + " (?:and|with|to|vs) "
                  + SIDE
                  + "$"),
          Pattern.compile(
              "^(?:how|in what way|why) (?:is|are|does|do) "
                  + SIDE
                  + " (?:differ from|different from|differ|different|compare to|compare with|unlike) "
                  + SIDE
                  + "$"),
          Pattern.compile(
              "^" + SIDE + " (?:compared to|compared with|as opposed to) " + SIDE + "$"),
          Pattern.compile(
              "^(?:is|are) "
                  + SIDE
                  + " (?:the same(?: (?:kind|type|sort) of)?(?: thing)? as|like) "
                  + SIDE
                  + "$"),
          Pattern.compile(
              "^(?:is|are) ((?:\\S+ ){0,3}?\\S+) and ((?:\\S+ ){0,3}?\\S+)"
                  + " (?:the same|same thing|different|related|one and the same)\\b.*$"),
          // "deep learning and machine learning difference please, simply"
          Pattern.compile("^" + SIDE + " (?:and|&) " + SIDE + " " + DIFFERENCE + "(?: .+)?$"),
          // "transformer mamba difference for long documents", "gan diffusion which one"
          Pattern.compile(
              "^"
                  + WORD
                  + " "
                  + WORD
                  + " (?:"
                  + DIFFERENCE
                  + "|which one|which is better)(?: .+)?$"),
          // "AI and machine learning are the same thing, right"
          Pattern.compile(
              "^((?:\\S+ ){0,3}?\\S+) (?:and|&) ((?:\\S+ ){0,3}?\\S+) (?:are|is) (?:really |just )?"
                  + "(?:the same|same thing|one and the same|different|related)\\b.*$"),
          Pattern.compile(
              "^(?:should|do|can|would) (?:i|we|you) (?:use|pick|choose|go with|try|change|tune"
                  + "|adjust|learn|study|start with|tweak) "
                  + SIDE
                  + " or "
                  + SIDE
                  + "(?: for .+)?$"),
          Pattern.compile(
              "^" + SIDE + " or " + SIDE + " (?:which|what)(?: one)?(?: is better)?(?: for .+)?$"),
          Pattern.compile(
              "^(?:is|are) " + SIDE + " (?:better|worse|faster|cheaper) than " + SIDE + "$"),
          Pattern.compile(
              "^(?:should|do|can|would) (?:i|we|you) (?:pick|choose|use|prefer|go with|take) "
                  + SIDE
                  + " over "
                  + SIDE
                  + "$"),
          Pattern.compile(
              "^(?:why|how) (?:did|do|does|have|has) "
                  + SIDE
                  + " (?:beat|replace|replaced|overtake|overtook|take over from|win over|outperform)"
                  + " "
                  + SIDE
                  + "(?: for .+| in .+| at .+)?$"),
          // "why did everyone switch from gans to diffusion models for images"
          Pattern.compile(
              "^(?:why|how|when) (?:did|do|does|have|has) (?:\\S+ ){0,2}?(?:switch|switched|move|moved"
                  + "|go|gone|went) from "
                  + SIDE
                  + " to "
                  + SIDE
                  + "(?: for .+| in .+)?$"),
          // after the forms above: "should we fine-tune or use RAG so the bot knows our docs"
          Pattern.compile(
              "^should (?:i|we|you) ((?:\\S+ ){0,3}?\\S+) or ((?:\\S+ ){0,3}?\\S+)"
                  + "(?: (?:so|for|to|when|if|because) .+)?$"));

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

  private static final Pattern IS_A =
      Pattern.compile(
          "^(?:is|are|isn'?t|aren'?t) "
              + SIDE
              + " (?:(?:just |really |basically |actually |also |still )?"
              + "(?:(?:an? |the )?(?:kind|type|form|sort|part|example|version|special case) of"
              + "(?: an?| the)?|an?|the)|just) "
              + SIDE
              + "$");

  /**
   * A sentence that asks what something is: "what are embeddings anyway", "what is GPT exactly",
   * "what does rlhf stand for".
   */
  private static final Pattern DEFINE =
      Pattern.compile(
          "^(?:so |ok |okay |and |but |then )?(?:(?:what|wat|wut)(?: is| are|'s|s| r)"
              + " (?:a |an |the )?"
              + SIDE
              + "(?: anyway| exactly| actually| really| even| again| then| though| fr)*"
              + "|what (?:does|do) (?:a |an |the )?"
              + SIDE
              + " (?:mean|stand for)"
              + "|what makes (?:a |an |the )?(?:model|system|network|ai|it|something) "
              + SIDE
              + ")$");

  /** What stands after "or" without being a second thing: "pinecone or something". */
  private static final java.util.Set<String> VAGUE =
      java.util.Set.of(
          "something",
          "anything",
          "something else",
          "something like that",
          "similar",
          "so",
          "what",
          "whatever",
          "not",
          "the like",
          "so on",
          "both",
          "neither");

  private static final Pattern POINTING =
      Pattern.compile("^(?:that|this|these|those|it|they|them|he|she)\\b|\\bcalled$");

  /** The field named as what a term is for ("perplexity for language models"): the pack's own. */
  private static final Pattern FOR_THE_FIELD = Pattern.compile(" " + THE_FIELD + "$");

  /** What "what is ..." may be followed by without naming anything. */
  private static final Pattern FRAME =
      Pattern.compile("^(?:a|an|the|it|what|what is|the point|the deal|the catch|up)$");

  /** At most this many words are the thing a clause of its own asks "is X a Y" about. */
  private static final int CLAUSE_SUBJECT_WORDS = 2;

  /** At most this many words name what "what is ..." asks about. */
  private static final int DEFINED_WORDS = 4;

  /** What the first of these clauses that asks what something is asks about. */
  private static Optional<String> defined(String[] clauses) {
    for (String clause : clauses) {
      Optional<String> asked = asked(clause);
      if (asked.isPresent()) {
        String x = asked.get();
        x = FOR_THE_FIELD.matcher(x).replaceAll(""); // "what is perplexity for language models"
        // "what is that in genai", "what is this called": the thing is named elsewhere; "what is
        // the difference, rag or fine tuning": the frame, not a thing
        if (x.split(" ").length <= DEFINED_WORDS
            && !POINTING.matcher(x).find()
            && !WEIGHS.matcher(x).matches()
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
   * names something, and an everyday word must not be in doubt ({@link Type#DEFINE_THEN_MORE}).
   */
  private static Optional<String> thisOne(String[] clauses) {
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
  private static Optional<String> quotedBefore(String[] clauses) {
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

  /**
   * Where one clause of a question ends: a comma, semicolon, colon, parenthesis, spaced dash, or a
   * sentence's end inside the question.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|[?.!] | - | -- | — ");

  /** A clause's end, or an "and" that opens another question: "what is a lora and why ...". */
  private static final Pattern AND_ASKS =
      Pattern.compile(
          CLAUSE_BREAK.pattern()
              + "| and (?=(?:why|how|what|whats|when|where|who|which|does|do|did|is|are|can"
              + "|could|should|would|will) )");

  private static final Pattern EITHER = Pattern.compile("^" + SIDE + " or " + SIDE + "$");

  /**
   * A later clause that asks for the two things set out before it to be weighed: "weigh the two",
   * "explain both side by side", "which is which", "what separates the two approaches".
   */
  private static final Pattern THE_TWO =
      Pattern.compile(
          "^(?:so |and |now )?(?:(?:please )?(?:explain|compare|contrast|weigh|describe|show)"
              + " (?:the two|both|them)\\b.*|which is which\\b.*|(?:how|what|where) (?:do|does|are"
              + "|is) (?:the two|both)\\b.*|what separates\\b.*)"
              + "|.*\\bside by side\\b.*|.*\\bthe two (?:approaches|options|ideas|methods|ways)\\b.*");

  /** A later clause that asks how two long sides differ: "whats the difference". */
  private static final Pattern THE_DIFFERENCE =
      Pattern.compile("^(?:so )?(?:what'?s|whats|what is) the " + DIFFERENCE + "\\b.*");

  /** Where a clause sets one thing against another: "blurry while gan samples look sharp". */
  private static final Pattern AGAINST =
      Pattern.compile(" (?:or|while|whereas|vs\\.?|versus|instead of) ");

  /**
   * Two short things joined by "or" or "and", each at most four words, perhaps with what both do
   * ("temperature and top_p both seem to make output random", "temperature and top-p seem to do the
   * same thing").
   */
  private static final Pattern PAIR =
      Pattern.compile(
          "^((?:\\S+ ){0,3}\\S+) (?:or|and) ((?:\\S+ ){0,3}?\\S+)"
              + "(?: (?:both|seem|seems|look|looks|sound|sounds|feel|feels|for)\\b.*)?$");

  /** A clause that weighs two things already named: "which one ...", "how do they differ". */
  private static final Pattern WEIGHS =
      Pattern.compile(
          "^(?:which|what'?s better|what is better|how do they differ|how are they different"
              + "|what'?s the difference|what is the difference|differences?|better)\\b.*"
              + "|.*\\b(?:differ|different|"
              + DIFFERENCE
              + "|better|worse|versus|vs|compare|separates|both or|or both"
              + "|give up|trade-?offs?|pros and cons|side by side|which is which|weigh"
              + "|same thing|the same|separate)\\b.*");

  private static final Pattern TRAILING_PLACEMENT =
      Pattern.compile("^" + SIDE + " (?:is |are )?" + ASKED + "(?: or not)?$");

  /**
   * Who is asking, said before the question: "lawyer here:", "I'm a parent.", "as a teacher,",
   * "photographer asking:". At most four words of it.
   */
  private static final Pattern ASKER =
      Pattern.compile(
          "^\\s*(?:(?:i'?m|i am|im) (?:an? )?(?:\\S+ ){0,3}?\\S+ ?[.,:;!-]+"
              + "|(?:\\S+ ){0,2}?\\S+ (?:here|asking) ?[.,:;!-]+"
              + "|as (?:an? )?(?:\\S+ ){0,2}?\\S+ ?,)\\s*",
          Pattern.CASE_INSENSITIVE);

  /**
   * The field named as where a word is meant ("LLM meaning in ai", "what is a token in nlp"): the
   * whole pack is about that field, so it says nothing about which entry answers.
   */
  private static final Pattern IN_THE_FIELD =
      Pattern.compile("\\s+" + THE_FIELD + "\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);

  /** An age, in figures or words: "10", "five". */
  private static final String AGE = "(?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve)";

  /**
   * How simply the asker wants it put ("explain like i'm in 10th grade", "eli5", "for a 12 year
   * old", "in layman's terms"): what level to answer at, not what the question is about.
   */
  private static final Pattern LEVEL =
      Pattern.compile(
          "[,;:-]?\\s*\\b(?:"
              + "(?:(?:can you |could you |please |pls )?explain(?: it| this| that)? )?"
              + "like (?:i'?m|im|i am|you'?re talking to) (?:a |an )?(?:in (?:the )?)?"
              + "(?:"
              + AGE
              + "(?:st|nd|rd|th)?(?: grade(?:r)?)?(?:[- ]?(?:year|yr)s?[- ]?old)?"
              + "|kid|child|beginner|dummy|toddler|grandma|grandpa|grandparent|newbie)\\b"
              + "|eli5|in lay ?m[ae]n'?s terms|for dummies"
              + "|(?<audience>(?:for|to) (?:a |an |my )?"
              + AGE
              + "[- ]?(?:year|yr)s?[- ]?olds?"
              + "|(?:for|to) (?:a |an )?(?:complete |total |absolute )?"
              + "(?:beginner|newbie|novice|non-techie|layperson|layman|kid|child)s?\\b"
              // "embeddings explained for an accountant": whoever it is explained to
              + "|(?<=explained |explain it |explain this )(?:for|to) (?:a |an |my )\\S+$)"
              // "explain like i'm a developer who never did ML": anyone else, to the sentence's end
              + "|(?:can you |could you |please |pls )?explain(?: it| this| that)?(?: to me)? like"
              + " (?:i'?m|im|i am|you'?re talking to) (?:a |an )"
              // who, up to the sentence's end or the question it asks: "... a lawyer why llms ..."
              + "(?:(?! (?:what|why|how|whether|when|where|which)\\b)[^.?!,])*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words that ask for an explanation: with one of them, "for a five year old" is who it is for;
   * without, it may be the topic ("a normal attention span for a five year old").
   */
  private static final Pattern EXPLAIN =
      Pattern.compile(
          "\\b(?:explain|describe|teach|eli5|define)(?:s|es|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);

  /** At most this many words besides the audience make the question a request to explain them. */
  private static final int BARE_TOPIC = 3;

  /**
   * The question without who is asking, if it starts by saying so, without how simply it should be
   * put, and without the field named as where a word is meant; else the question.
   */
  static String withoutAsker(String question) {
    // one space between words, and the apostrophe phones type read as the plain one
    String q = question.replace('’', '\'').replaceAll("\\s+", " ").strip();
    Matcher level = LEVEL.matcher(q);
    if (level.find()
        && (level.start() > 0 || level.end() < q.length())
        // never the whole question: "explain like i'm a developer what rag is?" keeps "what rag is"
        && (q.substring(0, level.start()) + q.substring(level.end())).matches(".*\\p{L}.*")
        && (level.group("audience") == null
            || EXPLAIN.matcher(q).find()
            || (q.substring(0, level.start()) + " " + q.substring(level.end()))
                    .strip()
                    .split("\\s+")
                    .length
                <= BARE_TOPIC)) {
      q = (q.substring(0, level.start()) + " " + q.substring(level.end())).strip();
    }
    Matcher m = ASKER.matcher(q);
    if (m.find() && m.end() < q.length()) {
      q = q.substring(m.end());
    }
    Matcher field = IN_THE_FIELD.matcher(q);
    if (field.find() && field.start() > 0) {
      q = q.substring(0, field.start());
    }
    return q;
  }

  /** Reads the frame of a question; the words keep the user's case and spelling. */
  static QuestionIntent of(String question) {
    String q = normal(question);
    // "temperature vs top p, which should i change": the comparison is one clause, and the rest
    // asks about it rather than being part of a side
    String[] clauses = CLAUSE_BREAK.split(q);
    for (int i = 0; clauses.length > 1 && i < clauses.length; i++) {
      String clause = clauses[i].strip();
      Optional<QuestionIntent> compared = compared(clause);
      if (compared.isPresent()) {
        return compared.get();
      }
      // "gan or vae, which one gives sharper images"; "rlhf and instruction tuning, how do they
      // differ": two things in a clause of their own, and a later clause that weighs them
      Matcher pair = PAIR.matcher(clause);
      if (pair.matches() && later(clauses, i, WEIGHS) && !VAGUE.contains(pair.group(2).strip())) {
        return new QuestionIntent(
            later(clauses, i, THE_TWO) ? Type.WEIGHED : Type.COMPARE,
            pair.group(1).strip(),
            pair.group(2).strip());
      }
      // "is a reasoning model just chain-of-thought baked in? how do they differ"
      Matcher isA = IS_A.matcher(clause);
      if (isA.matches() && later(clauses, i, WEIGHS) && !POINTING.matcher(isA.group(1)).find()) {
        return new QuestionIntent(Type.COMPARE, isA.group(1).strip(), isA.group(2).strip());
      }
    }
    Optional<QuestionIntent> compared = compared(q);
    if (compared.isPresent()) {
      return compared.get();
    }
    Optional<QuestionIntent> weighed = weighed(clauses);
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
    if (isA.matches()) {
      return new QuestionIntent(Type.IS_A, isA.group(1).strip(), isA.group(2).strip());
    }
    Optional<String> defined = defined(CLAUSE_BREAK.split(q));
    if (defined.isPresent()) {
      return new QuestionIntent(Type.DEFINE, defined.get(), "");
    }
    // "what is a lora and why do all the anime models use them": "and" before another question
    // ends the first
    defined = defined(AND_ASKS.split(q)).or(() -> thisOne(CLAUSE_BREAK.split(q)));
    if (defined.isPresent()) {
      return new QuestionIntent(Type.DEFINE_THEN_MORE, defined.get(), "");
    }
    // "our it lad keeps saying we'll 'rag' the policy documents. what does that mean": the word
    // in quotes is the one asked about, everyday or not
    defined = quotedBefore(CLAUSE_BREAK.split(q));
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
    Matcher either = EITHER.matcher(q);
    if (either.matches()) {
      String second = withoutPurpose(either.group(2).strip());
      if (!VAGUE.contains(second)) {
        return new QuestionIntent(Type.EITHER, either.group(1).strip(), second);
      }
    }
    return new QuestionIntent(Type.PLAIN, q, "");
  }

  /**
   * Two things set against each other in one clause, however many words each takes, and a later
   * clause that asks to weigh the two: "do we fetch them at query time or retrain the model on
   * them? weigh the two". The index decides whether each side names something.
   */
  private static Optional<QuestionIntent> weighed(String[] clauses) {
    for (int j = 1; j < clauses.length; j++) {
      String later = clauses[j].strip();
      if (THE_TWO.matcher(later).matches() || THE_DIFFERENCE.matcher(later).matches()) {
        for (int i = j - 1; i >= 0; i--) {
          Optional<QuestionIntent> sides = setAgainst(clauses[i].strip());
          if (sides.isPresent()) {
            return sides;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The two sides of a clause's last "or", "while" or "instead of", as things to weigh. */
  private static Optional<QuestionIntent> setAgainst(String clause) {
    Matcher against = AGAINST.matcher(clause);
    int start = -1;
    int end = -1;
    while (against.find()) {
      start = against.start();
      end = against.end();
    }
    if (start <= 0) {
      return Optional.empty();
    }
    String second = clause.substring(end).strip();
    return VAGUE.contains(second) || second.isBlank()
        ? Optional.empty()
        : Optional.of(new QuestionIntent(Type.WEIGHED, clause.substring(0, start).strip(), second));
  }

  /** Whether a clause after the {@code i}th matches: "how do they differ", "which is which". */
  private static boolean later(String[] clauses, int i, Pattern pattern) {
    for (int j = i + 1; j < clauses.length; j++) {
      if (pattern.matcher(clauses[j].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<QuestionIntent> compared(String q) {
    for (Pattern p : COMPARE) {
      Matcher m = p.matcher(q);
      if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
        return Optional.of(
            new QuestionIntent(
                Type.COMPARE, m.group(1).strip(), withoutPurpose(m.group(2).strip())));
      }
    }
    return Optional.empty();
  }

  /**
   * A side without the purpose or condition that follows it: in "rag vs fine tuning for our support
   * bot" the second side is "fine tuning", and the support bot is what both are for; likewise "when
   * ..." and "if ...".
   */
  private static String withoutPurpose(String side) {
    int at = side.length();
    for (String cut :
        List.of(
            " for ",
            " when ",
            " if ",
            " in simple terms",
            " in plain english",
            " explained",
            " whats the",
            " what's the",
            " what is the",
            " which is",
            " which one",
            " pros and cons",
            " side by side",
            " contrast them",
            " compare them",
            " on ",
            " in terms of ")) {
      int i = side.indexOf(cut);
      if (i > 0 && i < at) {
        at = i;
      }
    }
    return side.substring(0, at).strip();
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
