package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.understand.Reading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@code ask}: reads the question's frame ({@link QuestionIntent}), matches its words
 * against every entry ({@link EntryIndex}) and answers with the best one, or with two concepts side
 * by side, or with where one concept sits; below a relevance floor it says that nothing in the pack
 * answers the question, rather than offering weak matches as answers.
 */
public final class AskService {
  /** Below this, nothing answers: the best match says too little of what was asked. */
  static final double FLOOR = 0.30;

  /** One side of "X vs Y", or the X of "is X generative?", must name a concept this well. */
  static final double SIDE_FLOOR = 0.40;

  /** A misconception answers when its claim is matched at least this well and best overall. */
  static final double CLAIM = 0.55;

  private static final int SEE_ALSO = 3;

  /** The two sides of the pack itself: "generative AI vs LLMs" asks for a dimension. */
  private static final Set<String> SIDES = Set.of("generative-ai", "llm", "language-model");

  private final ContentRepository content;
  private EntryIndex index;

  public AskService(ContentRepository content) {
    this.content = content;
  }

  private EntryIndex index() {
    if (index == null) {
      index = EntryIndex.of(content);
    }
    return index;
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

  /** Answers a question, or throws {@link NoMatchException} when nothing in the pack does. */
  public Answer ask(String question, Level level) {
    Understood u = understand(question);
    if (u.answer().isEmpty()) {
      throw NoMatchException.because(nothing(u));
    }
    return answer(question, level, u);
  }

  Understood understand(String question) {
    EntryIndex idx = index();
    Reading reading = idx.reader().read(question);
    List<EntryIndex.Scored> ranked = idx.rank(reading);
    QuestionIntent intent = QuestionIntent.of(question);
    if (intent.type() == QuestionIntent.Type.COMPARE) {
      Optional<EntryIndex.Scored> a = concept(intent.first());
      Optional<EntryIndex.Scored> b = concept(intent.second());
      if (a.isPresent() && b.isPresent() && !a.get().entry().id().equals(b.get().entry().id())) {
        if (SIDES.contains(a.get().entry().id()) && SIDES.contains(b.get().entry().id())) {
          return sidesCompared(reading, ranked);
        }
        double score = Math.min(a.get().score(), b.get().score());
        return new Understood(
            Answer.Kind.comparison, List.of(a.get(), b.get()), ranked, reading, score);
      }
    }
    if (intent.type() == QuestionIntent.Type.PLACEMENT) {
      Optional<EntryIndex.Scored> x = concept(intent.first());
      if (x.isPresent() && !SIDES.contains(x.get().entry().id())) {
        return new Understood(
            Answer.Kind.placement, List.of(x.get()), ranked, reading, x.get().score());
      }
    }
    EntryIndex.Scored top = ranked.get(0);
    if (top.score() < FLOOR) {
      return new Understood(Answer.Kind.concept, List.of(), ranked, reading, top.score());
    }
    return new Understood(kindOf(top), List.of(top), ranked, reading, top.score());
  }

  /**
   * "Generative AI vs LLMs", perhaps on one topic ("cost of generative ai vs llms"): the dimension
   * the other words name, else the relationship itself.
   */
  private Understood sidesCompared(Reading reading, List<EntryIndex.Scored> ranked) {
    List<EntryIndex.Scored> dimensions =
        ranked.stream().filter(s -> s.entry().kind().equals("dimension")).toList();
    EntryIndex.Scored topic =
        dimensions.stream()
            .filter(s -> !s.entry().id().equals("relationship") && s.score() >= FLOOR)
            .findFirst()
            .orElse(null);
    if (topic == null) {
      topic =
          index()
              .entry("dimension", "relationship")
              .map(e -> EntryIndex.score(e, reading.vector()))
              .orElse(dimensions.isEmpty() ? ranked.get(0) : dimensions.get(0));
    }
    return new Understood(
        Answer.Kind.dimension, List.of(topic), ranked, reading, Math.max(FLOOR, topic.score()));
  }

  /** The concept a short phrase names, when it names one clearly. */
  private Optional<EntryIndex.Scored> concept(String phrase) {
    Reading side = index().reader().read(phrase);
    return index().rank(side).stream()
        .filter(s -> s.entry().kind().equals("concept"))
        .findFirst()
        .filter(s -> s.score() >= SIDE_FLOOR);
  }

  private static Answer.Kind kindOf(EntryIndex.Scored top) {
    boolean claimWins =
        top.misconception() >= 0
            && top.claim() >= CLAIM
            && EntryIndex.MISCONCEPTION * top.claim()
                >= Math.max(EntryIndex.NAMES * top.names(), EntryIndex.PHRASINGS * top.phrasings());
    if (claimWins) {
      return Answer.Kind.misconception;
    }
    return top.entry().kind().equals("dimension") ? Answer.Kind.dimension : Answer.Kind.concept;
  }

  private Answer answer(String question, Level level, Understood u) {
    List<Concept> concepts = new ArrayList<>();
    Optional<Dimension> dimension = Optional.empty();
    Optional<Misconception> misconception = Optional.empty();
    List<String> keys = new ArrayList<>();
    for (EntryIndex.Scored s : u.answer()) {
      if (s.entry().source() instanceof Concept c) {
        concepts.add(c);
        keys.addAll(c.sources());
      } else if (s.entry().source() instanceof Dimension d) {
        dimension = Optional.of(d);
        if (u.kind() == Answer.Kind.misconception) {
          Misconception m = d.misconceptions().get(s.misconception());
          misconception = Optional.of(m);
          keys.addAll(m.sources());
        } else {
          keys.addAll(d.sources());
        }
      }
    }
    return new Answer(
        content.pack(),
        question.strip(),
        u.kind(),
        concepts,
        dimension,
        misconception,
        content.bibliography().resolve(List.copyOf(new LinkedHashSet<>(keys))),
        level,
        seeAlso(u),
        u.reading().corrections().stream()
            .map(c -> new Answer.ReadAs(c.typed(), c.readAs()))
            .toList(),
        u.reading().terms(),
        Math.min(1, u.score()));
  }

  /** The next best entries that still match, then the answer's own links. */
  private List<Answer.SeeAlso> seeAlso(Understood u) {
    Set<String> answered = new LinkedHashSet<>();
    u.answer().forEach(s -> answered.add(s.entry().kind() + ":" + s.entry().id()));
    List<Answer.SeeAlso> more = new ArrayList<>();
    for (EntryIndex.Scored s : u.ranked()) {
      if (more.size() == SEE_ALSO || s.score() < FLOOR * 0.7) {
        break;
      }
      if (answered.add(s.entry().kind() + ":" + s.entry().id())) {
        more.add(seeAlso(s.entry()));
      }
    }
    for (EntryIndex.Scored s : u.answer()) {
      for (String related : links(s.entry())) {
        if (more.size() < SEE_ALSO && answered.add(related)) {
          String[] kindId = related.split(":", 2);
          index().entry(kindId[0], kindId[1]).ifPresent(e -> more.add(seeAlso(e)));
        }
      }
    }
    return more;
  }

  private static List<String> links(EntryIndex.Entry e) {
    List<String> links = new ArrayList<>();
    if (e.source() instanceof Concept c) {
      c.related().forEach(id -> links.add("concept:" + id));
      c.dimensions().forEach(id -> links.add("dimension:" + id));
    } else if (e.source() instanceof Dimension d) {
      d.concepts().forEach(id -> links.add("concept:" + id));
    }
    return links;
  }

  private static Answer.SeeAlso seeAlso(EntryIndex.Entry e) {
    return new Answer.SeeAlso(e.kind(), e.id(), e.title(), e.command());
  }

  /** Nothing answers: say so, and name the nearest topics when any come close. */
  private static String nothing(Understood u) {
    List<String> near =
        u.ranked().stream()
            .filter(s -> s.score() >= FLOOR * 0.6)
            .limit(2)
            .map(s -> "'" + s.entry().command() + "'")
            .toList();
    return "nothing in this pack answers that"
        + (near.isEmpty() ? "" : "; the nearest topics: " + String.join(", ", near));
  }
}
