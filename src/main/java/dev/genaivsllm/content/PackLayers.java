package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Lexicon;
import dev.genaivsllm.model.MovedTopic;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How the packs in use combine for the files every pack may have: pack.yaml, sources.yaml, the quiz
 * files and recommend/signals.yaml are read from each pack and merged, a later pack winning on the
 * same key. (An entry with a file of its own, a dimension, concept or family, instead comes whole
 * from the topmost pack that has it: {@link PackFiles#readTop}.) The teaching order is merged here
 * too. The rules of merging live in one place so that {@link ContentRepository} only has to
 * remember the results.
 */
final class PackLayers {
  private final PackFiles files;
  private final Problems problems;

  /** Maps one pack's quiz file; the repository supplies what the questions may refer to. */
  interface QuizMapping {
    List<Question> map(String topic, String name, Node node);
  }

  PackLayers(PackFiles files, Problems problems) {
    this.files = files;
    this.problems = problems;
  }

  /**
   * Every pack with its own pack.yaml, bottom first; a pack.yaml that cannot be read is left out.
   */
  List<ContentRepository.Pack> packs() {
    List<ContentRepository.Pack> list = new ArrayList<>();
    for (Path root : files.roots()) {
      String name = PackFiles.display(root, ContentRepository.PACK);
      Node node = files.parse(root, ContentRepository.PACK);
      list.add(
          new ContentRepository.Pack(
              root, node == null ? null : PackMapper.map(name, node, problems)));
    }
    return list.stream().filter(p -> p.info() != null).toList();
  }

  /**
   * What the packs say together: the top pack's name and version, every pack's teaching order
   * (lower packs first), the last description given.
   */
  PackInfo together(List<ContentRepository.Pack> all) {
    if (all.isEmpty()) {
      throw ContentException.ofFile(
          files.roots().get(0).toString(), Rule.MISSING_FIELD, "pack.yaml cannot be read");
    }
    PackInfo top = all.get(all.size() - 1).info();
    Set<String> order = new LinkedHashSet<>();
    List<MovedTopic> moved = new ArrayList<>();
    String description = "";
    for (ContentRepository.Pack p : all) {
      order.addAll(p.info().order());
      moved.addAll(p.info().moved());
      description = p.info().description().isEmpty() ? description : p.info().description();
    }
    return new PackInfo(
        top.name(),
        top.version(),
        top.schemaVersion(),
        top.language(),
        top.reviewed(),
        description,
        List.copyOf(order),
        moved);
  }

  /**
   * The dimension ids in the packs' teaching order, the rest alphabetically. An id in the order
   * without a file is reported at its place in the pack.yaml that lists it (the topmost one).
   *
   * @param found every dimension id that has a file, alphabetically
   * @param order the order the packs give together
   * @param packs the packs in use, bottom first, each with its own order
   */
  List<String> inTeachingOrder(
      Set<String> found, List<String> order, List<ContentRepository.Pack> packs) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String id : order) {
      if (found.contains(id)) {
        ordered.add(id);
      } else {
        Path file = listing(id, packs).resolve(ContentRepository.PACK);
        int[] where = TextPositions.ofOrderEntry(file, id);
        problems.add(
            new Problem(
                file.toString(),
                where[0],
                where[1],
                "order",
                Rule.UNKNOWN_REFERENCE,
                "'"
                    + id
                    + "' is not a dimension (no "
                    + ContentRepository.DIMENSIONS
                    + "/"
                    + id
                    + PackFiles.SUFFIX
                    + ")"));
      }
    }
    ordered.addAll(found);
    return List.copyOf(ordered);
  }

  /** The folder of the topmost pack whose own order lists the id (else the top pack). */
  private Path listing(String id, List<ContentRepository.Pack> packs) {
    for (int i = packs.size() - 1; i >= 0; i--) {
      if (packs.get(i).info().order().contains(id)) {
        return packs.get(i).root();
      }
    }
    List<Path> roots = files.roots();
    return roots.get(roots.size() - 1);
  }

  /** Every pack's sources.yaml merged by key; a later pack's entry replaces an earlier one. */
  Bibliography bibliography() {
    Map<String, Source> merged = new LinkedHashMap<>();
    boolean any = false;
    for (Path root : files.roots()) {
      if (PackFiles.present(root.resolve(ContentRepository.SOURCES))) {
        any = true;
        String name = PackFiles.display(root, ContentRepository.SOURCES);
        Node node = files.parse(root, ContentRepository.SOURCES);
        if (node != null) {
          SourcesMapper.map(name, node, problems).all().forEach(s -> merged.put(s.key(), s));
        }
      }
    }
    if (!any) {
      problems.add(
          new Problem(
              PackFiles.display(files.roots().get(0), ContentRepository.SOURCES),
              0,
              0,
              "",
              Rule.MISSING_FIELD,
              "file not found: every pack in use needs a bibliography"));
    }
    return new Bibliography(List.copyOf(merged.values()));
  }

  /**
   * The whole question bank; a question in a later pack replaces one with the same id, while the
   * same id twice within one pack is a mistake.
   */
  List<Question> questions(QuizMapping mapping) {
    Map<String, Question> merged = new LinkedHashMap<>();
    for (Path root : files.roots()) {
      Map<String, String> fileOf = new HashMap<>();
      for (String topic : files.idsIn(root, ContentRepository.QUIZ)) {
        String relative = ContentRepository.QUIZ + "/" + topic + PackFiles.SUFFIX;
        String name = PackFiles.display(root, relative);
        Node node = files.parse(root, relative);
        if (node == null) {
          continue;
        }
        for (Question q : mapping.map(topic, name, node)) {
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
    return List.copyOf(merged.values());
  }

  /** Everyday words for the field's terms, from every pack that has a lexicon, merged. */
  Lexicon lexicon() {
    Lexicon merged = Lexicon.EMPTY;
    for (Path root : files.roots()) {
      if (PackFiles.present(root.resolve(ContentRepository.LEXICON))) {
        String name = PackFiles.display(root, ContentRepository.LEXICON);
        Node node = files.parse(root, ContentRepository.LEXICON);
        if (node != null) {
          merged = merged.merge(LexiconMapper.map(name, node, problems));
        }
      }
    }
    return merged;
  }

  /** The rules that connect goals to families, merged across packs (a later signal replaces). */
  SignalBook signals(List<String> familyIds) {
    SignalBook merged = null;
    for (Path root : files.roots()) {
      if (PackFiles.present(root.resolve(ContentRepository.SIGNALS))) {
        String name = PackFiles.display(root, ContentRepository.SIGNALS);
        Node node = files.parse(root, ContentRepository.SIGNALS);
        if (node != null) {
          SignalBook book = SignalMapper.map(name, node, familyIds, problems);
          merged = merged == null ? book : merged.merge(book);
        }
      }
    }
    if (merged == null) {
      throw ContentException.ofFile(
          PackFiles.display(files.roots().get(0), ContentRepository.SIGNALS),
          Rule.MISSING_FIELD,
          "file not found: recommend needs its rules");
    }
    return merged;
  }
}
