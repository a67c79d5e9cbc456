package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.Words;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a question for {@code ask}: its frame ({@link QuestionIntent}) and how well every entry
 * matches its words ({@link EntryIndex}), into what the answer should be: one entry, two concepts
 * side by side, where one concept sits, a misconception's correction, or nothing.
 */
final class QuestionReader {
  /**
   * A question that all but repeats a misconception's claim ("are llms only for text") gets the
   * correction, whatever else matches.
   */
  private static final double REPEATED_CLAIM = 0.85;

  private final EntryIndex index;
  private final Weights weights;
  private final RelevanceFloor floor;
  private final Sides sides;
  private final NamedConcept named;
  private final ClauseAnswer clauses;
  private final Optional<LearnedAnswer> learned;

  QuestionReader(EntryIndex index, Weights weights, Optional<LearnedAnswer> learned) {
    this.index = index;
    this.weights = weights;
    this.learned = learned;
    this.floor = new RelevanceFloor(index, weights);
    this.sides = new Sides(index, weights);
    this.named = new NamedConcept(weights);
    this.clauses = new ClauseAnswer(index, weights, floor, named);
  }

  /**
   * How a question was understood, before it is turned into an answer: the answer's entries (empty
   * when nothing answers), the kind of answer, and every entry ranked.
   */
  record Understood(
      Answer.Kind kind,
      List<EntryIndex.Scored> answer,
      List<EntryIndex.Scored> ranked,
      Reading reading,
      double score) {
    /** The ids in the order a reader meets them: the answer first, then the rest. */
    List<String> ids() {
      Set<String> ids = new LinkedHashSet<>();
      answer.forEach(s -> ids.add(s.entry().id()));
      ranked.forEach(s -> ids.add(s.entry().id()));
      return List.copyOf(ids);
    }
  }

  /** The rules' reading, settled by what the examples teach when there are any. */
  Understood understand(String asked) {
    Understood read = read(asked);
    // "what is a rag and how do i wash it": the rules' doubt that the word means the field's thing
    // is a reading the examples cannot overrule, since they seldom tell a word's senses apart; nor
    // is a question that names nothing ("which one is better")
    if (read.answer().isEmpty()
        && (everydayAsked(asked, read) || RelevanceFloor.namesNothing(read.reading()))) {
      return read;
    }
    Understood settled =
        learned
            .map(
                l ->
                    l.settle(
                        asked,
                        read,
                        this::kindOf,
                        s -> floor.onlyEveryday(s, read.reading()),
                        () -> floor.saysNothingOfTheField(read.reading())))
            .orElse(read);
    // "how do transformers work", "what is a vae": a question that asks only what an entry it names
    // is stays answered, whatever "nothing answers this" the examples learned from "how do solar
    // panels work"
    return settled.answer().isEmpty() && asksOnlyWhatItIs(asked, read) ? read : settled;
  }

  /**
   * Whether the whole question asks what an entry is, naming it by its name alone, and the rules
   * answer with that entry.
   */
  private boolean asksOnlyWhatItIs(String asked, Understood read) {
    if (read.answer().isEmpty()) {
      return false;
    }
    String question = withoutAside(Asker.withoutAsker(asked));
    QuestionIntent intent = QuestionIntent.of(question);
    // "hallucinations?", "deepfakes": a name alone asks what it is, as "tell me about
    // transformers" does (DefinedTerm)
    String named =
        intent.type() == QuestionIntent.Type.DEFINE
            ? intent.first()
            : question.strip().replaceAll("[?!.]+$", "");
    if (intent.type() != QuestionIntent.Type.DEFINE
        && named.split("\\s+").length > NAME_ALONE_WORDS) {
      return false;
    }
    Optional<Sides.Side> x = sides.of(named);
    // by its name and nothing else: "how does the electrical transformer work" may be the grid's
    return x.isPresent()
        && x.get().pure()
        && x.get().named()
        && index.reader().read(named).unknown().isEmpty()
        && x.get().id().equals(read.answer().get(0).entry().id());
  }

  /** At most this many words make a question that is only a name. */
  private static final int NAME_ALONE_WORDS = 3;

  /** Whether every word of the thing asked about is a word nothing in the pack knows. */
  private boolean unknownThing(String thing) {
    Reading named = index.reader().read(thing);
    List<Words.Word> words = named.contentWords();
    return !words.isEmpty() && words.stream().allMatch(w -> named.unknown().contains(w.text()));
  }

