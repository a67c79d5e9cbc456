package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.learn.ModelStore;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.testing.Packs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ask} over the fixture pack: the kinds of answer, the floor, how questions are read. */
class AskServiceTest {
  private final AskService ask =
      new AskService(new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT));

  /** Over the bundled pack, for what the fixture has too few entries to show. */
  private static final AskService REAL =
      new AskService(new ContentRepository(Packs.real(), ContentLimits.DEFAULT));

  /** The bundled pack read by the rules alone, without what the examples teach. */
  private static final AskService RULES =
      new AskService(
          new ContentRepository(Packs.real(), ContentLimits.DEFAULT),
          Weights.DEFAULT,
          false,
          null,
          ModelStore.NONE);

  /** The id of the entry the real pack answers a question with first. */
  private static String first(String question) {
    return REAL.ask(question, Level.beginner).ids().get(0);
  }

  private Answer answer(String question) {
    return ask.ask(question, Level.beginner);
  }

  @Test
  void aPhrasingFindsItsConceptWithoutItsName() {
    Answer a = answer("how does the model know which words matter");
    assertEquals(Answer.Kind.concept, a.kind());
    assertEquals(List.of("self-attention"), a.ids());
  }

  @Test
  void everydayWordsForTrainingFurtherExamplesAndCopiesStandForTheirTerms() {
    assertEquals(
        "fine-tuning",
        first(
            "my tutor thinks we could train chatgpt further on our lab reports, what is that called"));
    assertEquals(
        "in-context-learning",
        first(
            "I gave it two emails and said write like these, no training needed, how does it know"));
    assertEquals(
        "mode-collapse",
        first("my gan only spits out the same few images after a day of training"));
    assertEquals(
        "deepfake",
        first("a clip of our mayor that looks 100% like him endorsing a casino, how is that made"));
    // found by a reviewer: without a machine in sight these are everyday sentences
    assertNothingAnswers(
        "my daughter looks just like her mother",
        "my cake came out as the same blob every time, what am I doing wrong",
        "the actor looks exactly like her in the biopic");
  }

  @Test
  void everydayWordsForReadingInOneGoAndTimeToAnswerStandForTheirTerms() {
    assertEquals(
        "context-window", first("my thesis is 90 pages, how much can it actually read in one go"));
    assertEquals(
        "test-time-compute",
        first(
            "the new model can spend more time answering hard maths problems, is that why it is better"));
  }

  @Test
  void aLexiconPhraseStandsForTheTerm() {
    Answer a = answer("how does it focus");
    assertEquals(List.of("self-attention"), a.ids());
    assertEquals(List.of("attention"), a.terms());
  }

  @Test
  void twoConceptsSetAgainstEachOtherAreAnsweredSideBySide() {
    for (String q :
        List.of(
            "gan vs vae",
            "difference between gans and VAEs",
            "vae or gan which",
            "gan vs vae diffrence",
            "vae vs gan diferencia",
            "gan vs vae diffrences")) {
      Answer a = answer(q);
      assertEquals(Answer.Kind.comparison, a.kind(), q);
      assertEquals(List.of("gan", "vae"), a.ids().stream().sorted().toList(), q);
    }
  }

  @Test
  void whichIsBetterAskedBeforeTheTwoAreNamedIsAnsweredSideBySide() {
    // tried as a new user: each gave the first side alone, or a dimension
    for (String q :
        List.of(
            "which is better, gans or diffusion",
            "which is better gan or diffusion",
            "what's faster, gans or diffusion models?",
            // found by a reviewer: what the two are compared at
            "which is faster at generating images, gans or diffusion models",
            // tried as a new user: the comparative after the two, or the order to learn them in
            "is gan or diffusion better",
            "are gans or diffusion models faster for faces",
            "should i learn gans or diffusion first")) {
      Answer a = REAL.ask(q, Level.beginner);
      assertEquals(Answer.Kind.comparison, a.kind(), q);
      assertEquals(List.of("gan", "diffusion-model"), a.ids().subList(0, 2), q);
    }
    // found by a reviewer: two values of one setting, and three options, are no two things
    assertEquals(
        List.of("temperature"),
        REAL.ask("is temperature 0 or 1 better", Level.beginner).ids().subList(0, 1));
    assertNotEquals(
        Answer.Kind.comparison, REAL.ask("is gan, vae or diffusion better", Level.beginner).kind());
    Answer faces = REAL.ask("which is better for faces, gan or vae", Level.beginner);
    assertEquals(List.of("gan", "vae"), faces.ids().subList(0, 2));
    Answer data = REAL.ask("which needs more data, pretraining or fine tuning", Level.beginner);
    assertEquals(List.of("pretraining", "fine-tuning"), data.ids().subList(0, 2));
    // found by a reviewer: a question that weighs nothing is no comparison of what follows it
    assertEquals("hallucination", first("what causes hallucination, bad data or sampling"));
  }

  @Test
  void twoThingsSetOutInAnyWordsAndThenWeighedAreAnsweredSideBySide() {
    // "blurry" and "sharp" say what each is like; the question asks for the two, not for a topic
    // (over the bundled pack, whose sides score above its floor)
    Answer a =
        REAL.ask(
            "why are vae samples blurry while gan samples look sharp? explain both side by side",
            Level.beginner);
    assertEquals(Answer.Kind.comparison, a.kind());
    assertEquals(List.of("vae", "gan"), a.ids().subList(0, 2));
    // tried by hand: "query time" once read as self-attention's query
    Answer docs =
        REAL.ask(
            "do we fetch our docs at query time or retrain the model on them? weigh the two",
            Level.beginner);
    assertEquals(Answer.Kind.comparison, docs.kind());
    assertEquals(List.of("rag", "fine-tuning"), docs.ids().subList(0, 2));
  }

  @Test
  void twoConceptsOfTheLanguageSideAreAPairNotTheTwoSides() {
    Answer a = REAL.ask("language model vs large language model", Level.beginner);
    assertEquals(Answer.Kind.comparison, a.kind());
    assertEquals(List.of("language-model", "llm"), a.ids().subList(0, 2));
    assertEquals("relationship", first("generative ai vs llms"));
  }

  @Test
  void aSituationToldInTheLexiconsWordsAnswersHoweverElseItIsTold() {
    // "broken" says nothing of temperature; "two different answers" does
    assertEquals("temperature", first("same question twice, two different answers. is it broken?"));
    // one everyday word ("forgets") is not a situation told
    assertThrows(
        NoMatchException.class,
        () ->
            REAL.ask(
                "in theatre what does the prompter do when an actor forgets lines",
                Level.beginner));
  }

  @Test
  void theTwoSidesOfThePackAskForADimension() {
    Answer a = answer("generative ai vs llms");
    assertEquals(Answer.Kind.dimension, a.kind());
    assertEquals(List.of("relationship"), a.ids());
    Answer onData = answer("training data of generative ai vs llm");
    assertEquals(List.of("data"), onData.ids());
  }

  @Test
  void bothSidesNamedAnywhereAskHowTheyCompareOnTheRest() {
    // over the bundled pack: the fixture has too few dimensions to tell a topic from none
    assertEquals(
        List.of("data"),
        REAL.ask(
                "what kind of data are image generators trained on compared to llms",
                Level.beginner)
            .ids());
    assertEquals(
        List.of("applications"),
        REAL.ask(
                "what do companies actually use generative AI for vs LLMs specifically",
                Level.beginner)
            .ids());
    assertEquals(
        List.of("relationship"),
        REAL.ask("is an llm a type of generative ai or the other way round", Level.beginner).ids());
    // whether the two terms mean the same is how they relate
    assertEquals(
        List.of("relationship"),
        REAL.ask(
                "people at work say genai and llm like they're the same thing. are they?",
                Level.beginner)
            .ids());
  }

  @Test
  void aFewWordsSetApartBeforeTheQuestionThatThePackHasNothingOnAreLeftOut() {
    assertEquals(
        List.of("rag"),
        REAL.ask(
                "hospital administrator. a vendor is pitching a retrieval-augmented assistant over"
                    + " our policy manuals, what does that actually mean",
                Level.beginner)
            .ids());
    // "deepfakes." names an entry: it is not an aside
    assertEquals(
        List.of("deepfake"), REAL.ask("deepfakes. how are they made", Level.beginner).ids());
  }

  @Test
  void wordsThatManyPhrasingsShareCountWhenNoOnePhrasingIsClose() {
    // no phrasing of diffusion's says "pictures out of noise"; many say noise, image and generate
    assertEquals("diffusion-model", first("how do ai image generators make pictures out of noise"));
  }

  @Test
  void aFieldWordBesideAnEverydayPhraseDoesNotMakeItAboutTheField() {
    // found by a reviewer: "temp setting", "travel agent" and "lora model" are everyday phrases
    // too, and "ai" or "chatgpt" beside them does not settle which thing is meant
    assertNothingAnswers(
        "the ai thermostat temp setting keeps resetting, how do i fix it",
        "my travel agent said chatgpt can book a flight cheaper, should i fire her",
        "which lora model works best for my ai weather station gateway",
        "is neuro linguistic programming nlp real",
        "why arent my tomatoes growing");
  }

  @Test
  void everydayWordsForTheCutoffAndTheDownsidesNameThem() {
    assertEquals("knowledge-cutoff", first("chatgpt doesn't know anything after 2023, why"));
    assertEquals("challenges", first("what's bad about using chatbots for homework"));
    // "cons" had been read as the start of "consistency"
    assertEquals("challenges", first("cons of image generators"));
  }

  @Test
  void everydayWordsForMatchingAndRepeatingNameTheirConcepts() {
    assertEquals("mode-collapse", first("my gan gives me the same two faces whatever i do"));
    assertEquals(
        "clip", first("how does my photo app find a red bike when nobody tagged the pictures"));
    // "ai image generator" is an image generator; read as text-to-image it pulled in "text",
    // and the inputs-and-outputs dimension answered a question about how pictures get made
    assertEquals("diffusion-model", first("how do ai image generators make pictures"));
  }

  @Test
  void everydayQuestionsWithTheNewPhrasesAreNotAboutTheField() {
    // found by a reviewer: phrases added for the cutoff, CLIP and mode collapse fired on these
    assertNothingAnswers(
        "i couldnt sleep last night, any tips",
        "which caption should i use for my beach photo on instagram",
        "how do twins end up with the same faces",
        "all my siblings have the same faces lol");
    assertEquals("challenges", first("which jobs at risk from llms"));
  }

  @Test
  void aRefundOrAJobAdvertIsNotAnExplanation() {
    assertNothingAnswers(
        "claude charged me twice this month, how do i get my refund",
        "any remote jobs at openai for junior devs");
  }

  @Test
  void whatIsThisOrThatAsksAboutTheWordItPointsAt() {
    assertEquals(
        "bert",
        first(
            "What is this BERT my grandson keeps mentioning? I had assumed he meant the Muppet."));
    assertEquals("lora", first("my son keeps training 'loras' on his sketches, what is that"));
    // "this" points at an everyday word that the rest says is meant in its everyday sense
    assertNothingAnswers("what is this rag my mum uses for dusting");
  }

  @Test
  void anAppsSettingsOrSigningInIsNotAnExplanation() {
    assertNothingAnswers(
        "how do i switch the claude app to dark mode",
        "forgot my gemini password again",
        "cant log into chatgpt since the update",
        "how do i set screen time for chatgpt on my sons phone",
        "how do i export my chat history from copilot");
    assertEquals("ai-agent", first("can an ai agent log into our ticket system and close tickets"));
    // found by a reviewer: words of accounts and phones in learning questions
    assertEquals("memorization", first("can generative ai leak passwords from its training data"));
    assertEquals("small-language-model", first("can i run an llm on android"));
    assertEquals("fine-tuning", first("can i export my chats to fine tune a model"));
  }

  @Test
  void isXJustYSetsTwoPeersSideBySideButNotAClassOrASide() {
    Answer peers = REAL.ask("is BERT just an older version of GPT?", Level.beginner);
    assertEquals(Answer.Kind.comparison, peers.kind());
    assertEquals(List.of("bert", "gpt"), peers.ids().subList(0, 2));
    Answer kind = REAL.ask("is distillation just another kind of fine-tuning", Level.beginner);
    assertEquals(Answer.Kind.concept, kind.kind());
    assertEquals(List.of("distillation"), kind.ids().subList(0, 1));
    // found by a reviewer: a kind beside the broad thing it belongs to, and a second side that
    // names no entry of its own, are not two peers
    assertEquals("lora", first("is lora just fine tuning"));
    assertEquals(Answer.Kind.concept, REAL.ask("is rag just search", Level.beginner).kind());
  }

  @Test
  void theExamplesAreAskedTheQuestionAsTheRulesReadItsTypos() {
    // found by a reviewer: the examples, asked "transformrs", named embeddings
    assertEquals("transformer", first("what are transformrs"));
    assertEquals("transformer", first("what are transfomers"));
  }

  @Test
  void aNameOfTheFieldsOwnPutsTheQuestionInTheFieldWithoutAFieldWord() {
    // "lora" alone may be the radio; "trains" names training, no everyday word, so the question is
    // the field's, and the examples' weak answer is not doubted for want of "ai" or "chatbot"
    assertEquals("lora", first("lora on mistral 7b, how come it only trains a handful of params"));
  }

  @Test
  void aBotIsTheFieldsBot() {
    assertEquals(
        "temperature",
        first(
            "the stories from the bot are totally bonkers, my nephew says lower the temperature?"
                + " what temperature??"));
    assertEquals(
        "temperature", first("bot gives me crazy menus, lower the temp they say, what temp"));
  }

  @Test
  void aFullFineTuneInShorthandIsFineTuning() {
    Answer full = REAL.ask("lora vs full ft for our support bot", Level.beginner);
    assertEquals(Answer.Kind.comparison, full.kind());
    assertEquals(List.of("lora", "fine-tuning"), full.ids().subList(0, 2));
  }

  @Test
  void aContractionReadsTheSameWithOrWithoutItsApostrophe() {
    // "arent" was once read as a typo for "agent"
    for (String q :
        List.of("why couldnt chatgpt count the r in strawberry", "why arent llms good at math")) {
      assertEquals(
          REAL.ask(q, Level.beginner).ids(),
          REAL.ask(q.replace("nt ", "n't "), Level.beginner).ids(),
          q);
    }
    assertEquals("tokenization", first("why couldnt chatgpt count the r in strawberry"));
  }

  @Test
  void howSimplyToAnswerIsLeftOutAndNothingElse() {
    assertEquals(
        List.of("rag"), REAL.ask("hey, explain like i'm five how rag works", Level.beginner).ids());
    assertEquals(
        List.of("transformer"),
        REAL.ask("how do transformers work, explain like i’m in 10th grade", Level.beginner).ids());
    // "teacher" asks for no explanation: the five year old is the topic, and out of scope
    assertThrows(
        NoMatchException.class,
        () ->
            REAL.ask(
                "as a teacher, what is a normal attention span for a 5 year old", Level.beginner));
    assertEquals(
        List.of("fine-tuning", "rag"),
        REAL.ask("what is the difference, rag or fine tuning", Level.beginner).ids().stream()
            .limit(2)
            .sorted()
            .toList());
  }

  @Test
  void askingWhatSomethingIsCalledIsNotAnsweredWithTheNameAlreadyGiven() {
    assertEquals(
        "multimodal",
        first("gpt-4o can look at a photo and answer out loud, what kind of model is that"));
  }

  @Test
  void anEntryNamedOnlyByAnEverydayWordAnswersWhenTheRestIsAboutTheFieldToo() {
    assertThrows(
        NoMatchException.class,
        () -> REAL.ask("my cat has a high temperature what do i do", Level.beginner));
    assertEquals(
        List.of("temperature"),
        REAL.ask("why does a high temperature make the output so random", Level.beginner).ids());
    assertEquals(
        List.of("deep-learning"), REAL.ask("deep learning in simple terms", Level.beginner).ids());
    assertEquals(
        List.of("clip"),
        REAL.ask("CLIP meaning in ai (not video clips lol)", Level.beginner).ids());
    assertEquals(List.of("rag"), REAL.ask("what is the point of rag", Level.beginner).ids());
  }

  @Test
  void misspeltQuestionWordsAreNotWordsThePackLacks() {
    // "wich" and "dosent" are "which" and "doesn't", not words that pull the score under the floor
    assertEquals(
        List.of("clip"),
        REAL.ask("how does clip learn wich caption goes with wich image", Level.beginner).ids());
  }

  @Test
  void theAiSomeonePointsAtIsTheSystemTheyUseNotAiItself() {
    // "my ai", "the ai": a system in the asker's hands, which says nothing about AI as a field
    assertNothingAnswers(
        "my ai robot vacuum keeps mapping the kitchen and hallway as one room how do i split them",
        "our ai doorbell camera keeps missing the postman");
    // AI itself, asked about or named bare, is still the topic
    assertEquals(List.of("artificial-intelligence"), REAL.ask("what is ai", Level.beginner).ids());
    assertEquals(
        List.of("artificial-intelligence"),
        REAL.ask("is a chess engine that never learns still ai", Level.beginner).ids());
    assertEquals(
        List.of("ai-agent"),
        REAL.ask("what makes an ai agent different from a chatbot", Level.beginner).ids());
  }

  @Test
  void whatEvenIsAndWtfIsAskWhatSomethingIs() {
    assertEquals(
        List.of("embedding"),
        REAL.ask(
                "my friend keeps saying embeddings at work, what even is an embedding",
                Level.beginner)
            .ids());
    assertEquals(List.of("rlhf"), REAL.ask("wtf is rlhf", Level.beginner).ids());
  }

  @Test
  void whatIsXAndAnotherQuestionIsAboutXUnlessXIsOnlyAnEverydayWord() {
    assertEquals(
        List.of("lora"),
        REAL.ask(
                "what is a lora and why do all the anime models on civitai use them",
                Level.beginner)
            .ids());
    assertNothingAnswers(
        "what is a transformer and how does it step down voltage",
        "what is diffusion and why does ink spread in water",
        "what is a model and how do i become one",
        "what is a window and how do i clean it",
        "what is a layer and how do i bake a cake",
        "what is a rag and how do i wash it");
  }

  @Test
  void wordsOfAccountsAndSettingsInALearningQuestionDoNotRefuseIt() {
    // a phrase elsewhere refuses a question wherever it stands, so none may be one a learning
    // question uses
    assertEquals("cost", first("how much is paid per year for gpu compute to train an llm"));
    assertEquals("ai-agent", first("can an ai agent contact support for me"));
    assertEquals("mode-collapse", first("why does midjourney make everything look like dark mode"));
  }

  @Test
  void turningASettingOffIsAQuestionAboutTheSetting() {
    assertEquals(
        "temperature",
        first("how do i turn off temperature sampling so the output is deterministic"));
    assertEquals(
        "classifier-free-guidance",
        first("how do i turn off classifier-free guidance in stable diffusion"));
    assertEquals("top-p-sampling", first("how to disable top-p sampling"));
  }

  @Test
  void aConceptNamedInPassingDoesNotTakeTheQuestionFromTheTopicItIsAbout() {
    // "ai" names artificial intelligence, but the question is about what each costs
    assertEquals("cost", first("which uses more electricity, one ai picture or one chatgpt reply"));
  }

  @Test
  void aQuotedEverydayWordIsStillAnEverydayWord() {
    // quotes say a word was met somewhere, not that it was met in this field
    assertNothingAnswers(
        "the travel 'agent' booked the wrong hotel",
        "what does 'attention' deficit mean",
        "what does 'overfit' mean in clothes",
        "how often to bathe a 'chinchilla'",
        "my gran calls it a 'rag' when she cleans the windows");
  }

  @Test
  void aQuestionThatSaysItIsAboutTheFieldMayTellItsSituationInOtherWords() {
    // "autocorrect" is a word the pack never uses; "generative ai" says the rest is about the
    // field. Asked with "generative" alone, the rules refuse it, but the examples teach that
    // "what counts as generative" is asked about generative AI (docs/adr/0011)
    assertEquals(
        List.of("generative-ai"),
        REAL.ask("what counts as generative ai? is autocorrect generative ai", Level.beginner)
            .ids());
    assertEquals(
        List.of("generative-ai"),
        REAL.ask("what counts as generative? is autocorrect generative", Level.beginner).ids());
  }

  @Test
  void aStoryOfWhatAMachineDidThenWhyOrWhatItIsCalledIsTheTopicNotItsSituation() {
    // "statute" and "section" are how it was told; "why does this happen" asks about the story
    assertEquals(
        "hallucination",
        first(
            "The assistant gave me a statute section that does not exist and stated it with"
                + " complete confidence. Why does this happen?"));
    assertEquals(
        "overfitting",
        first(
            "our fraud model was perfect in backtest and trash in prod. whats the term for this"));
    // a machine that is no model of the pack's still gets nothing
    assertNothingAnswers(
        "the app drains my battery overnight, why does it do that",
        "our phone system drops calls after 10 minutes. what's the term for this?",
        // a coffee machine or a bank's software is no model, however the story ends
        "the coffee machine makes a screeching noise, how does this work",
        "my bank's software logged me out mid-transfer, what went wrong");
  }

  @Test
  void whatTheFirstWeighedSideIsDoneOnGoesOnlyWhenItNamesNothingWithIt() {
    assertEquals(
        List.of("fine-tuning", "rag"),
        REAL.ask(
                "should we fine tune the bot on our KB or just use retrieval? what's the diff",
                Level.beginner)
            .ids());
    // "rely on" and "built on" name the side with their "on"
    assertEquals(
        List.of("chain-of-thought", "reasoning-model"),
        REAL.ask(
                "should we rely on chain of thought prompting or a reasoning model? whats the"
                    + " difference",
                Level.beginner)
            .ids());
  }

  @Test
  void anExamsDistinguishOrDifferentiateSetsTwoThingsSideBySide() {
    assertEquals(
        List.of("gan", "vae"), REAL.ask("distinguish between gans and vaes", Level.beginner).ids());
    assertEquals(
        List.of("rag", "fine-tuning"),
        REAL.ask("differentiate rag from fine-tuning", Level.beginner).ids());
  }

  @Test
  void chatShorthandForAndJoinsTheTwoSidesOfADifference() {
    assertEquals(
        List.of("gan", "diffusion-model"),
        REAL.ask("difference between gan & diffusion", Level.beginner).ids());
    assertEquals(
        List.of("temperature", "top-p-sampling"),
        REAL.ask("whats the diff between temp n top p", Level.beginner).ids());
  }

  @Test
  void oneSideNamedWithOneOfItsFacetsAnswersWithTheFacet() {
    assertEquals("challenges", first("what are the risks of gen ai for schools"));
    assertEquals("timeline", first("when did all this gen ai stuff actually start"));
    // what the side is stays the side's definition
    assertEquals("generative-ai", first("what is generative ai"));
    assertEquals(
        "llm",
        first("guy on a podcast said it's just an llm like that explains it, what even is one"));
  }

  @Test
  void anAcronymTypedInItsOwnCapitalsIsNoEverydayWord() {
    assertEquals(
        "lora",
        first(
            "People sell small 'LoRA' files that make images in one artist's style. What are these"
                + " little files, and how do they change the model?"));
    // other capitals are other things; and the right capitals only lift the doubt on the word, the
    // rest must still be about the field: a RAG doll, a RAG (red, amber, green) rating
    assertNothingAnswers(
        "LoRa radio range for iot sensors in a farm",
        "are GaN chargers safe for my iphone",
        "how do I wash a RAG doll without ruining the hair",
        // found by a reviewer: the examples' rag was a near tie with "nothing answers this"
        "how do i wash a rag doll",
        "RAG rating red amber green meaning",
        "how to CLIP the coupon in the store app");
  }

  @Test
  void anEverydayNameThatIsPartOfAnotherThingsNameIsNotTheEntry() {
    // tried as a new user: each was answered with the entry its first word names
    assertNothingAnswers(
        "what is a rag doll",
        "what is rope skipping",
        "what is a token economy",
        "what is a flow chart",
        "what is a temperature sensor",
        // "how it works" names the architecture dimension, but says nothing of the field
        "how does a rag doll work",
        "how does a temperature sensor work");
    // a word the entry itself uses, or what follows the name, keeps the entry
    assertEquals("lora", first("what is a lora adapter"));
    assertEquals("rag", first("what is a rag pipeline"));
    assertEquals("rag", first("what is rag in simple terms"));
    assertEquals("classifier-free-guidance", first("what is a guidance scale"));
    assertEquals("tokenization", first("what is a token limit"));
    // found by a reviewer: another entry that says "token" says "budget" too
    assertEquals("tokenization", first("what is a token budget"));
    assertEquals("lora", first("how does a lora adapter work"));
    assertEquals("rag", first("how does rag work"));
  }

  @Test
  void whomAnExplanationIsForIsNoPartOfTheThingExplained() {
    // tried as a new user: a teacher's "explain X for my class" was refused, the class and the
    // newsletter read as another topic
    assertEquals("embedding", first("explain embeddings for my year 10 class"));
    assertEquals("tokenization", first("explain tokens for a newsletter piece"));
    assertEquals("hallucination", first("how would you explain hallucination to a 10 year old"));
    // guards, refused before this rule too: the thing must still be the pack's, and a subject in
    // place of an audience may say which sense of an everyday name is meant
    assertNothingAnswers(
        "explain photosynthesis for my year 9 biology lesson",
        "explain a transformer for a physics class",
        "explain temperature to my year 8 science class");
  }

  @Test
  void aTypoNearARareWordAsWellIsReadAsTheCommonerOne() {
    // tried as a new user: "modles" is one slip from "models" and "modules", and the rare word
    // outweighed the name
    // the rules alone: with the examples, another test asks the same
    assertEquals(
        List.of("diffusion-model"),
        RULES.ask("what are diffusion modles", Level.beginner).ids().subList(0, 1));
  }

  @Test
  void aThingNothingInThePackKnowsIsNotAnsweredFromTheShapeOfTheQuestion() {
    // tried as a new user: the examples answered "how does a gun work" with diffusion models
    assertNothingAnswers("how does a gun work", "what is a gun");
    // a known name, or a typo of one, is still answered
    assertEquals("transformer", first("how does a transfomer work"));
  }

  @Test
  void aBillCountedInTokensAsksWhatATokenIs() {
    assertEquals(
        "tokenization",
        first(
            "openai bill is counted in tokens. a token is one word? portuguese words seem to cost"
                + " more"));
    assertNothingAnswers("he is a token of the old guard, one word: loyal");
  }

  @Test
  void aBotInTheStoryTellsItIsAboutTheFieldThoughLessSurelyThanAFieldWord() {
    // "spreadsheet problem" and "two hours" are how it was told
    assertEquals(
        "context-window",
        first(
            "the bot forgot what i said at the start of our chat, we'd been going for like two"
                + " hours on the same spreadsheet problem"));
    assertNothingAnswers("the discord bot keeps kicking new members");
  }

  @Test
  void aNameSpokenLetterByLetterIsTheName() {
    // dictated on a phone: "el el em" is what a voice-to-text app writes for "LLM"
    assertEquals("relationship", first("generative ai and el el em same thing or different"));
  }

  @Test
  void aQuestionThatAsksForSomethingElsewhereIsNotAnswered() {
    for (String q :
        List.of(
            "should I buy Nvidia shares before the next earnings report",
            "What's a typical machine learning engineer salary in Berlin these days?",
            "write me a short poem about prompt engineering",
            "when will gpt-6 be released",
            "my dog is a people pleaser",
            "what's the phone number of the pizza place near me",
            "the dishwasher spat out a weird noise",
            "is ai stocks a bubble, should i sell my shares")) {
      NoMatchException e =
          assertThrows(NoMatchException.class, () -> REAL.ask(q, Level.beginner), q);
      assertTrue(e.getMessage().startsWith("nothing in this pack answers that"), e.getMessage());
    }
    // whatever shape the question has
    assertThrows(
        NoMatchException.class, () -> REAL.ask("rag vs fine tuning stock price", Level.beginner));
    // a field word says the question is about AI, not that an everyday name means the AI sense
    assertThrows(
        NoMatchException.class,
        () -> REAL.ask("my dog has a high temperature, chatgpt said to see a vet", Level.beginner));
    // and says what the pack is for, not topics near a poem
    NoMatchException poem =
        assertThrows(
            NoMatchException.class, () -> REAL.ask("write me a poem about my cat", Level.beginner));
    assertTrue(poem.getMessage().contains("explains the technology"), poem.getMessage());
    assertEquals(
        List.of("machine-learning"),
        REAL.ask("What's machine learning, in a sentence?", Level.beginner).ids());
  }

  @Test
  void aPhrasingSaidAmongOtherWordsStillCounts() {
    assertEquals(
        List.of("deepfake"),
        REAL.ask(
                "saw on the evening news a video of a politician saying things he never said,"
                    + " they said AI made it. what is that called",
                Level.beginner)
            .ids());
    // one word in common does not say a phrasing: "training tips" is not "tips for prompting"
    assertThrows(
        NoMatchException.class,
        () -> REAL.ask("how do i stop my puppy biting, training tips", Level.beginner));
  }

  @Test
  void anEverydayNameThatLeadsNowhereGivesWayToTheNextEntry() {
    assertEquals(
        List.of("mode-collapse"),
        REAL.ask(
                "my gan keeps generating nearly the same face no matter what noise i feed it",
                Level.beginner)
            .ids());
    // with nothing else close, the everyday name still answers nothing
    assertThrows(
        NoMatchException.class,
        () ->
            REAL.ask("what does gan mean in mandarin, my friend keeps saying it", Level.beginner));
  }

  @Test
  void isXGenerativeIsAnsweredWithWhereItSits() {
    Answer a = answer("is a transformer generative?");
    assertEquals(Answer.Kind.placement, a.kind());
    assertEquals(List.of("transformer"), a.ids());
  }

  @Test
  void aQuestionThatRepeatsAMisconceptionGetsTheCorrection() {
    Answer a = answer("are genai and llms rival categories");
    assertEquals(Answer.Kind.misconception, a.kind());
    assertEquals("One contains the other.", a.misconception().orElseThrow().correction());
  }

  @Test
  void belowTheFloorNothingAnswers() {
    for (String q :
        List.of("best pizza in rome", "how do i bake bread", "transformer toys for kids")) {
      NoMatchException e = assertThrows(NoMatchException.class, () -> answer(q), q);
      assertTrue(e.getMessage().startsWith("nothing in this pack answers that"), e.getMessage());
    }
  }

  @Test
  void aSideDoneOnSomethingIsStillOneOfTwo() {
    // what the first side is done on named nothing with it, so only RAG was found, and the
    // examples then said nothing answers this
    Answer a =
        REAL.ask(
            "Should we fine-tune on our procedures or set up RAG? What's the difference between the"
                + " two approaches?",
            Level.beginner);
    assertEquals(Answer.Kind.comparison, a.kind());
    assertEquals(List.of("fine-tuning", "rag"), a.ids());
    // two sides set against each other keep what they are for: the data is compared
    assertEquals("data", first("training data for image generators vs llms, whats different"));
  }

  @Test
  void howAnEntryNamedByNameWorksIsThatEntry() {
    // the examples' "nothing answers this", learned from "how do solar panels work", had refused
    // these
    assertEquals("transformer", first("how do transformers work"));
    assertEquals("vae", first("how do vaes work"));
    assertEquals("context-window", first("how do context windows work"));
    assertEquals("vector-database", first("How do vector databases actually work?"));
    // a name alone asks what it is
    assertEquals("hallucination", first("hallucinations?"));
    assertNothingAnswers(
        "how do solar panels work",
        "distillation of rum in cuba, how does the column work",
        "how do modeling agencies actually work");
  }

  @Test
  void aNameWithATypoOrAskedToBeToldAboutIsStillNamed() {
    // a typo in the name and "tell me about" both left the examples' "nothing answers this"
    // standing
    assertEquals("transformer", first("how do transfomers work"));
    assertEquals("transformer", first("tell me about transformers"));
    assertEquals("vae", first("can you describe VAEs?"));
    assertEquals("diffusion-model", first("what are diffusion modles"));
    assertNothingAnswers("tell me about solar panels", "tell me about the weather in paris");
  }

  @Test
  void typosAreReadAndSaidSo() {
    Answer a = answer("what is a transfomer");
    assertEquals(List.of("transformer"), a.ids());
    assertEquals(List.of(new Answer.ReadAs("transfomer", "transformer")), a.corrections());
    // an English word near a pack word was typed as meant: no "clause" read as "claude", no
    // "production" as "prediction"
    assertEquals(
        List.of(),
        REAL.ask(
                "drafting a contract clause, would generative AI tools include large language models",
                Level.beginner)
            .corrections());
    assertEquals(
        List.of(),
        REAL.ask(
                "can the bot answer from our production notebooks without training it again",
                Level.beginner)
            .corrections());
  }

  @Test
  void seeAlsoNeverRepeatsTheAnswerAndHoldsAtMostThree() {
    Answer a = answer("what is self attention");
    assertTrue(a.seeAlso().size() <= 3);
    assertTrue(a.seeAlso().stream().noneMatch(s -> s.id().equals("self-attention")));
    assertTrue(a.seeAlso().stream().anyMatch(s -> s.id().equals("transformer")), a::toString);
  }

  @Test
  void aLongStoryIsAnsweredByTheClauseThatAsksWhenItNamesTheEntry() {
    assertEquals(
        "hallucination",
        first(
            "asked the computer what day the cattle market at llanfair is on and it told me"
                + " tuesday at ten, the market closed in 2019. why does it make things up"));
    // a clause that names nothing, or only an everyday word in a story from outside the field
    assertNothingAnswers(
        "the transformer in the garden shed buzzes all night, is that dangerous",
        "my daughter sees things when her fever spikes at night, are hallucinations dangerous");
    // a clause whose entry the whole question barely reaches: the story is about cooking
    assertNothingAnswers(
        "a chatbot told me to add baking soda to my chilli to cut the acidity, does that really"
            + " work");
  }

  @Test
  void aStoryFromOutsideTheFieldIsNotAnsweredByATopicWordInItsLastClause() {
    // a dimension's aliases ("how it works", "risks", "quality") are words used of anything
    assertNothingAnswers(
        "i bought an air fryer with a dozen settings yesterday, how does it work",
        "my friend wants to try skydiving for her birthday, what are the risks",
        "my toddler mixes up words all the time, why does he make things up");
    // a story that says it is about the field may still be answered by such a clause
    assertEquals(
        "challenges",
        first("we're rolling out chatgpt to the whole council next month, what are the risks"));
  }

  @Test
  void aFakeVideoOfSomeoneIsADeepfakeThoughAFakeOrAFaceSwapMayBeEveryday() {
    assertEquals(
        "deepfake",
        first(
            "someone made a fake video of our headteacher saying horrible stuff, how is that even"
                + " possible"));
    assertNothingAnswers(
        "how do i swap my face id to a new phone",
        "my video doorbell keeps freezing, how do i fix it",
        "how do i spot a fake designer handbag");
  }

  @Test
  void whatTheExamplesTeachAnswersAQuestionTheRulesRefused() {
    // written for this test, in no example: the situation's words are ones the pack never uses,
    // and no word says it is about the field ("the bot" would)
    String q =
        "our parish newsletter volunteer fed the whole 300 page minutes archive to the thing and by"
            + " the end it had no memory of the first pages. is there a cap on how much it reads at"
            + " once";
    assertThrows(NoMatchException.class, () -> RULES.ask(q, Level.beginner));
    assertEquals("context-window", first(q));
  }

  @Test
  void aLowAnswerFarAheadOfNothingIsAnsweredWhenTheQuestionSaysAWordOfTheField() {
    // a tuning question, measured by the classifier that never saw its file: memorization below
    // -0.2, "nothing" far below it, and "ai" says the question is about the field
    String q =
        "someone in discord said their ai song got copyright claimed cuz the model basically copied"
            + " a real song. can that actually happen";
    assertThrows(NoMatchException.class, () -> RULES.ask(q, Level.beginner));
    assertEquals(
        "memorization", REAL.without("ask-tuning-19.yaml").ask(q, Level.beginner).ids().get(0));
  }

  @Test
  void aQuestionClearOfNothingIsAnsweredFromTheLowerBar() {
    // a tuning question, measured by the classifier that never saw its file: the examples name
    // fine-tuning below the higher bar, and "nothing answers this" far below it
    String q =
        "can we train the model more on our own ED notes so it learns our abbreviations? like pt"
            + " c/o cp, sob etc";
    AskService unseen = REAL.without("ask-tuning-31.yaml");
    assertThrows(NoMatchException.class, () -> RULES.ask(q, Level.beginner));
    assertEquals(List.of("fine-tuning"), unseen.ask(q, Level.beginner).ids().subList(0, 1));
  }

  @Test
  void whatTheExamplesTeachReplacesAnEntryTheRulesChose() {
    String q =
        "bakery owner: a consultant wants to teach an existing model our recipes by training it a"
            + " bit more on them, what is that called";
    assertEquals(List.of("training"), RULES.ask(q, Level.beginner).ids());
    assertEquals("fine-tuning", first(q));
  }

  @Test
  void aPackWithoutTheBundledOneIsReadByTheRulesAlone() {
    // the fixture pack has a hallucination entry, but the examples are about the bundled pack
    assertTrue(
        LearnedAnswer.of(
                new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT),
                null,
                ModelStore.NONE)
            .isEmpty());
    assertTrue(
        LearnedAnswer.of(
                new ContentRepository(Packs.real(), ContentLimits.DEFAULT), null, ModelStore.NONE)
            .isPresent());
  }

  /** Each question gets "nothing in this pack answers that". */
  private static void assertNothingAnswers(String... questions) {
    for (String q : questions) {
      assertThrows(NoMatchException.class, () -> REAL.ask(q, Level.beginner), q);
    }
  }
}
