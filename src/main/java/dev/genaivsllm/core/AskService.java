package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.learn.ModelStore;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
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
  private static final int SEE_ALSO = 3;

  private final ContentRepository content;
  private final Weights weights;
  private final boolean learn;
  private final String skip;
  private final ModelStore models;
  private EntryIndex index;
  private QuestionReader reader;

  /** Trains its classifier in each run that needs it. */
  public AskService(ContentRepository content) {
    this(content, ModelStore.NONE);
  }

  /** Keeps its classifier between runs in {@code models}. */
  public AskService(ContentRepository content, ModelStore models) {
    this(content, Weights.DEFAULT, true, null, models);
  }

  /**
   * @param learn whether what the examples teach settles the rules' reading ({@link LearnedAnswer})
   * @param skip the bundled example file to learn without (the one being measured), or null
   */
  AskService(
      ContentRepository content, Weights weights, boolean learn, String skip, ModelStore models) {
    this.content = content;
    this.weights = weights;
    this.learn = learn;
    this.skip = skip;
    this.models = models;
  }

  /** The same service, learning from every bundled example file but this one. */
  AskService without(String exampleFile) {
    return new AskService(content, weights, learn, exampleFile, models);
  }

  private EntryIndex index() {
    if (index == null) {
      index = EntryIndex.of(content, weights);
    }
    return index;
  }

  private QuestionReader reader() {
    if (reader == null) {
      reader =
          new QuestionReader(
              index(),
              weights,
              learn ? LearnedAnswer.of(content, skip, models) : java.util.Optional.empty());
    }
    return reader;
  }

  /** How the question was read, before it is turned into an answer ({@code eval} measures it). */
  QuestionReader.Understood understand(String question) {
    return reader().understand(question);
  }

  /** Answers a question, or throws {@link NoMatchException} when nothing in the pack does. */
  public Answer ask(String question, Level level) {
    QuestionReader.Understood u = understand(question);
    if (u.answer().isEmpty()) {
      throw NoMatchException.because(nothing(u));
    }
    return answer(question, level, u);
  }

  private Answer answer(String question, Level level, QuestionReader.Understood u) {
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
  private List<Answer.SeeAlso> seeAlso(QuestionReader.Understood u) {
    Set<String> answered = new LinkedHashSet<>();
    u.answer().forEach(s -> answered.add(s.entry().kind() + ":" + s.entry().id()));
    List<Answer.SeeAlso> more = new ArrayList<>();
    for (EntryIndex.Scored s : u.ranked()) {
      if (more.size() == SEE_ALSO) {
        break;
      }
      // the classifier's next entries lead the ranking (LearnedAnswer); each must still match
      if (s.score() >= weights.floor() * 0.7
          && answered.add(s.entry().kind() + ":" + s.entry().id())) {
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

  /**
   * Nothing answers: say so, and name the nearest topics when any come close; a question that asks
   * for something elsewhere ("cancel my subscription", "write me a poem") is told what the pack is
   * for instead, since no topic is near what it wants, and one that names nothing ("is it good")
   * how to ask.
   */
  private String nothing(QuestionReader.Understood u) {
    if (index().signs().elsewhere(u.reading().words())) {
      return "nothing in this pack answers that: it explains the technology, not accounts, prices,"
          + " news or writing for you";
    }
    if (RelevanceFloor.namesNothing(u.reading())) {
      // "is it good": any topic named would be a guess
      return "nothing in this pack answers that: the question names nothing to look up; say what"
          + " it is about, as in 'ask why do llms make things up'";
    }
    List<String> near =
        u.ranked().stream()
            .filter(s -> s.score() >= weights.floor() * 0.6)
            .limit(2)
            .map(s -> "'" + s.entry().command() + "'")
            .toList();
    return "nothing in this pack answers that"
        + (near.isEmpty() ? "" : "; the nearest topics: " + String.join(", ", near));
  }
}
