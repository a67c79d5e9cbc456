package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an entry answers a question at all, or the honest reply is "nothing in this pack answers
 * that": the score and coverage floors ({@link Weights}), the allowance for a concept named
 * plainly, the lower bar for a question that says it is about the field or tells the entry's
 * situation in a lexicon phrase of several words, the doubt about a name that is also an everyday
 * word, and the entry that answers when that doubt turns the first away.
 */
final class RelevanceFloor {
  private final EntryIndex index;
  private final Weights weights;

  RelevanceFloor(EntryIndex index, Weights weights) {
    this.index = index;
    this.weights = weights;
  }

  /**
   * Whether the best entry answers: it scores above the floor and speaks to a quarter of the
   * question. A concept the question names plainly ("BERT explained simply pls, nlp exam on
   * thursday") answers whatever else is said, if it would clear the floor without the words the
   * pack never uses: the rest is the asker's situation, not the topic. The pack must still know a
   * quarter of the question ({@link #PLAIN_KNOWN}). A question that says it is about the field
   * ("claude said my contract is too long to take in one go") is held to the floor without its
   * unknown words, and needs half the coverage: they tell its situation. So does one whose lexicon
   * phrase of two words or more ("two different answers") stood for one of the entry's names.
   */
  boolean answers(EntryIndex.Scored s, Reading reading) {
    double known = StrictMath.pow(reading.knownShare(), weights.unknownWords());
    if (s.entry().kind().equals("concept")) {
      if (index.namedPlainly(s.entry(), reading.saidStems())
          && reading.knownShare() >= PLAIN_KNOWN) {
        return s.score() / known >= weights.floor();
      }
    }
    Set<String> field = index.signs().field(reading.words());
    boolean inField = !field.isEmpty() || ToldThenAsked.of(reading);
    double score = inField && known > 0 ? s.score() / known : s.score();
    // "same question twice, two different answers. is it broken?": the lexicon read the situation
    // as the entry's own term, so the rest ("broken") is how it was told, not another topic
    boolean described = EntryIndex.namedIn(s.entry(), reading.toldStems());
    // "the bot forgot what i said at the start of our chat": a machine that talks says the story
    // is told about the field, though not as surely as a field word does for the score
    boolean talking = ToldThenAsked.talkingMachine(reading);
    double covered =
        inField || described || talking ? weights.covered() * IN_FIELD_COVERED : weights.covered();
    if (score < weights.floor() || s.coverage() < covered) {
      return false;
    }
    // "my cat has a high temperature": an entry named only by an everyday word answers when the
    // rest of the question is about the field too
    Set<String> everyday = index.namedOnlyByEveryday(s.entry(), reading);
    if (everyday.isEmpty()) {
      return true;
    }
    // the other words typed, not counting the field itself ("CLIP meaning in ai", "gpt said my
    // lasagna needs a higher oven temperature" still says lasagna and oven)
    Set<String> named = new java.util.HashSet<>(everyday);
    named.addAll(field);
    return othersThan(named, reading) < EVERYDAY_REST
        || EntryIndex.coverage(s.entry(), reading.vector().without(everyday)) >= weights.covered();
  }

  /**
   * Whether a question that asks what an entry is ("what is a transformer and how does it step down
   * voltage") may mean the everyday thing: the entry is named only by everyday words, nothing says
   * the question is about the field, and it says anything more besides ("what is a rag and how do i
   * wash it").
   */
  boolean everydayInDoubt(EntryIndex.Scored s, Reading reading, String defined) {
    Set<String> everyday = new java.util.HashSet<>(index.namedOnlyByEveryday(s.entry(), reading));
    // "what is a model and how do i become one": the word asked about is everyday, whichever entry
    // it led to
    Set<String> asked = new java.util.HashSet<>();
    index.reader().read(defined).contentWords().forEach(w -> asked.add(w.stem()));
    if (index.everyday(asked)) {
      everyday.addAll(asked);
    }
    if (everyday.isEmpty() || !saysNothingOfTheField(reading)) {
      return false;
    }
    return othersThan(everyday, reading) > 0;
  }

