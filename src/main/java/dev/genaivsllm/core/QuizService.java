package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.QuestionKind;
import dev.genaivsllm.state.Leitner;
import dev.genaivsllm.state.Progress;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Plans quizzes and sums up progress. Planning is a pure function of the bank, the request, the
 * seed and the progress: the same inputs give the same questions in the same order with the same
 * option order, on every JVM ({@link Random} is specified down to its algorithm).
 */
public final class QuizService {
  /**
   * The order kinds come in, so that every five questions cover every kind: a choice, which side, a
   * choice, true or false, select all.
   */
  static final List<QuestionKind> ROTATION =
      List.of(
          QuestionKind.single,
          QuestionKind.which,
          QuestionKind.single,
          QuestionKind.truefalse,
          QuestionKind.multi);

  private final ContentRepository content;

  public QuizService(ContentRepository content) {
    this.content = content;
  }

  public QuizPlan plan(QuizRequest request, long seed, Progress progress, LocalDate today) {
    Set<String> topics = resolveTopics(request.topics());
    List<Question> pool =
        content.questions().stream()
            .filter(q -> topics.isEmpty() || tests(q, topics))
            .filter(q -> request.difficulty().map(d -> q.difficulty() == d).orElse(true))
            .sorted(Comparator.comparing(Question::id))
            .toList();
    if (pool.isEmpty()) {
      throw NoMatchException.because("no question matches " + describe(request));
    }
    Random random = new Random(seed);
    List<Question> chosen = new ArrayList<>();
    List<Question> rest = new ArrayList<>(pool);
    if (request.review()) {
      List<Question> due =
          pool.stream()
              .filter(q -> progress.entry(q.id()).map(e -> Leitner.isDue(e, today)).orElse(false))
              .sorted(
                  Comparator.comparing((Question q) -> progress.entry(q.id()).orElseThrow().box())
                      .thenComparing(q -> progress.entry(q.id()).orElseThrow().due())
                      .thenComparing(Question::id))
              .toList();
      chosen.addAll(due.subList(0, Math.min(due.size(), request.count())));
      rest.removeAll(due);
    }
    chosen.addAll(rotate(rest, random, request.count() - chosen.size()));
    List<QuizPlan.Item> items = new ArrayList<>();
    for (Question q : chosen) {
      List<Integer> order =
          new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
      if (q.kind().fixedOptions().isEmpty()) {
        Collections.shuffle(order, random);
      }
      items.add(new QuizPlan.Item(q, order));
    }
    return new QuizPlan(content.pack(), seed, items);
  }

  /** Shuffles each kind, then deals them out in {@link #ROTATION}, filling gaps in turn. */
  private static List<Question> rotate(List<Question> questions, Random random, int count) {
    Map<QuestionKind, Deque<Question>> byKind = new EnumMap<>(QuestionKind.class);
    for (QuestionKind kind : QuestionKind.values()) {
      List<Question> ofKind =
          new ArrayList<>(questions.stream().filter(q -> q.kind() == kind).toList());
      Collections.shuffle(ofKind, random);
      byKind.put(kind, new ArrayDeque<>(ofKind));
    }
    List<Question> dealt = new ArrayList<>();
    for (int turn = 0; dealt.size() < Math.max(0, count); turn++) {
      Question next = null;
      for (int k = 0; k < ROTATION.size() && next == null; k++) {
        next = byKind.get(ROTATION.get((turn + k) % ROTATION.size())).poll();
      }
      if (next == null) {
        break;
      }
      dealt.add(next);
    }
    return dealt;
  }

  /** Topic names: a dimension (id, prefix, alias) or else a concept. */
  private Set<String> resolveTopics(List<String> names) {
    Set<String> ids = new HashSet<>();
    for (String name : names) {
      try {
        ids.add(new CompareService(content).resolve(name));
      } catch (UnknownIdException notADimension) {
        try {
          ids.add(new ExplainService(content).resolve(name));
        } catch (UnknownIdException notAConcept) {
          List<String> near = new ArrayList<>(notADimension.candidates());
          notAConcept.candidates().stream().filter(c -> !near.contains(c)).forEach(near::add);
          throw new UnknownIdException("topic (dimension or concept)", name, near, false);
        }
      }
    }
    return ids;
  }

  private static boolean tests(Question q, Set<String> topics) {
    return q.dimensions().stream().anyMatch(topics::contains)
        || q.concepts().stream().anyMatch(topics::contains);
  }

  private static String describe(QuizRequest request) {
    List<String> parts = new ArrayList<>();
    request.topics().forEach(t -> parts.add("--topic " + t));
    request.difficulty().ifPresent(d -> parts.add("--difficulty " + d));
    return parts.isEmpty() ? "the question bank" : String.join(" ", parts);
  }

  /** Accuracy by dimension and difficulty, the boxes and what is due, from recorded progress. */
  public QuizStats stats(Progress progress, LocalDate today, String progressFile) {
    List<Question> bank = content.questions();
    Map<String, List<Question>> byDimension = new LinkedHashMap<>();
    content.dimensionIds().forEach(d -> byDimension.put(d, new ArrayList<>()));
    for (Question q : bank) {
      q.dimensions().forEach(d -> byDimension.computeIfAbsent(d, x -> new ArrayList<>()).add(q));
    }
    Map<String, List<Question>> byDifficulty = new LinkedHashMap<>();
    for (Difficulty d : Difficulty.values()) {
      byDifficulty.put(d.name(), bank.stream().filter(q -> q.difficulty() == d).toList());
    }
    List<Integer> boxes = new ArrayList<>(Collections.nCopies(Leitner.TOP_BOX, 0));
    int due = 0;
    int unseen = 0;
    for (Question q : bank) {
      var entry = progress.entry(q.id());
      if (entry.isEmpty()) {
        unseen++;
        continue;
      }
      boxes.set(entry.get().box() - 1, boxes.get(entry.get().box() - 1) + 1);
      due += Leitner.isDue(entry.get(), today) ? 1 : 0;
    }
    return new QuizStats(
        content.pack(),
        today,
        rows(byDimension, progress),
        rows(byDifficulty, progress),
        boxes,
        due,
        unseen,
        bank.size(),
        progressFile);
  }

  private static List<QuizStats.Row> rows(Map<String, List<Question>> groups, Progress progress) {
    List<QuizStats.Row> rows = new ArrayList<>();
    groups.forEach(
        (name, questions) -> {
          int seen = 0;
          int answers = 0;
          int correct = 0;
          for (Question q : questions) {
            var e = progress.entry(q.id());
            if (e.isPresent()) {
              seen++;
              answers += e.get().seen();
              correct += e.get().correct();
            }
          }
          rows.add(new QuizStats.Row(name, questions.size(), seen, answers, correct));
        });
    return rows;
  }
}
