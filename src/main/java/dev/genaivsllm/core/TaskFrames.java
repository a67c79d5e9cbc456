package dev.genaivsllm.core;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a goal's tasks take in and put out, once its words are read ({@link GoalReader}): the output
 * a task implies when none is named ("classify tickets" wants labels), the task a clause's kinds
 * make whatever words say it (speech in and text out is transcribing), a kind read as coming out
 * that a later task takes in ("says each sentence out loud"), and a task named by what it makes
 * ("music") that another task takes in as data ("tag our music library").
 */
final class TaskFrames {
  /** Kinds that, named with no task, are what is wanted. */
  static final Set<String> WANTED_ALONE = Set.of(Modality.music.name());

  private final SignalBook book;
  private final DataDirection direction;

  TaskFrames(SignalBook book, DataDirection direction) {
    this.book = book;
    this.direction = direction;
  }

  /** A task the clause names, not ruled out, and the kind of data it puts out. */
  private record Gift(Found task, Modality gives) {}

  /** What each task of the clause puts out ("classify" gives labels, "narrate" speech). */
  private List<Gift> gifts(List<Found> found) {
    List<Gift> gifts = new ArrayList<>();
    for (Found f : found) {
      Recommendation.Understood u = f.understood();
      if (u.kind().equals("task") && !u.negated()) {
        book.signal(u.id())
            .flatMap(SignalBook.Signal::gives)
            .ifPresent(m -> gifts.add(new Gift(f, m)));
      }
    }
    return gifts;
  }

