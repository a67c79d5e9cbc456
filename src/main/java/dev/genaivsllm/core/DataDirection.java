package dev.genaivsllm.core;

import static dev.genaivsllm.core.GivenData.FROM_REACH;
import static dev.genaivsllm.core.MakingVerbs.ARTICLES;
import static dev.genaivsllm.core.MakingVerbs.OWNED;
import static dev.genaivsllm.core.WordSpans.audienceAt;
import static dev.genaivsllm.core.WordSpans.breaksBetween;
import static dev.genaivsllm.core.WordSpans.endsWithAny;
import static dev.genaivsllm.core.WordSpans.hyphenated;
import static dev.genaivsllm.core.WordSpans.matchAt;
import static dev.genaivsllm.core.WordSpans.namesKind;
import static dev.genaivsllm.core.WordSpans.quoted;
import static dev.genaivsllm.core.WordSpans.sentenceEndsBetween;
import static dev.genaivsllm.core.WordSpans.startsWithAny;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which way a kind of data goes in a goal, from the cue words around it ({@code cues} in
 * signals.yaml). Which words a negation rules out is {@link CueScopes}' job; the signs that a kind
 * is given are {@link GivenData}'s, and when "voice" is speech to make is {@link SpokenVoice}'s.
 */
final class DataDirection {
  static final int CUE_WINDOW = 6;

  /** How far before a kind "to" or "as" still says it comes out ("as a short summary"). */
  private static final int ADJACENT_REACH = 4;

  /**
   * How far back a sorting word still makes "to"/"as" name the categories: "route incoming emails
   * for our dental practice to bookings, billing or complaints".
   */
  private static final int SORT_WINDOW = 8;

  private final SignalBook book;

  /** Signs that a kind is given: done to, remade into another kind, sent in. */
  private final GivenData given;

  /** When "voice" is speech to make. */
  private final SpokenVoice voice;

  /** What code is asked to do: "python script to build charts" (see {@link CodeAsked}). */
  private final CodeAsked codeAsked;

