package dev.genaivsllm.core;

import static dev.genaivsllm.core.WordSpans.breaksBetween;

import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;

/**
 * What a piece of writing is about: after "an email", "a letter" or "a story", "about" names the
 * topic, not data the model is given ("a polite note about the noise next door").
 */
final class WritingTopic {
  private WritingTopic() {}

  /**
   * Pieces of writing whose "about" names a topic, not data the model is given: "an apology email
   * about the noise", unlike "a summary about the recording" or "questions about the charts".
   */
  private static final Set<String> COMPOSED =
      Set.of(
          "email",
          "emails",
          "letter",
          "letters",
          "note",
          "message",
          "messages",
          "post",
          "posts",
          "poem",
          "poems",
          "story",
          "stories",
          "essay",
          "article",
          "complaint",
          "apology",
          "newsletter",
          "speech",
          "announcement",
          "tweet",
          "tweets",
          "blurb",
          "blurbs");

  /**
   * The words after a piece of writing that introduce its topic: "a note about the noise", "a post
   * announcing our new podcast", "a letter promoting the new menu".
   */
  static final Set<String> TOPIC_WORDS =
      Set.of(
          "about",
          "announcing",
          "promoting",
          "advertising",
          "introducing",
          "celebrating",
          "launching");

  /**
   * How far before "about" a piece of writing still owns it: "an email to the guests about", "a
   * post for the club facebook page about".
   */
  private static final int COMPOSED_REACH = 6;

  /** Whether a topic word at word {@code j} follows a piece of writing in the same phrase. */
  static boolean after(String clause, List<Words.Word> words, int j) {
    for (int k = j - 1; k >= Math.max(0, j - COMPOSED_REACH); k--) {
      if (breaksBetween(clause, words, k, k + 1)) {
        return false;
      }
      if (COMPOSED.contains(words.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Words that point at a thing at hand: "this photo", "these recordings". */
  private static final Set<String> POINTED = Set.of("this", "these", "that", "those");

  /** Words after a thing that say it was handed over: "the episode I attached". */
  private static final Set<String> HANDED = Set.of("attached", "enclosed", "uploaded", "below");

  /** How far after the thing a word still says it was handed over: "the episode i attached". */
  private static final int HANDED_REACH = 3;

  /**
   * Whether the thing at words [i, end), after the topic word at {@code j}, is at hand rather than
   * a topic: "an email about this photo of the broken pipe", "a newsletter about the podcast
   * episode I attached". "Our new podcast" is still a topic.
   */
  static boolean handedOver(List<Words.Word> words, int j, int i, int end) {
    for (int k = j + 1; k < i; k++) {
      if (POINTED.contains(words.get(k).text())) {
        return true;
      }
    }
    for (int k = end; k < Math.min(words.size(), end + HANDED_REACH); k++) {
      if (HANDED.contains(words.get(k).text())) {
        return true;
      }
    }
    return false;
  }
}
