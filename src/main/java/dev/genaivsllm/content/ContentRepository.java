package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content pack in one folder, read lazily: each file is parsed the first time something asks
 * for it, and at most once. {@code compare architecture} reads pack.yaml, sources.yaml and one
 * dimension file; only the overview reads them all.
 */
public final class ContentRepository {
  static final String PACK = "pack.yaml";
  static final String SOURCES = "sources.yaml";
  static final String DIMENSIONS = "dimensions";
  static final String CONCEPTS = "concepts";
  static final String QUIZ = "quiz";
  static final String FAMILIES = "recommend/families";
  static final String SIGNALS = "recommend/signals.yaml";
  private static final String SUFFIX = ".yaml";

  private final Path root;
  private final YamlReader reader;
  private final ContentMapper mapper = new ContentMapper();
  private final Map<String, Dimension> dimensions = new HashMap<>();
  private final Map<String, Concept> concepts = new HashMap<>();
  private PackInfo pack;
  private Bibliography bibliography;
  private List<String> dimensionIds;
  private List<String> conceptIds;
  private List<Question> questions;
  private List<Family> families;
  private SignalBook signals;

  public ContentRepository(Path root, ContentLimits limits) {
    this.root = root;
    this.reader = new YamlReader(limits);
  }

  public Path root() {
    return root;
  }

  public PackInfo pack() {
    if (pack == null) {
      pack = mapper.pack(PACK, read(PACK));
    }
    return pack;
  }

  public Bibliography bibliography() {
    if (bibliography == null) {
      bibliography = mapper.sources(SOURCES, read(SOURCES));
    }
    return bibliography;
  }

  /** Dimension ids from the file names, in the pack's teaching order, the rest alphabetically. */
  public List<String> dimensionIds() {
    if (dimensionIds == null) {
      List<String> found = listIds(DIMENSIONS);
      Set<String> ordered = new LinkedHashSet<>();
      for (String id : pack().order()) {
        if (!found.contains(id)) {
          throw ContentException.ofFile(
              PACK,
              "order: '" + id + "' is not a dimension (no " + DIMENSIONS + "/" + id + SUFFIX + ")");
        }
        ordered.add(id);
      }
      ordered.addAll(found);
      dimensionIds = List.copyOf(ordered);
    }
    return dimensionIds;
  }

  /** The dimension with exactly this id; the caller has resolved it with {@link #dimensionIds}. */
  public Dimension dimension(String id) {
    Dimension cached = dimensions.get(id);
    if (cached == null) {
      String name = DIMENSIONS + "/" + id + SUFFIX;
      cached = mapper.dimension(id, name, read(name), bibliography(), conceptIds());
      dimensions.put(id, cached);
    }
    return cached;
  }

  public List<Dimension> dimensions() {
    return dimensionIds().stream().map(this::dimension).toList();
  }

  /** Concept ids from the file names, alphabetically; a pack without concepts/ has none. */
  public List<String> conceptIds() {
    if (conceptIds == null) {
      conceptIds = Files.isDirectory(root.resolve(CONCEPTS)) ? listIds(CONCEPTS) : List.of();
    }
    return conceptIds;
  }

  /** The concept with exactly this id; the caller has resolved it with {@link #conceptIds}. */
  public Concept concept(String id) {
    Concept cached = concepts.get(id);
    if (cached == null) {
      String name = CONCEPTS + "/" + id + SUFFIX;
      cached = mapper.concept(id, name, read(name), bibliography(), conceptIds(), dimensionIds());
      concepts.put(id, cached);
    }
    return cached;
  }

  public List<Concept> concepts() {
    return conceptIds().stream().map(this::concept).toList();
  }

  /** Every model family for {@code recommend}, alphabetically; none when the pack has none. */
  public List<Family> families() {
    if (families == null) {
      List<String> ids = Files.isDirectory(root.resolve(FAMILIES)) ? listIds(FAMILIES) : List.of();
      List<Family> all = new ArrayList<>();
      for (String id : ids) {
        String name = FAMILIES + "/" + id + SUFFIX;
        all.add(mapper.family(id, name, read(name), bibliography(), conceptIds()));
      }
      families = List.copyOf(all);
    }
    return families;
  }

  /** The rules that connect goals to families. */
  public SignalBook signals() {
    if (signals == null) {
      signals =
          mapper.signals(SIGNALS, read(SIGNALS), families().stream().map(Family::id).toList());
    }
    return signals;
  }

  /** The whole question bank, file by file; question ids are unique across it. */
  public List<Question> questions() {
    if (questions == null) {
      List<Question> all = new ArrayList<>();
      Map<String, String> fileOf = new HashMap<>();
      List<String> topics = Files.isDirectory(root.resolve(QUIZ)) ? listIds(QUIZ) : List.of();
      for (String topic : topics) {
        String name = QUIZ + "/" + topic + SUFFIX;
        for (Question q :
            mapper.quiz(topic, name, read(name), bibliography(), conceptIds(), dimensionIds())) {
          String earlier = fileOf.putIfAbsent(q.id(), name);
          if (earlier != null) {
            throw ContentException.ofFile(
                name, "question id '" + q.id() + "' is already used in " + earlier);
          }
          all.add(q);
        }
      }
      questions = List.copyOf(all);
    }
    return questions;
  }

  private org.yaml.snakeyaml.nodes.Node read(String name) {
    if (!Files.isDirectory(root)) {
      throw ContentException.ofFile(root.toString(), "content pack folder not found");
    }
    return reader.read(root.resolve(name), name);
  }

  private List<String> listIds(String folder) {
    if (!Files.isDirectory(root)) {
      throw ContentException.ofFile(root.toString(), "content pack folder not found");
    }
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      throw ContentException.ofFile(folder + "/", "folder not found in the pack at " + root);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> ids = new ArrayList<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          String id = name.substring(0, name.length() - SUFFIX.length());
          if (!YamlMap.ID.matcher(id).matches() || id.length() > 40) {
            throw ContentException.ofFile(
                folder + "/" + name,
                "the file name must be an id: lower-case words joined by hyphens, then .yaml");
          }
          ids.add(id);
        }
      }
      ids.sort(null);
      return ids;
    } catch (IOException e) {
      throw ContentException.ofFile(folder + "/", "cannot list the folder: " + e.getMessage());
    }
  }
}