  DataDirection(SignalBook book) {
    this.book = book;
    this.codeAsked =
        new CodeAsked(
            book.modalities().getOrDefault(Modality.code, List.of()),
            java.util.stream.Stream.concat(ARTICLES.stream(), OWNED.stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    this.given = new GivenData(book);
    this.voice = new SpokenVoice(book);
  }

  /**
   * "output" or "input" for the kind at words [i, n), from the words around it (see the class
   * comment); "mentioned" when nothing says which way it goes ("reviews" in "detect whether reviews
   * are positive"), which counts for a family that handles the kind but rules out none; "purpose"
   * when it is what the job is for ("a jingle for a podcast"); "topic" when it is what a piece of
   * writing is about ("a post announcing our new podcast"), which is never taken in.
   */
  String role(String clause, List<Words.Word> words, int i, int end) {
    SignalBook.Cues cues = book.cues();
    if (SpokenVoice.inAVoice(clause, words, i, end)) {
      // a style when nothing is heard: "write a blog post in my own voice"
      return words.stream().anyMatch(w -> cues.get(Cue.HEARD).contains(w.text()))
          ? "output"
          : "mentioned";
    }
    if (end < words.size()
        && (cues.get(Cue.OUTPUT_AFTER).contains(words.get(end).text())
            || voice.heard(clause, words, i, end))
        && !breaksBetween(clause, words, end - 1, end)) {
      return "output"; // "image generation", "a voice reading my product story in Japanese"
    }
    if (end < words.size()
        && cues.get(Cue.INPUT_AFTER).contains(words.get(end).text())
        && (end + 1 == words.size() || breaksBetween(clause, words, end, end + 1))) {
      return "input"; // "image in, text out"
    }
    if (given.doneTo(clause, words, end)) {
      return "input"; // "the manager wants the photos sorted into folders"
    }
    if (given.remadeInto(clause, words, i, end)) {
      return "input"; // "get the voice notes clients send me into text"
    }
    if (given.sentIn(clause, words, i, end)) {
      return "input"; // "write out what tourists say in the voice notes they send me"
    }
    String ending = phraseEnd(clause, words, end);
    if (ending != null) {
      return ending; // "explanation of the trends out", "vocal track in"
    }
    if (i > 0 && HeldForm.heldAs(words, i - 1)) {
      return "input"; // "explain the chart, I only have it as image"
    }
    if (i > 0
        && cues.get(Cue.OUTPUT_ADJACENT).contains(words.get(i - 1).text())
        && !howTo(clause, words, i - 1)) {
      // "tag emails as invoice, complaint or other": after sorting, "as" names the categories
      return sortedBefore(clause, words, i - 1) ? "mentioned" : "output";
    }
    if (codeAsked.does(clause, words, i)) {
      return "mentioned"; // "a python script that reads the csv and plots charts": code is made
    }
    boolean ownedNew = false;
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        break;
      }
      if (compoundTail(clause, words, j) || howTo(clause, words, j)) {
        continue; // "a walk-through clip", "our how-to video": part of a word, not a cue
      }
      String w = words.get(j).text();
      if (w.equals("of") && j > 0 && PARTITIVES.contains(words.get(j - 1).text())) {
        continue; // "cover art for each of our podcast shows": "each of" picks some, takes none in
      }
      if (WritingTopic.TOPIC_WORDS.contains(w)
          && WritingTopic.after(clause, words, j)
          && !WritingTopic.handedOver(words, j, i, end)) {
        // "a polite note about the noise next door", "a post announcing our new podcast": the
        // writing's topic, no data
        return "topic";
      }
      if (w.equals("for")) {
        // "captions for images" gives images; "a jingle for a podcast" names what it is for
        return j > 0 && endsWithAny(words, j - 1, cues.get(Cue.DESCRIBING), 1)
            ? "input"
            : "purpose";
      }
      if (w.equals("new")
          && j > 1
          && (words.get(j - 2).text().equals("for")
              || WritingTopic.TOPIC_WORDS.contains(words.get(j - 2).text()))
          && (OWNED.contains(words.get(j - 1).text())
              || ARTICLES.contains(words.get(j - 1).text()))) {
        // "cover art for the new podcast", "a letter promoting the new podcast": the word before
        // says what it is for or about, not "new"
        continue;
      }
      if (w.equals("new") && j > 0 && OWNED.contains(words.get(j - 1).text())) {
        // "similar to this new sketch", "caption my new photos": theirs already, when a cue before
        // says what is done with it; with none, "our new app icon in flat style" is still made
        ownedNew = true;
        continue;
      }
      if (THIRD_PERSON.contains(w) && !(j > 0 && RELATIVE.contains(words.get(j - 1).text()))) {
        // "the model generates fake images, detect which are fake", "the doctor creates voice
        // notes": what a thing already does hands over data; "a model that generates handwritten
        // digits" asks for the thing that makes them
        continue;
      }
      if (cues.get(Cue.OUTPUT).contains(w) || endsWithAny(words, j, cues.get(Cue.OUTPUT), 2)) {
        return "output";
      }
      if (w.equals("to") && audienceAt(cues, words, j + 1, i)) {
        continue; // "explain to students the diagrams": "to" names who is told, not what is made
      }
      if (endsWithAny(words, j, cues.get(Cue.INPUT), 2)) {
        return "input"; // "so he can listen to the texts": "to" ends a cue of two words
      }
      if (j >= i - ADJACENT_REACH && HeldForm.heldAs(words, j)) {
        return "input"; // "minutes that we only have as phone photos"
      }
      if (w.equals("to") && j + 1 < i && SERVED.contains(words.get(j + 1).text())) {
        return "purpose"; // "a jingle to open our podcast": what it serves, neither made nor read
      }
      if (j >= i - ADJACENT_REACH && cues.get(Cue.OUTPUT_ADJACENT).contains(w)) {
        // "to a searchable transcript": a word or two may qualify the kind; "how close they are
        // to our standard clause" names what is compared against, and "add subtitles to my
        // videos" what the new thing is added to, not what comes out
        return likenedBefore(words, j) || addedBefore(clause, words, j) ? "mentioned" : "output";
      }
      if (cues.get(Cue.INPUT).contains(w) || READING_FORMS.contains(w)) {
        return "input"; // "alt text describing each room photo"
      }
    }
    if (ownedNew || madeFrom(clause, words, end)) {
      return "output";
    }
    // "screenshot of the pharmacy software error message, what it means": nothing makes one
    return captured(words, i, end) ? "input" : "mentioned";
  }

