package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.understand.FieldSigns;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.TermVector;
import dev.genaivsllm.understand.TextReader;
import dev.genaivsllm.understand.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every concept and dimension of the packs in use, as texts to match a question against: its names
 * (title, id, aliases), its phrasings (how people ask), its summary (definition, question, one-line
 * summaries), its body, its misconceptions' claims and the quiz questions about it. One index
 * serves {@code ask} (the best answer) and {@code search} (the ranked list), so both read a
 * question the same way.
 */
final class EntryIndex {
  /** One entry and its texts, read into vectors. */
  record Entry(
      String kind,
      String id,
      String title,
      String command,
      List<TermVector> names,
      List<TermVector> phrasings,
      TermVector asked,
      TermVector summary,
      TermVector body,
      List<TermVector> claims,
      List<TermVector> quiz,
      Object source) {}

  /**
   * How well one entry matches a question, and why.
   *
   * @param misconception the index of the misconception whose claim matched best, or -1
   */
  record Scored(
      Entry entry,
      double score,
      double names,
      double phrasings,
      double summary,
      double body,
      double claim,
      int misconception,
      double quiz,
      double coverage) {}

  private final List<Entry> entries;
  private final TextReader reader;
  private final Weights weights;
  private final java.util.Set<String> everyday;
  private final FieldSigns signs;

  private EntryIndex(
      List<Entry> entries,
      TextReader reader,
      Weights weights,
      java.util.Set<String> everyday,
      FieldSigns signs) {
    this.entries = List.copyOf(entries);
    this.reader = reader;
    this.weights = weights;
    this.everyday = java.util.Set.copyOf(everyday);
    this.signs = signs;
  }

  static EntryIndex of(ContentRepository content) {
    return of(content, Weights.DEFAULT);
  }

  static EntryIndex of(ContentRepository content, Weights weights) {
    List<Dimension> dimensions = content.dimensions();
    List<Concept> concepts = content.concepts();
    List<Question> questions = content.questions();
    java.util.Set<String> names = new java.util.HashSet<>();
    dimensions.forEach(d -> names.addAll(Texts.names(d.title(), d.id(), d.aliases())));
    concepts.forEach(c -> names.addAll(Texts.names(c.title(), c.id(), c.aliases())));
    LexiconMatcher lexicon = new LexiconMatcher(content.lexicon(), names);
    Vocabulary.Builder words = new Vocabulary.Builder();
    dimensions.forEach(d -> words.document(Texts.all(d)));
    concepts.forEach(c -> words.document(Texts.all(c)));
    words.know(lexicon.terms());
    TextReader reader = new TextReader(words.build(), lexicon);
    Map<String, List<String>> quizByEntry = new LinkedHashMap<>();
    for (Question q : questions) {
      q.concepts()
          .forEach(c -> quizByEntry.computeIfAbsent(c, k -> new ArrayList<>()).add(q.prompt()));
      quizByEntry.computeIfAbsent(q.topic(), k -> new ArrayList<>()).add(q.prompt());
    }
    List<Entry> entries = new ArrayList<>();
    for (Dimension d : dimensions) {
      entries.add(
          new Entry(
              "dimension",
              d.id(),
              d.title(),
              "compare " + d.id(),
              vectors(reader, Texts.names(d.title(), d.id(), d.aliases())),
              vectors(reader, d.phrasings()),
              reader.together(d.phrasings()),
              reader.document(Texts.summary(d)),
              reader.document(Texts.body(d)),
              vectors(reader, d.misconceptions().stream().map(Misconception::claim).toList()),
              vectors(reader, quizByEntry.getOrDefault(d.id(), List.of())),
              d));
    }
    for (Concept c : concepts) {
      entries.add(
          new Entry(
              "concept",
              c.id(),
              c.title(),
              "explain " + c.id(),
              vectors(reader, Texts.names(c.title(), c.id(), c.aliases())),
              vectors(reader, c.phrasings()),
              reader.together(c.phrasings()),
              reader.document(c.definition()),
              reader.document(Texts.body(c)),
              List.of(),
              vectors(reader, quizByEntry.getOrDefault(c.id(), List.of())),
              c));
    }
    java.util.Set<String> everyday = new java.util.HashSet<>();
    content
        .lexicon()
        .everyday()
        .forEach(w -> dev.genaivsllm.understand.Words.of(w).forEach(x -> everyday.add(x.stem())));
    return new EntryIndex(entries, reader, weights, everyday, new FieldSigns(content.lexicon()));
  }

  /** What a question's words say about whether it belongs to the field. */
  FieldSigns signs() {
    return signs;
  }

