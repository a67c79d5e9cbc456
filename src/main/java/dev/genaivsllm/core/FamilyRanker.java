package dev.genaivsllm.core;

import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every family against the job read from a goal, or from one clause of it. The frame comes
 * first: a family that cannot take what goes in or cannot produce what must come out does not fit,
 * whatever else speaks for it, and ranks below every family that fits. Among those that fit, the
 * points are: what the goal's tasks and needs give each family ({@code signals.yaml}), the kinds it
 * takes and produces (and whether it is the usual first choice for the kind asked for), and how
 * close the goal is to the family's example goals, the closest one and all of them together. Every
 * point comes with its reason, so a ranking explains itself. Kept apart from {@link
 * RecommendService}, which decides what to make of a ranking.
 */
final class FamilyRanker {
  /** The signal of the reason the family's example goals give. */
  private static final String LIKE_AN_EXAMPLE = "like an example";

  static final int OUTPUT_MATCH = 4;
  static final int OUTPUT_MISMATCH = -8;
  static final int INPUT_MATCH = 1;
  static final int INPUT_MISMATCH = -6;
  static final int IMPLIED_MATCH = 2;
  static final int IMPLIED_MISMATCH = -3;

  private final List<Family> families;
  private final SignalBook book;
  private final GoalExamples examples;

  FamilyRanker(List<Family> families, SignalBook book, GoalExamples examples) {
    this.families = families;
    this.examples = examples;
    this.book = book;
  }

  /**
   * Every family scored against these signals and this text, those that fit first, then best first,
   * ties by id.
   */
  List<Recommendation.Ranked> rank(List<Recommendation.Understood> signals, String text) {
    Map<String, GoalExamples.Closest> closest = examples.closest(text);
    List<Recommendation.Ranked> ranked = new ArrayList<>();
    for (Family family : families) {
      List<Recommendation.Reason> reasons = new ArrayList<>();
      Set<String> counted = new LinkedHashSet<>();
      boolean fits = true;
      boolean allItMakesRuledOut = rulesOutAllItMakes(book, family, signals);
      for (Recommendation.Understood u : signals) {
        if (!counted.add((u.negated() ? "!" : "") + u.kind() + ":" + u.id())) {
          continue; // a signal counts once, however often it is said
        }
        if (u.negated()) {
          ruledOut(family, u).ifPresent(reasons::add);
          if (allItMakesRuledOut && onlyKindRuledOut(family, u)) {
            reasons.add(onlyKindRuledOutReason(u));
            allItMakesRuledOut = false; // once, however many of its kinds are named
          }
          continue;
        }
        switch (u.kind()) {
          case "input", "output" -> {
            Recommendation.Reason r = modality(family, u);
            reasons.add(r);
            fits &= r.points() > 0;
            usual(family, u).ifPresent(reasons::add);
          }
          case "mentioned" -> mentioned(family, u).ifPresent(reasons::add);
          case "implied" -> reasons.add(implied(family, u));
          default -> {
            SignalBook.Effect effect = book.signal(u.id()).orElseThrow().effects().get(family.id());
            if (effect != null) {
              reasons.add(
                  new Recommendation.Reason(
                      effect.points(), effect.reason(), u.label(), quoted(u)));
            }
          }
        }
      }
      GoalExamples.Closest near = closest.get(family.id());
      String example = "";
      if (near != null && near.points() > 0) {
        example = near.goal();
        reasons.add(
            new Recommendation.Reason(
                near.points(),
                near.goal().isEmpty()
                    ? "close to the jobs it is the usual choice for."
                    : "like \"" + near.goal() + "\", a job it is the usual choice for.",
                LIKE_AN_EXAMPLE,
                "the goal"));
      }
      int score = reasons.stream().mapToInt(Recommendation.Reason::points).sum();
      ranked.add(new Recommendation.Ranked(family, score, "", reasons, fits, example));
    }
    ranked.sort(
        Comparator.comparing((Recommendation.Ranked r) -> !r.fits())
            .thenComparing(Comparator.comparingInt(Recommendation.Ranked::score).reversed())
            .thenComparing(r -> r.family().id()));
    List<Recommendation.Ranked> withConfidence = new ArrayList<>();
    String above = "high";
    for (int i = 0; i < ranked.size(); i++) {
      Recommendation.Ranked r = ranked.get(i);
      int next = i + 1 < ranked.size() ? ranked.get(i + 1).score() : 0;
      // a family ranked below another is never surer than the one above it
      String confidence = lower(confidence(r.score(), next, exampleShare(r)), above);
      above = confidence;
      withConfidence.add(
          new Recommendation.Ranked(
              r.family(), r.score(), confidence, r.reasons(), r.fits(), r.closestExample()));
    }
    return withConfidence;
  }

