package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.learn.Example;
import dev.genaivsllm.learn.Learned;
import dev.genaivsllm.learn.ModelStore;
import dev.genaivsllm.learn.Settling;
import dev.genaivsllm.learn.TextClassifier;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@code recommend}: reads the goal and the flags into signals ({@link GoalReader}), has
 * {@link FamilyRanker} score every family against them, then decides what to make of the ranking:
 * how many families to recommend, which rejections are worth explaining, and whether the goal is a
 * pipeline of steps best served by different families. What the example goals teach ({@link
 * #SETTLING}, docs/adr/0011) may then refuse the goal or put another family that fits first. The
 * same input always gives the same ranking: there is no randomness, and ties go to the family id.
 */
public final class RecommendService {
  private static final int MAX_RECOMMENDED = 3;
  private static final int MAX_REJECTED = 3;

  /** Two families within this percentage of the best score are a close call, not a ranking. */
  private static final int CLOSE = 15;

  /**
   * An arrow between two things, typed as shorthand for "turned into": "voice notes -> text". Not a
   * two-way arrow ("text <-> speech").
   */
  private static final java.util.regex.Pattern ARROW =
      java.util.regex.Pattern.compile("\\s*(?<![<-])(?:-+>|=+>|\u2192)\\s*");

  /** How close to an example a goal must be to be answered when no rule understood a word. */
  static final double EXAMPLE_ALONE = 0.4;

  /** The same, when the goal at least says what data goes in ("from photos"). */
  static final double EXAMPLE_WITH_DATA = 0.25;

  private final ContentRepository content;
  private final boolean learn;
  private final String skip;
  private final ModelStore models;
  private Optional<TextClassifier> learned;

  /** Trains its classifier in each run that needs it. */
  public RecommendService(ContentRepository content) {
    this(content, ModelStore.NONE);
  }

  /** Keeps its classifier between runs in {@code models}. */
  public RecommendService(ContentRepository content, ModelStore models) {
    this(content, true, null, models);
  }

  /**
   * @param learn whether what the examples teach settles the rules' reading ({@link #SETTLING})
   * @param skip the bundled example file to learn without (the one being measured), or null
   */
  RecommendService(ContentRepository content, boolean learn, String skip, ModelStore models) {
    this.content = content;
    this.learn = learn;
    this.skip = skip;
    this.models = models;
    this.learned = learn ? null : Optional.empty();
  }

  /** The same service, learning from every bundled example file but this one. */
  RecommendService without(String exampleFile) {
    return new RecommendService(content, learn, exampleFile, models);
  }

  public Recommendation recommend(RecommendRequest request) {
    Frame frame = frame(request);
    // a goal with flags says its frame outright: the rules read it; the examples are goals alone
    Optional<List<TextClassifier.Guess>> guesses =
        request.inputs().isEmpty() && request.outputs().isEmpty() && request.needs().isEmpty()
            ? learned().map(c -> c.rank(frame.spelled()))
            : Optional.empty();
    Recommendation read;
    try {
      read = read(request, frame);
    } catch (NoMatchException nothing) {
      // what the examples teach may answer a goal the rules could not read
      return guesses
          .filter(g -> !readNothing(frame) || clearOfNothing(g))
          .flatMap(
              g ->
                  SETTLING
                      .settle(g, Optional.empty(), guess -> readNothing(frame))
                      .flatMap(top -> learned(request, frame, frame.rank(), g.get(0))))
          .orElseThrow(() -> nothing);
    }
    if (!read.pipeline().isEmpty()) {
      // a pipeline none of whose steps the examples name, when they are fairly sure (REREAD) of
      // one family, began with a misread step: the examples name what a goal starts with, so
      // their family takes the first step ("staff keep asking the same questions": not finding
      // similar items but answering), and the later steps that make something else may stay
      // (PipelineSteps.afterLearned)
      return guesses
          .filter(g -> g.get(0).score() >= REREAD)
          .filter(
              g ->
                  read.pipeline().stream().noneMatch(p -> p.family().id().equals(g.get(0).label())))
          .flatMap(g -> learned(request, frame, read.ranked(), g.get(0)))
          .map(
              first -> {
                List<StepFit> steps = PipelineSteps.afterLearned(first.ranked().get(0), read);
                return steps.size() < 2
                    ? first
                    : inSteps(first.request(), first.understood(), steps, first.ranked());
              })
          .orElse(read);
    }
    Optional<String> label =
        guesses.flatMap(g -> SETTLING.settle(g, Optional.of(read.ranked().get(0).family().id())));
    if (label.isEmpty() || plainerStands(label.get(), read.ranked().get(0).family(), frame)) {
      return read;
    }
    if (label.get().equals(TextClassifier.NONE)) {
      throw NoMatchException.because(nothingUnderstood(request, frame.understood()));
    }
    return learned(request, frame, read.ranked(), guesses.get().get(0)).orElse(read);
  }

  /**
   * The family the examples name first, when it fits the frame the rules read; or, when it does not
   * and the examples are sure of it ({@link #REREAD}), when it fits once the rules' reading of what
   * goes in and what comes out that contradicts it is set aside: the rules misread direction ("make
   * my still product photo rotate as a short clip": the photo goes in, it is not what comes out)
   * and words ("a fork in the track" is no music going in) more often than sure examples are wrong.
   * What comes out is set aside only when the family does a job the goal names.
   */
  private Optional<Recommendation> learned(
      RecommendRequest request,
      Frame frame,
      List<Recommendation.Ranked> ranked,
      TextClassifier.Guess guess) {
    Optional<Recommendation> first =
        learnedFirst(request, frame.understood(), ranked, guess.label(), List.of());
    Optional<Family> family =
        content.families().stream().filter(f -> f.id().equals(guess.label())).findFirst();
    if (first.isPresent() || family.isEmpty() || guess.score() < REREAD) {
      return first;
    }
    // a goal naming no job the family does keeps what it says comes out: a family the examples
    // name against the rules' reading of direction must at least do it ("voice memo -> text" names
    // transcribing, which speech synthesis, suggested by "voice" and "text", does not do;
    // "storyboard text for an animated short" names no job, and its text output stands)
    boolean job = FamilyRanker.doesANamedJob(content.signals(), family.get(), frame.understood());
    List<Recommendation.Understood> misread =
        frame.understood().stream()
            .filter(u -> !u.negated() && !FamilyRanker.serves(family.get(), u))
            .filter(u -> !u.kind().equals("output") || job && guess.score() >= REREAD_OUTPUT)
            .toList();
    List<Recommendation.Understood> understood =
        frame.understood().stream().filter(u -> !misread.contains(u)).toList();
    return learnedFirst(
        request,
        understood,
        frame.ranker().rank(GoalSignals.counted(understood), frame.goal()),
        guess.label(),
        misread);
  }

  /**
   * Whether the rules' first family, {@code first}, stands against the family the examples name,
   * {@code label}, that makes the same and takes more kinds in: every kind the rules read going in
   * is one {@code first} takes, and text only when it can only be plain ({@link #plainText}). "read
   * the totals from the csv and write a short summary" needs no model that sees pictures; but a
   * text read going in may be a scan or a photo ("pull amounts out of scanned invoices", "describe
   * the roof photos": six tuning goals the examples answer rightly when text counts). With nothing
   * read going in, the request is the text that goes in, when it can only be plain and names no
   * kind {@code first} neither takes nor makes ("describe 10 logo concepts in words, we don't need
   * any images generated").
   */
  private boolean plainerStands(String label, Family first, Frame frame) {
    List<Modality> taken =
        frame.understood().stream()
            .filter(u -> !u.negated() && u.kind().equals("input"))
            .map(u -> Modality.valueOf(u.id()))
            .toList();
    // "describe 10 logo concepts in words, we don't need any images generated": with nothing read
    // going in, the request itself is the plain text that goes in, unless the goal names a kind
    // the first family neither takes nor makes
    boolean plain =
        taken.isEmpty()
            ? plainText(frame)
                && frame.understood().stream()
                    .filter(u -> !u.negated())
                    .flatMap(u -> modality(u.id()).stream())
                    .allMatch(
                        m -> takes(first, m) || first.outputs().stream().anyMatch(o -> o.gives(m)))
            : (!taken.contains(Modality.text) || plainText(frame))
                && taken.stream().allMatch(m -> takes(first, m));
    return plain
        && content.families().stream()
            .anyMatch(
                f ->
                    f.id().equals(label)
                        && f.outputs().equals(first.outputs())
                        && f.inputs().containsAll(first.inputs())
                        && f.inputs().size() > first.inputs().size());
  }

  private static boolean takes(Family family, Modality kind) {
    return family.inputs().stream().anyMatch(in -> in.takes(kind));
  }

  /** The kind of data an understood id names, if it names one (not a task or a need). */
  private static Optional<Modality> modality(String id) {
    return java.util.Arrays.stream(Modality.values()).filter(m -> m.name().equals(id)).findFirst();
  }

  /**
   * Whether the text a goal gives can only be plain text: no picture or video is named, going in,
   * coming out or in passing, and no word says it was captured ("scanned", "screenshot"). "pull the
   * key facts from each contract into a spreadsheet" needs no model that sees pictures.
   */
  private static boolean plainText(Frame frame) {
    return frame.understood().stream()
            .noneMatch(
                u ->
                    !u.negated()
                        && (u.id().equals(Modality.image.name())
                            || u.id().equals(Modality.video.name())))
        && WordSpans.firstOfAny(
                Words.of(frame.goal().toLowerCase(java.util.Locale.ROOT)),
                frame.book().cues().get(Cue.CAPTURES))
            < 0
        && Words.of(frame.goal()).stream().noneMatch(w -> LOOKS.contains(w.stem()));
  }

  /**
   * Stems that say how a document looks, so that it may be read as a picture: "handwritten with
   * stamps and coffee stains", "each album page design", "whether each uploaded identity document
   * is legible" (three tuning goals a multimodal LLM rightly answers).
   */
  private static final Set<String> LOOKS =
      Set.of(
          Words.stem("handwritten"),
          Words.stem("legible"),
          Words.stem("stamps"),
          Words.stem("stains"),
          Words.stem("design"),
          Words.stem("layout"),
          Words.stem("uploaded"),
          Words.stem("identity"));

  /**
   * How sure the examples must be of a family to set aside the rules' reading of what goes in:
   * chosen on the tuning files (0.5 lost 12 goals such as "andean music ... for the background of
   * our agency video", where the video is where the music goes).
   */
  private static final double REREAD = 0.3;

  /**
   * The same, to set aside what the rules read must come out: higher, since at 0.3 "make a video of
   * our shop? no, just a picture" was read as a video.
   */
  private static final double REREAD_OUTPUT = 0.5;

  /**
   * How far ahead of "nothing answers this" the examples' family must be to answer a goal in which
   * the rules read nothing at all, since such a goal is often an errand: "find the context of a
   * bible verse" was 0.48 ahead once the thirty-first session's examples came in, while the tuning
   * goals the rules read nothing of that the examples answer rightly are 0.7 ahead or more ("lofi
   * playlist for the shop, no licensing bs"; a bar on the family's own margin, 0.2, lost eight).
   */
  private static final double UNREAD_AHEAD = 0.6;

  /** Whether the examples' first family is {@link #UNREAD_AHEAD} ahead of "nothing". */
  private static boolean clearOfNothing(List<TextClassifier.Guess> guesses) {
    return guesses.get(0).score() - Settling.nothing(guesses) >= UNREAD_AHEAD;
  }

  /** Whether the rules read nothing in the goal: no task, data, need or mention. */
  private static boolean readNothing(Frame frame) {
    return frame.understood().stream().allMatch(Recommendation.Understood::negated);
  }

  /**
   * Chosen on the recommend tuning files, each measured by a classifier that never saw it; bars of
   * their own, since a goal's margins are not a question's. The second bar over a refusal (-0.3,
   * "nothing" at -0.8 or below) answers only a goal the rules understood something of: "what's 15%
   * of 80" stays an errand.
   */
  private static final Settling SETTLING = new Settling(-0.5, -0.3, 0.25, 0.0, -0.3, -0.8, 0.0);

  /** The classifier learned from the bundled example goals and the families' own, if any. */
  private Optional<TextClassifier> learned() {
    if (learned == null) {
      List<Example> own = new ArrayList<>();
      content
          .families()
          .forEach(
              f -> f.goals().forEach(g -> own.add(new Example(g, f.id(), content.pack().name()))));
      learned = Learned.of("recommend", content, skip, own, models);
    }
    return learned;
  }

  /**
   * The family the examples name, first, when it can take what goes in and give what must come out;
   * the rules' ranking after it.
   */
  private Optional<Recommendation> learnedFirst(
      RecommendRequest request,
      List<Recommendation.Understood> understood,
      List<Recommendation.Ranked> ranked,
      String family,
      List<Recommendation.Understood> misread) {
    // "an animated clip of our bakery? no, just a still photo": never the family whose only kind
    // the goal ruled out, however like its examples the words are
    Optional<Recommendation.Ranked> first =
        ranked.stream()
            .filter(r -> r.family().id().equals(family) && r.fits())
            .filter(
                r -> !FamilyRanker.rulesOutAllItMakes(content.signals(), r.family(), understood))
            .findFirst();
    return first.map(
        f -> {
          List<Recommendation.Reason> reasons = new ArrayList<>(f.reasons());
          reasons.add(new Recommendation.Reason(1, learnedReason(misread), "examples", "the goal"));
          Recommendation.Ranked learned =
              new Recommendation.Ranked(
                  f.family(), f.score() + 1, f.confidence(), reasons, true, f.closestExample());
          List<Recommendation.Ranked> reordered = new ArrayList<>(List.of(learned));
          ranked.stream().filter(r -> r != f).forEach(reordered::add);
          int recommended = Math.max(1, recommendedCount(reordered));
          return new Recommendation(
              content.pack(),
              request,
              understood,
              reordered,
              recommended,
              rejected(reordered.subList(recommended, reordered.size())),
              List.of(),
              false);
        });
  }

  /** Why a family the examples named comes first, whatever the rules' points say. */
  private static final String LEARNED =
      "goals like this one are its job in the example goals the tool learned from, which outweighs"
          + " the points";

  /** {@link #LEARNED}, and what of the rules' reading it set aside. */
  private static String learnedReason(List<Recommendation.Understood> misread) {
    if (misread.isEmpty()) {
      return LEARNED;
    }
    return LEARNED
        + " and the reading of "
        + String.join(
            " and ",
            misread.stream().map(u -> FamilyRanker.quoted(u) + " as " + u.label()).toList());
  }

  /**
   * What the rules read in a goal before deciding anything: its clauses and their signals; and the
   * goal as typed, with typos of the words they know written right, for the examples.
   */
  private record Frame(
      String goal,
      String spelled,
      List<String> clauses,
      List<List<Recommendation.Understood>> perClause,
      List<Recommendation.Understood> understood,
      GoalExamples examples,
      FamilyRanker ranker,
      SignalBook book) {
    /**
     * Every family scored against the goal; a task ruled out counts against its own family, and a
     * kind ruled out against a family that makes nothing else (FamilyRanker).
     */
    List<Recommendation.Ranked> rank() {
      return ranker.rank(GoalSignals.counted(understood), goal);
    }
  }

  private Frame frame(RecommendRequest request) {
    SignalBook book = content.signals();
    LexiconMatcher lexicon = new LexiconMatcher(content.lexicon());
    GoalReader reader = new GoalReader(book, lexicon);
    GoalExamples examples = new GoalExamples(content.families(), lexicon);
    FamilyRanker ranker = new FamilyRanker(content.families(), book, examples);
    // "film editor: need subtitles from the dialogue track": who asks is not the job
    String asked = ARROW.matcher(request.goal()).replaceAll(" into ");
    String goal =
        dev.genaivsllm.understand.Aside.leading(asked)
            // a role the rules do not read as data ("film editor", not "voiceover:"), or words
            // they read nothing in ("game studio")
            .filter(
                a ->
                    a.namesARole() && reader.read(a.lastWord()).isEmpty()
                        || reader.read(a.words()).isEmpty())
            .map(dev.genaivsllm.understand.Aside::rest)
            .orElse(asked);
    List<String> clauses = reader.clauses(goal);
    List<List<Recommendation.Understood>> perClause = reader.read(clauses);
    List<Recommendation.Understood> understood = new ArrayList<>();
    perClause.forEach(understood::addAll);
    understood.addAll(fromFlags(request));
    return new Frame(
        goal,
        reader.spelledRight(request.goal()),
        clauses,
        perClause,
        understood,
        examples,
        ranker,
        book);
  }

  /** What the rules make of the goal alone. */
  private Recommendation read(RecommendRequest request, Frame frame) {
    String goal = frame.goal();
    List<String> clauses = frame.clauses();
    List<List<Recommendation.Understood>> perClause = frame.perClause();
    List<Recommendation.Understood> understood = frame.understood();
    SignalBook book = frame.book();
    GoalExamples examples = frame.examples();
    FamilyRanker ranker = frame.ranker();
    List<Recommendation.Understood> active = understood.stream().filter(u -> !u.negated()).toList();
    // What a job is needs a task or an output: with only a need ("control a robot arm") or what
    // goes in, or nothing the rules know, only a goal close to a family's example is answered.
    boolean job = GoalSignals.namesAJob(active);
    boolean data =
        active.stream().anyMatch(u -> u.kind().equals("input") || u.kind().equals("mentioned"));
    double like = examples.best(goal);
    // "renew my library books", "print 200 copies of the ballot": an errand, however close to an
    // example its words come
    boolean closeToExample = like >= EXAMPLE_ALONE || data && like >= EXAMPLE_WITH_DATA;
    if (!job && (GoalWords.opensWithErrand(goal, book.cues()) || !closeToExample)) {
      throw NoMatchException.because(nothingUnderstood(request, understood));
    }
    List<Recommendation.Ranked> ranked = frame.rank();
    // a text job between speech in and speech out is three steps, however it was phrased; the
    // clauses may name only two of them ("summarize this podcast and read the summary aloud"); a
    // text job and then its voice is two ("write the barks, then voice them")
    List<StepFit> bridge = new TextBridge(book, ranker).steps(active, perClause);
    List<StepFit> steps =
        PipelineSteps.chosen(bridge, PipelineSteps.byClause(clauses, perClause, ranker));
    boolean oneFits = bridge.isEmpty() && ranked.get(0).score() > 0 && ranked.get(0).fits();
    if (!oneFits && steps.isEmpty()) {
      throw NoMatchException.because(nothingUnderstood(request, understood));
    }
    if (!steps.isEmpty()) {
      // No one family does every step ("generate a product image, then animate it"), or the goal
      // names its steps ("write lyrics about our town, then turn them into a real song", though a
      // music model takes words): each step's family, in order, is what to use, and what is
      // recommended first.
      return inSteps(request, understood, steps, ranked);
    }
    int recommended = recommendedCount(ranked);
    List<Recommendation.Ranked> rejected = rejected(ranked.subList(recommended, ranked.size()));
    boolean closeCall =
        recommended >= 2
            && ranked.get(0).score() - ranked.get(1).score()
                <= Math.max(1, ranked.get(0).score() * CLOSE / 100);
    return new Recommendation(
        content.pack(), request, understood, ranked, recommended, rejected, List.of(), closeCall);
  }

  /**
   * A pipeline's recommendation: each step's family (as its step ranked it, each once) recommended
   * in order, then the rest of {@code others}.
   */
  private Recommendation inSteps(
      RecommendRequest request,
      List<Recommendation.Understood> understood,
      List<StepFit> steps,
      List<Recommendation.Ranked> others) {
    List<Recommendation.Ranked> ranked = new ArrayList<>();
    for (StepFit s : steps) {
      if (ranked.stream().noneMatch(x -> x.family().id().equals(s.best().family().id()))) {
        ranked.add(s.best());
      }
    }
    int shown = ranked.size();
    others.stream()
        .filter(r -> ranked.stream().noneMatch(x -> x.family().id().equals(r.family().id())))
        .forEach(ranked::add);
    return new Recommendation(
        content.pack(),
        request,
        understood,
        ranked,
        shown,
        rejected(ranked.subList(shown, ranked.size())),
        steps.stream().map(StepFit::step).toList(),
        false);
  }

  /**
   * The rejections worth explaining: the families that came closest but have something against
   * them, the closest first; then whatever was ruled out.
   */
  private static List<Recommendation.Ranked> rejected(List<Recommendation.Ranked> others) {
    return others.stream()
        .filter(r -> !r.cons().isEmpty())
        .sorted(
            Comparator.comparing((Recommendation.Ranked r) -> !r.fits())
                .thenComparing(Comparator.comparingInt(Recommendation.Ranked::score).reversed())
                .thenComparing(r -> r.family().id()))
        .limit(MAX_REJECTED)
        .toList();
  }

  /** Recommend the top families while they score well: above 0 and at least 40% of the best. */
  private static int recommendedCount(List<Recommendation.Ranked> ranked) {
    int top = Math.max(1, ranked.get(0).score());
    int n = 0;
    while (n < Math.min(MAX_RECOMMENDED, ranked.size())
        && ranked.get(n).fits()
        && ranked.get(n).score() > 0
        && ranked.get(n).score() * 10 >= top * 4) {
      n++;
    }
    return n;
  }

  private static List<Recommendation.Understood> fromFlags(RecommendRequest request) {
    List<Recommendation.Understood> flags = new ArrayList<>();
    request.inputs().stream()
        .sorted()
        .forEach(
            m ->
                flags.add(
                    new Recommendation.Understood(
                        "input", m.name(), m.name() + " input", "--input " + m, false)));
    request.outputs().stream()
        .sorted()
        .forEach(
            m ->
                flags.add(
                    new Recommendation.Understood(
                        "output", m.name(), m.name() + " output", "--output " + m, false)));
    request.needs().stream()
        .sorted()
        .forEach(
            n ->
                flags.add(
                    new Recommendation.Understood(
                        "need", n.label(), n.label(), "--need " + n.label(), false)));
    return flags;
  }

  private static String nothingUnderstood(
      RecommendRequest request, List<Recommendation.Understood> understood) {
    String heard =
        understood.isEmpty()
            ? "nothing I know"
            : String.join(
                ", ",
                understood.stream()
                    .map(
                        u ->
                            (u.negated() ? "not " : "")
                                + u.label()
                                + " ("
                                + FamilyRanker.quoted(u)
                                + ")")
                    .toList());
    String asked = request.goal().isBlank() ? "these flags" : "\"" + request.goal().strip() + "\"";
    return "could not tell which kind of model fits "
        + asked
        + ": understood "
        + heard
        + "; say what goes in and what should come out, or add "
        + "--input, --output or --need";
  }
}
