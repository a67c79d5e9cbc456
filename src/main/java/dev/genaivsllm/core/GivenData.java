package dev.genaivsllm.core;

import static dev.genaivsllm.core.DataDirection.CUE_WINDOW;
import static dev.genaivsllm.core.MakingVerbs.createdBefore;
import static dev.genaivsllm.core.MakingVerbs.madeBefore;
import static dev.genaivsllm.core.WordSpans.breaksBetween;
import static dev.genaivsllm.core.WordSpans.kindsAt;
import static dev.genaivsllm.core.WordSpans.namesKind;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Signs around a kind of data in a goal that it is given, so it goes in: something is done to it
 * ("the photos sorted into folders"), it is remade into another kind ("the voice notes clients send
 * me into text"), or someone sends it ("photos guests upload").
 */
final class GivenData {
  private final SignalBook book;

  /** The stems of the one-word input cues ("sort", "describe"), to read "sorted", "described". */
  private final Set<String> inputStems;

  GivenData(SignalBook book) {
    this.book = book;
    this.inputStems =
        Words.stems(book.cues().get(Cue.INPUT).stream().filter(w -> !w.contains(" ")).toList());
  }

  /**
   * Whether the word right after the kind says, in the past participle, that something is done to
   * it: "the photos sorted into folders", "the podcast audio summarised", "each painting photo
   * described". What is done to it goes in, whoever wants it.
   */
  boolean doneTo(String clause, List<Words.Word> words, int end) {
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
          && namesKind(book, words, after + 1, after + 1 + FROM_REACH);
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
  boolean remadeInto(String clause, List<Words.Word> words, int i, int end) {
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
        Set<Modality> made = kindsAt(book, words, k + 1, k + 1 + FROM_REACH);
        made.removeAll(kindsAt(book, words, i, i + 1));
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
    Set<Modality> written = kindsAt(book, words, at, at + WRITTEN_REACH);
    // "to text my sister": a verb, whose object follows
    int after = to + 2;
    boolean verb =
        after < words.size()
            && !kindsAt(book, words, to + 1, to + 2).isEmpty()
            && (book.cues().get(Cue.DETERMINERS).contains(words.get(after).text())
                || book.cues().get(Cue.AUDIENCE).contains(words.get(after).text()));
    Set<Modality> own = kindsAt(book, words, i, end);
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
    Set<Modality> own = kindsAt(book, words, i, end);
    return IntStream.range(end, into)
        .anyMatch(
            j ->
                words.get(j).text().equals("from")
                    && kindsAt(book, words, j + 1, into).stream().anyMatch(own::contains));
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

  /**
   * Whether someone right after the kind sends, leaves or shares it: "the voice notes they send
   * me", "photos guests upload", "voicemails customers leave". What others send is at hand: it goes
   * in.
   */
  boolean sentIn(String clause, List<Words.Word> words, int i, int end) {
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

  /** How far after "from" the kind it is made from is named ("from a short text description"). */
  static final int FROM_REACH = 4;
}
