package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that tells what a machine did and then asks for the name or the cause of "this": "the
 * assistant gave me a statute that does not exist, with complete confidence. Why does this happen?"
 * The story's words are how it was told, not another topic. Also whether a question names a machine
 * one talks with at all ({@link #talkingMachine}), a weaker sign of the same.
 */
final class ToldThenAsked {
  private ToldThenAsked() {}

  private static final Pattern ASKS_OF_THIS =
      Pattern.compile(
          "(?:"
              + "what(?:'s|s| is)? (?:the |this |that )?(?:term|name|word|technique|thing) (?:for|called)"
              + "|what (?:is|'s|s) (?:this|that|it) called"
              + "|what (?:do|would) (?:you|we|people|they) call (?:this|that|it)"
              + "|is there a (?:name|term|word) for"
              + "|why (?:does|did|would|is|do|doesn'?t|didn'?t|wouldn'?t|isn'?t|won'?t|can'?t) (?:this|that|it)\\b"
              + "|what (?:has|have|is|'s) gone wrong|what went wrong|what(?:'s| is) going on"
              + "|is (?:this|that|it) (?:what|called)"
              + "|how does (?:this|that) work"
              + ")[^.?!]*[?.!]*\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words that say the story is about a machine that answers or makes things. Not "machine",
   * "system", "software", "program" or "computer": a coffee machine or a bank's software is no
   * model ("an AI system" is in the field by its "AI" anyway).
   */
  private static final Set<String> MACHINE =
      Set.of(
          "assistant",
          "bot",
          "bots",
          "model",
          "models",
          "tool",
          "tools",
          "app",
          "algorithm",
          "generator",
          "chat");

  /**
   * Whether the question names a machine one talks with: a bot, a chat, an assistant, an algorithm.
   * Fewer words than {@link #MACHINE}: an app or a tool may be anything.
   */
  static boolean talkingMachine(Reading reading) {
    return reading.words().stream().anyMatch(w -> TALKING.contains(w.text()));
  }

  private static final Set<String> TALKING =
      Set.of("bot", "bots", "assistant", "chat", "algorithm");

  /**
   * The story a question tells before it asks why "this" happens in words that say nothing of what
   * ("the app drains my battery overnight" of "..., why does it do that"), or the whole question:
   * "why does it invent facilities" and "how does that work" say what the question is about.
   */
  static String story(String question) {
    Matcher m = WHY_THIS.matcher(question);
    if (!m.find() || question.substring(0, m.start()).isBlank()) {
      return question;
    }
    return question.substring(0, m.start()).strip();
  }

  private static final Pattern WHY_THIS =
      Pattern.compile(
          "\\bwhy (?:does|did|do|is|would) (?:this|that|it)"
              + "(?: (?:keep|keeps|always|still|even|sometimes))?"
              + " (?:do|doing|does|happen|happens|happening)(?: (?:this|that|it|so))?[\\s?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** Whether the question tells a machine's story and ends by asking the cause or name of it. */
  static boolean of(Reading reading) {
    String text = reading.text();
    if (!ASKS_OF_THIS.matcher(text).find()) {
      return false;
    }
    return reading.words().stream().anyMatch(w -> MACHINE.contains(w.text()));
  }
}