  /** Whether the question asks what a thing is, and the thing may well be the everyday one. */
  private boolean everydayAsked(String asked, Understood read) {
    Reading reading = read.reading();
    QuestionIntent intent = QuestionIntent.of(withoutAside(Asker.withoutAsker(asked)));
    // "what is a rag doll"; "how does a gun work": the examples know only how the question is put,
    // not the thing
    if (intent.asksWhatItIs()
        && (!read.ranked().isEmpty()
                && floor.namesAnotherThing(
                    named.best(reading, read.ranked()), reading, intent.first())
            || unknownThing(intent.first()))) {
      return true;
    }
    if (intent.type() != QuestionIntent.Type.DEFINE_THEN_MORE) {
      return false;
    }
    Optional<Sides.Side> x = sides.of(intent.first());
    return x.isPresent()
        && x.get().pure()
        && floor.everydayInDoubt(x.get().scored(), reading, intent.first());
  }

  private Understood read(String asked) {
    String question = withoutAside(Asker.withoutAsker(asked));
    EntryIndex idx = index;
    Reading reading = idx.reader().read(question);
    List<EntryIndex.Scored> ranked = idx.rank(reading);
    // "cancel my midjourney subscription", "rag vs fine tuning stock price": whatever it names, it
    // asks for something no explanation gives
    // "is it good", "why": nothing named to answer about
    if (idx.signs().elsewhere(reading.words()) || RelevanceFloor.namesNothing(reading)) {
      return new Understood(Answer.Kind.concept, List.of(), ranked, reading, 0);
    }
    QuestionIntent intent = QuestionIntent.of(question);
    switch (intent.type()) {
      case COMPARE, WEIGHED, EITHER -> {
        // "should we fine tune the bot on our KB or just do retrieval? what's the diff", "should we
        // fine-tune on our procedures or set up RAG?": what the first of two sides is done on (or,
        // weighed, for), when the side names nothing with it; "rely on chain of thought" keeps its
        // "on"
        Optional<Sides.Side> a =
            sides
                .of(intent.first())
                .or(
                    () ->
                        sides.of(
                            intent.type() == QuestionIntent.Type.WEIGHED
                                ? ComparedSides.withoutPurpose(intent.first())
                                : ComparedSides.withoutWhatItIsDoneOn(intent.first())));
        Optional<Sides.Side> b = sides.of(intent.second());
        boolean two = a.isPresent() && b.isPresent() && !a.get().id().equals(b.get().id());
        if (two && (Sides.theTwoSides(a.get(), b.get()))) {
          return sidesCompared(reading, ranked, a.get(), b.get());
        }
        if (two
            && intent.type() == QuestionIntent.Type.COMPARE
            && !(a.get().pure() && b.get().pure())) {
          Optional<Understood> topic = topic(reading, ranked, a.get(), b.get());
          if (topic.isPresent()) {
            return topic.get();
          }
        }
        if (two
            && (intent.type() != QuestionIntent.Type.EITHER || a.get().pure() && b.get().pure())) {
          double score = Math.min(a.get().scored().score(), b.get().scored().score());
          return new Understood(
              Answer.Kind.comparison,
              List.of(a.get().scored(), b.get().scored()),
              ranked,
              reading,
              score);
        }
      }
      case DEFINE, DEFINE_THEN_MORE -> {
        // "musician here, someone trained a LoRA on my art. what is a LoRA": the LoRA
        Optional<Sides.Side> x = sides.of(intent.first());
        if (x.isPresent()
            && x.get().pure()
            && (intent.type() == QuestionIntent.Type.DEFINE
                    && !floor.namesAnotherThing(x.get().scored(), reading, intent.first())
                || x.get().named()
                    && !floor.everydayInDoubt(x.get().scored(), reading, intent.first()))) {
          return new Understood(
              kindOf(x.get().scored()),
              List.of(x.get().scored()),
              ranked,
              reading,
              x.get().scored().score());
        }
      }
      case PLACEMENT -> {
        Optional<Sides.Side> x = sides.of(intent.first());
        if (x.isPresent() && !Sides.PACK_SIDES.contains(x.get().id())) {
          return new Understood(
              Answer.Kind.placement,
              List.of(x.get().scored()),
              ranked,
              reading,
              x.get().scored().score());
        }
      }
      case IS_A -> {
        Optional<Sides.Side> x = sides.of(intent.first());
        Optional<Sides.Side> y = sides.of(intent.second());
        // "is rag a type of fine tuning" is about rag; "is gpt-4 a foundation model" about what
        // gpt-4, no entry of its own, would be.
        boolean distinct = y.isPresent() && (x.isEmpty() || !x.get().id().equals(y.get().id()));
        if (distinct && x.isPresent() && Sides.theTwoSides(x.get(), y.get())) {
          // "is an llm a type of generative ai or the other way round": how the two relate
          return sidesCompared(reading, ranked, x.get(), y.get());
        }
        // "is BERT just an older version of GPT?": two peers the asker suspects are one
        if (distinct && x.isPresent() && Sides.peers(x.get(), y.get(), reading)) {
          return new Understood(
              Answer.Kind.comparison,
              List.of(x.get().scored(), y.get().scored()),
              ranked,
              reading,
              Math.min(x.get().scored().score(), y.get().scored().score()));
        }
        Optional<Sides.Side> about =
            distinct
                ? x.filter(Sides.Side::pure).or(() -> y.filter(Sides.Side::pure))
                : Optional.empty();
        if (about.isPresent()) {
          return new Understood(
              Answer.Kind.concept,
              List.of(about.get().scored()),
              ranked,
              reading,
              about.get().scored().score());
        }
      }
      default -> {}
    }
    Optional<EntryIndex.Scored> repeated =
        ranked.stream()
            .filter(s -> s.misconception() >= 0 && s.claim() >= REPEATED_CLAIM)
            // "what is a transformer" is close to "All LLMs are Transformers" but says none of
            // the rest of it
            .filter(
                s ->
                    EntryIndex.saysMostOf(
                        s.entry().claims().get(s.misconception()), reading.vector()))
            .max(java.util.Comparator.comparingDouble(EntryIndex.Scored::claim));
    if (repeated.isPresent()) {
      return new Understood(
          Answer.Kind.misconception,
          List.of(repeated.get()),
          ranked,
          reading,
          repeated.get().claim());
    }
    Optional<Understood> bothSides =
        intent.type() == QuestionIntent.Type.PLACEMENT || intent.type() == QuestionIntent.Type.IS_A
            ? Optional.empty()
            : bothSides(reading, ranked);
    if (bothSides.isPresent()) {
      return bothSides.get();
    }
    EntryIndex.Scored top = named.best(reading, ranked);
    if (intent.asksWhatItIs() && floor.namesAnotherThing(top, reading, intent.first())) {
      // "what is a rag doll", "what is rope skipping": the everyday name is part of another thing's
      return new Understood(Answer.Kind.concept, List.of(), ranked, reading, 0);
    }
    Optional<Understood> facet = facetOf(top, reading, ranked);
    if (facet.isPresent()) {
      return facet.get();
    }
    if (CALLED.matcher(reading.text()).find()
        && EntryIndex.namedIn(top.entry(), reading.saidStems())) {
      // "gpt-4o can look at a photo and answer out loud, what kind of model is that": the name
      // the question gives is not the kind it asks for
      Optional<EntryIndex.Scored> unnamed =
          ranked.stream()
              .filter(x -> !EntryIndex.namedIn(x.entry(), reading.saidStems()))
              .findFirst()
              .filter(x -> floor.answers(x, reading));
      if (unnamed.isPresent()) {
        return new Understood(
            kindOf(unnamed.get()), List.of(unnamed.get()), ranked, reading, unnamed.get().score());
      }
    }
    if (!floor.answers(top, reading)) {
      Optional<ClauseAnswer.Found> byClause = clauses.answer(question, reading, ranked);
      if (byClause.isPresent()) {
        ClauseAnswer.Found f = byClause.get();
        return new Understood(
            kindOf(f.top()), List.of(f.top()), ranked, f.reading(), f.top().score());
      }
      return floor
          .inPlaceOf(top, ranked, reading)
          .map(next -> new Understood(kindOf(next), List.of(next), ranked, reading, next.score()))
          .orElseGet(
              () -> new Understood(Answer.Kind.concept, List.of(), ranked, reading, top.score()));
    }
    return new Understood(kindOf(top), List.of(top), ranked, reading, top.score());
  }

