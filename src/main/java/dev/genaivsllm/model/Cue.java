package dev.genaivsllm.model;

/**
 * The cue lists of {@code recommend/signals.yaml}: the words around a kind of data that tell how a
 * goal uses it. Each list is keyed in the file by the constant's name in lower camel case ({@code
 * OUTPUT_ADJACENT} is {@code outputAdjacent}) and holds from {@link #least()} to {@link #most()}
 * entries, each at most {@link #LONGEST} characters.
 */
public enum Cue {
  /** Words shortly before a kind that make it wanted as output ("make", "into"). */
  OUTPUT(1, 200),
  /**
   * Words right before a kind that make it output ("to" in "text to speech"), too common to count
   * from further away.
   */
  OUTPUT_ADJACENT(0, 50),
  /** Words right after a kind that make it output ("generation", "out" in "audio out"). */
  OUTPUT_AFTER(0, 50),
  /** Words right after a kind that make it input ("in" in "image in, text out"). */
  INPUT_AFTER(0, 50),
  /** Words before a kind that make it given as input ("from", "classify", "animate"). */
  INPUT(1, 200),
  /**
   * Nouns that, right before "for", make what follows an input ("captions for images", "alt text
   * for photos").
   */
  DESCRIBING(0, 100),
  /**
   * Words that rule out what follows them, up to the end of the phrase ("no", "don't", "instead
   * of", "rather than").
   */
  NEGATION(1, 50),
  /** Words where a negation's reach ends ("but", "just", "i want"). */
  SCOPE_END(0, 50),
  /** Words that keep only the kind right after them ("just the words"). */
  ONLY(0, 20),
  /** Words that keep only the kind right before them ("text only"). */
  ONLY_AFTER(0, 20),
  /** Words that stand for the kind named last ("create new ones"). */
  PRONOUNS(0, 20),
  /**
   * Nouns that a kind right before them only describes ("logo concepts", "image prompts"): no data
   * of that kind is involved.
   */
  MODIFIES(0, 100),
  /** Words that separate the steps of a multi-step goal ("then"). */
  SEQUENCE(0, 50),
  /** Phrases that rule out what comes before them in the phrase ("likelihoods not needed"). */
  NEGATION_AFTER(0, 50),
  /** Phrases after which a kind is what the job is for, not what goes in ("so I can cut on it"). */
  PURPOSE(0, 50),
  /**
   * Articles and possessives: after a kind's word they make it a verb ("book a table"), before it
   * they open a noun phrase ("a 10 second clip").
   */
  DETERMINERS(0, 50),
  /** Words that may stand before a kind in a noun phrase ("short", "second"). */
  MEASURES(0, 50),
  /** Words after a kind that only go on to describe it ("a clip of"). */
  DESCRIBED_BY(0, 50),
  /** Words after a kind that say what it is for: the kind is wanted ("voice for"). */
  HEADS(0, 50),
  /** Words that start a clause of their own inside a phrase ("the recordings we sent out"). */
  SUBJECTS(0, 50),
  /**
   * People who speak for themselves: a speech task right after one is their speech going in ("we
   * speak welsh on the calls"); not "it" or "you", the model that would speak.
   */
  SPEAKERS(0, 50),
  /**
   * People a result is made for or told to: "so" before one starts a purpose ("so students have
   * text versions"), "to" before one names who is told, not what is made ("explain to students the
   * diagrams").
   */
  AUDIENCE(0, 80),
  /**
   * Everyday verbs no model does ("print", "renew", "back up"): a goal that opens with one and
   * names no task or output is a chore, whatever examples it resembles.
   */
  ERRANDS(0, 80),
  /**
   * Words that say something is heard ("read", "announce", "call"): in a clause with one, "in a
   * calm voice" says how the speech that comes out sounds; without, it is a style.
   */
  HEARD(0, 50),
  /**
   * Words after which "to", up to three words on, names what something is compared against, not
   * what comes out ("how close they are to our standard clause").
   */
  LIKENS(0, 50),
  /**
   * Words that say a voice is to be copied ("clone", "sounds like him"): recordings of the voice
   * handed over with one are its sample, speech going in, not audio to transcribe.
   */
  COPIES(0, 50),
  /**
   * Words that say a document is handed over whole ("paste", "attached"): a job done on it needs no
   * retrieval.
   */
  HANDED(0, 50),
  /**
   * Phrases in which a kind's word means something else ("sound more formal", "sounds like"): no
   * data.
   */
  NOT_DATA(0, 400),
  /** Words that say a step is already done ("already"): it is not part of the job. */
  DONE(0, 50),
  /**
   * Words for data that is captured, never made ("screenshot", "scan"): with no cue that it comes
   * out, such a kind goes in ("screenshot of the error message, what it means").
   */
  CAPTURES(0, 50);

  /** The longest entry any cue list may hold, in characters. */
  public static final int LONGEST = 40;

  private final int least;
  private final int most;

  Cue(int least, int most) {
    this.least = least;
    this.most = most;
  }

  /** The fewest entries the list must have. */
  public int least() {
    return least;
  }

  /** The most entries the list may have. */
  public int most() {
    return most;
  }

  /** The list's key in {@code signals.yaml}: the name in lower camel case. */
  public String key() {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