  /**
   * Where the name of the thing asked about ends: "rag in simple terms" asks about "rag", "what is
   * a token used for" about "token".
   */
  private static final java.util.regex.Pattern NAME_ENDS =
      java.util.regex.Pattern.compile(
          " (?:in|of|for|on|with|to|at|from|by|and|or|vs|versus|as|like|when|if|that|which|who"
              + "|used|mean|means|meant|stand|stands|really|exactly|actually|again|please|pls)\\b");

  /**
   * Whether a question that asks what a thing is names another thing, of which the entry's everyday
   * name is only a part: "what is a rag doll", "what is rope skipping", "what is a flow chart". The
   * name asked about ({@link #NAME_ENDS}) says the everyday name and a word {@link #foreign} to the
   * field's sense of it, and nothing else puts the question in the field. "what is a lora adapter"
   * stays LoRA's: its text says adapter.
   */
  boolean namesAnotherThing(EntryIndex.Scored s, Reading reading, String defined) {
    Set<String> everyday = index.namedOnlyByEveryday(s.entry(), reading);
    // "how does a rag doll work": the architecture's "how it works" is the question's frame, not
    // a sign of the field
    if (everyday.isEmpty() || !saysNothingOfTheField(reading, VAGUE)) {
      return false;
    }
    Reading name = index.reader().read(NAME_ENDS.split(defined, 2)[0]);
    List<Words.Word> words = name.contentWords();
    // "what is the idea behind it": the thing asked about must itself say the everyday name
    return words.stream().anyMatch(w -> everyday.contains(w.stem()))
        && words.stream().anyMatch(w -> foreign(w, name, everyday));
  }

  /**
   * Whether a word of a name is foreign to the field's sense of the everyday name: no everyday
   * word, and no entry that uses the everyday name uses it or what it may be a typo of ("diffusion
   * modles": models). "Token budget" is the field's, since the context window's text says both;
   * "rag doll" is not.
   */
  private boolean foreign(Words.Word w, Reading name, Set<String> everyday) {
    if (everyday.contains(w.stem()) || index.everyday(Set.of(w.stem()))) {
      return false;
    }
    List<String> meant = new java.util.ArrayList<>(List.of(w.stem()));
    name.corrections().stream()
        .filter(c -> c.typed().equalsIgnoreCase(w.text()))
        .forEach(c -> meant.add(Words.stem(c.readAs())));
    return index.entries().stream()
        .filter(e -> everyday.stream().anyMatch(n -> EntryIndex.uses(e, n)))
        .noneMatch(e -> meant.stream().anyMatch(m -> EntryIndex.uses(e, m)));
  }

  /**
   * Whether the question names the entry only by everyday words and says nothing else of the field
   * ("rag rug crochet pattern", "why does the electrical transformer in my street hum"): the word
   * may well mean the everyday thing.
   */
  boolean onlyEveryday(EntryIndex.Scored s, Reading reading) {
    return !index.namedOnlyByEveryday(s.entry(), reading).isEmpty()
        && saysNothingOfTheField(reading);
  }

  /**
   * Whether nothing in the question puts it in the field: no field word ("ai", "chatbot", "bot"
   * ...), and no entry named by a name that is no everyday word ("lora on llama 8b, how does it get
   * away with training so few params" says no "ai", and names training). Such a name only lifts the
   * doubt on a weak answer of the examples; it is no field word: "train my puppy" stays refused,
   * since nothing close answers it. Measured on the tuning files: counting concepts' names only
   * lost 27 questions and no refusal. A request no explanation gives needs a field word ("can an AI
   * log in to the auction and bid by itself"): names do not make "rag vs fine tuning stock price" a
   * question to answer.
   */
  boolean saysNothingOfTheField(Reading reading) {
    return saysNothingOfTheField(reading, Set.of());
  }

