package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a pack's {@code sources.yaml}, the bibliography every cite key resolves against. The checks
 * here keep references verifiable: an arXiv id or web address must look like one, several authors
 * are written "Family, Given", and an element marked unverified needs a note saying why.
 */
final class SourcesMapper {
  private SourcesMapper() {}

  private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Set<String> SOURCE_ELEMENTS =
      Set.of("title", "authors", "year", "venue", "arxiv", "doi", "url");

  static Bibliography map(String file, Node node, Problems problems) {
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

  private static Source source(String key, YamlMap map) {
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
            "note",
            "living"));
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
        note,
        map.bool("living", false));
  }
}
