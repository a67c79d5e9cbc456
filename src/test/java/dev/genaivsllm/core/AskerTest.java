package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lawyer here: can we fine-tune a model | can we fine-tune a model",
        "doctor here - the AI gave me a fake reference | the AI gave me a fake reference",
        "I'm a parent. what is a deepfake | what is a deepfake",
        "I'm a journalist writing an explainer: what makes a model large | what makes a model large",
        "as a teacher, how do i explain tokens | how do i explain tokens",
        "photographer asking: can it copy my photos | can it copy my photos",
        "rag vs fine tuning: which is cheaper | rag vs fine tuning: which is cheaper",
        "what is rag | what is rag",
        "LLM meaning in ai | LLM meaning",
        "what is a token in nlp? | what is a token",
        "in ai | in ai",
        "what's an embedding? explain like im in 10th grade | what's an embedding?",
        "explain transformers like i'm five | explain transformers",
        "eli5 diffusion models | diffusion models",
        "rlhf for a 12 year old | rlhf",
        "embeddings explained for an accountant | embeddings explained",
        "tokens explained to my nan | tokens explained",
        "embeddings for an accountant | embeddings for an accountant",
        "what is a normal attention span for a five year old"
            + " | what is a normal attention span for a five year old",
        "what is lora in layman's terms | what is lora",
        "self attention, what is it? explain like I'm a developer who never did ML"
            + " | self attention, what is it?",
        "explain like i'm a 5 year old what a transformer is | what a transformer is",
        "explain like im a developer, what is a transformer | , what is a transformer",
        "explain like i'm a lawyer why llms hallucinate? | why llms hallucinate?",
        "explain like i'm a developer what rag is? | what rag is?",
        "explain like i'm a developer? | explain like i'm a developer?"
      })
  void whoIsAskingIsNotTheQuestion(String asked, String question) {
    assertEquals(question, Asker.withoutAsker(asked));
  }
}
