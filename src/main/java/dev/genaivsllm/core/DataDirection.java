package dev.genaivsllm.core;

import static dev.genaivsllm.core.GoalWords.audienceAt;
import static dev.genaivsllm.core.GoalWords.breaksBetween;
import static dev.genaivsllm.core.GoalWords.matchAt;
import static dev.genaivsllm.core.GoalWords.startsWithAny;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which way a kind of data goes in a goal, from the cue words around it ({@code cues} in
 * signals.yaml). Which words a negation rules out is {@link CueScopes}' job.
 */
final class DataDirection {
  private static final int CUE_WINDOW = 6;

  /** How far before a kind "to" or "as" still says it comes out ("as a short summary"). */
  private static final int ADJACENT_REACH = 4;

  /**
   * How far back a sorting word still makes "to"/"as" name the categories: "route incoming emails
   * for our dental practice to bookings, billing or complaints".
   */
  private static final int SORT_WINDOW = 8;

  private final SignalBook book;

  /** The stems of the one-word input cues ("sort", "describe"), to read "sorted", "described". */
  private final Set<String> inputStems;

  /** The stems of the words that say something is heard ("reading", "says"). */
  private final Set<String> heardStems;

  /** What code is asked to do: "python script to build charts" (see {@link CodeAsked}). */
  private final CodeAsked codeAsked;

