// A synthetic content pack for benchmarks: N concepts and N dimensions in the real pack format
// (docs/content-guide.md), with a small bibliography, that passes
//   bin/genai-vs-llm lint --content-only --content OUTDIR
//
// Run it as a single-file program, no build and no dependencies:
//   java bench/GenPack.java OUTDIR N [SEED]
//
// The text is made of sentences drawn from a vocabulary of a few hundred words (the field's own
// words and plain English), so that search has varied words to match, prefixes and near misses
// included. Concepts are as long as the bundled ones (about 2.8 KB a file). Dimensions are about
// half as long as the bundled ones (3.3 KB instead of 7 KB), so that 10,000 of each, 20,000 files,
// stay under the 64 MiB a pack may hold (ContentLimits.maxPackBytes). The same N and SEED give
// the same pack, except the `reviewed` dates, which are today's so that lint finds nothing stale.
//
// Ids are lower-case words joined by hyphens and each file is named after its id. Every link
// resolves: related concepts and dimensions exist, a dimension lists a concept exactly when the
// concept lists the dimension, every cite key is in sources.yaml and every source is cited. No
// title or alias names two entries.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

public final class GenPack {
  /** The limit a pack must stay under (ContentLimits.DEFAULT.maxPackBytes). */
  private static final long MAX_PACK_BYTES = 64L * 1024 * 1024;
  /** Most entries in one folder (ContentLimits.DEFAULT.maxEntries). */
  private static final int MAX_ENTRIES = 20_000;

  // --- Vocabulary: the field's words, so that searches such as "attention" find something ---

  private static final String[] ADJ = {
    "sparse", "dense", "causal", "masked", "latent", "residual", "gated", "recurrent", "stochastic",
    "adversarial", "variational", "conditional", "autoregressive", "bidirectional", "multimodal",
    "contrastive", "hierarchical", "quantized", "distilled", "pretrained", "fine-tuned", "frozen",
    "learned", "rotary", "relative", "absolute", "linear", "nonlinear", "convolutional", "modular",
    "compressed", "calibrated", "grounded", "aligned", "synthetic", "curated", "noisy", "robust",
    "efficient", "scalable", "shallow", "deep", "wide", "narrow", "local", "global", "cached",
    "streaming", "parallel", "sequential", "discrete", "continuous", "probabilistic", "generative",
    "discriminative", "supervised", "unsupervised", "self-supervised", "instruction-tuned",
    "retrieval-augmented", "open-weight", "closed", "multilingual", "domain-specific", "general",
    "small", "large", "lightweight", "heavy", "early", "late", "shared", "private", "adaptive",
    "static", "dynamic", "implicit", "explicit", "symbolic", "neural", "hybrid", "visual",
    "acoustic", "textual", "spectral", "temporal", "spatial", "semantic", "lexical", "syntactic"
  };

  private static final String[] NOUN = {
    "attention", "transformer", "decoder", "encoder", "embedding", "token", "tokenizer", "vocabulary",
    "context", "window", "layer", "head", "gradient", "optimizer", "scheduler", "checkpoint",
    "dataset", "corpus", "benchmark", "metric", "score", "loss", "objective", "likelihood", "prior",
    "posterior", "sampler", "temperature", "diffusion", "denoiser", "scheduler", "autoencoder",
    "discriminator", "generator", "critic", "reward", "policy", "preference", "feedback", "adapter",
    "prompt", "instruction", "retriever", "index", "memory", "cache", "router", "expert", "gate",
    "mixture", "distribution", "manifold", "latent", "codebook", "quantizer", "patch", "pixel",
    "frame", "waveform", "spectrogram", "caption", "image", "video", "audio", "speech", "text",
    "code", "table", "graph", "sequence", "position", "rotation", "projection", "activation",
    "normalization", "dropout", "regularizer", "parameter", "weight", "bias", "kernel", "filter",
    "channel", "resolution", "horizon", "trajectory", "alignment", "hallucination", "calibration",
    "perplexity", "entropy", "divergence", "distance", "similarity", "classifier", "guidance",
    "schedule", "curriculum", "pipeline", "inference", "latency", "throughput", "batch", "shard",
    "cluster", "accelerator", "watermark", "provenance", "license", "evaluation", "annotation",
    "label", "summary", "translation", "answer", "question", "dialogue", "agent", "tool", "plan",
    "reasoning", "chain", "step", "draft", "verifier", "ranking", "search", "beam", "nucleus"
  };