  /**
   * The question without a few words set apart before it ({@link Aside}) that the pack has nothing
   * on: who is asking ("novelist.", "translator again,") or what about ("budget question.").
   */
  private String withoutAside(String question) {
    return dev.genaivsllm.understand.Aside.leading(question)
        .filter(
            aside ->
                index.rank(index.reader().read(aside.words())).stream()
                    .findFirst()
                    .filter(s -> s.score() >= weights.floor())
                    .isEmpty())
        .map(dev.genaivsllm.understand.Aside::rest)
        .orElse(question);
  }

  /**
   * "Generative AI vs LLMs", perhaps on one topic ("cost of generative ai vs llms"): the dimension
   * that what is said besides the two sides names, else the relationship itself.
   */
  private Understood sidesCompared(
      Reading reading, List<EntryIndex.Scored> ranked, Sides.Side a, Sides.Side b) {
    Optional<Understood> topic = topic(reading, ranked, a, b);
    if (topic.isPresent()) {
      return topic.get();
    }
    EntryIndex.Scored relationship =
        index
            .entry("dimension", "relationship")
            .map(e -> EntryIndex.score(e, reading.vector(), weights))
            .orElse(ranked.get(0));
    return new Understood(
        relationship.entry().kind().equals("dimension")
            ? Answer.Kind.dimension
            : Answer.Kind.concept,
        List.of(relationship),
        ranked,
        reading,
        Math.max(weights.floor(), relationship.score()));
  }

