package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Placement;
import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.Words;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sides of a question that sets two things against each other ("X vs Y", "is X a Y", "is X just
 * Y"): which concept each names, whether it is just that concept's name, and what two sides
 * together say (the pack's own two sides, or two peers).
 */
final class Sides {
  /** The two sides of the pack itself: "generative AI vs LLMs" asks for a dimension. */
  static final Set<String> PACK_SIDES = Set.of("generative-ai", "llm", "language-model");

  /** The language-model side of the pack. */
  static final Set<String> LANGUAGE = Set.of("llm", "language-model");

  /** Concepts that other concepts are kinds of: "is X just Y" with one of these is about X. */
  private static final Set<String> BROADER =
      Set.of(
          "generative-ai",
          "llm",
          "language-model",
          "artificial-intelligence",
          "machine-learning",
          "deep-learning",
          "foundation-model",
          "fine-tuning",
          "transformer",
          "pretraining");

  /** "is X just Y", where Y is not "a kind of ...". */
  private static final Pattern JUST =
      Pattern.compile(
          "(?i)\\b(?:is|are|isn'?t|aren'?t) .+? just (?!(?:an? |another |the )?(?:\\w+ )?"
              + "(?:kind|type|form|sort|part|example|special case|subset|branch|case) of\\b)");

  /** How well a side that says none of a concept's names must match one of its phrasings. */
  private static final double SIDE_PHRASING = 0.8;

  /** How much of a side must be the concept's own name for the side to be "just" the concept. */
  private static final double PURE = 0.6;

  /**
   * One side of a comparison: the concept it names, whether the side is just that concept's name
   * ("gans") rather than a topic about it ("what data gans learn from"), and whether it says one of
   * the concept's names whole, if need be with a typo ("an older version of gpt" and "transfomers"
   * do; "search" does not).
   */
  record Side(EntryIndex.Scored scored, boolean pure, boolean named) {
    String id() {
      return scored.entry().id();
    }
  }

  private final EntryIndex index;
  private final Weights weights;

  Sides(EntryIndex index, Weights weights) {
    this.index = index;
    this.weights = weights;
  }

  /** The concept one side of a question names, if it names one well enough. */
  Optional<Side> of(String phrase) {
    Reading side = index.reader().read(phrase);
    // "regular diffusion models", "just chain of thought": a word the pack never uses only
    // qualifies the name
    var known =
        side.vector().without(side.unknown().stream().map(w -> "?" + Words.stem(w)).toList());
    return index.rank(side).stream()
        .filter(s -> s.entry().kind().equals("concept"))
        // "the checkpoint" shares a word with one of perplexity's phrasings and names nothing
        .filter(s -> s.names() > 0 || s.phrasings() >= SIDE_PHRASING)
        .findFirst()
        .filter(s -> s.score() >= weights.sideFloor())
        .map(
            s ->
                new Side(
                    s,
                    EntryIndex.named(s.entry(), known) >= PURE,
                    // "transfomers" names the Transformer as well as "transformers" does
                    EntryIndex.namedIn(s.entry(), side.meantStems())));
  }

  /**
   * Language models on one side and generative AI, or a family of non-language generators, on the
   * other: a question about how the two terms differ, on one topic or in general.
   */
  static boolean theTwoSides(Side a, Side b) {
    // "language model vs large language model" sets two concepts of one side against each other
    return PACK_SIDES.contains(a.id())
            && PACK_SIDES.contains(b.id())
            && !(LANGUAGE.contains(a.id()) && LANGUAGE.contains(b.id()))
        || LANGUAGE.contains(a.id()) && generator(b)
        || LANGUAGE.contains(b.id()) && generator(a);
  }

  /**
   * Whether "is X just Y" sets two peers the asker suspects are one ("is BERT just an older version
   * of GPT?", "is a reasoning model just chain of thought with extra steps"), both named, so both
   * go side by side; not "is distillation just a kind of fine-tuning" (a class), "is lora just fine
   * tuning" (a broad term), nor "is rag just search" (the second named by no name of its own).
   */
  static boolean peers(Side x, Side y, Reading question) {
    return !BROADER.contains(x.id())
        && !BROADER.contains(y.id())
        && y.named()
        && JUST.matcher(question.text()).find();
  }

  private static boolean generator(Side s) {
    return s.scored().entry().source() instanceof Concept c && c.placement() == Placement.genai;
  }
}