  /**
   * The "-ing" forms that take the kind after them in as verbs ("alt text describing each photo");
   * other input cues' "-ing" forms before a kind more often describe it ("speaking videos", "a
   * matching cover picture", "explaining videos").
   */
  private static final Set<String> READING_FORMS =
      Set.of(
          "describing",
          "summarising",
          "summarizing",
          "transcribing",
          "translating",
          "classifying",
          "sorting",
          "captioning",
          "tagging",
          "labelling",
          "labeling",
          "analysing",
          "analyzing");

  /** Whether the kind at words [i, end) is named by a word for captured data ("screenshot"). */
  private boolean captured(List<Words.Word> words, int i, int end) {
    return IntStream.range(i, end)
        .anyMatch(k -> startsWithAny(words, k, book.cues().get(Cue.CAPTURES)));
  }

  /**
   * Whether the nearest cue before the kind at word {@code i} is "with": "a clip of waves with
   * matching sound". A participle right before the kind describes it and is passed over.
   */
  boolean withBefore(String clause, List<Words.Word> words, int i) {
    SignalBook.Cues cues = book.cues();
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        return false;
      }
      String w = words.get(j).text();
      if (w.equals("with")) {
        return true;
      }
      if (w.endsWith("ing") && j == i - 1) {
        continue; // "with matching sound": a participle describes the kind, it is no cue here
      }
      if (w.equals("for")
          || cues.get(Cue.OUTPUT).contains(w)
          || endsWithAny(words, j, cues.get(Cue.OUTPUT), 2)
          || cues.get(Cue.OUTPUT_ADJACENT).contains(w)
          || cues.get(Cue.INPUT).contains(w)
          || endsWithAny(words, j, cues.get(Cue.INPUT), 2)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code j} is a particle that ends a hyphenated compound: "walk-through",
   * "check-in", "drop-off". A verb after a prefix is still a verb ("auto-caption", "re-create").
   */
  private static boolean compoundTail(String clause, List<Words.Word> words, int j) {
    return PARTICLES.contains(words.get(j).text()) && hyphenated(clause, words, j);
  }

  /** Whether word {@code j} is the "to" of "how-to": "our how-to video" is no video made. */
  private static boolean howTo(String clause, List<Words.Word> words, int j) {
    return words.get(j).text().equals("to")
        && hyphenated(clause, words, j)
        && words.get(j - 1).text().equals("how");
  }

  /**
   * The words before "of" that pick some of a group rather than take it in: "each of our shows".
   */
  private static final Set<String> PARTITIVES =
      Set.of("each", "one", "all", "some", "any", "most", "many", "several", "both", "none", "few");

  /** The particles that end a compound noun: "walk-through", "check-in", "read-out". */
  private static final Set<String> PARTICLES =
      Set.of("in", "on", "out", "up", "off", "through", "over", "down", "back", "around");

  /** The third-person making verbs of the output cues, which ask for output only after these. */
  private static final Set<String> THIRD_PERSON =
      Set.of(
          "generates",
          "creates",
          "draws",
          "designs",
          "renders",
          "composes",
          "synthesizes",
          "synthesises",
          "writes");

  /** Words that open a clause describing the thing asked for: "a model that generates ...". */
  private static final Set<String> RELATIVE = Set.of("that", "which", "who");

  /**
   * Verbs after "to" that say what a made thing serves, so the kind after them is neither made nor
   * read: "a jingle to open our podcast", "a short clip to promote the new album".
   */
  private static final Set<String> SERVED =
      Set.of(
          "open",
          "close",
          "start",
          "end",
          "introduce",
          "promote",
          "advertise",
          "announce",
          "accompany",
          "launch",
          "celebrate",
          "decorate",
          "illustrate",
          "brand");