  private static final String[] VERB = {
    "predicts", "encodes", "decodes", "compresses", "samples", "ranks", "scores", "filters",
    "retrieves", "aligns", "projects", "normalizes", "mixes", "routes", "caches", "generates",
    "reconstructs", "denoises", "conditions", "guides", "weights", "attends to", "summarizes",
    "translates", "classifies", "clusters", "measures", "estimates", "approximates", "bounds",
    "regularizes", "stabilizes", "speeds up", "slows down", "replaces", "extends", "shortens",
    "reuses", "shares", "splits", "merges", "tracks", "labels", "checks", "rewrites", "refines"
  };

  private static final String[] PLAIN = {
    "every system", "each team", "early work", "a recent paper", "the original paper",
    "a common recipe", "one popular variant", "the usual setup", "a later study", "the practitioner",
    "a newcomer", "the survey", "each open model", "a commercial system", "a research prototype"
  };

  private static final String[] LINK = {
    "because", "while", "although", "so that", "whereas", "since", "unless", "until", "after",
    "before", "once", "even when"
  };

  private static final String[] OPENER = {
    "In practice,", "In short,", "Put simply,", "For example,", "By contrast,", "As a rule,",
    "In most setups,", "At scale,", "Historically,", "In the simplest form,", "Roughly speaking,",
    "Since about 2020,"
  };

  private static final String[] SOURCE_FAMILY = {
    "Ashworth", "Baptiste", "Chandrasekar", "Dubois", "Eriksen", "Fujimoto", "Grabowski", "Haddad"
  };

  private static final String[] SOURCE_GIVEN = {
    "Mira", "Tomas", "Priya", "Lucien", "Ingrid", "Kenji", "Ola", "Samir"
  };

  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private final Random random;
  private final int n;
  private final LocalDate today = LocalDate.now();
  /** Every id, title and alias used so far, normalized the way the tool compares names. */
  private final Set<String> names = new HashSet<>();
  private final List<String> sourceKeys = new ArrayList<>();
  private final List<String[]> conceptWords = new ArrayList<>();
  private final List<String[]> dimensionWords = new ArrayList<>();
  private long bytes;