  TextReader reader() {
    return reader;
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * Every entry scored against what was read, best first, ties by kind and id. Words the pack never
   * uses count against every entry alike ({@link Reading#knownShare}): they are what the question
   * is about, and the pack has nothing on them.
   */
  List<Scored> rank(Reading reading) {
    double known = StrictMath.pow(reading.knownShare(), weights.unknownWords());
    java.util.Set<String> pointed = reading.pointed();
    TermVector unpointed = reading.vector().without(pointed);
    List<Scored> scored = new ArrayList<>();
    for (Entry e : entries) {
      // "why didnt the ai know who won the game": "the ai" is the system asked about, not AI
      Scored s = score(e, namedOnlyBy(e, pointed) ? unpointed : reading.vector(), weights);
      scored.add(
          new Scored(
              s.entry(),
              s.score() * known,
              s.names(),
              s.phrasings(),
              s.summary(),
              s.body(),
              s.claim(),
              s.misconception(),
              s.quiz(),
              s.coverage()));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> s.entry().kind())
            .thenComparing(s -> s.entry().id()));
    return scored;
  }

  /**
   * The entries whose text uses every word of a term ("sora"), those that say it most first (a name
   * counts three times, a summary twice): where a name that is not an entry of its own is
   * discussed.
   */
  List<Entry> mentioning(String term) {
    List<String> stems =
        dev.genaivsllm.understand.Words.of(term).stream()
            .filter(w -> !dev.genaivsllm.understand.Words.isStop(w.text()))
            .map(dev.genaivsllm.understand.Words.Word::stem)
            .toList();
    if (stems.isEmpty()) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> stems.stream().allMatch(s -> says(e, s)))
        .sorted(
            Comparator.comparingDouble((Entry e) -> -saysHowMuch(e, stems))
                .thenComparing(Entry::kind)
                .thenComparing(Entry::id))
        .toList();
  }

  private static double saysHowMuch(Entry e, List<String> stems) {
    double much = 0;
    for (String s : stems) {
      for (TermVector n : e.names()) {
        much += 3 * n.weight(s);
      }
      much += 2 * e.summary().weight(s) + e.body().weight(s);
    }
    return much;
  }

  /**
   * Whether the text says one of the entry's names in so many words: every stem of the name is
   * among these ("what is fid score" says "FID"; "how is quality measured" says no name).
   */
  static boolean namedIn(Entry e, java.util.Set<String> stems) {
    return e.names().stream().anyMatch(n -> said(n, stems));
  }

  /**
   * Whether the stems name the entry, and only by names made of nothing else: "ai" names artificial
   * intelligence that way, but not the AI agent ("ai agent" has another word).
   */
  private static boolean namedOnlyBy(Entry e, java.util.Set<String> stems) {
    return !stems.isEmpty()
        && e.names().stream().anyMatch(n -> said(n, stems))
        && e.names().stream()
            .filter(n -> n.weights().keySet().stream().anyMatch(stems::contains))
            .allMatch(n -> stems.containsAll(n.weights().keySet()));
  }

  /** Whether every stem of a name is among these. */
  private static boolean said(TermVector name, java.util.Set<String> stems) {
    return !name.weights().isEmpty() && stems.containsAll(name.weights().keySet());
  }

  /**
   * Whether the text names the entry by a name that means nothing outside the field: "bert" or
   * "language model" do, "temperature" or "gan" alone do not (the lexicon's everyday words).
   */
  boolean namedPlainly(Entry e, java.util.Set<String> stems) {
    return namedPlainly(e, stems, java.util.Set.of());
  }

  /**
   * Whether the stems say one of the entry's names in full, and that name is neither only everyday
   * words nor only these (words that name nothing, such as "work" in "how it works").
   */
  boolean namedPlainly(Entry e, java.util.Set<String> stems, java.util.Set<String> vague) {
    return e.names().stream()
        .map(n -> n.weights().keySet())
        .anyMatch(
            n ->
                !n.isEmpty()
                    && stems.containsAll(n)
                    && !everyday.containsAll(n)
                    && !vague.containsAll(n));
  }

  /** Whether these stems are all the lexicon's everyday words ("model", "token"). */
  boolean everyday(java.util.Set<String> stems) {
    return !stems.isEmpty() && everyday.containsAll(stems);
  }

  /** Whether the entry's own text (not how people ask about it) uses a stem. */
  private static boolean says(Entry e, String stem) {
    return e.names().stream().anyMatch(t -> t.weight(stem) > 0)
        || e.summary().weight(stem) > 0
        || e.body().weight(stem) > 0
        || e.claims().stream().anyMatch(t -> t.weight(stem) > 0);
  }

  /** Whether the entry uses a stem anywhere: its names, phrasings, summary, body or claims. */
  static boolean uses(Entry e, String stem) {
    List<TermVector> texts = new ArrayList<>(e.names());
    texts.addAll(e.phrasings());
    texts.add(e.summary());
    texts.add(e.body());
    texts.addAll(e.claims());
    return texts.stream().anyMatch(t -> t.weight(stem) > 0);
  }

  /** The entry with this kind and id, if the index has it. */
  Optional<Entry> entry(String kind, String id) {
    return entries.stream().filter(e -> e.kind().equals(kind) && e.id().equals(id)).findFirst();
  }

  Weights weights() {
    return weights;
  }

  static Scored score(Entry e, TermVector q, Weights w) {
    double names = 0;
    for (TermVector n : e.names()) {
      names = Math.max(names, (1 - w.said()) * q.cosine(n) + w.said() * contained(n, q));
    }
    double phrasings = 0;
    for (TermVector t : e.phrasings()) {
      phrasings = Math.max(phrasings, (1 - w.said()) * q.cosine(t) + w.said() * saysPhrasing(t, q));
    }
    double claim = 0;
    int misconception = -1;
    for (int i = 0; i < e.claims().size(); i++) {
      double c = q.cosine(e.claims().get(i));
      if (c > claim) {
        claim = c;
        misconception = i;
      }
    }
    double quiz = best(e.quiz(), q);
    double summary = q.cosine(e.summary());
    double body = q.cosine(e.body());
    double top =
        Math.max(
            Math.max(w.names() * names, w.phrasings() * phrasings),
            Math.max(w.misconception() * claim, w.quiz() * quiz));
    double score = top + w.asked() * q.cosine(e.asked()) + w.summary() * summary + w.body() * body;
    return new Scored(
        e, score, names, phrasings, summary, body, claim, misconception, quiz, coverage(e, q));
  }

  /**
   * As {@link #namedOnlyByEveryday(Entry, java.util.Set)}, but empty too when the question types
   * the entry's acronym in its own capitals ("they keep saying RAG", "small 'LoRA' files").
   */
  java.util.Set<String> namedOnlyByEveryday(Entry e, dev.genaivsllm.understand.Reading r) {
    java.util.Set<String> names = namedOnlyByEveryday(e, r.saidStems());
    return names.isEmpty() || !Capitals.name(e, r) ? names : java.util.Set.of();
  }

  /**
   * The stems of the names this text gives the entry by everyday words only ("temperature" in "my
   * cat has a high temperature"); empty when it names the entry any other way, or not at all.
   */
  java.util.Set<String> namedOnlyByEveryday(Entry e, java.util.Set<String> stems) {
    if (namedPlainly(e, stems)) {
      return java.util.Set.of();
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    e.names().stream().filter(n -> said(n, stems)).forEach(n -> names.addAll(n.weights().keySet()));
    return names;
  }

  /** The share of the question's weight on words the entry uses somewhere, in [0, 1]. */
  static double coverage(Entry e, TermVector q) {
    double all = 0;
    double used = 0;
    for (Map.Entry<String, Double> w : q.weights().entrySet()) {
      double w2 = w.getValue() * w.getValue();
      all += w2;
      if (uses(e, w.getKey())) {
        used += w2;
      }
    }
    return all == 0 ? 0 : used / all;
  }

  /**
   * How much of a text is one of the entry's names: 1 when every word of the text is in a name
   * ("gans" is the GAN), less when the text says more ("the data gans learn from").
   */
  static double named(Entry e, TermVector text) {
    double best = 0;
    for (TermVector name : e.names()) {
      best = Math.max(best, contained(text, name));
    }
    return best;
  }

  /** How much of a claim a question must say to repeat it. */
  private static final double MOST = 0.8;

  /** Whether the question says most of a text (by weight): it repeats it, not only echoes it. */
  static boolean saysMostOf(TermVector text, TermVector q) {
    return contained(text, q) >= MOST;
  }

  /** How much of a name the question says: 1 when every word of the name is in it. */
  private static double contained(TermVector name, TermVector q) {
    double all = 0;
    double said = 0;
    for (Map.Entry<String, Double> w : name.weights().entrySet()) {
      all += w.getValue() * w.getValue();
      if (q.weight(w.getKey()) > 0) {
        said += w.getValue() * w.getValue() * Math.min(1, q.weight(w.getKey()) / w.getValue());
      }
    }
    return all == 0 ? 0 : said / all;
  }

  /** How many of a phrasing's words a question must say for it to say the phrasing. */
  private static final int PHRASING_WORDS = 2;

  /**
   * How much of a phrasing a question says, however much else it says: "a video of a politician
   * saying things he never said, they said AI made it" says "video of someone saying things they
   * never said" among much else. One word in common is not saying it: "training tips" does not say
   * "tips for prompting chatgpt".
   */
  private static double saysPhrasing(TermVector phrasing, TermVector q) {
    long shared = phrasing.weights().keySet().stream().filter(k -> q.weight(k) > 0).count();
    return shared >= PHRASING_WORDS ? contained(phrasing, q) : 0;
  }

  private static double best(List<TermVector> texts, TermVector q) {
    double best = 0;
    for (TermVector t : texts) {
      best = Math.max(best, q.cosine(t));
    }
    return best;
  }

  private static List<TermVector> vectors(TextReader reader, List<String> texts) {
    return texts.stream().map(reader::document).toList();
  }
}
