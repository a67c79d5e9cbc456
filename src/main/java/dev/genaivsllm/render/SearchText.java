package dev.genaivsllm.render;

import dev.genaivsllm.core.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code search} for people: numbered hits with a snippet and the command that opens each. */
final class SearchText {
  private final Theme theme;
  private final int width;

  SearchText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.width = Math.min(ctx.width(), 100);
  }

  String render(SearchResults results) {
    List<String> out = new ArrayList<>();
    int n = results.hits().size();
    out.addAll(
        Styled.wrap(
            width,
            Styled.part(Plural.of(n, "result"), theme::heading),
            Styled.plain(" for \"" + results.query() + "\"")));
    int number = 1;
    for (SearchResults.Hit hit : results.hits()) {
      out.add("");
      String prefix = String.format(Locale.ROOT, "%2d. ", number++);
      String indent = " ".repeat(prefix.length());
      out.addAll(
          Styled.hanging(
              prefix,
              width,
              Styled.part(hit.title(), theme::emphasis),
              Styled.part(" (" + hit.kind() + ")", theme::muted)));
      for (String line : TextWrap.wrap(hit.snippet(), width - indent.length())) {
        out.add(indent + highlight(line, hit.matched()));
      }
      TextWrap.wrap(hit.command(), width - indent.length())
          .forEach(l -> out.add(indent + theme.command(l)));
    }
    return String.join("\n", out) + "\n";
  }

  /** Marks the matched words of a wrapped line; the line's width does not change. */
  private String highlight(String line, List<String> words) {
    if (!theme.isColored() || words.isEmpty()) {
      return line;
    }
    Pattern p =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])("
                + String.join("|", words.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
    Matcher m = p.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(theme.match(m.group())));
    }
    return m.appendTail(out).toString();
  }
}
