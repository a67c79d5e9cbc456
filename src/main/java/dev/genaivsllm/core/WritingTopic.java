package dev.genaivsllm.core;

import static dev.genaivsllm.core.GoalWords.breaksBetween;

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
          "tweets");

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

  /** How far before "about" a piece of writing still owns it: "an email to the guests about". */
  private static final int COMPOSED_REACH = 4;

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
}
