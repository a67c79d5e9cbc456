package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.learn.Example;
import dev.genaivsllm.learn.Learned;
import dev.genaivsllm.learn.ModelStore;
import dev.genaivsllm.learn.Settling;
import dev.genaivsllm.learn.TextClassifier;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.understand.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entry answers a question, as the examples teach it (docs/adr/0011): a classifier trained on
 * the questions of the tuning files, each with the entry a teacher would open first or none, and on
 * every entry's title, phrasings and misconceptions' claims, so that a pack's own entries are
 * learned too. It settles the rules' reading ({@link #SETTLING}); comparisons the rules read stay
 * theirs, and so does a question whose entry the packs in use do not have.
 */
final class LearnedAnswer {
  /** Chosen on the ask tuning files, each measured by a classifier that never saw it. */
  private static final Settling SETTLING = new Settling(-0.3, -0.5, 0.25, 0.3, -0.5, -0.6, 0.55);

  /**
   * Below this margin, an answer to a question the rules refused needs something of the field in
   * the question (a word such as "ai" or "chatbot", or a name of the field's own): "my toddler
   * mixes up words all the time, why does he make things up" is close to the examples of
   * hallucination, and about a toddler.
   */
  private static final double FIELD_WORD_BELOW = -0.2;

  private final TextClassifier classifier;

  private LearnedAnswer(TextClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * Learned from the bundled examples but the file {@code skip} (or null), and the packs' entries;
   * kept between runs in {@code models}.
   */
  static Optional<LearnedAnswer> of(ContentRepository content, String skip, ModelStore models) {
    List<Example> own = new ArrayList<>();
    String pack = content.pack().name();
    for (Dimension d : content.dimensions()) {
      own.add(new Example(d.title(), d.id(), pack));
      d.phrasings().forEach(p -> own.add(new Example(p, d.id(), pack)));
      // "are all llms transformers": a question that repeats a claim is asking about its topic
      d.misconceptions().forEach(m -> own.add(new Example(m.claim(), d.id(), pack)));
    }
    for (Concept c : content.concepts()) {
      own.add(new Example(c.title(), c.id(), pack));
      c.phrasings().forEach(p -> own.add(new Example(p, c.id(), pack)));
    }
    return Learned.of("ask", content, skip, own, models).map(LearnedAnswer::new);
  }

  /**
   * The rules' reading, settled by what the examples teach.
   *
   * @param everyday whether an entry is named only by everyday words in a question that says
   *     nothing else of the field
   * @param fieldless whether nothing in the question puts it in the field (no field word, no name
   *     of the field's own)
   */
  QuestionReader.Understood settle(
      String question,
      QuestionReader.Understood read,
      Function<EntryIndex.Scored, Answer.Kind> kind,
      Predicate<EntryIndex.Scored> everyday,
      BooleanSupplier fieldless) {
    // two sides, or a misconception's claim all but repeated: the rules read the shape itself
    if (read.kind() == Answer.Kind.comparison || read.kind() == Answer.Kind.misconception) {
      return read;
    }
    List<TextClassifier.Guess> guesses =
        classifier.rank(corrected(ToldThenAsked.story(question), read.reading()));
    Optional<String> label =
        SETTLING.settle(
            guesses,
            read.answer().stream().findFirst().map(s -> s.entry().id()),
            g ->
                g.score() < FIELD_WORD_BELOW && fieldless.getAsBoolean()
                    || read.ranked().stream()
                        .anyMatch(s -> s.entry().id().equals(g.label()) && everyday.test(s)));
    if (label.isPresent() && label.get().equals(TextClassifier.NONE)) {
      return new QuestionReader.Understood(
          read.kind(), List.of(), read.ranked(), read.reading(), 0);
    }
    if (read.answer().isEmpty() && label.isEmpty()) {
      return read;
    }
    List<EntryIndex.Scored> ranked = learnedOrder(read.ranked(), guesses);
    // Settling gives no label that is the rules' own answer
    if (label.isEmpty()) {
      return new QuestionReader.Understood(
          read.kind(), read.answer(), ranked, read.reading(), read.score());
    }
    return ranked.stream()
        .filter(s -> s.entry().id().equals(label.get()))
        .findFirst()
        .map(
            s ->
                new QuestionReader.Understood(
                    kind.apply(s), List.of(s), ranked, read.reading(), s.score()))
        .orElse(read);
  }

  /**
   * The question with each typo the rules read as another word written as that word: the examples
   * are spelt right, so "what are transformrs" is asked of them as "what are transformers". The
   * start of a word stays as typed: "cons of image generators" is no "consistency".
   */
  private static String corrected(String question, Reading reading) {
    String text = question;
    for (Reading.Correction c : reading.corrections()) {
      if (c.readAs().toLowerCase(Locale.ROOT).startsWith(c.typed().toLowerCase(Locale.ROOT))) {
        continue;
      }
      text =
          Pattern.compile("\\b" + Pattern.quote(c.typed()) + "\\b", Pattern.CASE_INSENSITIVE)
              .matcher(text)
              .replaceAll(Matcher.quoteReplacement(c.readAs()));
    }
    return text;
  }

  /**
   * The entries the classifier ranks next come first, as the answer's neighbours ("see also"), then
   * the rest in the rules' order.
   */
  private static List<EntryIndex.Scored> learnedOrder(
      List<EntryIndex.Scored> ranked, List<TextClassifier.Guess> guesses) {
    List<EntryIndex.Scored> order = new ArrayList<>();
    guesses.stream()
        .map(TextClassifier.Guess::label)
        .filter(l -> !l.equals(TextClassifier.NONE))
        .limit(NEIGHBOURS)
        .forEach(
            l ->
                ranked.stream()
                    .filter(s -> s.entry().id().equals(l))
                    .findFirst()
                    .ifPresent(order::add));
    ranked.stream().filter(s -> !order.contains(s)).forEach(order::add);
    return order;
  }

  /** How many of the classifier's next entries lead the ranking. */
  private static final int NEIGHBOURS = 3;
}