  private GenPack(int n, long seed) {
    this.n = n;
    this.random = new Random(seed * 1_000_003L + n);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: java bench/GenPack.java OUTDIR N [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n;
    long seed;
    try {
      n = Integer.parseInt(args[1]);
      seed = args.length == 3 ? Long.parseLong(args[2]) : 1;
    } catch (NumberFormatException e) {
      System.err.println("GenPack: N and SEED must be whole numbers");
      System.exit(2);
      return;
    }
    if (n < 2 || n > MAX_ENTRIES) {
      System.err.println("GenPack: N must be from 2 to " + MAX_ENTRIES + " (entries per folder)");
      System.exit(2);
    }
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          System.err.println("GenPack: " + out + " is not empty; give a new or empty folder");
          System.exit(2);
        }
      }
    }
    new GenPack(n, seed).write(out);
  }

  private void write(Path out) throws IOException {
    Files.createDirectories(out.resolve("concepts"));
    Files.createDirectories(out.resolve("dimensions"));
    for (int i = 0; i < SOURCE_FAMILY.length; i++) {
      sourceKeys.add(SOURCE_FAMILY[i].toLowerCase(Locale.ROOT) + (2014 + i));
    }
    // Ids first: related entries and links must name ids that exist.
    for (int i = 0; i < n; i++) {
      conceptWords.add(uniqueWords(2, 3));
    }
    for (int i = 0; i < n; i++) {
      dimensionWords.add(uniqueWords(1, 3));
    }
    writeFile(out.resolve("pack.yaml"), pack(out));
    writeFile(out.resolve("sources.yaml"), sources());
    for (int i = 0; i < n; i++) {
      writeFile(out.resolve("concepts").resolve(id(conceptWords.get(i)) + ".yaml"), concept(i));
    }
    for (int i = 0; i < n; i++) {
      writeFile(out.resolve("dimensions").resolve(id(dimensionWords.get(i)) + ".yaml"), dimension(i));
    }
    System.err.printf(
        Locale.ROOT,
        "GenPack: %d concepts and %d dimensions in %s, %.1f MiB%n",
        n,
        n,
        out,
        bytes / 1048576.0);
    if (bytes > MAX_PACK_BYTES) {
      System.err.println("GenPack: warning: over the 64 MiB pack limit; search and lint will refuse it");
    }
  }

  private void writeFile(Path file, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    bytes += data.length;
    Files.write(file, data);
  }

  // --- Files ---

  private String pack(Path out) {
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < Math.min(n, 12); i++) {
      order.append(i == 0 ? "" : ", ").append(id(dimensionWords.get(i)));
    }
    return "# A synthetic pack made by bench/GenPack.java for benchmarks; not real knowledge.\n"
        + "name: bench-synthetic-"
        + n
        + "\n"
        + "version: \"1.0.0\"\n"
        + "schemaVersion: 1\n"
        + "language: en\n"
        + "reviewed: "
        + today
        + "\n"
        + "description: >-\n"
        + "  Synthetic benchmark pack with "
        + n
        + " concepts and "
        + n
        + " dimensions; generated text, realistic in size, not in meaning.\n"
        + "order: ["
        + order
        + "]\n";
  }

  private String sources() {
    StringBuilder s = new StringBuilder();
    s.append("# Fictitious bibliography of the synthetic benchmark pack. Entries are cited by key only.\n\n");
    for (int i = 0; i < sourceKeys.size(); i++) {
      String key = sourceKeys.get(i);
      s.append(key).append(":\n");
      s.append("  title: ").append(capitalize(sentenceWords(5, 9))).append('\n');
      s.append("  authors: [\"")
          .append(SOURCE_FAMILY[i])
          .append(", ")
          .append(SOURCE_GIVEN[i])
          .append("\"]\n");
      if (i % 2 == 0) {
        s.append("  etal: true\n");
      }
      s.append("  year: ").append(2014 + i).append('\n');
      switch (i % 3) {
        case 0 -> s.append("  venue: Proceedings of a synthetic workshop ").append(2014 + i).append('\n');
        case 1 -> s.append("  arxiv: \"")
            .append(String.format(Locale.ROOT, "%02d%02d.%05d", 14 + i, 1 + i, 1000 + 37 * i))
            .append("\"\n");
        default -> s.append("  url: https://example.org/synthetic/").append(key).append('\n');
      }
      if (i == 3) {
        s.append("  unverified: [year]\n");
      }
      s.append("  note: Fictitious source made by bench/GenPack.java; ")
          .append(sentenceWords(6, 12))
          .append(".\n\n");
    }
    return s.toString();
  }

  private String concept(int i) {
    String[] words = conceptWords.get(i);
    String id = id(words);
    String title = capitalize(String.join(" ", words));
    List<String> aliases = aliases(words, 2 + random.nextInt(4), 60);
    Set<String> related = new LinkedHashSet<>();
    int wanted = Math.min(n - 1, 3 + random.nextInt(4));
    while (related.size() < wanted) {
      int j = random.nextInt(n);
      if (j != i) {
        related.add(id(conceptWords.get(j)));
      }
    }
    StringBuilder y = new StringBuilder();
    y.append("title: ").append(title).append('\n');
    y.append("aliases: [").append(String.join(", ", aliases)).append("]\n");
    y.append("definition: >-\n  ").append(text(120, 200, words)).append('\n');
    y.append("beginner: >-\n  ").append(text(560, 900, words)).append('\n');
    y.append("practitioner: >-\n  ").append(text(780, 1200, words)).append('\n');
    y.append("isNot: >-\n  ").append(text(220, 400, words)).append('\n');
    y.append("placement:\n");
    y.append("  side: ").append(new String[] {"genai", "llm", "both"}[random.nextInt(3)]).append('\n');
    y.append("  note: >-\n    ").append(text(90, 200, words)).append('\n');
    y.append("related: [").append(String.join(", ", related)).append("]\n");
    y.append("dimensions: [").append(String.join(", ", dimensionsOf(i))).append("]\n");
    y.append("sources: [").append(String.join(", ", keys(i, 2 + random.nextInt(4)))).append("]\n");
    y.append("reviewed: ").append(today).append('\n');
    return y.toString();
  }

  private String dimension(int d) {
    String[] words = dimensionWords.get(d);
    String title = capitalize(String.join(" ", words));
    List<String> aliases = aliases(words, 1 + random.nextInt(3), 40);
    int k = d + 4; // dimensions cite from the other half of the bibliography first
    StringBuilder y = new StringBuilder();
    y.append("title: ").append(title).append('\n');
    y.append("question: ").append(question(words)).append('\n');
    y.append("summary: >-\n  ").append(text(120, 200, words)).append('\n');
    y.append("aliases: [").append(String.join(", ", aliases)).append("]\n");
    for (String side : List.of("genai", "llm")) {
      y.append(side).append(":\n");
      y.append("  summary: >-\n    ").append(text(90, 160, words)).append('\n');
      y.append("  points:\n");
      int points = 2 + random.nextInt(3);
      for (int p = 0; p < points; p++) {
        y.append("    - text: >-\n        ").append(text(130, 240, words)).append('\n');
        y.append("      sources: [").append(String.join(", ", keys(k++, 1 + random.nextInt(2)))).append("]\n");
      }
    }
    y.append("nuance:\n");
    int nuance = 1 + random.nextInt(2);
    for (int p = 0; p < nuance; p++) {
      y.append("  - text: >-\n      ").append(text(160, 320, words)).append('\n');
      y.append("    sources: [").append(String.join(", ", keys(k++, 1 + random.nextInt(2)))).append("]\n");
    }
    y.append("misconceptions:\n");
    int misconceptions = 1 + random.nextInt(2);
    for (int p = 0; p < misconceptions; p++) {
      y.append("  - claim: ").append(text(50, 160, words)).append('\n');
      y.append("    correction: >-\n      ").append(text(140, 320, words)).append('\n');
      y.append("    sources: [").append(String.join(", ", keys(k++, 1 + random.nextInt(2)))).append("]\n");
    }
    y.append("concepts: [").append(String.join(", ", conceptsOf(d))).append("]\n");
    y.append("sources: [").append(String.join(", ", keys(d, 1 + random.nextInt(3)))).append("]\n");
    y.append("reviewed: ").append(today).append('\n');
    return y.toString();
  }

  // --- Links that go both ways: concept i is in dimensions i, i+1, i+2 (mod N) ---

  private List<String> dimensionsOf(int concept) {
    Set<String> ids = new LinkedHashSet<>();
    for (int k = 0; k < 3; k++) {
      ids.add(id(dimensionWords.get((concept + k) % n)));
    }
    return List.copyOf(ids);
  }

  private List<String> conceptsOf(int dimension) {
    Set<String> ids = new LinkedHashSet<>();
    for (int k = 0; k < 3; k++) {
      ids.add(id(conceptWords.get(Math.floorMod(dimension - k, n))));
    }
    return List.copyOf(ids);
  }

  /** {@code count} distinct cite keys, starting at {@code start}, so that every source is cited. */
  private List<String> keys(int start, int count) {
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      keys.add(sourceKeys.get(Math.floorMod(start + k, sourceKeys.size())));
    }
    return keys;
  }

  // --- Names ---

  /** Words for a new id, unique among every id, title and alias so far. */
  private String[] uniqueWords(int min, int max) {
    for (int attempt = 0; ; attempt++) {
      int count = min + random.nextInt(max - min + 1) + attempt / 50;
      String[] words = new String[count];
      for (int w = 0; w < count - 1; w++) {
        words[w] = pick(ADJ);
      }
      words[count - 1] = pick(NOUN);
      String id = id(words);
      if (id.length() <= 40 && new HashSet<>(List.of(words)).size() == count && names.add(id)) {
        return words;
      }
    }
  }

  /** Other names people would type: the plural, a shorter form, an acronym, a reordering. */
  private List<String> aliases(String[] words, int count, int maxLength) {
    String phrase = String.join(" ", words);
    List<String> candidates = new ArrayList<>();
    candidates.add(plural(phrase));
    if (words.length > 2) {
      candidates.add(String.join(" ", words[words.length - 2], words[words.length - 1]));
    }
    StringBuilder acronym = new StringBuilder();
    for (String w : words) {
      for (String part : w.split("-")) {
        acronym.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    candidates.add(acronym.toString());
    candidates.add(phrase + " approach");
    candidates.add(phrase + " model");
    candidates.add(phrase + " method");
    List<String> aliases = new ArrayList<>();
    for (String c : candidates) {
      String key = normalize(c);
      if (aliases.size() < count
          && c.length() <= maxLength
          && !YAML_WORDS.contains(c.toLowerCase(Locale.ROOT))
          && names.add(key)) {
        aliases.add(c);
      }
    }
    return aliases;
  }

  private static String plural(String phrase) {
    if (phrase.endsWith("y") && !phrase.endsWith("ey")) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("h")
        ? phrase + "es"
        : phrase + "s";
  }

  /** As the tool compares names: lower case, runs of spaces and underscores as hyphens. */
  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }

  private static String id(String[] words) {
    return String.join("-", words);
  }

  // --- Text ---

  private String question(String[] words) {
    String q =
        switch (random.nextInt(4)) {
          case 0 -> "How does " + String.join(" ", words) + " differ between the two?";
          case 1 -> "What " + pick(NOUN) + " does each one " + bare(pick(VERB)) + "?";
          case 2 -> "Where does the " + words[words.length - 1] + " come from?";
          default -> "Which " + pick(NOUN) + " matters most for " + String.join(" ", words) + "?";
        };
    return q.length() <= 90 ? q : "How do they differ?";
  }

  private static String bare(String verb) {
    String first = verb.split(" ")[0];
    String rest = verb.substring(first.length());
    String base =
        first.endsWith("ies")
            ? first.substring(0, first.length() - 3) + "y"
            : first.endsWith("ches") || first.endsWith("shes") || first.endsWith("sses")
                ? first.substring(0, first.length() - 2)
                : first.substring(0, first.length() - 1);
    return base + rest;
  }

  /** Sentences until about {@code target} characters, never over {@code max}, one line. */
  private String text(int target, int max, String[] topic) {
    StringBuilder s = new StringBuilder();
    int goal = target + random.nextInt(Math.max(1, (max - target) / 3));
    while (s.length() < goal) {
      String next = sentence(topic);
      int length = s.length() + (s.length() == 0 ? 0 : 1) + next.length();
      if (length > max) {
        if (s.length() > 0) {
          break;
        }
        continue; // a first sentence that is too long: draw another
      }
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(next);
    }
    return s.toString();
  }

  private String sentence(String[] topic) {
    String subject =
        switch (random.nextInt(4)) {
          case 0 -> "the " + String.join(" ", topic);
          case 1 -> pick(PLAIN);
          case 2 -> article(pick(ADJ)) + " " + pick(NOUN);
          default -> "the " + pick(NOUN);
        };
    StringBuilder s = new StringBuilder();
    if (random.nextInt(4) == 0) {
      s.append(pick(OPENER)).append(' ');
    }
    s.append(subject).append(' ').append(pick(VERB)).append(" the ");
    if (random.nextBoolean()) {
      s.append(pick(ADJ)).append(' ');
    }
    s.append(pick(NOUN));
    switch (random.nextInt(5)) {
      case 0 -> s.append(" of each ").append(pick(NOUN));
      case 1 -> s.append(" by about ").append(2 + random.nextInt(60)).append(" percent");
      case 2 -> s.append(" in ").append(2014 + random.nextInt(12));
      case 3 -> s.append(", ").append(pick(LINK)).append(' ').append(pick(PLAIN)).append(' ')
          .append(pick(VERB)).append(" the ").append(pick(NOUN));
      default -> { }
    }
    if (random.nextInt(3) == 0) {
      s.append(" (").append(pick(ADJ)).append(' ').append(pick(NOUN)).append(')');
    }
    s.append('.');
    String text = s.toString();
    return capitalize(text);
  }

  private String sentenceWords(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(i % 3 == 1 ? pick(ADJ) : pick(NOUN));
    }
    return String.join(" ", words);
  }

  /** "a sparse", "an early". */
  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}
