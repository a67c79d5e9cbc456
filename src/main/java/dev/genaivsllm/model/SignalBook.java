package dev.genaivsllm.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of {@code recommend}, loaded from {@code recommend/signals.yaml}: the words that name
 * each kind of data, the cue words that say which way data goes (in or out) and what is ruled out,
 * and the task and need signals with their effects on each family.
 *
 * @param modalities words (or phrases) naming each kind of data
 */
public record SignalBook(Map<Modality, List<String>> modalities, Cues cues, List<Signal> signals) {

  /**
   * The words around a kind of data that tell how a goal uses it.
   *
   * @param output words shortly before a kind that make it wanted as output ("make", "into")
   * @param outputAdjacent words right before a kind that make it output ("to" in "text to speech"),
   *     too common to count from further away
   * @param outputAfter words right after a kind that make it output ("generation", "out" in "audio
   *     out")
   * @param inputAfter words right after a kind that make it input ("in" in "image in, text out")
   * @param input words before a kind that make it given as input ("from", "classify", "animate")
   * @param describing nouns that, right before "for", make what follows an input ("captions for
   *     images", "alt text for photos")
   * @param negation words that rule out what follows them, up to the end of the phrase ("no",
   *     "don't", "instead of", "rather than")
   * @param scopeEnd words where a negation's reach ends ("but", "just", "i want")
   * @param only words that keep only the kind right after them ("just the words")
   * @param onlyAfter words that keep only the kind right before them ("text only")
   * @param pronouns words that stand for the kind named last ("create new ones")
   * @param modifies nouns that a kind right before them only describes ("logo concepts", "image
   *     prompts"): no data of that kind is involved
   * @param sequence words that separate the steps of a multi-step goal ("then")
   * @param negationAfter phrases that rule out what comes before them in the phrase ("likelihoods
   *     not needed")
   * @param purpose phrases after which a kind is what the job is for, not what goes in ("so I can
   *     cut on the words")
   * @param determiners articles and possessives: after a kind's word they make it a verb ("book a
   *     table"), before it they open a noun phrase ("a 10 second clip")
   * @param measures words that may stand before a kind in a noun phrase ("short", "second")
   * @param describedBy words after a kind that only go on to describe it ("a clip of")
   * @param heads words after a kind that say what it is for: the kind is wanted ("voice for")
   * @param subjects words that start a clause of their own inside a phrase ("the recordings we sent
   *     out")
   * @param speakers people who speak for themselves: a speech task right after one is their speech
   *     going in ("we speak welsh on the calls"); not "it" or "you", the model that would speak
   * @param audience people a result is made for or told to: "so" before one starts a purpose ("so
   *     students have text versions"), "to" before one names who is told, not what is made
   *     ("explain to students the diagrams")
   * @param errands everyday verbs no model does ("print", "renew", "back up"): a goal that opens
   *     with one and names no task or output is a chore, whatever examples it resembles
   * @param heard words that say something is heard ("read", "announce", "call"): in a clause with
   *     one, "in a calm voice" says how the speech that comes out sounds; without, it is a style
   * @param likens words after which "to", up to three words on, names what something is compared
   *     against, not what comes out ("how close they are to our standard clause")
   * @param copies words that say a voice is to be copied ("clone", "sounds like him"): recordings
   *     of the voice handed over with one are its sample, speech going in, not audio to transcribe
   * @param handed words that say a document is handed over whole ("paste", "attached"): a job done
   *     on it needs no retrieval
   * @param notData phrases in which a kind's word means something else ("sound more formal",
   *     "sounds like"): their words name no data
   */
  public record Cues(
      List<String> output,
      List<String> outputAdjacent,
      List<String> outputAfter,
      List<String> inputAfter,
      List<String> input,
      List<String> describing,
      List<String> negation,
      List<String> scopeEnd,
      List<String> only,
      List<String> onlyAfter,
      List<String> pronouns,
      List<String> modifies,
      List<String> sequence,
      List<String> negationAfter,
      List<String> purpose,
      List<String> determiners,
      List<String> measures,
      List<String> describedBy,
      List<String> heads,
      List<String> subjects,
      List<String> speakers,
      List<String> audience,
      List<String> errands,
      List<String> heard,
      List<String> likens,
      List<String> copies,
      List<String> handed,
      List<String> notData,
      List<String> done) {
    /** Every cue list, for what needs to know every word the cues use. */
    public List<List<String>> all() {
      return List.of(
          output,
          outputAdjacent,
          outputAfter,
          inputAfter,
          input,
          describing,
          negation,
          scopeEnd,
          only,
          onlyAfter,
          pronouns,
          modifies,
          sequence,
          negationAfter,
          purpose,
          determiners,
          measures,
          describedBy,
          heads,
          subjects,
          speakers,
          audience,
          errands,
          heard,
          likens,
          copies,
          handed,
          notData,
          done);
    }

    public Cues {
      output = List.copyOf(output);
      outputAdjacent = List.copyOf(outputAdjacent);
      outputAfter = List.copyOf(outputAfter);
      inputAfter = List.copyOf(inputAfter);
      input = List.copyOf(input);
      describing = List.copyOf(describing);
      negation = List.copyOf(negation);
      scopeEnd = List.copyOf(scopeEnd);
      only = List.copyOf(only);
      onlyAfter = List.copyOf(onlyAfter);
      pronouns = List.copyOf(pronouns);
      modifies = List.copyOf(modifies);
      sequence = List.copyOf(sequence);
      negationAfter = List.copyOf(negationAfter);
      purpose = List.copyOf(purpose);
      determiners = List.copyOf(determiners);
      measures = List.copyOf(measures);
      describedBy = List.copyOf(describedBy);
      heads = List.copyOf(heads);
      subjects = List.copyOf(subjects);
      speakers = List.copyOf(speakers);
      audience = List.copyOf(audience);
      errands = List.copyOf(errands);
      heard = List.copyOf(heard);
      likens = List.copyOf(likens);
      copies = List.copyOf(copies);
      handed = List.copyOf(handed);
      notData = List.copyOf(notData);
      done = List.copyOf(done);
    }

    Cues merge(Cues top) {
      return new Cues(
          join(output, top.output),
          join(outputAdjacent, top.outputAdjacent),
          join(outputAfter, top.outputAfter),
          join(inputAfter, top.inputAfter),
          join(input, top.input),
          join(describing, top.describing),
          join(negation, top.negation),
          join(scopeEnd, top.scopeEnd),
          join(only, top.only),
          join(onlyAfter, top.onlyAfter),
          join(pronouns, top.pronouns),
          join(modifies, top.modifies),
          join(sequence, top.sequence),
          join(negationAfter, top.negationAfter),
          join(purpose, top.purpose),
          join(determiners, top.determiners),
          join(measures, top.measures),
          join(describedBy, top.describedBy),
          join(heads, top.heads),
          join(subjects, top.subjects),
          join(speakers, top.speakers),
          join(audience, top.audience),
          join(errands, top.errands),
          join(heard, top.heard),
          join(likens, top.likens),
          join(copies, top.copies),
          join(handed, top.handed),
          join(notData, top.notData),
          join(done, top.done));
    }
  }

