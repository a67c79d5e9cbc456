package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.Lexicon;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The content in use: one pack folder, or several layered (the bundled pack first, user packs on
 * top; an entry in a later pack replaces the entry with the same id, new ids add). Read lazily:
 * each file is parsed the first time something asks for it, and at most once, so {@code compare
 * architecture} reads pack.yaml, sources.yaml and one dimension file.
 *
 * <p>Loading is strict for commands: the first problem stops it, so a command never works from a
 * half-read pack. {@link #collecting} makes a repository for {@code lint} that records every
 * problem and skips what cannot be read.
 *
 * <p>This class decides what is needed and remembers it; {@link PackFiles} does the reading
 * (folders, the topmost file, safe parsing) and {@link PackLayers} knows how the files every pack
 * may have are merged.
 */
public final class ContentRepository {
  static final String PACK = "pack.yaml";
  static final String SOURCES = "sources.yaml";
  static final String DIMENSIONS = "dimensions";
  static final String CONCEPTS = "concepts";
  static final String QUIZ = "quiz";
  static final String FAMILIES = "recommend/families";
  static final String SIGNALS = "recommend/signals.yaml";
  static final String LEXICON = "lexicon.yaml";
  static final String MAP = "map.yaml";
  static final String TIMELINE = "timeline.yaml";

  private final Problems problems;
  private final PackFiles files;
  private final PackLayers layers;
  private PictureLayers pictures;
  private final Map<String, Optional<Dimension>> dimensions = new HashMap<>();
  private final Map<String, Optional<Concept>> concepts = new HashMap<>();
  private List<Pack> packs;
  private PackInfo pack;
  private Bibliography bibliography;
  private List<String> dimensionIds;
  private List<String> conceptIds;
  private List<Question> questions;
  private List<Family> families;
  private SignalBook signals;
  private Lexicon lexicon;
  private FieldMap fieldMap;
  private Timeline timeline;

  /** One pack in use: where it is and what its pack.yaml says. */
  public record Pack(Path root, PackInfo info) {}

  private ContentRepository(
      Supplier<List<Path>> roots, ContentLimits limits, Problems problems, NodeCache cache) {
    this.problems = problems;
    this.files = new PackFiles(roots, limits, problems, cache);
    this.layers = new PackLayers(files, problems);
  }

  /**
   * @param roots pack folders, bottom first; decided when content is first needed
   * @param cache trees saved at build time, used for files whose bytes and limits they match
   */
  public static ContentRepository layered(
      Supplier<List<Path>> roots, ContentLimits limits, NodeCache cache) {
    return new ContentRepository(roots, limits, Problems.strict(), cache);
  }

  public ContentRepository(Path root, ContentLimits limits) {
    this(() -> List.of(root), limits, Problems.strict(), NodeCache.NONE);
  }

  /** A repository for {@code lint}: records every problem instead of stopping at the first. */
  static ContentRepository collecting(List<Path> roots, ContentLimits limits) {
    return new ContentRepository(() -> roots, limits, Problems.collecting(), NodeCache.NONE);
  }

  List<Problem> problems() {
    return problems.list();
  }

  /** The pack folders in use, bottom first. */
  public List<Path> roots() {
    return files.roots();
  }

  /** Every pack in use with its own pack.yaml, bottom first. */
  public List<Pack> packs() {
    if (packs == null) {
      packs = layers.packs();
    }
    return packs;
  }

  /**
   * What the packs in use say together: the top pack's name and version, every pack's teaching
   * order (lower packs first).
   */
  public PackInfo pack() {
    if (pack == null) {
      pack = layers.together(packs());
    }
    return pack;
  }

  /** Every pack's sources.yaml merged by key; a later pack's entry replaces an earlier one. */
  public Bibliography bibliography() {
    if (bibliography == null) {
      bibliography = layers.bibliography();
    }
    return bibliography;
  }

  /**
   * Dimension ids from the file names, in the packs' teaching order, the rest alphabetically. The
   * folders are listed when the list is first read, not for {@code contains} ({@link IdList}).
   */
  public List<String> dimensionIds() {
    if (dimensionIds == null) {
      dimensionIds =
          new IdList(
              () -> layers.inTeachingOrder(files.ids(DIMENSIONS, true), pack().order(), packs()),
              id -> files.fileOf(DIMENSIONS, id).isPresent());
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
      conceptIds =
          new IdList(
              () -> List.copyOf(files.ids(CONCEPTS, false)),
              id -> files.fileOf(CONCEPTS, id).isPresent());
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
      questions =
          layers.questions(
              (topic, name, node) ->
                  QuizMapper.map(
                      topic, name, node, bibliography(), conceptIds(), dimensionIds(), problems));
    }
    return questions;
  }

  /** Every model family for {@code recommend}, alphabetically; none when the packs have none. */
  public List<Family> families() {
    if (families == null) {
      List<Family> all = new ArrayList<>();
      for (String id : files.ids(FAMILIES, false)) {
        files
            .readTop(
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
  /** The everyday words for the field's terms, every pack's lexicon merged (none: empty). */
  public Lexicon lexicon() {
    if (lexicon == null) {
      lexicon = layers.lexicon();
    }
    return lexicon;
  }

  public SignalBook signals() {
    if (signals == null) {
      signals = layers.signals(families().stream().map(Family::id).toList());
    }
    return signals;
  }

  /**
   * The map of the field: every pack's map.yaml merged by id, its shape checked. A pack set without
   * any map.yaml is a content error.
   */
  public FieldMap fieldMap() {
    if (fieldMap == null) {
      fieldMap =
          pictures()
              .fieldMap(
                  (name, node) ->
                      MapMapper.map(name, node, bibliography(), conceptIds(), problems));
    }
    return fieldMap;
  }

  /** Both histories: every pack's timeline.yaml merged by event id, in date order. */
  public Timeline timeline() {
    if (timeline == null) {
      timeline =
          pictures()
              .timeline(
                  (name, node) ->
                      TimelineMapper.map(
                          name, node, bibliography(), conceptIds(), dimensionIds(), problems));
    }
    return timeline;
  }

  /** Whether any pack in use has this file ({@code lint} reads the pictures' files only then). */
  boolean anyPackHas(String file) {
    return pictures().any(file);
  }

  /** Made when a picture is first asked for, so that other commands load nothing of it. */
  private PictureLayers pictures() {
    if (pictures == null) {
      pictures = new PictureLayers(files, problems);
    }
    return pictures;
  }

  /** The file an entry is read from: the topmost pack that has it. */
  public Optional<Path> fileOf(String folder, String id) {
    return files.fileOf(folder, id);
  }

  private Optional<Dimension> tryDimension(String id) {
    return dimensions.computeIfAbsent(
        id,
        x ->
            files.readTop(
                DIMENSIONS,
                id,
                (name, node) ->
                    DimensionMapper.map(id, name, node, bibliography(), conceptIds(), problems)));
  }

  private Optional<Concept> tryConcept(String id) {
    return concepts.computeIfAbsent(
        id,
        x ->
            files.readTop(
                CONCEPTS,
                id,
                (name, node) ->
                    ConceptMapper.map(
                        id, name, node, bibliography(), conceptIds(), dimensionIds(), problems)));
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
        folder + "/" + id + PackFiles.SUFFIX, Rule.MISSING_FIELD, "cannot be read");
  }
}
