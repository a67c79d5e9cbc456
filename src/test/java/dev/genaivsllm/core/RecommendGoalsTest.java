package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.testing.Packs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Goals written the way users write them, each with the family that must rank first, over the real
 * pack's rules. Every family must be the answer to at least two goals.
 */
class RecommendGoalsTest {
  private static final ContentRepository PACK =
      new ContentRepository(Packs.real(), ContentLimits.DEFAULT);
  private static final RecommendService RECOMMEND = new RecommendService(PACK);

  static Recommendation recommend(String goal) {
    return RECOMMEND.recommend(new RecommendRequest(goal, Set.of(), Set.of(), Set.of(), false));
  }

  /** The family of this id in a ranking. */
  static Recommendation.Ranked ranked(List<Recommendation.Ranked> ranked, String family) {
    return ranked.stream().filter(x -> x.family().id().equals(family)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/recommend-goals.csv", numLinesToSkip = 1)
  void theRightFamilyRanksFirst(String goal, String family) {
    Recommendation r = recommend(goal);
    assertEquals(
        family,
        r.ranked().get(0).family().id(),
        () ->
            "for \""
                + goal
                + "\": "
                + r.ranked().stream()
                    .limit(4)
                    .map(
                        x ->
                            x.family().id()
                                + " "
                                + x.score()
                                + " "
                                + x.reasons().stream().map(Recommendation.Reason::signal).toList())
                    .collect(Collectors.joining("; ")));
  }

  @Test
  void aSentenceThatOnlySaysWhatGoesInIsNotAStepOfAPipeline() {
    Recommendation r =
        recommend(
            "Supervisors take photos of the warehouse floor at the end of each shift. I want"
                + " something that looks at them and tells us if a fire exit is blocked.");
    assertEquals(List.of(), r.pipeline());
    assertEquals("multimodal-llm", r.ranked().get(0).family().id());
  }

  @Test
  void aVoiceThatSaysHowSomethingSoundsIsNotSpeechToHear() {
    Recommendation r =
        recommend("write a radio ad for our bakery and have it read out in a cheerful voice");
    // write the ad, then speak it: nothing is heard, and a radio ad is words, not music
    assertEquals(List.of("llm", "speech-synthesis"), shown(r).subList(0, 2));
    assertFalse(reads(r, "input", "speech"), () -> r.understood().toString());
  }

  @Test
  void aKindOfDataOneClauseRulesOutComesOutOfNoOther() {
    Recommendation r =
        recommend(
            "orientation video for the night shift: the text is written, we want a voice read it."
                + " no video, only the voice for the intercom");
    assertEquals(List.of(), r.pipeline(), () -> r.pipeline().toString());
    assertEquals("speech-synthesis", r.ranked().get(0).family().id());
    // the first sentence's video is taken back, not only left out of a step
    assertTrue(reads(r, "output", "video"), () -> r.understood().toString());
    assertTrue(
        r.understood().stream()
            .filter(u -> u.kind().equals("output") && u.id().equals("video"))
            .allMatch(Recommendation.Understood::negated),
        () -> r.understood().toString());
    // what is wanted instead must be a kind of data: not "just our own style"
    assertEquals(
        "diffusion",
        recommend("no stock photos, just our own style. generate images for the blog")
            .ranked()
            .get(0)
            .family()
            .id());
    // how things stand is no kind ruled out: without a voice today, the written talk is still to
    // be spoken; without footage, the clip is still to be made
    assertEquals(
        "speech-synthesis",
        recommend(
                "sore throat, no voice today. read my written talk aloud in my own voice at the"
                    + " meeting")
            .ranked()
            .get(0)
            .family()
            .id());
    assertEquals(
        "video-diffusion",
        recommend(
                "a short clip of sheep crossing a bridge for our tourism page. we don't have any"
                    + " footage of our own")
            .ranked()
            .get(0)
            .family()
            .id());
  }

  /** The rules alone, without what the example goals teach. */
  private static final RecommendService RULES =
      new RecommendService(PACK, false, null, dev.genaivsllm.learn.ModelStore.NONE);

  private static Recommendation rules(String goal) {
    return RULES.recommend(new RecommendRequest(goal, Set.of(), Set.of(), Set.of(), false));
  }

  private static List<String> steps(String goal) {
    return rules(goal).pipeline().stream().map(s -> s.family().id()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiterString = " => ",
      value = {
        // no family writes and speaks: the text job, then its voice; nothing is heard
        "write the barks for 30 guards and then voice them all => llm>speech-synthesis",
        "write a 2 minute toolbox talk on heat stress and turn it into audio for the morning call"
            + " => llm>speech-synthesis",
        "write a short dialogue about machine minds and then produce it as audio with two distinct"
            + " voices for the department podcast => llm>speech-synthesis",
        "translate the monthly financial summary into Twi and have it read aloud on the community"
            + " radio => llm>speech-synthesis",
        // a voice asked to read or say what was written
        "write a hype intro for the darts final and have a deep voice read it"
            + " => llm>speech-synthesis",
        "draft the opening speech for the regatta and have a calm voice say it over the tannoy"
            + " => llm>speech-synthesis",
        "write a greeting for the museum lobby and play it as spoken english on the hour"
            + " => llm>speech-synthesis",

        // audio that is music or sound effects is no voice
        "'write an ad, then generate the jingle audio' => llm>music-generation",
        "'write a script for the trailer, then generate the sound effects audio'"
            + " => llm>music-generation",
        // voiced in the clause that names it, the text is already written
        "have our chatbot speak its answers out loud in the car app => ''",
        "read the club's short stories aloud as an audiobook for the library podcast => ''",
        // a voice-over of what a photo shows starts with the photo
        "'from photo describe carpet colours, motifs, condition for the listing, and then short"
            + " German voice over of same text for product video'"
            + " => multimodal-llm>speech-synthesis",
        // audio made from a translation is its voice, not music; transcribing says what is heard
        "'podcast: transcribe episodes, translate the transcripts into spanish, then produce"
            + " spanish audio' => speech-recognition>llm>speech-synthesis",
        "'dub my english youtube videos into spanish, transcibe, translate and voice them'"
            + " => speech-recognition>llm>speech-synthesis",
        // the clauses name a step more than the bridge, and keep it
        "'ok so i want the ai to write the script for my short, then do a voiceover of it, then"
            + " make background music for it' => llm>speech-synthesis>music-generation"
      })
  void aChainOfTextAndVoiceIsReadIntoItsSteps(String goal, String families) {
    assertEquals(families.isEmpty() ? List.of() : List.of(families.split(">")), steps(goal));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "we should voice these concerns to the landlord",
        "voice those worries at the next meeting"
      })
  void voicingAnOpinionIsNotSpeakingTextAloud(String goal) {
    // with nothing else to go on, no kind of model at all ("voice those worries at the next
    // meeting" names no data: the next meeting is no recording)
    List<Recommendation.Understood> read;
    try {
      read = rules(goal).understood();
    } catch (NoMatchException e) {
      read = List.of();
    }
    assertTrue(read.stream().noneMatch(u -> u.id().equals("speak")), read::toString);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "write lyrics about our town's summer festival and then turn them into a real song",
        "write a bedtime story for my grandson and then illustrate each page",
        "sort the incoming emails by topic and then draft a reply to each one"
      })
  void theStepsOfAPipelineAreWhatIsRecommendedInOrder(String goal) {
    // a family that takes the whole goal (a music model takes words too) does not come first
    // while the steps say to use another
    Recommendation r = rules(goal);
    List<String> steps = r.pipeline().stream().map(s -> s.family().id()).toList();
    assertTrue(steps.size() >= 2, () -> shown(r).toString());
    assertEquals(steps, r.recommendations().stream().map(x -> x.family().id()).toList(), goal);
  }

  /** Whether the goal was read as having a kind of data that goes in or comes out. */
  private static boolean reads(Recommendation r, String kind, String id) {
    return r.understood().stream().anyMatch(u -> u.kind().equals(kind) && u.id().equals(id));
  }

  private static List<String> shown(Recommendation r) {
    List<String> shown = new java.util.ArrayList<>();
    r.pipeline().forEach(s -> shown.add(s.family().id()));
    r.ranked().forEach(x -> shown.add(x.family().id()));
    return shown.stream().distinct().toList();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "summarise our recorded sales calls",
        "summarize this podcast episode into show notes",
        "record our town council meetings, type out what was said and then write the minutes",
        "transcribe each two hour episode and write show notes with the main talking points"
      })
  void whatIsHeardAndThenATextJobIsTwoSteps(String goal) {
    // no family hears and summarises: a transcript first, then the text job on it
    Recommendation r = recommend(goal);
    assertEquals(
        List.of("speech-recognition", "llm"),
        r.pipeline().stream().map(s -> s.family().id()).toList(),
        () -> shown(r).toString());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "write an email inviting staff to tomorrow's meeting",
        "prepare talking points for the meeting with the bank",
        "find out what the part is called and write the email ordering it",
        "write 400 product descriptions from the specs spreadsheet in our brand voice"
      })
  void aMeetingToComeACallingOrABrandVoiceIsNoSpeech(String goal) {
    Recommendation r = recommend(goal);
    assertTrue(
        r.understood().stream().noneMatch(u -> u.id().equals("speech") && !u.negated()),
        () -> r.understood().toString());
    assertTrue(List.of("llm", "llm-rag").contains(shown(r).get(0)), () -> shown(r).toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "add subtitles to my videos, speech-recognition",
    "add a voiceover to my product video, speech-synthesis",
    "add captions to the photos on our website, multimodal-llm"
  })
  void whatSomethingIsAddedToIsNotWhatComesOut(String goal, String family) {
    Recommendation r = recommend(goal);
    assertEquals(family, shown(r).get(0), () -> r.understood().toString());
    assertFalse(reads(r, "output", "video"), () -> r.understood().toString());
  }

  @Test
  void theEdgesOfAnImageAreNoEditWithoutExtending() {
    Recommendation r = recommend("detect the edges of the image");
    assertTrue(
        r.understood().stream().noneMatch(u -> u.id().equals("image-editing")),
        () -> r.understood().toString());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "convert messy free text notes from our farm workers into a tidy table of date, field and"
            + " problem",
        "pull the numbers out of the charts in pdf reports into a table"
      })
  void aTableOfWhatWasReadIsTextAnLlmWrites(String goal) {
    Recommendation r = recommend(goal);
    assertTrue(
        List.of("llm", "multimodal-llm").contains(shown(r).get(0)), () -> shown(r).toString());
  }

  @Test
  void aTableToStandOnIsNoData() {
    Recommendation r =
        recommend("from a single photo of our sneaker make a short clip of it rotating on a table");
    assertEquals("video-diffusion", shown(r).get(0), () -> r.understood().toString());
    assertTrue(
        r.understood().stream().noneMatch(u -> u.id().equals("tabular")),
        () -> r.understood().toString());
  }

  @Test
  void recordingsWhoseTranscriptsGoInAreNotHeard() {
    Recommendation r =
        recommend(
            "summarise the council meeting recordings' transcripts (we get the transcripts as word"
                + " docs) into a 300 word news brief");
    assertEquals("llm", shown(r).get(0), () -> r.understood().toString());
    assertTrue(
        r.understood().stream()
            .noneMatch(
                u ->
                    u.id().equals("transcribe")
                        || u.kind().equals("input") && u.id().equals("speech")),
        () -> r.understood().toString());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "write alt text describing each product photo in the shop",
        "notes describing every photo"
      })
  void whatAnIngFormOfAnInputCueNamesGoesIn(String goal) {
    Recommendation r = recommend(goal);
    assertTrue(reads(r, "input", "image"), () -> r.understood().toString());
  }

  @Test
  void aNamedGanAnnouncementsToHearAndASpeechToWriteAreReadAsSuch() {
    Recommendation gan = recommend("train a stylegan on our tile patterns to make new ones");
    assertTrue(
        gan.understood().stream().anyMatch(u -> u.id().equals("adversarial")),
        () -> gan.understood().toString());
    Recommendation heard =
        recommend("audio announcements of the next station in english and welsh");
    assertTrue(reads(heard, "output", "speech"), () -> heard.understood().toString());
    Recommendation written = recommend("write a speech for the retirement of our caretaker");
    assertTrue(
        written.understood().stream().noneMatch(u -> u.id().equals("speech")),
        () -> written.understood().toString());
  }

  @Test
  void otherIngFormsDescribeTheThingMade() {
    for (String goal :
        List.of(
            "write a description for every walk and make a matching cover picture",
            "make speaking videos for our online courses",
            "make explaining videos for our app")) {
      Recommendation r = recommend(goal);
      assertTrue(
          r.understood().stream().noneMatch(u -> u.kind().equals("input")),
          () -> goal + ": " + r.understood());
    }
  }

  @Test
  void aProductLabelToDesignIsNoClassLabel() {
    for (String goal :
        List.of(
            "design a product label image for our honey, then animate it",
            "design product labels for our honey jars")) {
      Recommendation r = recommend(goal);
      assertTrue(
          r.understood().stream().noneMatch(u -> u.id().equals("classify")),
          () -> goal + ": " + r.understood());
    }
    // found in review: the label is still the picture to make
    assertEquals("diffusion", shown(recommend("design product labels for our honey jars")).get(0));
  }

  @Test
  void whatAPieceOfWritingIsAboutIsNoData() {
    Recommendation note = recommend("write a polite note about the noise from the party next door");
    assertEquals("llm", shown(note).get(0), () -> note.understood().toString());
    assertFalse(reads(note, "input", "audio"), () -> note.understood().toString());
    Recommendation summary =
        recommend("write a summary about the recording of yesterday's meeting");
    assertTrue(reads(summary, "input", "audio"), () -> summary.understood().toString());
  }

  @Test
  void aTaskRuledOutCountsAgainstTheFamilyWhoseJobItIs() {
    Recommendation r = recommend("I don't want to caption images, I want to create new ones");
    Recommendation.Ranked multimodal = ranked(r.ranked(), "multimodal-llm");
    assertTrue(
        multimodal.reasons().stream()
            .anyMatch(x -> x.points() < 0 && x.signal().equals("not describing or reading images")),
        () -> multimodal.reasons().toString());
    assertEquals("diffusion", r.ranked().get(0).family().id());
  }

  @Test
  void everyFamilyIsTheAnswerToAtLeastTwoGoals() throws Exception {
    Map<String, Integer> wins = new HashMap<>();
    List<String> lines =
        java.nio.file.Files.readAllLines(
            Packs.projectRoot().resolve("src/test/resources/recommend-goals.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String family = line.substring(line.lastIndexOf(',') + 1).strip();
      wins.merge(family, 1, Integer::sum);
    }
    assertTrue(lines.size() - 1 >= 40, "at least 40 goals");
    for (Family f : PACK.families()) {
      assertTrue(
          wins.getOrDefault(f.id(), 0) >= 2, f.id() + " is the answer to fewer than 2 goals");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "turn my sketch into a painting",
        "summarise emails",
        "make a logo",
        "make the old photo of my grandparents move a little"
      })
  void noFamilyIsSurerThanOneRankedAboveIt(String goal) {
    List<String> levels = List.of("low", "medium", "high");
    List<Recommendation.Ranked> ranked = recommend(goal).ranked();
    for (int i = 1; i < ranked.size(); i++) {
      assertTrue(
          levels.indexOf(ranked.get(i).confidence())
              <= levels.indexOf(ranked.get(i - 1).confidence()),
          () -> goal + ": " + ranked);
    }
  }
}