  /** How a signal moves one family's score, and the sentence that says why. */
  public record Effect(int points, String reason) {}

  /**
   * A task or a need, recognised by its words.
   *
   * @param kind "task" or "need"
   * @param label how it reads in "understood: ..."
   * @param takes with {@code gives}, the frame that is this task whatever words say it: speech in
   *     and text out is transcribing ("turn spoken interviews into text")
   * @param gives the kind of data a task puts out when the goal names none ("classify" gives
   *     labels, "narrate" speech)
   * @param effects family id to effect
   */
  public record Signal(
      String id,
      String kind,
      String label,
      List<String> words,
      Optional<Modality> takes,
      Optional<Modality> gives,
      Map<String, Effect> effects) {
    public Signal {
      words = List.copyOf(words);
      effects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effects));
    }
  }

  public SignalBook {
    // an EnumMap iterates in the enum's order on every run; Map.copyOf would not
    Map<Modality, List<String>> ordered = new java.util.EnumMap<>(Modality.class);
    ordered.putAll(modalities);
    modalities = java.util.Collections.unmodifiableMap(ordered);
    signals = List.copyOf(signals);
  }

  /** The signal with this id, if the book has one. */
  public java.util.Optional<Signal> signal(String id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * This book with another laid on top: word lists join, and a signal of the other replaces the
   * signal with the same id.
   */
  public SignalBook merge(SignalBook top) {
    Map<Modality, List<String>> words = new EnumMap<>(Modality.class);
    words.putAll(modalities);
    top.modalities.forEach((m, w) -> words.merge(m, w, SignalBook::join));
    Map<String, Signal> byId = new LinkedHashMap<>();
    signals.forEach(s -> byId.put(s.id(), s));
    top.signals.forEach(s -> byId.put(s.id(), s));
    return new SignalBook(words, cues.merge(top.cues), List.copyOf(byId.values()));
  }

  private static List<String> join(List<String> a, List<String> b) {
    return List.copyOf(new LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
  }
}
