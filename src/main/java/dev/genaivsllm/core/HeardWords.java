package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Heard words wanted written down, whatever other words say the job: subtitles for a video are its
 * speech transcribed ({@link #subtitled}), and a person talking whose words a clause wants typed up
 * is speech going in, not text to be spoken ({@link #heardNotSpoken}). Words typed out of a
 * picture, with nothing heard, are {@link PictureTypedOut}'s.
 */
final class HeardWords {
  private final SignalBook book;

  HeardWords(SignalBook book) {
    this.book = book;
  }

  /**
   * "subtitles for our cellar tour video", "captions on our induction videos": subtitles, or
   * captions in the plural, for a video or a recorded talk are its words written down, so the job
   * is transcribing, whatever other words say it ("captions" alone describes pictures). Not when
   * the subtitles exist already and are worked on ("translate the subtitles", "we already have
   * captions"), nor for captions written to post ("instagram captions for every reel"), nor with a
   * picture in the clause ("captions for the photos and videos").
   */
  void subtitled(String clause, List<Words.Word> words, List<Found> found) {
    int at = -1;
    for (int i = 0; i < words.size() && at < 0; i++) {
      at = SUBTITLES.contains(words.get(i).text()) ? i : -1;
    }
    Optional<SignalBook.Signal> transcribe = book.signal(TRANSCRIBE);
    if (at < 0
        || transcribe.isEmpty()
        || words.stream().anyMatch(w -> POSTED.contains(w.stem()))
        || words.subList(0, at).stream().anyMatch(w -> WORKED_ON.contains(w.stem()))
        || found.stream().noneMatch(f -> heard(f.understood()))
        || found.stream().anyMatch(f -> pictured(f.understood()) || transcribes(f.understood()))) {
      return;
    }
    int word = at;
    found.removeIf(
        f ->
            f.start() <= word
                && word < f.end()
                && f.understood().kind().equals("task")
                && !f.understood().negated());
    Words.Word w = words.get(at);
    found.add(
        new Found(
            new Recommendation.Understood(
                "task",
                TRANSCRIBE,
                transcribe.get().label(),
                clause.substring(w.start(), w.end()),
                false),
            at,
            at + 1));
  }

  /**
   * "talk my notes while I'm milking and have them typed up", "the foreman does a toolbox talk ...
   * auditors want a written record": a person talking, said before the words that ask for it
   * written down, is the speech that goes in, not text to be spoken; in one clause or across the
   * goal's clauses ({@code perClause}, each in the order of its words).
   */
  void heardNotSpoken(List<String> clauses, List<List<Recommendation.Understood>> perClause) {
    for (int c = 0; c < perClause.size(); c++) {
      List<Recommendation.Understood> clause = perClause.get(c);
      for (int k = 0; k < clause.size(); k++) {
        Recommendation.Understood u = clause.get(k);
        boolean talking =
            u.kind().equals("task")
                && u.id().equals(TaskFrames.SPEAK)
                && TALKS.contains(u.quoted().toLowerCase(java.util.Locale.ROOT))
                && byAPerson(Words.of(clauses.get(c)), u.quoted());
        // "voice notes from the beach ... want those as written notes": speech only named, wanted
        // written down, is what goes in
        boolean recorded = u.kind().equals("mentioned") && u.id().equals(Modality.speech.name());
        boolean written = !u.negated() && (talking || recorded);
        boolean said = written && writtenAfter(clauses, perClause, c, k);
        boolean turned = written && !said && turnedWritten(clauses, perClause, c, k);
        if (said || turned) {
          String quoted = u.quoted();
          List<Recommendation.Understood> heard = new ArrayList<>(clause);
          heard.set(
              k,
              new Recommendation.Understood(
                  "input", Modality.speech.name(), "speech input", quoted, false));
          // speech named and wanted written down is transcribed, unless the goal says so already
          Optional<SignalBook.Signal> transcribe = book.signal(TRANSCRIBE);
          int after = k + 1;
          if ((!talking || turned)
              && transcribe.isPresent()
              && perClause.stream().flatMap(List::stream).noneMatch(HeardWords::transcribes)) {
            heard.add(
                after++,
                new Recommendation.Understood(
                    "task", TRANSCRIBE, transcribe.get().label(), quoted, false));
          }
          if (turned) {
            heard.add(
                after,
                new Recommendation.Understood(
                    "implied", Modality.text.name(), "text output (implied)", "written", false));
          }
          // the speech the task implied coming out goes with it
          heard.removeIf(v -> v.kind().equals("implied") && v.quoted().equals(quoted));
          perClause.set(c, List.copyOf(heard));
          clause = perClause.get(c);
        }
      }
    }
  }

  /**
   * Whether the talking word {@code talk} in a clause's words is a person's: not said of a machine
   * or with a modal before it ("the robot will speak the menu", "an app to speak my notes"), nor
   * talking to someone ("speak to my landlord").
   */
  private static boolean byAPerson(List<Words.Word> words, String talk) {
    String said = talk.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).text().equals(said)) {
        continue;
      }
      int before = i > 0 && words.get(i - 1).text().equals("to") ? i - 2 : i - 1;
      boolean machine = before >= 0 && SPEAKING_THINGS.contains(words.get(before).text());
      boolean toSomeone = i + 1 < words.size() && TO_SOMEONE.contains(words.get(i + 1).text());
      return !machine && !toSomeone;
    }
    return false;
  }

  /** Words before a talking word that say a machine speaks, or may: "the app will speak". */
  private static final Set<String> SPEAKING_THINGS =
      Set.of(
          "will",
          "would",
          "can",
          "could",
          "should",
          "must",
          "it",
          "robot",
          "app",
          "bot",
          "chatbot",
          "system",
          "assistant",
          "tablet",
          "kiosk",
          "speaker",
          "speakers",
          "model",
          "ai",
          "voice",
          "avatar",
          "character",
          "npc",
          "computer",
          "machine");

  /** Words after a talking word that say who is talked to: "speak to my landlord". */
  private static final Set<String> TO_SOMEONE = Set.of("to", "with");

  /** A person's talking: the words that say the speaking task when someone is heard. */
  private static final Set<String> TALKS =
      Set.of("talk", "talks", "talking", "speak", "speaks", "speaking", "narration");

  /**
   * Whether a signal after the {@code k}th of clause {@code c} asks for words written down:
   * transcribing, or text out said as written or typed ("a written record").
   */
  private static boolean writtenAfter(
      List<String> clauses, List<List<Recommendation.Understood>> perClause, int c, int k) {
    for (int i = c; i < perClause.size(); i++) {
      List<Recommendation.Understood> clause = perClause.get(i);
      for (int j = i == c ? k + 1 : 0; j < clause.size(); j++) {
        Recommendation.Understood u = clause.get(j);
        if (u.negated()) {
          continue;
        }
        if (u.kind().equals("task") && u.id().equals(TRANSCRIBE)
            || u.kind().equals("output")
                && u.id().equals(Modality.text.name())
                && (Words.of(u.quoted()).stream().anyMatch(w -> WRITTEN_WORDS.contains(w.text()))
                    || saidWritten(clauses.get(i), u.quoted()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the goal, after the {@code k}th signal of clause {@code c}, says what was said is
   * turned into writing ("should turn into a written trail guide"), with no text signal to say so.
   */
  private static boolean turnedWritten(
      List<String> clauses, List<List<Recommendation.Understood>> perClause, int c, int k) {
    for (int i = c; i < clauses.size(); i++) {
      String said = clauses.get(i).toLowerCase(java.util.Locale.ROOT);
      if (i == c) {
        String talk = perClause.get(c).get(k).quoted().toLowerCase(java.util.Locale.ROOT);
        said = said.substring(Math.max(0, said.indexOf(talk)));
      }
      if (TURNED_WRITTEN.matcher(said).find()) {
        return true;
      }
    }
    return false;
  }

  /** Words that turn what was said into writing: "into a written guide", "as typed notes". */
  private static final java.util.regex.Pattern TURNED_WRITTEN =
      java.util.regex.Pattern.compile("\\b(?:into|as)\\s+(?:an?\\s+)?(?:written|typed)\\b");

  /** Whether the clause says the text {@code quoted} right after "written" or "typed". */
  private static boolean saidWritten(String clause, String quoted) {
    List<Words.Word> words = Words.of(clause.toLowerCase(java.util.Locale.ROOT));
    List<Words.Word> text = Words.of(quoted.toLowerCase(java.util.Locale.ROOT));
    for (int i = 1; i < words.size() && !text.isEmpty(); i++) {
      if (words.get(i).text().equals(text.get(0).text())
          && WRITTEN_WORDS.contains(words.get(i - 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** Words that say text is written down or typed. */
  private static final Set<String> WRITTEN_WORDS = Set.of("written", "typed");

  /** The words for a video's words written down. */
  private static final Set<String> SUBTITLES =
      Set.of("subtitle", "subtitles", "subtitled", "captions", "subtitels", "subtitel");

  /** Stems anywhere in the clause that say the captions are written to post. */
  private static final Set<String> POSTED = Set.of("instagram", "insta", "reel", "tiktok");

  /**
   * Stems before the subtitles that say they exist and are worked on ("translate the subtitles",
   * "we already have captions"); after them, the subtitles are made first ("add subtitles and
   * translate them into french").
   */
  private static final Set<String> WORKED_ON =
      Set.of("translat", "proofread", "already", "fix", "correct", "check", "review");

  /** The task that gives text from speech. */
  static final String TRANSCRIBE = "transcribe";

  /** Whether a signal names a video or a recording going in. */
  private static boolean heard(Recommendation.Understood u) {
    return !u.negated()
        && (u.kind().equals("input") || u.kind().equals("mentioned"))
        && TaskFrames.RECORDED.contains(Modality.valueOf(u.id()));
  }

  /** Whether a signal names a picture, going in or out. */
  private static boolean pictured(Recommendation.Understood u) {
    return !u.negated()
        && (u.kind().equals("input") || u.kind().equals("output"))
        && u.id().equals(Modality.image.name());
  }

  /** Whether a signal is the transcribing task already. */
  static boolean transcribes(Recommendation.Understood u) {
    return !u.negated() && u.kind().equals("task") && u.id().equals(TRANSCRIBE);
  }
}