  /**
   * A question that names both sides of the pack anywhere in it ("what kind of data are image
   * generators trained on compared to llms", "do image generators use the same architecture as
   * llms") asks how the two compare on what else it says: the dimension that matches the rest, if
   * one does clearly. A language model on one side; generative AI, a family of non-language
   * generators, or a lexicon term for one ("image generator") on the other.
   */
  private Optional<Understood> bothSides(Reading reading, List<EntryIndex.Scored> ranked) {
    Set<String> said = new java.util.HashSet<>(reading.saidStems());
    Set<String> generatorTerms = new java.util.HashSet<>();
    for (String term : reading.terms()) {
      List<String> stems = Words.of(term).stream().map(Words.Word::stem).toList();
      said.addAll(stems);
      if (GENERATOR_TERM.matcher(term).find()) {
        generatorTerms.addAll(stems);
      }
    }
    List<EntryIndex.Entry> language =
        index.entries().stream()
            .filter(e -> Sides.LANGUAGE.contains(e.id()) && e.kind().equals("concept"))
            .filter(e -> EntryIndex.namedIn(e, said) || reading.terms().contains(CHATBOT))
            .toList();
    List<EntryIndex.Entry> generators =
        index.entries().stream()
            .filter(e -> e.kind().equals("concept") && !Sides.LANGUAGE.contains(e.id()))
            .filter(
                e ->
                    e.id().equals("generative-ai")
                        || e.source() instanceof Concept c
                            && c.placement() == dev.genaivsllm.model.Placement.genai)
            .filter(e -> index.namedPlainly(e, said) || e.id().equals("generative-ai"))
            .filter(e -> EntryIndex.namedIn(e, said))
            .toList();
    if (language.isEmpty()
        || generators.isEmpty() && generatorTerms.isEmpty()
        || SAME.matcher(reading.text()).find()) {
      return Optional.empty(); // "they use genai and llm as if they were the same word"
    }
    Set<String> named = new java.util.HashSet<>(generatorTerms);
    for (EntryIndex.Entry e : concat(language, generators)) {
      named.addAll(nameStems(e));
    }
    // "LLMs that write text the way stable diffusion makes images (Mercury? LLaDA?)" is about a
    // third thing it names
    Set<String> besides = new java.util.HashSet<>(said);
    besides.removeAll(named);
    boolean third =
        index.entries().stream()
            .filter(e -> e.kind().equals("concept"))
            .filter(e -> !language.contains(e) && !generators.contains(e))
            .anyMatch(e -> index.namedPlainly(e, besides));
    return third
        ? Optional.empty()
        : topicOf(reading.vector().without(named), ranked, reading, TOPIC_FLOOR);
  }

