package dev.genaivsllm.core;

import static dev.genaivsllm.core.QuestionIntent.SIDE;

import dev.genaivsllm.core.QuestionIntent.Type;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two things set against each other in a question: "X vs Y", "difference between X and Y", "X or Y,
 * which one", "... or ...? weigh the two". Reads the two sides as typed, without the purpose that
 * follows them; the index decides whether each names something.
 */
final class ComparedSides {
  private ComparedSides() {}

  /**
   * "Difference" as people type it: "diffrence", "diference", "differnce", "diff", in the singular
   * or the plural.
   */
  private static final String DIFFERENCE = "(?:dif+e?re?n[cs]es?|dif+|diffs)";

  /** One word as a side, where no "and" or "or" marks where the first ends: "transformer mamba". */
  private static final String WORD =
      "(?!(?:what|whats|what's|which|how|why|the|a|an|is|are|so|and|or|but|any|no|some|one|two"
          + "|models?|tools?|systems?|databases?|networks?|apps?|sizes?|ai)\\b)(\\S+)";

  /** A side that is no bare number and has no comma or second "or": one thing, named in words. */
  private static final String NAMED_SIDE = "((?![\\d.%]+ )(?:(?! or )[^,])+?)";

  private static final List<Pattern> COMPARE =
      List.of(
          Pattern.compile(
              "^(?:(?:what(?:'?s| is| are)?|summari[sz]e|explain|describe|tell me|show me) )?"
                  + "(?:the )?(?:main |key |real )?(?:"
                  + DIFFERENCE
                  // "difference ai and ml", but not "the difference in price and speed"
                  + "|diff?rances?)(?: between| of)? (?!(?:in|for|on|at|with|to|from|it|this|that) )"
                  + SIDE
                  // "the diff between temp n top p": chat shorthand for "and"
                  + " (?:and|n|&) "
                  + SIDE
                  + "$"),
          // "could you tell me the difference between bert and gpt": whoever asks, "between"
          // sets the two sides
          Pattern.compile(
              "^(?:.+ )?(?:the )?(?:main |key |real |essential |actual )?(?:"
                  + DIFFERENCE
                  + "|diff?rances?|distinction) between "
                  + SIDE
                  + " (?:and|n|&) "
                  + SIDE
                  + "$"),
          Pattern.compile("^" + SIDE + " (?:vs\\.?|versus|v\\.?s\\.?|v) " + SIDE + "$"),
          // the exam's wording: "distinguish between bert and gpt", "differentiate x from y"
          Pattern.compile(
              "^(?:(?:briefly|please|kindly) )?(?:distinguish|differentiate|contrast"
                  + "|compare and contrast)(?: between)? "
                  + SIDE
                  + " (?:and|from|with) "
                  + SIDE
                  + "$"),
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
          // "machine learning and deep learning same thing or not": the verb left out, two short
          // sides
          Pattern.compile(
              "^((?:\\S+ ){0,2}?\\S+) (?:and|&) ((?:\\S+ )?\\S+) (?:the )?same thing(?: or not)?$"),
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
          // "is gan or diffusion better for faces": the comparative after the two, each side a
          // thing named in words (not "temperature 0 or 1"), of two (not "gan, vae or diffusion")
          Pattern.compile(
              "^(?:is|are) "
                  + NAMED_SIDE
                  + " or "
                  + "(?!(?:something|anything|whatever|not|so|both|neither)\\b)"
                  + NAMED_SIDE
                  + " (?:better|worse|faster|slower|cheaper|newer|older|easier|harder|smarter"
                  + "|more \\S+|less \\S+)(?: (?:for|at|in|on|with) .+)?$"),
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

  /**
   * A later clause that asks how two long sides differ: "whats the difference", "what difference",
   * "the real difference".
   */
  private static final Pattern THE_DIFFERENCE =
      Pattern.compile(
          "^(?:so )?(?:what'?s |whats |what is |what )?(?:the )?(?:real |main |key |actual )?"
              + DIFFERENCE
              + "\\b.*");

  /**
   * Where a clause sets one thing against another: "blurry while gan samples look sharp", "my
   * friend says diffusion beat gans".
   */
  private static final Pattern AGAINST =
      Pattern.compile(" (?:or|while|whereas|vs\\.?|versus|instead of|beat|beats) ");

  /**
   * Two short things joined by "or" or "and", each at most four words, perhaps with what both do
   * ("temperature and top_p both seem to make output random", "temperature and top-p seem to do the
   * same thing").
   */
  private static final Pattern PAIR =
      Pattern.compile(
          "^((?:\\S+ ){0,3}\\S+) (?:or|and|against) ((?:\\S+ ){0,3}?\\S+)"
              + "(?: (?:both|seem|seems|look|looks|sound|sounds|feel|feels|for)\\b.*)?$");

  /**
   * What sets a thing against another without comparing them: "protect llms against prompt
   * injection, which defence is better" weighs defences, not llms and prompt injection.
   */
  private static final Pattern GUARDS =
      Pattern.compile(
          "(?:protect|protecting|guard|guarding|defend|defending|secure|securing|harden|hardening"
              + "|shield|shielding|safeguard|safeguarding|test|testing|check|checking|evaluate"
              + "|evaluating|benchmark|benchmarking)\\b");

  /** A clause that weighs two things already named: "which one ...", "how do they differ". */
  private static final Pattern WEIGHS =
      Pattern.compile(
          "^(?:which|what'?s better|what is better|how do they differ|how are they different"
              + "|what'?s the difference|what is the difference|differences?|better)\\b.*"
              + "|.*\\b(?:differ|different|"
              + DIFFERENCE
              + "|better|worse|versus|vs|compare|separates|both or|or both"
              + "|give up|trade-?offs?|pros and cons|side by side|which is which|weigh"
              + "|same thing|the same|separate|what do (?:you|we|i) lose|same idea|same concept"
              + "|what does each(?: one)? (?:add|do|bring|change))\\b.*");

  /**
   * A question that asks which of two is better before naming them: "which is better", "which one
   * should i learn first", "what's faster", "which needs more data"; what the two are compared for
   * or at may follow ("which is better for faces", "which is faster at generating images"). It must
   * say how they are weighed (a comparative, or which to use or learn): "what causes hallucination"
   * weighs nothing.
   */
  private static final String WHICH_IS =
      "(?:so |ok |and )?(?:which|what)(?: one| of the two| of them)?"
          + "(?:(?:'s|s| is| are| would be| works?| seems?| uses| needs| takes| costs| gives| makes"
          + "| runs| trains)? (?:better|best|worse|faster|cheaper"
          + "|newer|older|easier|harder|smarter|stronger|more \\S+|less \\S+)"
          + "| should (?:i|we|you) (?:use|pick|choose|learn|try|go with|start with)"
          + "| do (?:i|we|you) (?:need|want|use|pick|prefer)| do you prefer)"
          + "(?: first)?(?: (?:for|at|in|on|with) (?:\\S+ ){0,3}?\\S+)?";

  /** {@link #WHICH_IS} as a clause of its own: "which is better, gans or diffusion". */
  private static final Pattern ASKS_WHICH = Pattern.compile("^" + WHICH_IS + "$");

  /** {@link #WHICH_IS} run into its two sides: "which is better gans or diffusion". */
  private static final Pattern WHICH_OF =
      Pattern.compile("^" + WHICH_IS + " " + SIDE + " or " + SIDE + "$");

  /**
   * Two short things in the {@code i}th clause and a later clause that weighs them, or a clause
   * just before that asks which is better ({@link #ASKS_WHICH}): side by side, or weighed if the
   * later clause asks for the two to be weighed.
   */
  static Optional<QuestionIntent> paired(String[] clauses, int i) {
    String clause = clauses[i].strip();
    Matcher pair = PAIR.matcher(clause);
    if (!pair.matches()) {
      return Optional.empty();
    }
    String first = pair.group(1).strip();
    String second = pair.group(2).strip();
    // "which is better, gans or diffusion": the clause before asks which of the two
    if (i > 0
        && clause.contains(" or ")
        && ASKS_WHICH.matcher(clauses[i - 1].strip()).matches()
        && !VAGUE.contains(withoutPurpose(second))) {
      return Optional.of(new QuestionIntent(Type.COMPARE, first, withoutPurpose(second)));
    }
    // "gan or vae, which one gives sharper images"; "rlhf and instruction tuning, how do they
    // differ": two things in a clause of their own, and a later clause that weighs them
    if (later(clauses, i, WEIGHS)
        && !VAGUE.contains(second)
        && !(clause.contains(" against ") && GUARDS.matcher(first).lookingAt())) {
      return Optional.of(
          new QuestionIntent(
              later(clauses, i, THE_TWO) ? Type.WEIGHED : Type.COMPARE, first, second));
    }
    return Optional.empty();
  }

  /**
   * A first side that weighs two ways of doing a job: "better to fine tune a model", "is it better
   * to use rag"; what comes before it is the setting ("for image generation is it better to").
   */
  private static final Pattern BETTER_TO =
      Pattern.compile(
          "^(?:.*\\s)?(?:is it |would it be |it'?s |it is )?better to ((?:\\S+ ){0,5}\\S+)$");

  /** "X or Y", with the purpose taken off Y; not when Y is vague ("pinecone or something"). */
  static Optional<QuestionIntent> either(String q) {
    Matcher either = EITHER.matcher(q);
    if (either.matches()) {
      String second = withoutPurpose(either.group(2).strip());
      if (!VAGUE.contains(second)) {
        Matcher which = WHICH_OF.matcher(q);
        if (which.matches() && !VAGUE.contains(withoutPurpose(which.group(2).strip()))) {
          // "which is better gans or diffusion": the question before the two is not a side
          return Optional.of(
              new QuestionIntent(
                  Type.COMPARE, which.group(1).strip(), withoutPurpose(which.group(2).strip())));
        }
        Matcher better = BETTER_TO.matcher(either.group(1).strip());
        if (better.matches()) {
          // "for our faq bot, better to fine tune a model or do rag": a choice between two
          return Optional.of(new QuestionIntent(Type.COMPARE, better.group(1), second));
        }
        return Optional.of(new QuestionIntent(Type.EITHER, either.group(1).strip(), second));
      }
    }
    return Optional.empty();
  }

  /** Whether a clause after the {@code i}th weighs two things already named ({@link #WEIGHS}). */
  static boolean weighsLater(String[] clauses, int i) {
    return later(clauses, i, WEIGHS);
  }

  /** Whether a clause weighs two things already named: "which one ...", "how do they differ". */
  static boolean weighs(String clause) {
    return WEIGHS.matcher(clause).matches();
  }

  /**
   * Two things set against each other in one clause, however many words each takes, and a later
   * clause that asks to weigh the two: "do we fetch them at query time or retrain the model on
   * them? weigh the two". The index decides whether each side names something.
   */
  static Optional<QuestionIntent> weighed(String[] clauses) {
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
    if (BEAT.matcher(clause.substring(start, end)).matches()) {
      second = withoutPurpose(second); // "diffusion beat gans for textile patterns"
    }
    return VAGUE.contains(second) || second.isBlank()
        ? Optional.empty()
        : Optional.of(new QuestionIntent(Type.WEIGHED, clause.substring(0, start).strip(), second));
  }

  /** A winner set against a loser: "diffusion beat gans for textile patterns". */
  private static final Pattern BEAT = Pattern.compile(" beats? ");

  /** Whether a clause after the {@code i}th matches: "how do they differ", "which is which". */
  private static boolean later(String[] clauses, int i, Pattern pattern) {
    for (int j = i + 1; j < clauses.length; j++) {
      if (pattern.matcher(clauses[j].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two things set against each other by one of the forms in {@link #COMPARE}, with the purpose
   * taken off the second: "rag vs fine tuning for our support bot".
   */
  static Optional<QuestionIntent> compared(String q) {
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
  static String withoutPurpose(String side) {
    return FIRST.matcher(cutAt(side, PURPOSE_CUTS)).replaceFirst("");
  }

  /**
   * The order a learner asks about, not part of a side: "learn transformers or diffusion first".
   */
  private static final Pattern FIRST = Pattern.compile(" (?:first|1st|next|after that)$");

  /**
   * A side without what it is done on: "fine-tune on our procedures" is "fine-tune". Two sides set
   * against each other keep a purpose ("training data for image generators vs llms" compares the
   * data); only a weighed choice loses it ({@link #withoutPurpose}).
   */
  static String withoutWhatItIsDoneOn(String side) {
    return cutAt(side, List.of(" on "));
  }

  /** Where a side's purpose or condition starts ({@link #withoutPurpose}). */
  private static final List<String> PURPOSE_CUTS =
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
          " in terms of ");

  /** The side up to the first of these cuts. */
  private static String cutAt(String side, List<String> cuts) {
    int at = side.length();
    for (String cut : cuts) {
      int i = side.indexOf(cut);
      if (i > 0 && i < at) {
        at = i;
      }
    }
    return side.substring(0, at).strip();
  }
}
