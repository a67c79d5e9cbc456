package dev.genaivsllm.core;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the person writes or types themselves, in a goal that wants words spoken, is the text that
 * goes in, not a writing job: "each morning I type up the surf report, want it read out on our
 * phone line", "I write the words, need a voiceover". The mirror of {@link
 * HeardWords#heardNotSpoken}, where a person talking is the speech that goes in.
 */
final class OwnWriting {
  /** People who write what goes in: the pack's speakers and audience, and a few more. */
  private final Set<String> parties;

  OwnWriting(SignalBook book) {
    Set<String> people = new HashSet<>(book.cues().get(Cue.SPEAKERS));
    people.addAll(book.cues().get(Cue.AUDIENCE));
    people.removeAll(NOT_WRITERS);
    people.addAll(MORE_PARTIES);
    this.parties = Set.copyOf(people);
  }

  /**
   * Turns a writing or typing task said by the person themselves ("I write", "we type up") into
   * text going in, when another signal of the goal ({@code perClause}, each clause's signals in the
   * order of its words) asks for speech. A person asking for writing done ("I want to write", "help
   * me write") is not writing it themselves.
   */
  static void spokenFromOwnWriting(
      List<String> clauses, List<List<Recommendation.Understood>> perClause) {
    for (int c = 0; c < perClause.size(); c++) {
      List<Recommendation.Understood> clause = perClause.get(c);
      for (int k = 0; k < clause.size(); k++) {
        Recommendation.Understood u = clause.get(k);
        if (!u.negated()
            && u.kind().equals("task")
            && WRITING_TASKS.contains(u.id())
            && byTheWriter(Words.of(clauses.get(c)), u.quoted())
            && spokenElsewhere(perClause, u)) {
          String quoted = u.quoted();
          List<Recommendation.Understood> own = new ArrayList<>(clause);
          own.set(
              k,
              new Recommendation.Understood(
                  "input", Modality.text.name(), "text input", quoted, false));
          // what they write is the text going in too ("I write the words"), and the text the
          // task implied coming out goes with it
          if (k + 1 < own.size() && isTextOut(own.get(k + 1))) {
            Recommendation.Understood written = own.get(k + 1);
            own.set(
                k + 1,
                new Recommendation.Understood(
                    "input", Modality.text.name(), "text input", written.quoted(), false));
          }
          own.removeIf(v -> v.kind().equals("implied") && v.quoted().equals(quoted));
          perClause.set(c, List.copyOf(own));
          clause = perClause.get(c);
        }
      }
    }
  }

  private static boolean isTextOut(Recommendation.Understood u) {
    return !u.negated() && u.kind().equals("output") && u.id().equals(Modality.text.name());
  }

  /**
   * "people write the weirdest things in the box ... want anything medical flagged", "crane drivers
   * type delay reasons as free text, I need them in categories": what other people write is the
   * text that goes in, not a writing job; the writing verb (or the first text said after it in the
   * clause) goes in as text.
   */
  void othersWriting(List<String> clauses, List<List<Recommendation.Understood>> perClause) {
    for (int c = 0; c < perClause.size(); c++) {
      List<Words.Word> words = Words.of(clauses.get(c).toLowerCase(Locale.ROOT));
      int verb = -1;
      for (int i = 1; i < words.size() && verb < 0; i++) {
        verb =
            OTHERS_WRITE.contains(words.get(i).text()) && party(words.get(i - 1).text()) ? i : -1;
      }
      if (verb < 0) {
        continue;
      }
      String said = clauses.get(c).toLowerCase(Locale.ROOT);
      int from = words.get(verb).start();
      // what they write is said before the next comma: "customers type a few keywords, we write a
      // full description" wants the description written
      int comma = said.indexOf(',', from);
      int until = comma < 0 ? said.length() : comma;
      List<Recommendation.Understood> clause = new ArrayList<>(perClause.get(c));
      for (int k = 0; k < clause.size(); k++) {
        Recommendation.Understood u = clause.get(k);
        int at = said.indexOf(u.quoted().toLowerCase(Locale.ROOT), from);
        boolean theVerb = at == from && u.kind().equals("task") && WRITING_TASKS.contains(u.id());
        if (!u.negated() && at >= from && at < until && (theVerb || isTextOut(u))) {
          String quoted = u.quoted();
          clause.set(
              k,
              new Recommendation.Understood(
                  "input", Modality.text.name(), "text input", quoted, false));
          clause.removeIf(v -> v.kind().equals("implied") && v.quoted().equals(quoted));
          perClause.set(c, List.copyOf(clause));
          break;
        }
      }
    }
  }