  private static List<EntryIndex.Entry> concat(List<EntryIndex.Entry> a, List<EntryIndex.Entry> b) {
    List<EntryIndex.Entry> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Whether two terms mean the same is how they relate, not a topic they are compared on. */
  private static final java.util.regex.Pattern SAME =
      java.util.regex.Pattern.compile("(?i)\\bsame (?:thing|word|term)|interchangeabl|synonym");

  /** A question asking for the name of what it describes: "what kind of model is that". */
  private static final java.util.regex.Pattern CALLED =
      java.util.regex.Pattern.compile(
          "(?i)\\bwhat(?:'s| is| are)? (?:that|this|these|it|they|those)(?: thing| pattern)?"
              + " called\\b|\\bwhat (?:kind|type|sort) of (?:model|ai|system|thing|network)"
              + " (?:is|are) (?:that|this|it|they)\\b|\\bwhat do (?:you|they|people) call");

  /** The lexicon's term for a chat assistant, which people name for the language-model side. */
  private static final String CHATBOT = "chatbot";

  /** A lexicon term for a kind of generator: "image generator", "video generation". */
  private static final java.util.regex.Pattern GENERATOR_TERM =
      java.util.regex.Pattern.compile(
          "^(?:image|video|music|audio|voice|picture|art)\\b.*\\bgenerat(?:or|ion)\\b"
              + "|^text-to-(?:image|video)$");

  /**
   * How well what is said besides two compared things must match a dimension to be the topic they
   * are compared on: more than an answer needs, since the leftover words are few and often only
   * frame the question ("baked in? how do they differ").
   */
  private static final double TOPIC_FLOOR = 0.45;

  /**
   * Two things compared on a topic ("how does sampling an image differ from sampling text"): the
   * dimension that what is said besides the two names matches, if one does.
   */
  private Optional<Understood> topic(
      Reading reading, List<EntryIndex.Scored> ranked, Sides.Side a, Sides.Side b) {
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Sides.Side s : List.of(a, b)) {
      named.addAll(nameStems(s.scored().entry()));
    }
    return topicOf(reading.vector().without(named), ranked, reading, TOPIC_FLOOR);
  }

  /**
   * One side of the pack named, asked about one of the sides' facets ("what are the risks of gen ai
   * for schools", "when did all this gen ai stuff start"): every dimension is a facet of the two
   * sides, so the dimension that the rest matches very clearly answers, not the side's definition.
   */
  private Optional<Understood> facetOf(
      EntryIndex.Scored top, Reading reading, List<EntryIndex.Scored> ranked) {
    if (!top.entry().kind().equals("concept")
        || !Sides.PACK_SIDES.contains(top.entry().id())
        || !EntryIndex.namedIn(top.entry(), reading.saidStems())) {
      return Optional.empty();
    }
    return topicOf(reading.vector().without(nameStems(top.entry())), ranked, reading, FACET_FLOOR);
  }

  /** The stems of all of an entry's names: what a question says when it only names the entry. */
  private static Set<String> nameStems(EntryIndex.Entry e) {
    Set<String> stems = new java.util.HashSet<>();
    e.names().forEach(n -> stems.addAll(n.weights().keySet()));
    return stems;
  }

  /**
   * How well what is said besides one side must match a dimension to be the facet asked about. It
   * is higher than {@link #TOPIC_FLOOR}, the bar for two compared things, because a question that
   * names one side is as likely to ask what that side is ("guy on a podcast said it's just an LLM,
   * what even is one").
   */
  private static final double FACET_FLOOR = 0.75;

  /** The dimension that these words match clearly, as the answer. */
  private Optional<Understood> topicOf(
      dev.genaivsllm.understand.TermVector rest,
      List<EntryIndex.Scored> ranked,
      Reading reading,
      double floor) {
    return index.entries().stream()
        .filter(e -> e.kind().equals("dimension"))
        .map(e -> EntryIndex.score(e, rest, weights))
        .max(java.util.Comparator.comparingDouble(EntryIndex.Scored::score))
        .filter(s -> s.score() >= floor)
        .map(s -> new Understood(Answer.Kind.dimension, List.of(s), ranked, reading, s.score()));
  }

  private Answer.Kind kindOf(EntryIndex.Scored top) {
    boolean claimWins =
        top.misconception() >= 0
            && top.claim() >= weights.claim()
            && weights.misconception() * top.claim()
                >= Math.max(weights.names() * top.names(), weights.phrasings() * top.phrasings());
    if (claimWins) {
      return Answer.Kind.misconception;
    }
    return top.entry().kind().equals("dimension") ? Answer.Kind.dimension : Answer.Kind.concept;
  }
}
