package dev.genaivsllm.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A kind of model {@code recommend} can suggest, loaded from {@code recommend/families/<id>.yaml}.
 *
 * @param generative false for families that analyse rather than generate (encoders)
 * @param goals example jobs this family is the first choice for, as people put them (plain,
 *     business and expert wording); recommend matches a goal against them
 * @param usualFor the kinds of output this family is the usual first choice for when the goal says
 *     nothing else that sets two families apart (images: diffusion, not a GAN); each one of its
 *     outputs
 * @param tasks Hugging Face task ids
 */
public record Family(
    String id,
    String title,
    String summary,
    boolean generative,
    Set<Modality> inputs,
    Set<Modality> outputs,
    Set<Modality> usualFor,
    List<String> goodAt,
    List<String> goals,
    List<String> strengths,
    List<String> weaknesses,
    String costs,
    List<String> examples,
    List<String> tasks,
    List<String> concepts,
    List<String> sources,
    LocalDate reviewed) {
  public Family {
    inputs = Modality.ordered(inputs);
    outputs = Modality.ordered(outputs);
    usualFor = Modality.ordered(usualFor);
    goodAt = List.copyOf(goodAt);
    goals = List.copyOf(goals);
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    examples = List.copyOf(examples);
    tasks = List.copyOf(tasks);
    concepts = List.copyOf(concepts);
    sources = List.copyOf(sources);
  }
}