  DataDirection(SignalBook book) {
    this.book = book;
    this.codeAsked =
        new CodeAsked(
            book.modalities().getOrDefault(Modality.code, List.of()),
            java.util.stream.Stream.concat(ARTICLES.stream(), OWNED.stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    this.inputStems =
        book.cues().get(Cue.INPUT).stream()
            .filter(w -> !w.contains(" "))
            .map(Words::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.heardStems =
        book.cues().get(Cue.HEARD).stream()
            .map(Words::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
    if (inAVoice(clause, words, i, end)) {
      // a style when nothing is heard: "write a blog post in my own voice"
      return words.stream().anyMatch(w -> cues.get(Cue.HEARD).contains(w.text()))
          ? "output"
          : "mentioned";
    }
    if (end < words.size()
        && (cues.get(Cue.OUTPUT_AFTER).contains(words.get(end).text())
            || voiceHeard(clause, words, i, end))
        && !breaksBetween(clause, words, end - 1, end)) {
      return "output"; // "image generation", "a voice reading my product story in Japanese"
    }
    if (end < words.size()
        && cues.get(Cue.INPUT_AFTER).contains(words.get(end).text())
        && (end + 1 == words.size() || breaksBetween(clause, words, end, end + 1))) {
      return "input"; // "image in, text out"
    }
    if (doneTo(clause, words, end)) {
      return "input"; // "the manager wants the photos sorted into folders"
    }
    if (remadeInto(clause, words, i, end)) {
      return "input"; // "get the voice notes clients send me into text"
    }
    if (sentIn(clause, words, i, end)) {
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

  /** Whether word {@code j} is joined to the word before it by a hyphen: "walk-through". */
  private static boolean hyphenated(String clause, List<Words.Word> words, int j) {
    return j > 0
        && words.get(j - 1).end() + 1 == words.get(j).start()
        && clause.charAt(words.get(j - 1).end()) == '-';
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

  /**
   * Whether the word right after the kind says, in the past participle, that something is done to
   * it: "the photos sorted into folders", "the podcast audio summarised", "each painting photo
   * described". What is done to it goes in, whoever wants it.
   */
  private boolean doneTo(String clause, List<Words.Word> words, int end) {
    if (end >= words.size() || breaksBetween(clause, words, end - 1, end)) {
      return false;
    }
    String next = words.get(end).text();
    if (!next.endsWith("ed") || !inputStems.contains(words.get(end).stem())) {
      return false;
    }
    int after = end + 1;
    if (SAME_OR_SENT.contains(words.get(end).stem())) {
      // "the calls turned into written notes": remade as another kind it names, it goes in
      return after < words.size()
          && INTO.contains(words.get(after).text())
          && namesKind(words, after + 1, after + 1 + FROM_REACH);
    }
    // "a looping animated background clip": a participle before a noun describes it
    return after == words.size()
        || breaksBetween(clause, words, end, after)
        || AFTER_PARTICIPLE.contains(words.get(after).text());
  }

  /**
   * Whether "into" follows the kind at words [i, end) within a few words of the same clause and
   * names another kind of data: what is remade into something else goes in ("get the voice notes
   * clients send me into text", "make the old photos into a short video"); or "to" and a written
   * kind ({@link #writtenDown}).
   */
  private boolean remadeInto(String clause, List<Words.Word> words, int i, int end) {
    if (createdBefore(clause, words, i)) {
      return false; // "generate 200 fake reviews into a spreadsheet": they are made, not remade
    }
    for (int k = end; k < Math.min(words.size(), end + REMADE_REACH); k++) {
      if (breaksBetween(clause, words, k - 1, k)) {
        return false;
      }
      if (words.get(k).text().equals("to") && writtenDown(words, i, end, k)) {
        return true; // "radio calls to text log", "scanned scoresheets to spreadsheet"
      }
      if (words.get(k).text().equals("into")) {
        if (takenFrom(words, i, end, k)) {
          // "pull the key facts from each contract into a spreadsheet": what is taken out of
          // other data comes out ("the lecture recordings from last term" are still remade)
          return false;
        }
        // the kind's own words start at i: "voice notes" is speech, "text" after "into" is not
        Set<Modality> made = kindsAt(words, k + 1, k + 1 + FROM_REACH);
        made.removeAll(kindsAt(words, i, i + 1));
        return !made.isEmpty();
      }
    }
    return false;
  }

  /**
   * Whether "to" at word {@code to} names only a written kind (text, a table) right after it (or
   * its determiner), and the kind at words [i, end) is none: heard or seen data written down
   * ("radio calls to text log"). Not when the kind is written too, nor when "to" leads elsewhere
   * ("add music to my video").
   */
  private boolean writtenDown(List<Words.Word> words, int i, int end, int to) {
    // "animate it into a short video to post": what something is made into is made
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (words.get(j).text().equals("into")) {
        return false;
      }
    }
    // "to a spreadsheet": a determiner may come first
    int at =
        to + 1 < words.size() && book.cues().get(Cue.DETERMINERS).contains(words.get(to + 1).text())
            ? to + 2
            : to + 1;
    // "to a searchable text transcript": a word or two may describe it
    Set<Modality> written = kindsAt(words, at, at + WRITTEN_REACH);
    // "to text my sister": a verb, whose object follows
    int after = to + 2;
    boolean verb =
        after < words.size()
            && !kindsAt(words, to + 1, to + 2).isEmpty()
            && (book.cues().get(Cue.DETERMINERS).contains(words.get(after).text())
                || book.cues().get(Cue.AUDIENCE).contains(words.get(after).text()));
    Set<Modality> own = kindsAt(words, i, end);
    return !verb
        && !(to + 1 < words.size() && postAsVerb(words, to + 1))
        && !written.isEmpty()
        && WRITTEN.containsAll(written)
        && !own.isEmpty()
        && java.util.Collections.disjoint(own, WRITTEN);
  }

  /**
   * Whether "post" at {@code i} is the verb after "to": "a short video to post on instagram", "a
   * picture to post" put a thing online, they name no text. Not after a verb that goes to a post
   * ("reply to post 12"), nor the plural ("reply to posts").
   */
  static boolean postAsVerb(List<Words.Word> words, int i) {
    return words.get(i).text().equals("post")
        && i > 0
        && words.get(i - 1).text().equals("to")
        && (i == 1 || !TO_A_POST.contains(words.get(i - 2).text()));
  }

  /** Words that go to a post, not to posting: "reply to post 12", "link to post". */
  private static final Set<String> TO_A_POST =
      Set.of(
          "reply",
          "replies",
          "replying",
          "respond",
          "responds",
          "responding",
          "answer",
          "answers",
          "comment",
          "comments",
          "link",
          "links",
          "add",
          "adds",
          "attach",
          "back",
          "go",
          "turn",
          "convert",
          "from");

  /** How many words after "to" (and its determiner) the written kind may start. */
  private static final int WRITTEN_REACH = 3;

  /** The kinds something heard or seen is written down as. */
  private static final Set<Modality> WRITTEN = EnumSet.of(Modality.text, Modality.tabular);

  /**
   * Whether "from" and data of the kind at words [i, end) come between words {@code end} and {@code
   * into}.
   */
  private boolean takenFrom(List<Words.Word> words, int i, int end, int into) {
    // of the same kind only: "the speech from these videos into subtitles" remakes the speech
    Set<Modality> own = kindsAt(words, i, end);
    return IntStream.range(end, into)
        .anyMatch(
            j ->
                words.get(j).text().equals("from")
                    && kindsAt(words, j + 1, into).stream().anyMatch(own::contains));
  }

  /**
   * Whether a verb that makes something new comes shortly before the kind at word {@code i}, in the
   * same clause: "write product blurbs into the catalogue". Remaking verbs ("make", "turn", "get")
   * are not among them: "make the old photos into a short video".
   */
  private static boolean createdBefore(String clause, List<Words.Word> words, int i) {
    // "synthesize my text into speech": what is theirs is given, not made
    return verbBefore(
        clause, words, i, w -> CREATING.contains(w.stem()), w -> OWNED.contains(w.text()));
  }

  /**
   * Whether a word {@code verb} takes comes shortly before word {@code i}, in its phrase, with no
   * word {@code stop} takes between them.
   */
  private static boolean verbBefore(
      String clause,
      List<Words.Word> words,
      int i,
      java.util.function.Predicate<Words.Word> verb,
      java.util.function.Predicate<Words.Word> stop) {
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1) || stop.test(words.get(j))) {
        return false;
      }
      if (verb.test(words.get(j))) {
        return true;
      }
    }
    return false;
  }

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

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

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

  /** Words that say the data already exists: "my voice memos", "these photos". */
  private static final Set<String> OWNED =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("these", "those", "this"), TaskFrames.POSSESSIVES.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The stems of verbs that make something new, not remake what is given. */
  private static final Set<String> CREATING =
      Words.stems(
          "generate",
          "create",
          "write",
          "produce",
          "draw",
          "compose",
          "synthesize",
          "synthesise",
          "design",
          "render",
          "paint",
          "illustrate",
          "invent",
          "draft");

  /** The kinds of data named by phrases that start in words [from, to). */
  private Set<Modality> kindsAt(List<Words.Word> words, int from, int to) {
    Set<Modality> kinds = EnumSet.noneOf(Modality.class);
    for (int j = from; j < Math.min(words.size(), to); j++) {
      for (Map.Entry<Modality, List<String>> kind : book.modalities().entrySet()) {
        if (startsWithAny(words, j, kind.getValue())) {
          kinds.add(kind.getKey());
        }
      }
    }
    return kinds;
  }

  /** How far after a kind "into" may say what it is remade into. */
  private static final int REMADE_REACH = 5;

  /**
   * The stems of input cues whose participle says the kind is sent on or remade as the same kind,
   * so it may be what comes out: "a short video forwarded to each customer", "the old photos
   * converted to colour".
   */
  private static final Set<String> SAME_OR_SENT =
      Set.of(
          Words.stem("forwarded"),
          Words.stem("shared"),
          Words.stem("sent"),
          Words.stem("dropped"),
          Words.stem("uploaded"),
          Words.stem("converted"),
          Words.stem("restyled"),
          Words.stem("edited"),
          Words.stem("upscaled"),
          Words.stem("transformed"),
          Words.stem("turned"),
          Words.stem("animated"));

  /** What a kind is remade into follows these: "turned into written notes". */
  private static final Set<String> INTO = Set.of("into", "to");

  /** The words that may follow a participle that says what is done: "sorted into folders". */
  private static final Set<String> AFTER_PARTICIPLE =
      Set.of("into", "to", "for", "by", "as", "in", "on", "with", "and", "so", "before", "after");

  /** Whether "to" at word {@code j} follows, within three words, one that likens ("close"). */
  private boolean likenedBefore(List<Words.Word> words, int j) {
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      if (book.cues().get(Cue.LIKENS).contains(words.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** The words for a voice that "in a ... voice" qualifies (not voicemail or voiceover). */
  private static final Set<String> VOICE = Set.of("voice", "voices");

  /**
   * Whether a voice named by the word {@code i} alone is heard saying something: "a voice reading".
   * Not "my voice saying hello" or "a voice note saying", and not where a cue before it already
   * says which way it goes ("transcribe a voice saying the order numbers").
   */
  private boolean voiceHeard(String clause, List<Words.Word> words, int i, int end) {
    if (end != i + 1 || !VOICE.contains(words.get(i).text())) {
      return false;
    }
    if (!heardStems.contains(words.get(end).stem())) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        break;
      }
      String w = words.get(j).text();
      if (OWNED.contains(w)
          || book.cues().get(Cue.INPUT).contains(w)
          || book.cues().get(Cue.OUTPUT).contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "read out in a cheerful voice", "announcements in a calm friendly voice": the voice says how
   * what comes out sounds, so speech comes out; it is not what goes in. Up to three words (a
   * determiner, adjectives) stand between "in" and it. It is speech coming out only where the
   * clause says something is heard (the {@code heard} cues); else a style ("in the passive voice").
   */
  private static boolean inAVoice(String clause, List<Words.Word> words, int i, int end) {
    // "in the voice notes they send me": a kind of its own, not a voice
    if (!VOICE.contains(words.get(i).text()) || end > i + 1) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        return false;
      }
      if (words.get(j).text().equals("in")) {
        return j < i - 1;
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

  /**
   * Whether someone right after the kind sends, leaves or shares it: "the voice notes they send
   * me", "photos guests upload", "voicemails customers leave". What others send is at hand: it goes
   * in.
   */
  private boolean sentIn(String clause, List<Words.Word> words, int i, int end) {
    // "design memes people share", "make a video customers share": what is made for others to
    // pass on is made
    if (madeBefore(clause, words, i)) {
      return false;
    }
    // "the voice notes my team sends"
    int who =
        end < words.size() && book.cues().get(Cue.DETERMINERS).contains(words.get(end).text())
            ? end + 1
            : end;
    int verb = who + 1;
    if (verb >= words.size() || breaksBetween(clause, words, end - 1, verb)) {
      return false;
    }
    String person = words.get(who).text();
    return (book.cues().get(Cue.SUBJECTS).contains(person)
            || book.cues().get(Cue.SPEAKERS).contains(person)
            || book.cues().get(Cue.AUDIENCE).contains(person))
        && SENDS.contains(words.get(verb).text());
  }

  /**
   * Whether a making verb ("design", "make"; not "want") comes shortly before word {@code i}, in
   * its phrase.
   */
  private static boolean madeBefore(String clause, List<Words.Word> words, int i) {
    return verbBefore(
        clause, words, i, w -> CREATING.contains(w.stem()) || w.stem().equals(MAKE), w -> false);
  }

  private static final String MAKE = Words.stem("make");

  /** What someone does to pass on data they have: it goes in. */
  private static final Set<String> SENDS =
      Set.of(
          "send",
          "sends",
          "sent",
          "upload",
          "uploads",
          "uploaded",
          "leave",
          "leaves",
          "left",
          "share",
          "shares",
          "shared",
          "forward",
          "forwards",
          "forwarded",
          "submit",
          "submits",
          "submitted",
          "post",
          "posts",
          "posted",
          "drop",
          "drops",
          "dropped");

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
        return quoted(clause, words, j) || namesKind(words, j + 1, j + 1 + FROM_REACH);
      }
      if (!PASSED_OVER.contains(w)
          && (book.cues().get(Cue.INPUT).contains(w) || book.cues().get(Cue.OUTPUT).contains(w))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a sentence ends between words {@code a} and {@code b}. Two words read from one lexicon
   * phrase ("nearest neighbour") share its span, so there is nothing between them.
   */
  private static boolean sentenceEndsBetween(String clause, List<Words.Word> words, int a, int b) {
    return GoalWords.breaksBetween(clause, words, a, b, SENTENCE_END);
  }

  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.;?!]");

  /** Whether a quotation opens right after word {@code i}: what is quoted is text. */
  private static boolean quoted(String clause, List<Words.Word> words, int i) {
    int from = words.get(i).end();
    int to = i + 1 < words.size() ? words.get(i + 1).start() : clause.length();
    return from < to && clause.substring(from, to).matches(".*[\"'‘“].*");
  }

  /** Whether a kind of data's words start anywhere in words [from, to). */
  private boolean namesKind(List<Words.Word> words, int from, int to) {
    return !kindsAt(words, from, to).isEmpty();
  }

  /** How far after "from" the kind it is made from is named ("from a short text description"). */
  private static final int FROM_REACH = 4;

  /** Prepositions that describe the kind on the way to "from" ("images of a cafe, from ..."). */
  private static final Set<String> PASSED_OVER = Set.of("of", "in", "on", "about", "with", "at");

  /**
   * Whether one of the phrases of at least {@code fewest} words ends at word {@code last}: a cue of
   * several words ("look at", "listen to"), or a describing noun ("alt text", "captions").
   */
  static boolean endsWithAny(List<Words.Word> words, int last, List<String> phrases, int fewest) {
    for (String phrase : phrases) {
      int n = Words.of(phrase).size();
      if (n >= fewest && last - n + 1 >= 0 && matchAt(words, last - n + 1, phrase) == n) {
        return true;
      }
    }
    return false;
  }

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
        return namesKind(words, k + 1, j);
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

  /** Whether "for" is one of the {@code reach} words before word {@code i}. */
  static boolean forWithin(List<Words.Word> words, int i, int reach) {
    return within(words, i, reach, "for");
  }

  /** Whether "from" is one of the {@code reach} words before word {@code i}. */
  static boolean fromWithin(List<Words.Word> words, int i, int reach) {
    return within(words, i, reach, "from");
  }

  private static boolean within(List<Words.Word> words, int i, int reach, String word) {
    for (int j = i - 1; j >= Math.max(0, i - reach); j--) {
      if (words.get(j).text().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
