package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The content in use: one pack folder, or several layered (the bundled pack first, user packs on
 * top; an entry in a later pack replaces the entry with the same id, new ids add). Read lazily:
 * each file is parsed the first time something asks for it, and at most once, so {@code compare
 * architecture} reads pack.yaml, sources.yaml and one dimension file.
 *
 * <p>Loading is strict for commands: the first problem stops it, so a command never works from a
 * half-read pack. {@link #collecting} makes a repository for {@code lint} that records every
 * problem and skips what cannot be read.
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

  private final Supplier<List<Path>> rootsSupplier;
  private final ContentLimits limits;
  private final Problems problems;
  private final YamlReader reader;
  private final Map<String, Optional<Dimension>> dimensions = new HashMap<>();
  private final Map<String, Optional<Concept>> concepts = new HashMap<>();
  private List<Path> roots;
  private List<Pack> packs;
  private PackInfo pack;
  private Bibliography bibliography;
  private List<String> dimensionIds;
  private List<String> conceptIds;
  private List<Question> questions;
  private List<Family> families;
  private SignalBook signals;

  /** One pack in use: where it is and what its pack.yaml says. */
  public record Pack(Path root, PackInfo info) {}

  private ContentRepository(Supplier<List<Path>> roots, ContentLimits limits, Problems problems) {
    this.rootsSupplier = roots;
    this.limits = limits;
    this.problems = problems;
    this.reader = new YamlReader(limits);
  }

  /**
   * @param roots pack folders, bottom first; decided when content is first needed
   */
  public static ContentRepository layered(Supplier<List<Path>> roots, ContentLimits limits) {
    return new ContentRepository(roots, limits, Problems.strict());
  }

  public ContentRepository(Path root, ContentLimits limits) {
    this(() -> List.of(root), limits, Problems.strict());
  }

  /** A repository for {@code lint}: records every problem instead of stopping at the first. */
  static ContentRepository collecting(List<Path> roots, ContentLimits limits) {
    return new ContentRepository(() -> roots, limits, Problems.collecting());
  }

  List<Problem> problems() {
    return problems.list();
  }

  /** The pack folders in use, bottom first. */
  public List<Path> roots() {
    if (roots == null) {
      List<Path> given = List.copyOf(rootsSupplier.get());
      if (given.isEmpty()) {
        throw ContentException.ofFile("(none)", Rule.MISSING_FIELD, "no content pack in use");
      }
      for (Path root : given) {
        if (!Files.isDirectory(root)) {
          throw ContentException.ofFile(
              root.toString(), Rule.MISSING_FIELD, "content pack folder not found");
        }
      }
      roots = given;
    }
    return roots;
  }

  /** Every pack in use with its own pack.yaml, bottom first. */
  public List<Pack> packs() {
    if (packs == null) {
      List<Pack> list = new ArrayList<>();
      for (Path root : roots()) {
        String name = display(root, PACK);
        Node node = parse(root.resolve(PACK), root, name);
        list.add(new Pack(root, node == null ? null : PackMapper.map(name, node, problems)));
      }
      packs = list.stream().filter(p -> p.info() != null).toList();
    }
    return packs;
  }

  /**
   * What the packs in use say together: the top pack's name and version, every pack's teaching
   * order (lower packs first).
   */
  public PackInfo pack() {
    if (pack == null) {
      List<Pack> all = packs();
      if (all.isEmpty()) {
        throw ContentException.ofFile(
            roots().get(0).toString(), Rule.MISSING_FIELD, "pack.yaml cannot be read");
      }
      PackInfo top = all.get(all.size() - 1).info();
      Set<String> order = new LinkedHashSet<>();
      String description = "";
      for (Pack p : all) {
        order.addAll(p.info().order());
        description = p.info().description().isEmpty() ? description : p.info().description();
      }
      pack =
          new PackInfo(
              top.name(),
              top.version(),
              top.schemaVersion(),
              top.language(),
              top.reviewed(),
              description,
              List.copyOf(order));
    }
    return pack;
  }

  /** Every pack's sources.yaml merged by key; a later pack's entry replaces an earlier one. */
  public Bibliography bibliography() {
    if (bibliography == null) {
      Map<String, Source> merged = new LinkedHashMap<>();
      boolean any = false;
      for (Path root : roots()) {
        if (Files.exists(root.resolve(SOURCES))) {
          any = true;
          String name = display(root, SOURCES);
          Node node = parse(root.resolve(SOURCES), root, name);
          if (node != null) {
            SourcesMapper.map(name, node, problems).all().forEach(s -> merged.put(s.key(), s));
          }
        }
      }
      if (!any) {
        problems.add(
            new Problem(
                display(roots().get(0), SOURCES),
                0,
                0,
                "",
                Rule.MISSING_FIELD,
                "file not found: every pack in use needs a bibliography"));
      }
      bibliography = new Bibliography(List.copyOf(merged.values()));
    }
    return bibliography;
  }

  /** Dimension ids from the file names, in the packs' teaching order, the rest alphabetically. */
  public List<String> dimensionIds() {
    if (dimensionIds == null) {
      Set<String> found = ids(DIMENSIONS, true);
      Set<String> ordered = new LinkedHashSet<>();
      for (String id : pack().order()) {
        if (found.contains(id)) {
          ordered.add(id);
        } else {
          problems.add(
              new Problem(
                  display(roots().get(roots().size() - 1), PACK),
                  0,
                  0,
                  "order",
                  Rule.UNKNOWN_REFERENCE,
                  "'" + id + "' is not a dimension (no " + DIMENSIONS + "/" + id + SUFFIX + ")"));
        }
      }
      ordered.addAll(found);
      dimensionIds = List.copyOf(ordered);
    }
    return dimensionIds;
  }

  /** The dimension with exactly this id; the caller has resolved it with {@link #dimensionIds}. */
  public Dimension dimension(String id) {
    return tryDimension(id).orElseThrow(() -> unreadable(DIMENSIONS, id));
  }

  /** Every dimension that can be read, in teaching order. */
  public List<Dimension> dimensions() {
    return loaded(dimensionIds(), this::tryDimension);
  }

  /** Concept ids from the file names, alphabetically; a pack without concepts/ has none. */
  public List<String> conceptIds() {
    if (conceptIds == null) {
      conceptIds = List.copyOf(ids(CONCEPTS, false));
    }
    return conceptIds;
  }

  /** The concept with exactly this id; the caller has resolved it with {@link #conceptIds}. */
  public Concept concept(String id) {
    return tryConcept(id).orElseThrow(() -> unreadable(CONCEPTS, id));
  }

  public List<Concept> concepts() {
    return loaded(conceptIds(), this::tryConcept);
  }

  /** The whole question bank; a question in a later pack replaces one with the same id. */
  public List<Question> questions() {
    if (questions == null) {
      Map<String, Question> merged = new LinkedHashMap<>();
      for (Path root : roots()) {
        Map<String, String> fileOf = new HashMap<>();
        for (String topic : idsIn(root, QUIZ)) {
          String name = display(root, QUIZ + "/" + topic + SUFFIX);
          Node node = parse(root.resolve(QUIZ).resolve(topic + SUFFIX), root, name);
          if (node == null) {
            continue;
          }
          for (Question q :
              QuizMapper.map(
                  topic, name, node, bibliography(), conceptIds(), dimensionIds(), problems)) {
            String earlier = fileOf.putIfAbsent(q.id(), name);
            if (earlier != null) {
              problems.add(
                  new Problem(
                      name,
                      0,
                      0,
                      "",
                      Rule.DUPLICATE_ID,
                      "question id '" + q.id() + "' is already used in " + earlier));
            }
            merged.put(q.id(), q);
          }
        }
      }
      questions = List.copyOf(merged.values());
    }
    return questions;
  }

  /** Every model family for {@code recommend}, alphabetically; none when the packs have none. */
  public List<Family> families() {
    if (families == null) {
      List<Family> all = new ArrayList<>();
      for (String id : ids(FAMILIES, false)) {
        entry(
                FAMILIES,
                id,
                (name, node) ->
                    FamilyMapper.map(id, name, node, bibliography(), conceptIds(), problems))
            .ifPresent(all::add);
      }
      families = List.copyOf(all);
    }
    return families;
  }

  /** The rules that connect goals to families, merged across packs (a later signal replaces). */
  public SignalBook signals() {
    if (signals == null) {
      List<String> familyIds = families().stream().map(Family::id).toList();
      SignalBook merged = null;
      for (Path root : roots()) {
        if (Files.exists(root.resolve(SIGNALS))) {
          String name = display(root, SIGNALS);
          Node node = parse(root.resolve(SIGNALS), root, name);
          if (node != null) {
            SignalBook book = SignalMapper.map(name, node, familyIds, problems);
            merged = merged == null ? book : merged.merge(book);
          }
        }
      }
      if (merged == null) {
        throw ContentException.ofFile(
            display(roots().get(0), SIGNALS),
            Rule.MISSING_FIELD,
            "file not found: recommend needs its rules");
      }
      signals = merged;
    }
    return signals;
  }

  /** The file an entry is read from: the topmost pack that has it. */
  public Optional<Path> fileOf(String folder, String id) {
    String relative = folder + "/" + id + SUFFIX;
    for (int i = roots().size() - 1; i >= 0; i--) {
      Path file = roots().get(i).resolve(relative);
      if (Files.exists(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  private Optional<Dimension> tryDimension(String id) {
    return dimensions.computeIfAbsent(
        id,
        x ->
            entry(
                DIMENSIONS,
                id,
                (name, node) ->
                    DimensionMapper.map(id, name, node, bibliography(), conceptIds(), problems)));
  }

  private Optional<Concept> tryConcept(String id) {
    return concepts.computeIfAbsent(
        id,
        x ->
            entry(
                CONCEPTS,
                id,
                (name, node) ->
                    ConceptMapper.map(
                        id, name, node, bibliography(), conceptIds(), dimensionIds(), problems)));
  }

  private interface Mapping<T> {
    T map(String name, Node node);
  }

  /** Reads and maps the topmost pack's file for this id; empty when it could not be read. */
  private <T> Optional<T> entry(String folder, String id, Mapping<T> mapping) {
    String relative = folder + "/" + id + SUFFIX;
    for (int i = roots().size() - 1; i >= 0; i--) {
      Path root = roots().get(i);
      Path file = root.resolve(relative);
      if (Files.exists(file)) {
        String name = display(root, relative);
        Node node = parse(file, root, name);
        return node == null ? Optional.empty() : Optional.of(mapping.map(name, node));
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> loaded(
      List<String> ids, java.util.function.Function<String, Optional<T>> load) {
    List<T> all = new ArrayList<>();
    for (String id : ids) {
      load.apply(id).ifPresent(all::add);
    }
    return all;
  }

  private ContentException unreadable(String folder, String id) {
    return ContentException.ofFile(
        folder + "/" + id + SUFFIX, Rule.MISSING_FIELD, "cannot be read");
  }

  /**
   * Parses a file of a pack; in a collecting repository a file that cannot be parsed is recorded
   * and skipped (null).
   */
  private Node parse(Path file, Path root, String name) {
    try {
      checkInside(file, root, name);
      return reader.read(file, name);
    } catch (ContentException e) {
      problems.add(e.detail());
      return null;
    }
  }

  /** A file reached through a symbolic link that leads out of the pack folder is refused. */
  private static void checkInside(Path file, Path root, String name) {
    try {
      if (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
        throw ContentException.ofFile(
            name,
            Rule.OUTSIDE_PACK,
            "a symbolic link to " + file.toRealPath() + ", outside the pack folder " + root);
      }
    } catch (IOException e) {
      throw ContentException.ofFile(name, Rule.ENCODING, "cannot read the file: " + e.getMessage());
    }
  }

  /** The union of ids in a folder of every pack. */
  private Set<String> ids(String folder, boolean required) {
    Set<String> ids = new TreeSet<>();
    boolean any = false;
    for (Path root : roots()) {
      any |= Files.isDirectory(root.resolve(folder));
      ids.addAll(idsIn(root, folder));
    }
    if (required && !any) {
      problems.add(
          new Problem(
              display(roots().get(0), folder + "/"),
              0,
              0,
              "",
              Rule.MISSING_FIELD,
              "folder not found in the pack"));
    }
    return ids;
  }

  private List<String> idsIn(Path root, String folder) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> ids = new ArrayList<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
          continue;
        }
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (!ScalarReader.ID.matcher(id).matches() || id.length() > ScalarReader.MAX_ID) {
          problems.add(
              new Problem(
                  display(root, folder + "/" + name),
                  0,
                  0,
                  "",
                  Rule.BAD_ID,
                  "the file name must be an id: lower-case words joined by hyphens, then .yaml"));
          continue;
        }
        ids.add(id);
        if (ids.size() > limits.maxEntries()) {
          throw ContentException.ofFile(
              display(root, folder + "/"),
              Rule.TOO_LARGE,
              "more than " + limits.maxEntries() + " entries in one folder, over the limit");
        }
      }
      ids.sort(null);
      return ids;
    } catch (IOException e) {
      throw ContentException.ofFile(
          display(root, folder + "/"), Rule.ENCODING, "cannot list the folder: " + e.getMessage());
    }
  }

  /** How a file is named in messages: the pack folder as given, then the path inside it. */
  private static String display(Path root, String relative) {
    return root.resolve(relative).toString();
  }
}
