package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How well {@code ask} and {@code recommend} understand the evaluation files (eval/README.md),
 * measured through the real command tree. The floors sit just under the figures measured when they
 * were last raised (eval/README.md, "Floors"), so a change that makes either command understand
 * people worse fails here; raise them when the figures rise. The held-out files are only run, never
 * read to tune.
 *
 * <p>Two floors went down, both in the fifth session (eval/README.md, "A floor that went down"):
 * ask-heldout-2's out-of-scope floor, from 100 % to 95 % (19 of 20), since that session's changes
 * to ask, which raised every ask held-out file's right-first figure, answered one of its
 * out-of-scope questions, and finding which one would have meant reading the held-out file; and
 * ask-tuning-2's right-first floor, from 92 % to 91 %, when a rule a reviewer found answering
 * everyday questions was taken back. In the eighth session ask-tuning-11's floors, set that
 * session, went down (75 / 83 / 90 to 74 / 81 / 85) when a reviewer's findings took back the
 * quoted-term rule they had been measured with; recommend-heldout-6's, raised that session to 91 /
 * 94, went back to the 90 / 93 it had at the session's start; ask-tuning-12's, set that session,
 * went from 86 / 88 / 84 to 83 / 84 / 79 when a second reviewer's findings took the session's new
 * requests elsewhere back out. In the seventeenth session recommend-heldout-17's first-three floor
 * went from 80 to 79 when the audio VAE and the new describing words each moved one of its goals
 * out of the first three, while its right-first figure held and the eighteen held-out files
 * together gained six goals (eval/README.md). In the twenty-fourth session five new tuning pairs
 * became examples the classifier learns from: ask-heldout-22's out-of-scope floor went from 100 %
 * to 95 %, since the new examples alone answer one of its out-of-scope questions, and seven tuning
 * files' floors went down by one to five points (ask-tuning, -5, -8, -10, -16, recommend-tuning-6,
 * -8), each file being measured by a classifier trained on all the others, while the tuning files
 * together gained 100 questions and 19 goals; and recommend-heldout-7's right-first floor went from
 * 97 % to 96 % when a reviewer's finding made a goal that names no job keep its stated output
 * (eval/README.md). In the twenty-fifth session three more tuning pairs became examples, and nine
 * floors went down by the new examples alone (measured with them and none of that session's rules):
 * ask-heldout-19's first three (91 to 89 %), ask-heldout-22's right first and first three (90 / 93
 * to 88 / 91 %), ask-heldout's right first (96 to 95 %), recommend-heldout-20's (84 / 87 / 100 to
 * 83 / 86 / 90 %), recommend-heldout-22's out of scope (90 to 80 %), and four tuning files
 * (ask-tuning-2, -5 and -23 by a point, recommend-tuning-3 by a point and one errand;
 * eval/README.md). In the twenty-sixth session three more tuning pairs became examples, and twelve
 * floors went down by the new examples alone (ask-tuning, -13, -30, -33, ask-heldout-18, -21,
 * recommend-tuning-8, -21 (one errand), -25, -32, recommend-heldout-11, -16, by one to three
 * points) and three by that session's rules: recommend-heldout-10's right first, 92 to 91 % (one
 * goal), by the rules for chained jobs ending in a voice, while the older held-out files together
 * gained three goals from them; recommend-heldout-22's first three, 89 to 88 %, and
 * recommend-tuning-23's, 97 to 96 % (one goal each), when a pipeline's steps became what is
 * recommended first and only them (eval/README.md). In the twenty-seventh session three more tuning
 * pairs became examples, and eleven floors went down by the new examples alone (each file measured
 * the same with them and none of that session's rules): ask-tuning-16, -17 (and one out-of-scope
 * question), -26, -32, ask-heldout-7, -17, -19, -27, recommend-tuning-22 (one errand), -29 and
 * recommend-heldout-15, by one or two points, while the 27 older held-out files together gained
 * from them (eval/README.md). In the twenty-eighth session three more tuning pairs became examples,
 * and fourteen floors went down by the new examples alone (measured with them and none of that
 * session's rules): ask-tuning-7, -12 (and one out-of-scope question), -27 (one out-of-scope
 * question), -30, -36, -39, ask-heldout-2, -16, -19, recommend-tuning (and one errand), -12, -22,
 * recommend-heldout-16 and -24, by one or two points, while the 28 older held-out files together
 * gained from them (eval/README.md); and four by that session's rules, by one question or goal
 * each: ask-tuning-7 (96 / 99 to 95 / 98 %) and ask-heldout-21's out of scope (100 to 95 %) when
 * the examples were asked the question with its typos read, ask-tuning-23's out of scope (100 to 95
 * %) when a dropped letter was preferred among typos, and recommend-heldout-13 (94 / 95 to 93 / 94
 * %) by the session's recommend rules, which gained recommend-heldout-29 a goal. In the
 * twenty-ninth session three more tuning pairs became examples, and eighteen floors went down by
 * the new examples alone (measured with them and none of that session's rules), by one or two
 * points: ask-tuning (one out-of-scope question), -2, -11, -12, -24, -33, -35, ask-heldout-6, -8,
 * -14, recommend-tuning-2 (and one errand), -17, -28, -30, recommend-heldout-20, -21, -25 and -29,
 * while the 29 older held-out files together gained from them (eval/README.md); and one by that
 * session's rules: recommend-tuning-43 (96 to 95 %), an enlarged old black-and-white photo put on
 * diffusion by the example goal of colourising one. In the thirtieth session three more tuning
 * pairs became examples, and eighteen floors went down by the new examples alone, by one or two
 * points: ask-tuning-7, -17 (and one out-of-scope question), -18, -20, -29, -36, -40,
 * ask-heldout-19, -21, recommend-tuning-19, -21 (and one errand), -25, -30, -35, -36,
 * recommend-heldout-19, -27 and -30, while the 30 older held-out files together gained from them
 * (eval/README.md); and two at the end: recommend-tuning-3 (94 to 93 %) by that session's rules,
 * and recommend-heldout-3 (93 / 94 to 91 / 92 %), which lost a right goal read by mistake and moved
 * to the tuning file, and one more goal to the rules. In the thirty-first session three more tuning
 * pairs became examples, and twenty-one floors went down by the new examples alone, by one or two
 * points: ask-tuning-10, -11, -16, -24, -29, -32, -37, -44, ask-heldout-15, -16, -18,
 * recommend-tuning-4, -8, -26, -27, -31, -39, -45, -47, recommend-heldout-10 and -12, while the 31
 * older held-out files together gained from them (eval/README.md); and three by that session's
 * rules, by one question or goal each: ask-heldout-23 (97 to 96 %), recommend-heldout-14 (93 / 94
 * to 92 / 93 %) and recommend-heldout-18 (92 / 93 to 91 / 92 %), while the 31 older recommend
 * held-out files together gained one goal (which were lost was not looked up). In the thirty-second
 * session three more tuning pairs became examples, and twenty-one floors went down by them alone,
 * by one or two points: ask-tuning-7, -11, -16, -27, -34, -36, ask-heldout-18, -27, -32,
 * recommend-tuning-16, -19, -22, -30, -31, -36, -46, -48, recommend-heldout-10, -20, -22 and -27,
 * while the 32 older held-out files together gained two questions and lost one goal
 * (eval/README.md); and one by that session's rules, a tuning goal out of the first three:
 * recommend-tuning-39 (88 to 87 % in the first three). In the thirty-third session three more
 * tuning pairs became examples, and fourteen floors went down by them alone, by one or two points:
 * ask-tuning-2, -5, -7, -13, -40, ask-heldout-2, -20, -22, recommend-tuning-26, -29, -32, -53, -54
 * and recommend-heldout-16, while the 33 older held-out files together gained five questions and
 * seven goals (eval/README.md); none went down by that session's rules. In the thirty-fourth
 * session four ask floors went down by one question each, by the thirty-third session's last rule
 * (a common English word is not handed to the examples as another word's typo): ask-tuning-29's
 * right first and first three (92 / 94 to 91 / 93 %), ask-tuning-40's first three (90 to 89 %),
 * ask-tuning-42's right first and first three (95 / 97 to 94 / 96 %) and ask-heldout-34's right
 * first (90 to 89 %), while the 34 held-out files together gained one question right first, one in
 * the first three and one out of scope; the three tuning questions had been answered through
 * misreadings ("production" as "prediction", "clause" as "claude", "counter" as "count"). Two went
 * down by that session's own rules, one question each: ask-heldout-31's right first (97 to 96 %),
 * when what a side is done on was cut for every comparison ("fine-tune on our procedures or set up
 * RAG"), and recommend-heldout-34's first three (95 to 94 %), by the review's fixes to "only", the
 * spaced dash and the underscore (eval/README.md). In the thirty-fifth session three recommend
 * tuning floors went down by one goal each: recommend-tuning-50's right first (91 to 90 %), whose
 * "intervals" had been read as "internal" (a common English word is now read only as another form
 * of itself), and recommend-tuning-20's first three (97 to 96 %) and recommend-tuning-56's right
 * first and first three (88 / 92 to 87 / 91 %), by three example goals added to music generation
 * ("write a film score for ..."), which also set two recommend-tuning goals right; the 35 older
 * held-out files did not move. In the thirty-sixth session ask-heldout-32's right first and first
 * three went down by one question (88 / 95 to 87 / 94 %), by the rule that keeps a refusal of a
 * thing whose every word the pack does not know ("how does a gun work"); measured by building
 * without that rule alone. The tuning files did not move. In the thirty-seventh session
 * recommend-tuning-32's first three went down by one goal (87 to 86 %), when a typo near several
 * known words came to lean to the commonest of them (measured with that change alone), while the
 * tuning files together gained one question and three goals right first.
 */
class UnderstandingFloorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: top1 >= {1} %, top3 >= {2} %, out of scope >= {3} %")
  @CsvSource({
    "eval/ask-tuning.yaml,           97, 98, 95",
    "eval/ask-tuning-2.yaml,         96, 99, 100",
    "eval/ask-tuning-3.yaml,         95, 96, 95",
    "eval/ask-tuning-4.yaml,         96, 99, 100",
    "eval/ask-tuning-5.yaml,         92, 96, 100",
    "eval/ask-tuning-6.yaml,         97, 97, 100",
    "eval/ask-tuning-7.yaml,         96, 99, 100",
    "eval/ask-tuning-8.yaml,         97, 99, 100",
    "eval/ask-tuning-9.yaml,         99, 100, 100",
    "eval/ask-tuning-10.yaml,        97, 99, 100",
    "eval/ask-tuning-11.yaml,        91, 94, 95",
    "eval/ask-tuning-12.yaml,        97, 98, 97",
    "eval/ask-tuning-13.yaml,        96, 97, 100",
    "eval/ask-tuning-14.yaml,        96, 97, 100",
    "eval/ask-tuning-15.yaml,        96, 96, 100",
    "eval/ask-tuning-16.yaml,        89, 93, 100",
    "eval/ask-tuning-17.yaml,        97, 99, 100",
    "eval/ask-tuning-18.yaml,        88, 91, 100",
    "eval/ask-tuning-19.yaml,        88, 91, 100",
    "eval/ask-tuning-20.yaml,        85, 91, 100",
    "eval/ask-tuning-21.yaml,        93, 97, 100",
    "eval/ask-tuning-22.yaml,        94, 97, 100",
    "eval/ask-tuning-23.yaml,        96, 98, 95",
    "eval/ask-tuning-24.yaml,        91, 95, 100",
    "eval/ask-tuning-25.yaml,        97, 99, 100",
    "eval/ask-tuning-26.yaml,        91, 95, 100",
    "eval/ask-tuning-27.yaml,        91, 94, 100",
    "eval/ask-tuning-28.yaml,        97, 99, 100",
    "eval/ask-tuning-29.yaml,        91, 93, 100",
    "eval/ask-tuning-30.yaml,        93, 98, 100",
    "eval/ask-tuning-31.yaml,        96, 98, 100",
    "eval/ask-tuning-32.yaml,        79, 84, 100",
    "eval/ask-tuning-33.yaml,        76, 81, 100",
    "eval/ask-tuning-34.yaml,        96, 98, 100",
    "eval/ask-tuning-35.yaml,        88, 94, 100",
    "eval/ask-tuning-36.yaml,        93, 94, 100",
    "eval/ask-tuning-37.yaml,        98, 98, 100",
    "eval/ask-tuning-38.yaml,        97, 99, 100",
    "eval/ask-tuning-39.yaml,        98, 100, 100",
    "eval/ask-tuning-40.yaml,        88, 89, 95",
    "eval/ask-tuning-41.yaml,        96, 98, 100",
    "eval/ask-tuning-42.yaml,        94, 97, 100",
    "eval/ask-tuning-43.yaml,        95, 97, 100",
    "eval/ask-tuning-44.yaml,        96, 98, 100",
    "eval/ask-tuning-45.yaml,        97, 99, 100",
    "eval/ask-tuning-46.yaml,        97, 98, 100",
    "eval/ask-tuning-47.yaml,        97, 98, 100",
    "eval/ask-tuning-48.yaml,        95, 97, 100",
    "eval/ask-tuning-49.yaml,        99, 99, 100",
    "eval/ask-tuning-50.yaml,        94, 97, 95",
    "eval/ask-tuning-51.yaml,        94, 97, 100",
    "eval/ask-tuning-52.yaml,        93, 98, 100",
    "eval/ask-tuning-53.yaml,        96, 98, 100",
    "eval/ask-tuning-54.yaml,        96, 98, 95",
    "eval/ask-tuning-55.yaml,        92, 96, 100",
    "eval/ask-tuning-56.yaml,        91, 96, 100",
    "eval/ask-tuning-57.yaml,        85, 90, 100",
    "eval/ask-tuning-58.yaml,        90, 95, 95",
    "eval/ask-heldout.yaml,          96, 98, 95",
    "eval/ask-heldout-2.yaml,        98, 98, 100",
    "eval/ask-heldout-3.yaml,        93, 97, 95",
    "eval/ask-heldout-4.yaml,        95, 96, 100",
    "eval/ask-heldout-5.yaml,        97, 98, 100",
    "eval/ask-heldout-6.yaml,        97, 98, 100",
    "eval/ask-heldout-7.yaml,        96, 97, 100",
    "eval/ask-heldout-8.yaml,        93, 96, 100",
    "eval/ask-heldout-9.yaml,        90, 96, 100",
    "eval/ask-heldout-10.yaml,       94, 97, 100",
    "eval/ask-heldout-11.yaml,       97, 99, 100",
    "eval/ask-heldout-12.yaml,       98, 98, 100",
    "eval/ask-heldout-13.yaml,       96, 98, 100",
    "eval/ask-heldout-14.yaml,       94, 98, 100",
    "eval/ask-heldout-15.yaml,       82, 87, 100",
    "eval/ask-heldout-16.yaml,       92, 96, 100",
    "eval/ask-heldout-17.yaml,       90, 92, 100",
    "eval/ask-heldout-18.yaml,       84, 88, 95",
    "eval/ask-heldout-19.yaml,       86, 92, 100",
    "eval/ask-heldout-20.yaml,       92, 96, 100",
    "eval/ask-heldout-21.yaml,       87, 89, 100",
    "eval/ask-heldout-22.yaml,       89, 92, 100",
    "eval/ask-heldout-23.yaml,       96, 99, 100",
    "eval/ask-heldout-24.yaml,       97, 99, 100",
    "eval/ask-heldout-25.yaml,       93, 95, 90",
    "eval/ask-heldout-26.yaml,       92, 92, 100",
    "eval/ask-heldout-27.yaml,       92, 93, 95",
    "eval/ask-heldout-28.yaml,       96, 98, 100",
    "eval/ask-heldout-29.yaml,       98, 100, 100",
    "eval/ask-heldout-30.yaml,       97, 97, 100",
    "eval/ask-heldout-31.yaml,       96, 99, 100",
    "eval/ask-heldout-32.yaml,       87, 94, 100",
    "eval/ask-heldout-33.yaml,       96, 97, 95",
    "eval/ask-heldout-34.yaml,       89, 96, 95",
    "eval/ask-heldout-35.yaml,       89, 91, 81",
    "eval/ask-heldout-36.yaml,       88, 94, 90",
    "eval/ask-heldout-37.yaml,       88, 92, 100",
    "eval/ask-heldout-38.yaml,       86, 91, 90",
    "eval/recommend-tuning.yaml,     98, 98, 90",
    "eval/recommend-tuning-2.yaml,   97, 98, 100",
    "eval/recommend-tuning-3.yaml,   94, 97, 90",
    "eval/recommend-tuning-4.yaml,   97, 98, 90",
    "eval/recommend-tuning-5.yaml,   99, 99, 100",
    "eval/recommend-tuning-6.yaml,   98, 98, 90",
    "eval/recommend-tuning-7.yaml,   99, 100, 100",
    "eval/recommend-tuning-8.yaml,   98, 100, 100",
    "eval/recommend-tuning-9.yaml,   100, 100, 100",
    "eval/recommend-tuning-10.yaml,  98, 98, 100",
    "eval/recommend-tuning-11.yaml,  99, 100, 100",
    "eval/recommend-tuning-12.yaml,  96, 97, 100",
    "eval/recommend-tuning-13.yaml,  97, 98, 100",
    "eval/recommend-tuning-14.yaml,  99, 100, 100",
    "eval/recommend-tuning-15.yaml,  96, 97, 100",
    "eval/recommend-tuning-16.yaml,  97, 99, 100",
    "eval/recommend-tuning-17.yaml,  96, 98, 100",
    "eval/recommend-tuning-18.yaml,  94, 94, 100",
    "eval/recommend-tuning-19.yaml,  94, 94, 90",
    "eval/recommend-tuning-20.yaml,  95, 96, 100",
    "eval/recommend-tuning-21.yaml,  96, 97, 90",
    "eval/recommend-tuning-22.yaml,  89, 93, 80",
    "eval/recommend-tuning-23.yaml,  98, 98, 100",
    "eval/recommend-tuning-24.yaml,  97, 99, 100",
    "eval/recommend-tuning-25.yaml,  96, 96, 100",
    "eval/recommend-tuning-26.yaml,  96, 100, 100",
    "eval/recommend-tuning-27.yaml,  94, 96, 100",
    "eval/recommend-tuning-28.yaml,  92, 93, 100",
    "eval/recommend-tuning-29.yaml,  91, 93, 100",
    "eval/recommend-tuning-30.yaml,  97, 99, 100",
    "eval/recommend-tuning-31.yaml,  86, 86, 100",
    "eval/recommend-tuning-32.yaml,  84, 86, 100",
    "eval/recommend-tuning-33.yaml,  94, 95, 100",
    "eval/recommend-tuning-34.yaml,  91, 93, 100",
    "eval/recommend-tuning-35.yaml,  95, 96, 100",
    "eval/recommend-tuning-36.yaml,  97, 97, 100",
    "eval/recommend-tuning-37.yaml,  95, 96, 100",
    "eval/recommend-tuning-38.yaml,  98, 99, 100",
    "eval/recommend-tuning-39.yaml,  86, 87, 100",
    "eval/recommend-tuning-40.yaml,  98, 100, 100",
    "eval/recommend-tuning-41.yaml,  96, 96, 100",
    "eval/recommend-tuning-42.yaml,  98, 99, 100",
    "eval/recommend-tuning-43.yaml,  96, 99, 100",
    "eval/recommend-tuning-44.yaml,  89, 91, 100",
    "eval/recommend-tuning-45.yaml,  93, 94, 100",
    "eval/recommend-tuning-46.yaml,  91, 91, 100",
    "eval/recommend-tuning-47.yaml,  93, 96, 100",
    "eval/recommend-tuning-48.yaml,  95, 98, 100",
    "eval/recommend-tuning-49.yaml,  95, 97, 100",
    "eval/recommend-tuning-50.yaml,  91, 96, 100",
    "eval/recommend-tuning-51.yaml,  93, 94, 100",
    "eval/recommend-tuning-52.yaml,  93, 95, 100",
    "eval/recommend-tuning-53.yaml,  94, 96, 100",
    "eval/recommend-tuning-54.yaml,  92, 93, 100",
    "eval/recommend-tuning-55.yaml,  94, 96, 100",
    "eval/recommend-tuning-56.yaml,  87, 91, 100",
    "eval/recommend-tuning-57.yaml,  96, 98, 100",
    "eval/recommend-heldout.yaml,    95, 96, 85",
    "eval/recommend-heldout-2.yaml,  100, 100, 100",
    "eval/recommend-heldout-3.yaml,  92, 93, 75",
    "eval/recommend-heldout-4.yaml,  98, 98, 100",
    "eval/recommend-heldout-5.yaml,  100, 100, 100",
    "eval/recommend-heldout-6.yaml,  97, 98, 100",
    "eval/recommend-heldout-7.yaml,  98, 100, 100",
    "eval/recommend-heldout-8.yaml,  98, 99, 100",
    "eval/recommend-heldout-9.yaml,  95, 96, 100",
    "eval/recommend-heldout-10.yaml, 93, 94, 100",
    "eval/recommend-heldout-11.yaml, 92, 94, 100",
    "eval/recommend-heldout-12.yaml, 93, 94, 90",
    "eval/recommend-heldout-13.yaml, 94, 95, 90",
    "eval/recommend-heldout-14.yaml, 93, 94, 100",
    "eval/recommend-heldout-15.yaml, 97, 97, 100",
    "eval/recommend-heldout-16.yaml, 93, 94, 100",
    "eval/recommend-heldout-17.yaml, 89, 92, 90",
    "eval/recommend-heldout-18.yaml, 91, 92, 100",
    "eval/recommend-heldout-19.yaml, 90, 94, 100",
    "eval/recommend-heldout-20.yaml, 90, 92, 100",
    "eval/recommend-heldout-21.yaml, 90, 91, 90",
    "eval/recommend-heldout-22.yaml, 89, 90, 90",
    "eval/recommend-heldout-23.yaml, 91, 93, 100",
    "eval/recommend-heldout-24.yaml, 99, 99, 100",
    "eval/recommend-heldout-25.yaml, 82, 86, 100",
    "eval/recommend-heldout-26.yaml, 93, 93, 90",
    "eval/recommend-heldout-27.yaml, 96, 96, 100",
    "eval/recommend-heldout-28.yaml, 92, 93, 80",
    "eval/recommend-heldout-29.yaml, 96, 96, 100",
    "eval/recommend-heldout-30.yaml, 94, 94, 100",
    "eval/recommend-heldout-31.yaml, 93, 93, 100",
    "eval/recommend-heldout-32.yaml, 93, 95, 100",
    "eval/recommend-heldout-33.yaml, 91, 93, 100",
    "eval/recommend-heldout-34.yaml, 92, 94, 90",
    "eval/recommend-heldout-35.yaml, 93, 94, 90",
    "eval/recommend-heldout-36.yaml, 90, 91, 81",
    "eval/recommend-heldout-37.yaml, 87, 89, 80",
    "eval/recommend-heldout-38.yaml, 95, 96, 100",
  })
  void understandsAtLeastAsWellAsMeasured(String file, int top1, int top3, int outOfScope)
      throws Exception {
    CliRun run =
        CliRun.with()
            .pack(Packs.real())
            .run("eval", Packs.projectRoot().resolve(file).toString(), "--json");
    assertEquals(ExitCode.OK, run.exitCode(), run::toString);
    JsonNode e = JSON.readTree(run.out());
    int cases = e.get("cases").asInt();
    assertTrue(cases >= 50, file + " has only " + cases + " cases");
    assertAtLeast(file + " right first", e.get("top1").asInt(), cases, top1);
    assertAtLeast(file + " right in the first three", e.get("top3").asInt(), cases, top3);
    assertAtLeast(
        file + " out of scope said so",
        e.get("outOfScopeRight").asInt(),
        e.get("outOfScope").asInt(),
        outOfScope);
  }

  private static void assertAtLeast(String what, int right, int of, int percent) {
    assertTrue(
        right * 100 >= percent * of,
        () ->
            String.format(
                "%s: %d / %d (%.1f %%), floor %d %%",
                what, right, of, 100.0 * right / of, percent));
  }
}