  /** Whether "to" at word {@code j} follows, within three words, one that likens ("close"). */
  private boolean likenedBefore(List<Words.Word> words, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      if (book.cues().get(Cue.LIKENS).contains(words.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "output" or "input" when the phrase the kind stands in ends, a few words on, with an {@code
   * outputAfter} or {@code inputAfter} cue ("a plain explanation of the trends out, "); null
   * otherwise. A cue word on the way ends the search: the phrase says something else about the
   * kind.
   */
  private String phraseEnd(String clause, List<Words.Word> words, int end) {
    for (int j = end; j < Math.min(words.size(), end + PHRASE_END_REACH); j++) {
      if (j > end && breaksBetween(clause, words, j - 1, j)) {
        return null;
      }
      String w = words.get(j).text();
      boolean last = j + 1 == words.size() || breaksBetween(clause, words, j, j + 1);
      if (last && book.cues().get(Cue.OUTPUT_AFTER).contains(w)) {
        return "output";
      }
      if (last && book.cues().get(Cue.INPUT_AFTER).contains(w)) {
        return "input";
      }
      if (!PASSED_OVER.contains(w)
              && (book.cues().get(Cue.INPUT).contains(w) || book.cues().get(Cue.OUTPUT).contains(w))
          || book.cues().get(Cue.SUBJECTS).contains(w)
          || w.length() > 5 && w.endsWith("ing")) {
        // a cue, a subject or a verb on the way: the "out" is the verb's ("the recordings we
        // sent out", "a plane flying in")
        return null;
      }
    }
    return null;
  }

  /** How many words after a kind a closing "out" or "in" may stand ("the trends out"). */
  private static final int PHRASE_END_REACH = 5;

  /**
   * Whether "from" follows the kind, in the same sentence, before any cue: "20 moodboard images of
   * a cozy cafe, from a text description" asks for images made from the description.
   */
  private boolean madeFrom(String clause, List<Words.Word> words, int end) {
    for (int j = end; j < Math.min(words.size(), end + CUE_WINDOW + 2); j++) {
      if (j > end && sentenceEndsBetween(clause, words, j - 1, j)) {
        return false;
      }
      String w = words.get(j).text();
      if (w.equals("from")) {
        // "from a text description" or "from 'rainy night, piano'", not "from our paramedics"
        return quoted(clause, words, j) || namesKind(book, words, j + 1, j + 1 + FROM_REACH);
      }
      if (!PASSED_OVER.contains(w)
          && (book.cues().get(Cue.INPUT).contains(w) || book.cues().get(Cue.OUTPUT).contains(w))) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions that describe the kind on the way to "from" ("images of a cafe, from ..."). */
  private static final Set<String> PASSED_OVER = Set.of("of", "in", "on", "about", "with", "at");

  /** Whether a word that sorts into categories (the classify task's words) comes before word i. */
  private boolean sortedBefore(String clause, List<Words.Word> words, int i) {
    List<String> sorting = book.signal("classify").map(SignalBook.Signal::words).orElse(List.of());
    for (int j = i - 1; j >= Math.max(0, i - SORT_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        return false;
      }
      for (String w : sorting) {
        if (matchAt(words, j, w) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether "to" at word {@code j} ends a kind of data added, within a few words after "add": "add
   * subtitles to my videos", "add a voiceover to the clip". What it goes to is the carrier. "add
   * colour to old photos" adds no kind, and the photos are what comes out.
   */
  private boolean addedBefore(String clause, List<Words.Word> words, int j) {
    if (!words.get(j).text().equals("to")) {
      return false;
    }
    for (int k = j - 1; k >= Math.max(0, j - ADJACENT_REACH - 1); k--) {
      if (breaksBetween(clause, words, k, k + 1)) {
        return false;
      }
      if (ADDS.contains(words.get(k).text())) {
        return namesKind(book, words, k + 1, j);
      }
    }
    return false;
  }

  /** The verbs that add one thing to another: "add subtitles to", "attach a transcript to". */
  private static final Set<String> ADDS = Set.of("add", "adds", "adding", "attach", "overlay");

  /** Whether a kind's words name something made from what comes before ("captions", "summary"). */
  boolean describing(List<Words.Word> words, int start) {
    for (String d : book.cues().get(Cue.DESCRIBING)) {
      if (matchAt(words, start, d) > 0) {
        return true;
      }
    }
    return false;
  }
}