  /**
   * A task the goal rules out ("no generated answers", "we don't want it to write anything") counts
   * against the families whose own job it is, by half what it would have given them (rounded toward
   * zero).
   */
  private java.util.Optional<Recommendation.Reason> ruledOut(
      Family family, Recommendation.Understood u) {
    if (!u.kind().equals("task")) {
      return java.util.Optional.empty();
    }
    SignalBook.Effect effect = book.signal(u.id()).orElseThrow().effects().get(family.id());
    if (effect == null || effect.points() < OWN_JOB) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Recommendation.Reason(
            -effect.points() / 2,
            "The goal rules out " + u.label() + ", which is what it is for.",
            "not " + u.label(),
            quoted(u)));
  }

  /**
   * The kinds a goal rules out as what it wants made; "no labels" or "no text on it" says what the
   * goal has or what the picture lacks more often than what it must not be.
   */
  private static final Set<Modality> MEDIA =
      Set.of(Modality.image, Modality.video, Modality.audio, Modality.speech, Modality.music);

  /**
   * Whether the goal rules out what the family makes ("an animated clip of our bakery? no, just a
   * still photo"), names none of the jobs it does ("turn my text into an animated video, nothing
   * filmed, just my description" still asks for its job) and wants nothing else it makes: "a long
   * video? no, a short video of waves" corrects a detail of the video. A task the goal rules out
   * ("a song for the intro? no, just a voiceover") is not counted here: keeping the examples from a
   * family whose task was ruled out lost tuning goals whose negation the rules misread.
   */
  static boolean rulesOutAllItMakes(
      SignalBook book, Family family, List<Recommendation.Understood> signals) {
    return signals.stream().anyMatch(u -> onlyKindRuledOut(family, u))
        && !doesANamedJob(book, family, signals)
        && signals.stream().noneMatch(u -> wantsWhatItMakes(family, u));
  }

  /** Whether a signal not ruled out asks for, or names, a kind the family makes. */
  private static boolean wantsWhatItMakes(Family family, Recommendation.Understood u) {
    if (u.negated() || !WANTED.contains(u.kind())) {
      return false;
    }
    Modality m = Modality.valueOf(u.id());
    return family.outputs().stream().anyMatch(out -> out.gives(m));
  }

  /** The kinds of signal that name data a goal may want made. */
  private static final Set<String> WANTED = Set.of("output", "mentioned", "implied");

  /** Whether this signal rules out, as what must come out, the only kind the family makes. */
  private static boolean onlyKindRuledOut(Family family, Recommendation.Understood u) {
    if (!u.negated() || !u.kind().equals("output")) {
      return false;
    }
    Modality m = Modality.valueOf(u.id());
    return MEDIA.contains(m)
        && !family.outputs().isEmpty()
        && family.outputs().stream().allMatch(out -> out.gives(m) || m.gives(out));
  }

  /** What a goal ruling out the one kind a family makes costs it. */
  static final int ONLY_KIND_RULED_OUT = -3;

  private static Recommendation.Reason onlyKindRuledOutReason(Recommendation.Understood u) {
    return new Recommendation.Reason(
        ONLY_KIND_RULED_OUT,
        "The goal rules out " + Modality.valueOf(u.id()).plural() + ", the only kind it makes.",
        "not " + u.label(),
        quoted(u));
  }

  /** Whether the goal names a job the family does: a task, not ruled out, that gives it points. */
  static boolean doesANamedJob(
      SignalBook book, Family family, List<Recommendation.Understood> understood) {
    return understood.stream()
        .filter(u -> !u.negated() && u.kind().equals("task"))
        .flatMap(u -> book.signal(u.id()).stream())
        .map(t -> t.effects().get(family.id()))
        .anyMatch(e -> e != null && e.points() > 0);
  }

  /** What being the usual first choice for the kind that must come out is worth. */
  static final int USUAL = 2;

  /**
   * A family is the usual first choice for some kinds of output ({@code usualFor}): when a goal
   * asks for pictures and says nothing that sets diffusion and a GAN apart, diffusion.
   */
  private static java.util.Optional<Recommendation.Reason> usual(
      Family family, Recommendation.Understood u) {
    Modality m = Modality.valueOf(u.id());
    if (!u.kind().equals("output") || !family.usualFor().contains(m)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Recommendation.Reason(
            USUAL,
            "It is the usual first choice for " + m.plural() + ".",
            "the usual choice for " + m.plural(),
            quoted(u)));
  }

  /**
   * The points from which a task is a family's own job ("+6/+7" in signals.yaml, "+4/+5" strong).
   */
  static final int OWN_JOB = 4;

  /** Whether a family can take what goes in or give what comes out; true of any other signal. */
  static boolean serves(Family family, Recommendation.Understood u) {
    return !(u.kind().equals("input") || u.kind().equals("output"))
        || modality(family, u).points() > 0;
  }

  private static Recommendation.Reason modality(Family family, Recommendation.Understood u) {
    Modality m = Modality.valueOf(u.id());
    String name = m.plural();
    String label = u.label();
    String quote = quoted(u);
    if (u.kind().equals("output")) {
      return family.outputs().stream().anyMatch(out -> out.gives(m))
          ? new Recommendation.Reason(OUTPUT_MATCH, "It produces " + name + ".", label, quote)
          : new Recommendation.Reason(
              OUTPUT_MISMATCH, "It does not produce " + name + ".", label, quote);
    }
    return family.inputs().stream().anyMatch(in -> in.takes(m))
        ? new Recommendation.Reason(INPUT_MATCH, "It takes " + name + " as input.", label, quote)
        : new Recommendation.Reason(
            INPUT_MISMATCH, "It cannot take " + name + " as input.", label, quote);
  }

  /**
   * What a task puts out when the goal names no output ("classify" gives labels): it counts for the
   * families that make it and against those that do not, but rules none out, since a goal may name
   * several tasks.
   */
  private static Recommendation.Reason implied(Family family, Recommendation.Understood u) {
    Modality m = Modality.valueOf(u.id());
    return family.outputs().stream().anyMatch(out -> out.gives(m))
        ? new Recommendation.Reason(
            IMPLIED_MATCH, "It produces " + m.plural() + ".", u.label(), quoted(u))
        : new Recommendation.Reason(
            IMPLIED_MISMATCH, "It does not produce " + m.plural() + ".", u.label(), quoted(u));
  }

  /** A kind named without a direction: a point when the family takes or makes it, else none. */
  private static java.util.Optional<Recommendation.Reason> mentioned(
      Family family, Recommendation.Understood u) {
    Modality m = Modality.valueOf(u.id());
    boolean handles =
        family.inputs().stream().anyMatch(in -> in.takes(m))
            || family.outputs().stream().anyMatch(out -> out.gives(m));
    return handles
        ? java.util.Optional.of(
            new Recommendation.Reason(
                INPUT_MATCH, "It works with " + m.plural() + ".", u.label(), quoted(u)))
        : java.util.Optional.empty();
  }

  /**
   * How sure a ranking is of a family: by its score and its lead over the next, one step less when
   * likeness to its examples is more than half of its score (the words of the goal said less).
   */
  private static String confidence(int score, int next, double exampleShare) {
    String by;
    if (score >= 8 && score - next >= 4) {
      by = "high";
    } else if (score >= 4 && score - next >= 2) {
      by = "medium";
    } else {
      by = "low";
    }
    return exampleShare > 0.5 ? lower(by, "medium") : by;
  }

  /** The share of a family's score that its examples gave. */
  private static double exampleShare(Recommendation.Ranked r) {
    int examples =
        r.reasons().stream()
            .filter(x -> x.signal().equals(LIKE_AN_EXAMPLE))
            .mapToInt(Recommendation.Reason::points)
            .sum();
    return r.score() <= 0 ? 0 : (double) examples / r.score();
  }

  private static final List<String> LEVELS = List.of("low", "medium", "high");

  /** The lower of two confidence levels. */
  private static String lower(String a, String b) {
    return LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b;
  }

  /** How a signal is quoted back: a flag as it was given, words from the goal in quotes. */
  static String quoted(Recommendation.Understood u) {
    return u.quoted().startsWith("--") ? u.quoted() : "\"" + u.quoted() + "\"";
  }
}
