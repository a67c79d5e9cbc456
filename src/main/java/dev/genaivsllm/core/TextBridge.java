package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A text job between two other kinds of data, said in one breath: "translate a spanish podcast into
 * english speech", "voice assistant: hear the question, answer it, speak the answer back". No
 * family hears, does the text job and speaks; the job is three steps (into text, the text job, out
 * of text), each served by the family that does it best. Heard and then given a text job alone
 * ("summarise our recorded sales calls"), it is the first two; a text job and then spoken ("write
 * the barks for 30 guards and then voice them"), the last two.
 */
final class TextBridge {
  /** What goes in that a family must first turn into text. */
  private static final Set<Modality> HEARD = Set.of(Modality.speech, Modality.audio);

  /** What comes out that a family must make from text. */
  private static final Set<Modality> SPOKEN = Set.of(Modality.speech);

  private final SignalBook book;
  private final FamilyRanker ranker;

  TextBridge(SignalBook book, FamilyRanker ranker) {
    this.book = book;
    this.ranker = ranker;
  }

  /**
   * The three steps, or the first two, or the last two, or none when the job is not a text job
   * between other kinds of data.
   */
  List<StepFit> steps(
      List<Recommendation.Understood> active, List<List<Recommendation.Understood>> perClause) {
    // "transcribe, translate and voice them": the task says what is heard
    Optional<Recommendation.Understood> in =
        first(active, Set.of("input", "mentioned"), HEARD).or(() -> heardByTask(active));
    Optional<Recommendation.Understood> out = first(active, Set.of("output", "implied"), SPOKEN);
    List<Recommendation.Understood> textJob =
        active.stream()
            .filter(u -> u.kind().equals("task"))
            .filter(
                u ->
                    book.signal(u.id())
                        .flatMap(SignalBook.Signal::gives)
                        .equals(Optional.of(Modality.text)))
            // the middle step is text to text: transcribing belongs to the first step
            .filter(
                u ->
                    book.signal(u.id())
                        .flatMap(SignalBook.Signal::takes)
                        .map(m -> m == Modality.text)
                        .orElse(true))
            .toList();
    if (textJob.isEmpty()) {
      return List.of();
    }
    // audio made from the text a clause before is its voice ("write a toolbox talk and turn it
    // into audio", "translate the transcripts, then produce spanish audio"), unless that clause
    // names music ("write an ad, then generate the jingle audio")
    int written = clause(perClause, textJob.get(0));
    Optional<Recommendation.Understood> voiced =
        active.stream()
            .filter(u -> u.kind().equals("output") || u.kind().equals("implied"))
            .filter(u -> u.id().equals("speech") || u.id().equals("audio"))
            .filter(u -> written >= 0 && clause(perClause, u) > written)
            .filter(
                u -> u.id().equals("speech") || !namesMusic(perClause.get(clause(perClause, u))))
            .reduce((a, b) -> b);
    if (out.isEmpty() && voiced.isEmpty()) {
      // "transcribe each episode and write show notes": the task says what is heard
      return first(active, Set.of("input"), HEARD)
          .or(() -> heardByTask(active))
          .map(h -> heardThenText(active, h, textJob))
          .orElse(List.of());
    }
    // a kind named without a direction goes in only when named before the text job, and none goes
    // in from a later clause: "write a radio ad and have it read out in a cheerful voice" and
    // "write a dialogue, then produce it as audio with two voices" hear nothing, and are the text
    // job, then the voice; said in one clause, the text is already there ("read the club's short
    // stories aloud", "have our chatbot speak its answers")
    if (in.isEmpty()
        || in.get().kind().equals("mentioned")
            && active.indexOf(in.get()) > active.indexOf(textJob.get(0))
        || written >= 0 && clause(perClause, in.get()) > written) {
      // "from photo describe the carpet, and then a voice over": the first step is not text alone
      boolean otherIn =
          active.stream()
              .filter(u -> u.kind().equals("input") || u.kind().equals("mentioned"))
              .filter(u -> !u.id().equals(Modality.text.name()))
              .anyMatch(u -> clause(perClause, u) <= written);
      return otherIn
          ? List.of()
          : voiced.map(u -> eachByAnother(List.of(textStep(textJob), spoken(u)))).orElse(List.of());
    }
    // out, when there is one, is speech, as the voiced audio is
    Recommendation.Understood said = out.or(() -> voiced).orElseThrow();
    return eachByAnother(
        List.of(
            step(
                List.of(
                    modality("input", Modality.valueOf(in.get().id()), in.get()),
                    modality("output", Modality.text, in.get())),
                in.get()),
            textStep(textJob),
            spoken(said)));
  }

  /** The last step: text in, speech out, in the words that asked for it. */
  private StepFit spoken(Recommendation.Understood said) {
    return step(
        List.of(modality("input", Modality.text, said), modality("output", Modality.speech, said)),
        said);
  }

  /**
   * Two steps when what is heard only has to become text and the text job ends there: "summarise
   * our recorded sales calls" is a transcript first, then the summary. Only data said to go in
   * counts ("the recordings", not "an email about the meeting"), and nothing else may be asked to
   * come out.
   */
  private List<StepFit> heardThenText(
      List<Recommendation.Understood> active,
      Recommendation.Understood in,
      List<Recommendation.Understood> textJob) {
    boolean otherOut =
        active.stream()
            .filter(u -> u.kind().equals("output") || u.kind().equals("implied"))
            .anyMatch(u -> !u.id().equals(Modality.text.name()));
    if (otherOut) {
      return List.of();
    }
    List<Recommendation.Understood> hearing = new ArrayList<>(hearingTasks(active));
    hearing.add(modality("input", Modality.valueOf(in.id()), in));
    hearing.add(modality("output", Modality.text, in));
    return eachByAnother(List.of(step(hearing, in), textStep(textJob)));
  }

  /** Whether a clause asks for music ("the jingle audio", "a song"). */
  private static boolean namesMusic(List<Recommendation.Understood> clause) {
    return clause.stream().anyMatch(u -> !u.negated() && u.id().equals(Modality.music.name()));
  }

  /** Which clause said this signal; a flag or a signal a task implies is in none (-1). */
  private static int clause(
      List<List<Recommendation.Understood>> perClause, Recommendation.Understood said) {
    for (int i = 0; i < perClause.size(); i++) {
      if (perClause.get(i).stream().anyMatch(u -> u == said)) {
        return i;
      }
    }
    return -1;
  }

  /** The text job's step: text in, text out. */
  private StepFit textStep(List<Recommendation.Understood> textJob) {
    List<Recommendation.Understood> job = new ArrayList<>(textJob);
    job.add(modality("input", Modality.text, textJob.get(0)));
    job.add(modality("output", Modality.text, textJob.get(0)));
    return step(job, textJob.get(0));
  }

  /** The steps, when every one has a family that fits and no family serves two; else none. */
  private static List<StepFit> eachByAnother(List<StepFit> steps) {
    boolean allFit = steps.stream().allMatch(s -> s.best().fits() && s.best().score() > 0);
    long families = steps.stream().map(s -> s.best().family().id()).distinct().count();
    return allFit && families == steps.size() ? steps : List.of();
  }

  /**
   * Speech said to go in by a task that only takes speech ("transcribe"), as an input; said by no
   * clause of its own.
   */
  private Optional<Recommendation.Understood> heardByTask(List<Recommendation.Understood> active) {
    return hearingTasks(active).stream()
        .findFirst()
        .map(
            u -> {
              Modality m = book.signal(u.id()).flatMap(SignalBook.Signal::takes).orElseThrow();
              return new Recommendation.Understood(
                  "input", m.name(), m.name() + " input", u.quoted(), false);
            });
  }

  /** The tasks that take what is heard ("transcribe"). */
  private List<Recommendation.Understood> hearingTasks(List<Recommendation.Understood> active) {
    return active.stream()
        .filter(u -> u.kind().equals("task"))
        .filter(
            u ->
                book.signal(u.id())
                    .flatMap(SignalBook.Signal::takes)
                    .filter(HEARD::contains)
                    .isPresent())
        .toList();
  }

  private StepFit step(List<Recommendation.Understood> signals, Recommendation.Understood said) {
    Recommendation.Ranked best = ranker.rank(signals, said.quoted()).get(0);
    return new StepFit(new Recommendation.Step(said.quoted(), best.family()), best);
  }

  private static Optional<Recommendation.Understood> first(
      List<Recommendation.Understood> active, Set<String> kinds, Set<Modality> modalities) {
    return active.stream()
        .filter(u -> kinds.contains(u.kind()))
        .filter(u -> modalities.stream().anyMatch(m -> m.name().equals(u.id())))
        .findFirst();
  }

  /** Text in or out of a step, in the words of the goal that step serves. */
  private static Recommendation.Understood modality(
      String kind, Modality m, Recommendation.Understood said) {
    return new Recommendation.Understood(
        kind, m.name(), m.name() + " " + kind, said.quoted(), false);
  }
}