  /** {@link #saysNothingOfTheField}, where a name made only of these words names nothing. */
  private boolean saysNothingOfTheField(Reading reading, Set<String> naming) {
    return index.signs().field(reading.words()).isEmpty()
        && (index.signs().elsewhere(reading.words())
            || index.entries().stream()
                .noneMatch(e -> index.namedPlainly(e, reading.saidStems(), naming)));
  }

  /**
   * Whether the question names nothing it asks about: besides words too common to mean anything, it
   * says only words that ask for a judgement or an effort ("why", "is it good", "which one is
   * better", "how do i make it work"). Whatever it leans to would be a guess.
   */
  static boolean namesNothing(Reading reading) {
    return reading.contentWords().stream().allMatch(w -> VAGUE.contains(w.stem()));
  }

  /**
   * The stems of words that name nothing a question could be about ({@link #namesNothing}), so in
   * every form: "works", "made", "things".
   */
  private static final Set<String> VAGUE =
      Words.stems(
          "good",
          "better",
          "best",
          "bad",
          "worse",
          "worst",
          "work",
          "make",
          "made",
          "thing",
          "stuff",
          "ones",
          "ok",
          "okay",
          "right",
          "wrong",
          "really",
          "actually",
          "help",
          "pls",
          "please",
          "worth",
          "useful",
          "use");

  /** How many different words the question says besides these stems. */
  private static long othersThan(Set<String> stems, Reading reading) {
    return reading.contentWords().stream()
        .map(Words.Word::stem)
        .filter(stem -> !stems.contains(stem))
        .distinct()
        .count();
  }

  /**
   * The entry that answers in place of one that does not because an everyday word named it: "my gan
   * keeps generating the same face whatever noise i feed it" was a false lead to GAN, and mode
   * collapse, nearly as close and not named that way, answers. Only entries ranked after it count:
   * one ranked above it was already passed over for a concept the question names ("are
   * hallucinations dangerous" is not the risks dimension).
   */
  Optional<EntryIndex.Scored> inPlaceOf(
      EntryIndex.Scored top, List<EntryIndex.Scored> ranked, Reading reading) {
    // by the word, however it is typed: "my GAN ... whatever noise i feed it" asks about the GAN's
    // failing, not what a GAN is
    if (index.namedOnlyByEveryday(top.entry(), reading.saidStems()).isEmpty()) {
      return Optional.empty();
    }
    return ranked.stream()
        .skip(ranked.indexOf(top) + 1)
        .limit(NEARLY_AFTER)
        .filter(x -> x.score() >= NEARLY * top.score())
        .filter(x -> index.namedOnlyByEveryday(x.entry(), reading.saidStems()).isEmpty())
        .filter(x -> answers(x, reading))
        .findFirst();
  }

  /** How close to the entry it replaces one must score to answer in its place. */
  private static final double NEARLY = 0.85;

  /** How many of the entries ranked after it may answer in its place. */
  private static final int NEARLY_AFTER = 3;

  /**
   * The share of {@link Weights#covered} a question that says it is about the field needs: the
   * words it uses to tell its situation ("hospital administrator here", "our radiology reports")
   * are not a sign of another topic.
   */
  private static final double IN_FIELD_COVERED = 0.5;

  /**
   * How many other words a question must say before they decide whether an entry it names only by
   * an everyday word is what it is about: "deep learning in simple terms" says one ("terms") and is
   * about deep learning; "my cat has a high temperature" says two (cat, high) the entry barely
   * uses.
   */
  private static final int EVERYDAY_REST = 2;

  /**
   * The share of a question's weight the pack must know for a plainly named concept to answer
   * despite the rest: "transformer toys for kids" in a pack that knows neither toys nor kids is not
   * about the Transformer.
   */
  private static final double PLAIN_KNOWN = 1.0 / 4;
}
