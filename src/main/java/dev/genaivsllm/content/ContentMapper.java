package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Placement;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.QuestionKind;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns YAML node trees into immutable records, enforcing each entry's template and limits (see
 * docs/content-guide.md) and resolving every cite key against the bibliography.
 */
final class ContentMapper {
  private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Set<String> SOURCE_ELEMENTS =
      Set.of("title", "authors", "year", "venue", "arxiv", "doi", "url");

  PackInfo pack(String file, Node node, Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "name",
                    "version",
                    "schemaVersion",
                    "language",
                    "reviewed",
                    "description",
                    "order"));
    return new PackInfo(
        map.id("name"),
        map.text("version", 20),
        map.integer("schemaVersion", 1, 1000),
        map.text("language", 20),
        map.date("reviewed"),
        map.optionalText("description", 200).orElse(""),
        map.ids("order", 0, 1000));
  }

  Bibliography sources(String file, Node node, Problems problems) {
    YamlMap all = YamlMap.of(file, "", node, problems);
    List<Source> sources = new ArrayList<>();
    for (String key : all.keys()) {
      if (!ScalarReader.ID.matcher(key).matches()) {
        all.report(
            key,
            Rule.BAD_ID,
            "cite key '" + key + "' must be lower-case letters, digits and hyphens");
      }
      sources.add(source(key, all.map(key)));
    }
    if (sources.isEmpty()) {
      problems.add(
          new Problem(file, 0, 0, "", Rule.MISSING_FIELD, "the bibliography has no sources"));
    }
    return new Bibliography(sources);
  }

  private Source source(String key, YamlMap map) {
    map.allowOnly(
        Set.of(
            "title",
            "authors",
            "etal",
            "year",
            "venue",
            "arxiv",
            "doi",
            "url",
            "unverified",
            "note"));
    var arxiv = map.optionalText("arxiv", 20);
    if (arxiv.isPresent() && !ARXIV.matcher(arxiv.get()).matches()) {
      map.report(
          "arxiv", Rule.WRONG_TYPE, "expected an arXiv id such as \"1706.03762\" (quote it)");
    }
    var url = map.optionalText("url", 300);
    if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
      map.report("url", Rule.WRONG_TYPE, "expected a web address starting with https://");
    }
    List<String> unverified = map.texts("unverified", 0, SOURCE_ELEMENTS.size(), 20);
    for (int i = 0; i < unverified.size(); i++) {
      if (!SOURCE_ELEMENTS.contains(unverified.get(i))) {
        map.report(
            "unverified",
            i,
            Rule.WRONG_TYPE,
            "'"
                + unverified.get(i)
                + "' is not one of "
                + String.join(
                    ", ", List.of("title", "authors", "year", "venue", "arxiv", "doi", "url")));
      }
    }
    List<String> authors = map.texts("authors", 1, 50, 100);
    if (authors.size() > 1) {
      for (int i = 0; i < authors.size(); i++) {
        if (!authors.get(i).contains(",")) {
          map.report(
              "authors",
              i,
              Rule.WRONG_TYPE,
              "write each person as \"Family, Given\" in quotes; unquoted, YAML splits the"
                  + " name at the comma");
        }
      }
    }
    var note = map.optionalText("note", 300);
    if (!unverified.isEmpty() && note.isEmpty()) {
      map.report(
          "unverified", Rule.MISSING_FIELD, "say in a note why these elements are unverified");
    }
    return new Source(
        key,
        map.text("title", 300),
        authors,
        map.bool("etal", false),
        map.integer("year", 1900, 2100),
        map.optionalText("venue", 200),
        arxiv,
        map.optionalText("doi", 100),
        url,
        unverified,
        note);
  }

  /**
   * @param id the dimension's id, which is its file name
   * @param bibliography every cite key must resolve here
   * @param conceptIds every concept id the pack has
   */
  Dimension dimension(
      String id,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "title",
                    "question",
                    "summary",
                    "aliases",
                    "genai",
                    "llm",
                    "nuance",
                    "misconceptions",
                    "concepts",
                    "sources",
                    "reviewed"));
    String question = map.text("question", 90);
    if (!question.endsWith("?")) {
      map.report("question", Rule.WRONG_TYPE, "a question ends with '?'");
    }
    return new Dimension(
        id,
        map.text("title", 40),
        question,
        map.text("summary", 200),
        map.texts("aliases", 0, 8, 40),
        side(map.map("genai"), bibliography),
        side(map.map("llm"), bibliography),
        statements(map, "nuance", 1, 6, 320, bibliography),
        misconceptions(map, bibliography),
        references(map, "concepts", 0, 12, conceptIds, "concept"),
        keys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  /**
   * @param id the concept's id, which is its file name
   * @param conceptIds every concept id the pack has, for {@code related}
   * @param dimensionIds every dimension id the pack has, for {@code dimensions}
   */
  Concept concept(
      String id,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "title",
                    "aliases",
                    "definition",
                    "beginner",
                    "practitioner",
                    "isNot",
                    "placement",
                    "related",
                    "dimensions",
                    "sources",
                    "reviewed"));
    YamlMap placement = map.map("placement").allowOnly(Set.of("side", "note"));
    List<String> related = references(map, "related", 1, 10, conceptIds, "concept");
    if (related.contains(id)) {
      map.report(
          "related",
          related.indexOf(id),
          Rule.UNKNOWN_REFERENCE,
          "a concept is not related to itself");
    }
    return new Concept(
        id,
        map.text("title", 60),
        map.texts("aliases", 0, 12, 60),
        map.text("definition", 200),
        map.text("beginner", 900),
        map.text("practitioner", 1200),
        map.text("isNot", 400),
        placement(placement),
        placement.text("note", 200),
        related,
        references(map, "dimensions", 0, 14, dimensionIds, "dimension"),
        keys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  /**
   * The questions of one quiz file, checked against their kind's rules (docs/content-guide.md).
   *
   * @param topic the file's name, a dimension id
   */
  List<Question> quiz(
      String topic,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds,
      Problems problems) {
    if (!dimensionIds.contains(topic)) {
      problems.add(
          new Problem(
              file,
              0,
              0,
              "",
              Rule.UNKNOWN_REFERENCE,
              "a quiz file is named after the dimension it tests; '" + topic + "' is none"));
    }
    YamlMap map = YamlMap.of(file, "", node, problems).allowOnly(Set.of("reviewed", "questions"));
    map.date("reviewed");
    List<Question> questions = new ArrayList<>();
    for (YamlMap q : map.maps("questions", 1, 200)) {
      questions.add(question(topic, q, bibliography, conceptIds, dimensionIds));
    }
    return questions;
  }

  private static Question question(
      String topic,
      YamlMap q,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds) {
    q.allowOnly(
        Set.of(
            "id",
            "kind",
            "difficulty",
            "prompt",
            "options",
            "explanation",
            "concepts",
            "dimensions",
            "sources"));
    QuestionKind kind = q.choice("kind", QuestionKind.class);
    List<Question.Option> options = new ArrayList<>();
    List<YamlMap> written = q.maps("options", 2, 6);
    for (YamlMap o : written) {
      o.allowOnly(Set.of("text", "correct", "why"));
      boolean correct = o.bool("correct", false);
      var why = o.optionalText("why", 300);
      if (correct && why.isPresent()) {
        o.report("why", Rule.QUIZ_ANSWERS, "a correct option needs no 'why'");
      }
      if (!correct && why.isEmpty()) {
        o.report(
            "why",
            Rule.QUIZ_ANSWERS,
            "say why this option is wrong: the quiz shows it to whoever picks it");
      }
      options.add(new Question.Option(o.text("text", 200), correct, why));
    }
    long correct = options.stream().filter(Question.Option::correct).count();
    List<String> texts = options.stream().map(Question.Option::text).toList();
    if (!kind.fixedOptions().isEmpty() && !texts.equals(kind.fixedOptions())) {
      q.report(
          "options",
          Rule.QUIZ_ANSWERS,
          kind
              + " questions have exactly the options "
              + String.join(", ", kind.fixedOptions())
              + ", in that order");
    }
    if (kind == QuestionKind.multi ? correct < 2 || options.size() < 3 : correct != 1) {
      q.report(
          "options",
          Rule.QUIZ_ANSWERS,
          kind == QuestionKind.multi
              ? "a multi question has two or more correct options out of three or more"
              : "exactly one option must be correct, found " + correct);
    }
    String id = q.id("id");
    return new Question(
        id,
        topic,
        kind,
        q.choice("difficulty", Difficulty.class),
        q.text("prompt", 300),
        options,
        q.text("explanation", 500),
        references(q, "concepts", 0, 6, conceptIds, "concept"),
        references(q, "dimensions", 1, 4, dimensionIds, "dimension"),
        keys(q, "sources", bibliography));
  }

  /** A model family for {@code recommend}. */
  Family family(
      String id,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "title",
                    "summary",
                    "generative",
                    "inputs",
                    "outputs",
                    "goodAt",
                    "strengths",
                    "weaknesses",
                    "costs",
                    "examples",
                    "tasks",
                    "concepts",
                    "sources",
                    "reviewed"));
    return new Family(
        id,
        map.text("title", 60),
        map.text("summary", 200),
        map.bool("generative", true),
        modalities(map, "inputs"),
        modalities(map, "outputs"),
        map.texts("goodAt", 1, 8, 160),
        map.texts("strengths", 1, 6, 200),
        map.texts("weaknesses", 1, 6, 200),
        map.text("costs", 240),
        map.texts("examples", 1, 8, 60),
        map.texts("tasks", 1, 8, 60),
        references(map, "concepts", 0, 8, conceptIds, "concept"),
        keys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  private static Set<Modality> modalities(YamlMap map, String field) {
    Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    List<String> names = map.texts(field, 0, Modality.values().length, 20);
    for (int i = 0; i < names.size(); i++) {
      try {
        modalities.add(Modality.valueOf(names.get(i)));
      } catch (IllegalArgumentException notAModality) {
        map.report(
            field,
            i,
            Rule.WRONG_TYPE,
            "'" + names.get(i) + "' is not one of " + enumNames(Modality.class));
      }
    }
    return modalities;
  }

  /** The rules of {@code recommend}; every effect must name a family. */
  SignalBook signals(String file, Node node, Collection<String> familyIds, Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems).allowOnly(Set.of("modalities", "cues", "signals"));
    YamlMap words = map.map("modalities");
    Map<Modality, List<String>> modalities = new EnumMap<>(Modality.class);
    for (String name : words.keys()) {
      try {
        modalities.put(Modality.valueOf(name), words.texts(name, 1, 200, 60));
      } catch (IllegalArgumentException notAModality) {
        words.report(
            name, Rule.WRONG_TYPE, "'" + name + "' is not one of " + enumNames(Modality.class));
      }
    }
    YamlMap cues =
        map.map("cues")
            .allowOnly(
                Set.of("output", "outputAdjacent", "outputAfter", "input", "negation", "sequence"));
    List<SignalBook.Signal> signals = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (YamlMap s : map.maps("signals", 1, 500)) {
      s.allowOnly(Set.of("id", "kind", "label", "words", "effects"));
      String id = s.id("id");
      if (!ids.add(id)) {
        s.report("id", Rule.DUPLICATE_ID, "signal id '" + id + "' is used twice");
      }
      String kind = s.text("kind", 10);
      if (!kind.equals("task") && !kind.equals("need")) {
        s.report("kind", Rule.WRONG_TYPE, "expected task or need, found '" + kind + "'");
      }
      YamlMap effects = s.map("effects");
      Map<String, SignalBook.Effect> byFamily = new java.util.LinkedHashMap<>();
      for (String family : effects.keys()) {
        if (!familyIds.contains(family)) {
          effects.report(family, Rule.UNKNOWN_REFERENCE, "unknown family '" + family + "'");
        }
        YamlMap e = effects.map(family).allowOnly(Set.of("points", "reason"));
        byFamily.put(
            family, new SignalBook.Effect(e.integer("points", -10, 10), e.text("reason", 240)));
      }
      signals.add(
          new SignalBook.Signal(
              id, kind, s.text("label", 80), s.texts("words", 1, 200, 60), byFamily));
    }
    return new SignalBook(
        modalities,
        cues.texts("output", 1, 200, 40),
        cues.texts("outputAdjacent", 0, 50, 40),
        cues.texts("outputAfter", 0, 50, 40),
        cues.texts("input", 1, 200, 40),
        cues.texts("negation", 1, 50, 40),
        cues.texts("sequence", 0, 50, 40),
        signals);
  }

  private static <E extends Enum<E>> String enumNames(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  private static Placement placement(YamlMap map) {
    return map.choice("side", Placement.class);
  }

  /** A list of ids, each of which must be one of {@code known}. */
  private static List<String> references(
      YamlMap map, String field, int min, int max, Collection<String> known, String kind) {
    List<String> ids = map.ids(field, min, max);
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        map.report(field, i, Rule.UNKNOWN_REFERENCE, "unknown " + kind + " '" + ids.get(i) + "'");
      }
    }
    return ids;
  }

  private Side side(YamlMap map, Bibliography bibliography) {
    map.allowOnly(Set.of("summary", "points"));
    return new Side(map.text("summary", 160), statements(map, "points", 1, 8, 240, bibliography));
  }

  private List<Statement> statements(
      YamlMap map, String field, int min, int max, int maxLength, Bibliography bibliography) {
    return map.maps(field, min, max).stream()
        .map(
            item -> {
              item.allowOnly(Set.of("text", "sources"));
              return new Statement(
                  item.text("text", maxLength), keys(item, "sources", bibliography));
            })
        .toList();
  }

  private List<Misconception> misconceptions(YamlMap map, Bibliography bibliography) {
    return map.maps("misconceptions", 1, 6).stream()
        .map(
            item -> {
              item.allowOnly(Set.of("claim", "correction", "sources"));
              return new Misconception(
                  item.text("claim", 160),
                  item.text("correction", 320),
                  keys(item, "sources", bibliography));
            })
        .toList();
  }

  private static List<String> keys(YamlMap map, String field, Bibliography bibliography) {
    List<String> keys = map.texts(field, 1, 20, 60);
    for (int i = 0; i < keys.size(); i++) {
      if (!bibliography.contains(keys.get(i))) {
        map.report(field, i, Rule.UNKNOWN_SOURCE, "unknown source key '" + keys.get(i) + "'");
      }
    }
    return keys;
  }
}
