package dev.genaivsllm.core;

/**
 * How {@code ask} and {@code search} weigh what they match, in one place, so that a change is one
 * edit and an evaluation run (eval/README.md) can try another set. The defaults were set against
 * the ask tuning files only (eval/ask-tuning*.yaml), never the held-out ones.
 *
 * @param names a name (title, id, alias) said in the question
 * @param said how much of a name's score is that the question says the whole name, against how much
 *     of the question the name is (cosine)
 * @param phrasings one of the entry's phrasings, matched as a whole
 * @param asked all of the entry's phrasings read as one text, added on top: words that many ways of
 *     asking share ("noise" across diffusion's) count even when no one phrasing is close
 * @param misconception a misconception's claim, matched as a whole
 * @param quiz a quiz question about the entry, matched as a whole
 * @param summary the definition, question or one-line summaries, added on top
 * @param body everything else the entry says, added on top
 * @param unknownWords how hard words the pack never uses pull every score down: the power of the
 *     share of the question the pack knows
 * @param floor below this, nothing answers
 * @param sideFloor one side of "X vs Y", or the X of "is X generative?", must name a concept this
 *     well
 * @param claim a misconception answers when its claim is matched this well and best overall
 * @param covered the best entry answers only when the words it uses somewhere carry at least this
 *     share of the question's weight: "what temperature should my fridge be" names temperature, but
 *     the question is about the fridge
 */
record Weights(
    double names,
    double said,
    double phrasings,
    double asked,
    double misconception,
    double quiz,
    double summary,
    double body,
    double unknownWords,
    double floor,
    double sideFloor,
    double claim,
    double covered) {
  static final Weights DEFAULT =
      new Weights(0.9, 0.5, 0.9, 0.7, 0.5, 0.3, 0.25, 0.05, 1.0, 0.31, 0.50, 0.45, 0.30);
}
