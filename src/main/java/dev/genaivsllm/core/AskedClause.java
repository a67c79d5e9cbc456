package dev.genaivsllm.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a long question that asks, apart from the story told before it: "asked it when the
 * mart was on and it gave me a day and a time all confident, and the place has been shut two year.
 * why does it make things up" asks "why does it make things up".
 */
final class AskedClause {
  private AskedClause() {}

  /** The words that open a question, written as typed without an apostrophe. */
  private static final String QUESTION_WORD =
      "why|what|whats|how|is|are|does|do|can|could|should|which|who|will|would|isnt|doesnt";

  /** Where one sentence or clause ends and the next begins: a question word after a comma. */
  private static final Pattern BREAK =
      Pattern.compile(
          "(?<=[.?!;:])\\s+|,\\s+(?=(?:" + QUESTION_WORD + ")\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * A clause that asks: it ends in a question mark or opens with a question word, perhaps after a
   * word that joins it on ("so why ...").
   */
  private static final Pattern ASKS =
      Pattern.compile(
          "\\?\\s*$|^(?:(?:so|but|and|then|ok|okay|also|now|honestly|seriously)\\b,? )?(?:"
              + QUESTION_WORD
              + "|what's|did|isn't|doesn't)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A clause about a person, not a machine: "my toddler mixes up words, why does he make things up"
   * asks about the toddler, whatever a chatbot is said to do in the same words.
   */
  private static final Pattern PERSON =
      Pattern.compile("\\b(?:he|she|him|her|he's|she's)\\b", Pattern.CASE_INSENSITIVE);

  /** The clauses that ask, the last first, when the question has more than one clause. */
  static List<String> of(String question) {
    List<String> parts =
        BREAK.splitAsStream(question.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (parts.size() < 2) {
      return List.of();
    }
    List<String> asking = new java.util.ArrayList<>();
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (ASKS.matcher(parts.get(i)).find() && !PERSON.matcher(parts.get(i)).find()) {
        asking.add(parts.get(i));
      }
    }
    return asking;
  }
}
