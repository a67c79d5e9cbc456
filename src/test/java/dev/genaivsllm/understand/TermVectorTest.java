package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vectors and sets of kinds iterate in a fixed order, so a score never depends on the run. */
class TermVectorTest {
  @Test
  void weightsIterateInKeyOrderWhateverOrderTheyCameIn() {
    List<String> stems =
        List.of("zeta", "alpha", "mu", "beta", "omega", "kappa", "delta", "gamma", "pi", "eta");
    TermVector.Builder b = new TermVector.Builder();
    stems.forEach(s -> b.add(s, 1 + s.length()));
    List<String> sorted = new ArrayList<>(stems);
    sorted.sort(null);
    assertEquals(sorted, new ArrayList<>(b.build().weights().keySet()));
    assertEquals(
        sorted.subList(1, sorted.size()),
        new ArrayList<>(b.build().without(List.of("alpha")).weights().keySet()));
  }

  @Test
  void theCosineIsTheSameWhicheverOrderTheStemsWereAddedIn() {
    TermVector a = new TermVector.Builder().add("x", 0.1).add("y", 0.7).add("z", 0.3).build();
    TermVector b = new TermVector.Builder().add("z", 0.3).add("x", 0.1).add("y", 0.7).build();
    TermVector q = new TermVector.Builder().add("y", 0.2).add("x", 0.9).add("z", 0.4).build();
    assertEquals(a.cosine(q), b.cosine(q), 0.0);
  }

  @Test
  void kindsIterateInTheEnumsOrder() {
    Set<Modality> kinds =
        Modality.ordered(List.of(Modality.latent, Modality.text, Modality.music, Modality.image));
    assertEquals(
        List.of(Modality.text, Modality.image, Modality.music, Modality.latent),
        new ArrayList<>(kinds));
  }
}
