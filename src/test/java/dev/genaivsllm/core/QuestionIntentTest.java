package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionIntentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gan vs diffusion | COMPARE | gan | diffusion",
        "GAN versus Diffusion? | COMPARE | gan | diffusion",
        "what's the difference between a gan and diffusion | COMPARE | a gan | diffusion",
        "difference between rag and fine tuning | COMPARE | rag | fine tuning",
        "how does bert differ from gpt | COMPARE | bert | gpt",
        "compare lora and full fine-tuning | COMPARE | lora | full fine-tuning",
        "is rag the same as fine tuning | COMPARE | rag | fine tuning",
        "should i use rag or fine tuning | COMPARE | rag | fine tuning",
        "temperature vs top p, which should i change | COMPARE | temperature | top p",
        "flow matching vs diffusion - why did sd3 switch | COMPARE | flow matching | diffusion",
        "for a support bot, rag vs fine tuning? | COMPARE | rag | fine tuning",
        "rag vs fine tuning for our support bot | COMPARE | rag | fine tuning",
        "gan or vae, which one gives sharper images | COMPARE | gan | vae",
        "rlhf and instruction tuning, how do they differ | COMPARE | rlhf | instruction tuning",
        "is bert the same kind of thing as gpt | COMPARE | bert | gpt",
        "diffrence between rag and fine tuning | COMPARE | rag | fine tuning",
        // shorthand: no "between", no "are", "against" for "vs"
        "difference ai and machine learning | COMPARE | ai | machine learning",
        "machine learning and deep learning same thing or not | COMPARE | machine learning"
            + " | deep learning",
        "mamba against transformer, what's the real difference on long sequences | COMPARE"
            + " | mamba | transformer",
        "could you tell me the difference between bert and gpt, they came up at the course"
            + " | COMPARE | bert | gpt",
        "difference of llm and slm | COMPARE | llm | slm",
        // the asker's reason after "because" is a clause of its own
        "whats the diff between a gan and diffusion bc my teacher says gans are over | COMPARE"
            + " | a gan | diffusion",
        "difference between lora and qlora because the docs lost me | COMPARE | lora | qlora",
        // found by a reviewer: no comparison in a difference "in" something, or in guarding one
        // thing against another
        "the difference in price and speed | PLAIN | the difference in price and speed | ''",
        "protect llms against prompt injection, which defence is better | PLAIN"
            + " | protect llms against prompt injection, which defence is better | ''",
        "better to write good prompt or fine tune the model? what difference | WEIGHED"
            + " | better to write good prompt | fine tune the model",
        "why did everyone switch from gans to diffusion models for images"
            + " | COMPARE | gans | diffusion models",
        "flux uses rectified flow instead of diffusion, whats the difference"
            + " | WEIGHED | flux uses rectified flow | diffusion",
        "fewer bits per weight or a smaller student? which is which"
            + " | WEIGHED | fewer bits per weight | a smaller student",
        "why are vae samples blurry while gan samples look sharp? explain both side by side"
            + " | WEIGHED | why are vae samples blurry | gan samples look sharp",
        "do we fetch them at query time or retrain the model on them? weigh the two"
            + " | WEIGHED | do we fetch them at query time | retrain the model on them",
        // thirty-first session: more ways of weighing two things named first
        "flow matching and diffusion, same idea or not really? | COMPARE | flow matching"
            + " | diffusion",
        "instruction tuning and rlhf, what does each one add | COMPARE | instruction tuning | rlhf",
        "consistency models against regular diffusion, what do you lose | COMPARE"
            + " | consistency models | regular diffusion",
        "my friend says diffusion beat gans for textile patterns. how do the two work differently"
            + " | WEIGHED | my friend says diffusion | gans",
        "should we fine tune the assistant on our handbook or just let it search? what's the diff"
            + " | WEIGHED | should we fine tune the assistant on our handbook | just let it search",
        "gans and vaes, i need sharp faces | PLAIN | gans and vaes, i need sharp faces | ''",
        "should i pick rag over fine-tuning for our bot | COMPARE | rag | fine-tuning",
        "for our faq bot, better to fine tune a model or do rag on our documents? | COMPARE"
            + " | fine tune a model | do rag",
        "is it better to use rag or fine-tuning | COMPARE | use rag | fine-tuning",
        // found in review: the setting may end with a full stop, or with no mark at all
        "we have 200 pdfs. better to do rag or fine tuning? | COMPARE | do rag | fine tuning",
        "better to fine tune our own small model or use rag | COMPARE"
            + " | fine tune our own small model | use rag",
        "is it better to use a vae or gan | COMPARE | use a vae | gan",
        "how is lora unlike full fine tuning | COMPARE | lora | full fine tuning",
        "why did diffusion models beat gans for images | COMPARE | diffusion models | gans",
        "flows vs vaes when i need exact likelihoods | COMPARE | flows | vaes",
        "machine learning vs deep learning in simple terms | COMPARE | machine learning | deep learning",
        "is rag better than fine-tuning for company docs? | COMPARE | rag | fine-tuning",
        "prompt engineering or fine tuning for our bot | EITHER | prompt engineering | fine tuning",
        "do i need pinecone or something for rag | PLAIN | do i need pinecone or something for rag | ''",
        "bert vs gpt whats the diff | COMPARE | bert | gpt",
        "mamba vs transformer on really long inputs | COMPARE | mamba | transformer",
        "should i change temperature or top_p? how are they different | COMPARE | temperature | top_p",
        "is a reasoning model just chain-of-thought baked in? how do they differ | COMPARE"
            + " | a reasoning model | chain-of-thought baked in",
        "does an embedding model need a GPU? and what are embeddings anyway | DEFINE | embeddings | ''",
        "musician here, someone trained a LoRA on my art. what is a LoRA | DEFINE | lora | ''",
        "what is GPT exactly, one model or a whole family? | DEFINE | gpt | ''",
        "what does rlhf stand for | DEFINE | rlhf | ''",
        "how do gans work | DEFINE | gans | ''",
        "How does a VAE actually work? | DEFINE | vae | ''",
        "how does a model work | PLAIN | how does a model work | ''",
        "my nephew says mercury writes all at once. how does that work | PLAIN"
            + " | my nephew says mercury writes all at once. how does that work | ''",
        "what is a lora and why do all the anime models use them | DEFINE_THEN_MORE | lora | ''",
        "what is rag and how is it different from search | DEFINE_THEN_MORE | rag | ''",
        "what is perplexity for language models (the metric, not the app) | DEFINE | perplexity | ''",
        "why is the api priced per 1k tokens, is a token a word? | IS_A | a token | word",
        "GPT-4o can look at photos and talk. what makes a model multimodal | DEFINE | multimodal | ''",
        "NIST calls it confabulation - what is that in genai | PLAIN"
            + " | nist calls it confabulation - what is that in genai | ''",
        "full fine-tune or lora, what do i give up by going the cheap route | COMPARE"
            + " | full fine-tune | lora",
        "temperature and top_p both seem to make it random, how are they different | COMPARE"
            + " | temperature | top_p",
        "temperature and top-p seem to do the same thing, whats the difference | COMPARE"
            + " | temperature | top-p",
        "AI and machine learning are the same thing, right? | COMPARE | ai | machine learning",
        "Should we fine-tune or use RAG so the bot knows our policy documents? | COMPARE"
            + " | fine-tune | use rag",
        "Instruction tuning and RLHF: two separate steps or the same thing? | COMPARE"
            + " | instruction tuning | rlhf",
        "big llm or a small language model for an assistant on a laptop, pros and cons | COMPARE"
            + " | big llm | a small language model",
        "should i learn python or javascript | COMPARE | python | javascript",
        "summarize the difference between rag and fine tuning | COMPARE | rag | fine tuning",
        "are ai and machine learning the same thing or is one inside the other | COMPARE"
            + " | ai | machine learning",
        "bert and gpt, whats the diffrence, both are transformers no? | COMPARE | bert | gpt",
        "deep learning and machine learning difference please, simply | COMPARE | deep learning"
            + " | machine learning",
        "transformer mamba difference for long documents | COMPARE | transformer | mamba",
        "gan diffusion which one for generating images today | COMPARE | gan | diffusion",
        "temperature and top p, should i change both or only one | COMPARE | temperature | top p",
        "gan or vae which one for faces | COMPARE | gan | vae",
        // thirty-sixth session: which is better asked before the two are named
        "which is better, gans or diffusion | COMPARE | gans | diffusion",
        "which is better gan or diffusion | COMPARE | gan | diffusion",
        "what's faster, gans or diffusion models? | COMPARE | gans | diffusion models",
        "which is better for faces, gan or vae | COMPARE | gan | vae",
        "what is better, bert or gpt for search | COMPARE | bert | gpt",
        "which is better, chatgpt or something | PLAIN | which is better, chatgpt or something | ''",
        "which works better, rag or fine-tuning | COMPARE | rag | fine-tuning",
        "which uses less memory: quantization or distillation? | COMPARE | quantization"
            + " | distillation",
        "what causes hallucination, bad data or sampling | EITHER"
            + " | what causes hallucination, bad data | sampling",
        "whats the difference | PLAIN | whats the difference | ''",
        "model size difference explained | PLAIN | model size difference explained | ''",
        "embedding models which one for search | PLAIN | embedding models which one for search"
            + " | ''",
        "what is this llm hallucinating about | PLAIN | what is this llm hallucinating about | ''",
        "what is this bert my grandson keeps mentioning? | DEFINE_THEN_MORE | bert | ''",
        "we'll 'rag' the policy documents. what does that mean | DEFINE | rag | ''",
        "my daughter trains 'loras' and 'dreambooths', what is that | PLAIN"
            + " | my daughter trains 'loras' and 'dreambooths', what is that | ''",
        "what is this called | PLAIN | what is this called | ''",
        "is bert generative? | PLACEMENT | bert | ''",
        "is BERT an LLM | PLACEMENT | bert | ''",
        "are diffusion models a kind of generative ai | PLACEMENT | diffusion models | ''",
        "is a vae really generative or not | PLACEMENT | a vae | ''",
        "clip generative? | PLACEMENT | clip | ''",
        "why do llms make things up | PLAIN | why do llms make things up | ''",
        // thirty-eighth session: how it is to be told and whom it is for are no part of the thing
        "explain embeddings for my year 10 class | DEFINE | embeddings | ''",
        "explain a transformer for a physics class | PLAIN | explain a transformer for a physics"
            + " class | ''",
        "how would you explain hallucination to a 10 year old | DEFINE | hallucination | ''",
        // found by a reviewer: a tail that is no audience was taken into the thing
        "explain attention to psychology students | PLAIN | explain attention to psychology"
            + " students | ''",
        "rag is great, but what about fine tuning | PLAIN | rag is great, but what about fine"
            + " tuning | ''",
        "explain diffusion models in plain english for a newsletter piece | DEFINE"
            + " | diffusion models | ''",
        "can you explain the transformer to my grandma | DEFINE | transformer | ''",
        "explain rag simply | DEFINE | rag | ''",
        "explain how rag works | PLAIN | explain how rag works | ''",
        "is it true that gans are dead | PLAIN | is it true that gans are dead | ''"
      })
  void readsTheFrameOfAQuestion(String question, String type, String first, String second) {
    QuestionIntent intent = QuestionIntent.of(question);
    assertEquals(QuestionIntent.Type.valueOf(type), intent.type());
    assertEquals(first, intent.first());
    assertEquals(second, intent.second());
  }

  @org.junit.jupiter.api.Test
  void bothInALaterClauseWeighsOnlyWhenItAsksToWeigh() {
    assertEquals(
        QuestionIntent.Type.PLAIN,
        QuestionIntent.of(
                "my company uses gpt-4 while my school uses gemini. are both safe for private data?")
            .type());
    assertEquals(
        QuestionIntent.Type.WEIGHED,
        QuestionIntent.of("my company uses gpt-4 while my school uses gemini. compare both")
            .type());
  }
}