  /** The verbs with which other people write what goes in: "customers type", "people write". */
  private static final Set<String> OTHERS_WRITE =
      Set.of("write", "writes", "wrote", "type", "types", "typed");

  /**
   * Words of the speakers and audience cues that name no one else writing: the one asking, and
   * words that are never a sentence's subject or not one person's ("the audience writes").
   */
  private static final Set<String> NOT_WRITERS =
      Set.of("i", "we", "us", "him", "them", "team", "audience", "customer");

  /** People who write what goes in beyond the cues and the endings: "tenants", "nurses". */
  private static final Set<String> MORE_PARTIES =
      Set.of("tenants", "folk", "folks", "nurses", "reps", "applicants");

  /** Whether a word names people, other than the one asking, who write. */
  private boolean party(String word) {
    return parties.contains(word)
        || word.length() > 4 && !NOT_PARTIES.contains(word) && PARTY_ENDINGS.matcher(word).find();
  }

  /** Words with a people ending that name no one writing: "the others wrote theirs on paper". */
  private static final Set<String> NOT_PARTIES = Set.of("others", "theirs", "yours", "letters");

  /** Endings of nouns for people: "drivers", "employees", "residents", "florists". */
  private static final java.util.regex.Pattern PARTY_ENDINGS =
      java.util.regex.Pattern.compile("(?:ers|ees|ents|ists|ors)$");

  /** The tasks whose words, said by the person of themselves, are their own writing. */
  private static final Set<String> WRITING_TASKS = Set.of("write", "transcribe");

  /** The verbs of writing one's own words: "I write", "we type up". */
  private static final Set<String> WRITES =
      Set.of("write", "writes", "wrote", "type", "types", "typed");

  /** The people who write: the one asking and their team. */
  private static final Set<String> WRITERS = Set.of("i", "we");

  /** Words that may stand between the writer and the verb: "I already type", "we usually write". */
  private static final Set<String> BETWEEN =
      Set.of("already", "usually", "always", "just", "also", "normally", "myself", "ourselves");

  /**
   * Whether the task's first word {@code quoted} is a writing verb with "I" or "we" just before it
   * (an adverb may stand between): the person's own writing, not writing asked for.
   */
  private static boolean byTheWriter(List<Words.Word> words, String quoted) {
    List<Words.Word> said = Words.of(quoted.toLowerCase(Locale.ROOT));
    if (said.isEmpty() || !WRITES.contains(said.get(0).text())) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).text().equals(said.get(0).text())) {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && BETWEEN.contains(words.get(before).text())) {
        before--;
      }
      return before >= 0 && WRITERS.contains(words.get(before).text());
    }
    return false;
  }

  /**
   * Whether a signal of the goal other than {@code own} asks for words spoken aloud: the speaking
   * task, not speech only read as coming out ("I write the words for the voice-over, can you make
   * them punchier" asks for them rewritten).
   */
  private static boolean spokenElsewhere(
      List<List<Recommendation.Understood>> perClause, Recommendation.Understood own) {
    return perClause.stream()
        .flatMap(List::stream)
        .anyMatch(
            u ->
                u != own
                    && !u.negated()
                    && u.kind().equals("task")
                    && u.id().equals(TaskFrames.SPEAK));
  }
}