  /**
   * A task that makes a kind ("music": making music) said after another task is that task's data:
   * "tag our music library by genre" tags music, "transcribe the lyrics of these songs" hears
   * songs.
   */
  void madeOrTaken(String clause, List<Words.Word> words, List<Found> found) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Recommendation.Understood u = f.understood();
      if (!u.kind().equals("task") || u.negated()) {
        continue;
      }
      Optional<Modality> makes = book.signal(u.id()).flatMap(SignalBook.Signal::gives);
      if (makes.isPresent() && owned(words, f) && somethingElseToDo(found, f)) {
        // "reads my story out loud", "make my drawing of a monster move": theirs already exists
        String m = makes.get().name();
        found.set(k, f.as("input", m, m + " input"));
        continue;
      }
      if (!madeByName(u.id())) {
        continue;
      }
      boolean after =
          found.stream()
              .anyMatch(
                  g ->
                      g.start() < f.start()
                          && g.understood().kind().equals("task")
                          && !g.understood().negated()
                          && !madeByName(g.understood().id()));
      // and the words before it say it goes in ("tag our music", not "write song lyrics")
      if (after
          && makes.isPresent()
          && direction.role(clause, words, f.start(), f.end()).equals("input")) {
        String m = makes.get().name();
        found.set(k, f.as("input", m, m + " input"));
      }
    }
  }

  /**
   * Whether a word of the writing or drawing task, whose words include the things they make
   * ("story", "essay", "drawing"), is said as theirs ("my story", and likewise "my ideas"): a thing
   * they have, not one to write or draw.
   */
  private boolean owned(List<Words.Word> words, Found f) {
    if (!MADE_THINGS.contains(f.understood().id())) {
      return false;
    }
    // "my own story", "my old scanned drawings": up to DESCRIBED_BY words that only describe it
    // (listed, a measure such as "short", or a participle such as "scanned") may stand between;
    // the possessive is one word further back
    for (int j = f.start() - 1; j >= Math.max(0, f.start() - 1 - DESCRIBED_BY); j--) {
      String w = words.get(j).text();
      if (POSSESSIVES.contains(w)) {
        return true;
      }
      if (!(OWNED_ADJECTIVES.contains(w)
          || book.cues().get(Cue.MEASURES).contains(w)
          || w.length() > PARTICIPLE_LENGTH && w.endsWith("ed"))) {
        return false;
      }
    }
    return false;
  }

  /** A word ending in "ed" is a participle only when longer than this ("red", "need" are not). */
  private static final int PARTICIPLE_LENGTH = 4;

  /** How many describing words may stand between a possessive and the thing it owns. */
  private static final int DESCRIBED_BY = 2;

  /** Words that describe a thing someone has, not a verb whose object it is. */
  private static final Set<String> OWNED_ADJECTIVES =
      Set.of("own", "old", "older", "latest", "favourite", "favorite", "first");

  /**
   * Whether the clause names another job or output besides this task, something to do with theirs
   * ("reads my story out loud", "my poem as a song"): where "my essay" is all it names ("check my
   * reply before I send it", "score my essay"), the writing task is the only job said, so it stays.
   */
  private static boolean somethingElseToDo(List<Found> found, Found f) {
    return found.stream()
        .filter(o -> o != f && !o.understood().negated())
        .anyMatch(
            o ->
                o.understood().kind().equals("task")
                        && !o.understood().id().equals(f.understood().id())
                    || Set.of("output", "mentioned").contains(o.understood().kind()));
  }

  /** The tasks whose words include the things they make: writing (a story) and drawing. */
  private static final Set<String> MADE_THINGS = Set.of("write", "image-generation");

  /** Words that say a thing is someone's own. */
  static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "her", "their");

  /** The kinds that recordings of a voice come as. */
  static final Set<Modality> RECORDED = EnumSet.of(Modality.audio, Modality.video, Modality.speech);

  /**
   * "make the narration in her voice from her earlier recordings", "a voice that sounds like him,
   * using clips from old family videos": with words that say a voice is copied ({@code copies}),
   * the recordings handed over are the voice's sample, speech going in, and speaking is the task.
   * Unless the clause asks for anything but speaking ("dub it in his voice into spanish", "a
   * newsletter in her voice") or examines the recordings ("find who sounds like him").
   */
  void copiedVoice(String clause, List<Words.Word> words, List<Found> found) {
    List<String> copies = book.cues().get(Cue.COPIES);
    int at = WordSpans.firstOfAny(words, copies);
    if (at < 0
        || found.stream().anyMatch(f -> !f.understood().negated() && notSpeech(f))
        || words.stream().anyMatch(w -> EXAMINES.contains(w.text()))) {
      return;
    }
    boolean voiced = false;
    for (int k = 0; k < found.size(); k++) {
      Recommendation.Understood u = found.get(k).understood();
      if (u.negated()
          || !u.kind().equals("input")
          || !RECORDED.contains(Modality.valueOf(u.id()))) {
        continue;
      }
      found.set(k, found.get(k).as("input", Modality.speech.name(), "speech input"));
      voiced = true;
    }
    boolean speaks =
        found.stream()
            .anyMatch(f -> !f.understood().negated() && f.understood().id().equals(SPEAK));
    Optional<SignalBook.Signal> speak = book.signal(SPEAK);
    if (voiced && !speaks && speak.isPresent()) {
      int n = copies.stream().mapToInt(p -> WordSpans.matchAt(words, at, p)).max().orElse(1);
      String quoted = clause.substring(words.get(at).start(), words.get(at + n - 1).end());
      found.add(
          new Found(
              new Recommendation.Understood("task", SPEAK, speak.get().label(), quoted, false),
              at,
              at + n));
    }
  }

  /** The task that gives speech from text. */
  static final String SPEAK = "speak";

  /**
   * Whether a signal asks for something other than speaking: another kind out, or another task
   * ("dub the video in his voice into spanish" translates too).
   */
  private boolean notSpeech(Found f) {
    Recommendation.Understood u = f.understood();
    return switch (u.kind()) {
      case "output" -> !u.id().equals(Modality.speech.name());
      case "task" -> !u.id().equals(SPEAK);
      default -> false;
    };
  }

  /** Words that examine recordings rather than copy a voice from them: "detect a cloned voice". */
  private static final Set<String> EXAMINES =
      Set.of("detect", "detecting", "find", "analyze", "analyse", "identify", "spot", "verify");

  /**
   * Whether a task is said by the name of what it makes ("a song", "music"): one that makes music
   * and takes nothing in.
   */
  private boolean madeByName(String task) {
    return book.signal(task)
        .filter(s -> s.takes().isEmpty())
        .flatMap(SignalBook.Signal::gives)
        .filter(m -> WANTED_ALONE.contains(m.name()))
        .isPresent();
  }

  /**
   * A kind read as what comes out that a task of the clause takes in to make another kind is what
   * goes in: "says each sentence out loud" speaks the sentence, "make our podcast episodes
   * searchable by what people said" transcribes the podcast: the words that say the task come after
   * the kind. Unless the kind the task makes is named as coming out too; and a task said first
   * ("talk my notes ... and have them written down") leaves the kind as it was read.
   */
  void takenNotMade(List<Found> found) {
    Set<Modality> made = EnumSet.noneOf(Modality.class);
    Map<Modality, Integer> taken = new EnumMap<>(Modality.class);
    for (Gift g : gifts(found)) {
      book.signal(g.task().understood().id())
          .flatMap(SignalBook.Signal::takes)
          .filter(t -> t != g.gives())
          .ifPresent(
              t -> {
                taken.merge(t, g.task().start(), Math::max);
                made.add(g.gives());
              });
    }
    boolean madeNamed =
        found.stream()
            .map(Found::understood)
            .anyMatch(
                u ->
                    u.kind().equals("output")
                        && !u.negated()
                        && made.contains(Modality.valueOf(u.id())));
    if (madeNamed) {
      return;
    }
    for (int k = 0; k < found.size(); k++) {
      Recommendation.Understood u = found.get(k).understood();
      if (u.kind().equals("output")
          && !u.negated()
          && taken.getOrDefault(Modality.valueOf(u.id()), -1) > found.get(k).start()) {
        found.set(k, found.get(k).as("input", u.id(), u.id() + " input"));
      }
    }
  }

  /**
   * When the clause names no output, what its tasks put out: "classify tickets" wants labels,
   * "narrate the script" speech.
   */
  void implied(List<Found> found, Set<Integer> topics) {
    framed(found, topics);
    boolean named =
        found.stream()
            .anyMatch(f -> f.understood().kind().equals("output") && !f.understood().negated());
    if (named) {
      return;
    }
    for (Gift g : gifts(found)) {
      String m = g.gives().name();
      found.add(g.task().as("implied", m, m + " output (implied)"));
    }
  }

  /**
   * A task the clause's kinds make, whatever words say it: speech in and text out is transcribing
   * ("turn spoken interviews into text"), text in and speech out speaking.
   */
  private void framed(List<Found> found, Set<Integer> topics) {
    Set<String> tasks = new HashSet<>();
    Set<Modality> in = EnumSet.noneOf(Modality.class);
    Set<Modality> mentioned = EnumSet.noneOf(Modality.class);
    Set<Modality> out = EnumSet.noneOf(Modality.class);
    Found last = null;
    for (Found f : found) {
      Recommendation.Understood u = f.understood();
      if (u.negated()) {
        continue;
      }
      switch (u.kind()) {
        case "task" -> tasks.add(u.id());
        case "input" -> in.add(Modality.valueOf(u.id()));
        case "mentioned" -> {
          if (!topics.contains(f.start())) {
            mentioned.add(Modality.valueOf(u.id())); // a piece of writing's topic is not data
          }
        }
        case "output" -> {
          out.add(Modality.valueOf(u.id()));
          last = f;
        }
        default -> {}
      }
    }
    boolean named = last != null;
    if (last == null) {
      // no output named: what the tasks give, if they agree ("the trend explained in words"
      // gives text; "search ... with a text query" gives vectors and text, and says nothing)
      for (Gift g : gifts(found)) {
        out.add(g.gives());
        last = g.task();
      }
      if (out.size() > 1) {
        return;
      }
    }
    if (last == null) {
      return;
    }
    for (SignalBook.Signal s : book.signals()) {
      if (s.takes().isPresent()
          && s.gives().isPresent()
          && !tasks.contains(s.id())
          && (in.contains(s.takes().get())
              // a kind named without a direction beside another that comes out goes in:
              // "meeting recordings must become verbatim text"; beside the same kind ("a poster
              // picture") it is the output named twice; and when what it would make already goes
              // in ("summarise the meeting recordings' transcripts"), nothing is made from it
              || named
                  && mentioned.contains(s.takes().get())
                  && s.takes().get() != s.gives().get()
                  && !in.contains(s.gives().get()))
          && out.contains(s.gives().get())) {
        found.add(last.as("task", s.id(), s.label()));
      }
    }
  }
}
