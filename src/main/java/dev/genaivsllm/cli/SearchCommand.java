package dev.genaivsllm.cli;

import dev.genaivsllm.core.SearchService;
import dev.genaivsllm.match.NoMatchException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: ranked full-text search over dimensions and concepts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search every dimension and concept; best matches first.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm search attention",
      "  genai-vs-llm search image generation cost --limit 3",
      "  genai-vs-llm search hallucination --json | jq -r '.hits[].command'"
    })
public final class SearchCommand implements Callable<Integer> {
  /**
   * The longest query read: every word is compared with every word of the pack, so the time grows
   * with the query, and a query of this length already says more than any entry.
   */
  static final int MAX_QUERY = 500;

  private final SearchService search;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      description = "Show at most N results (default: ${DEFAULT-VALUE}).")
  private int limit = 10;

  @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for.")
  private List<String> words;

  public SearchCommand(SearchService search) {
    this.search = search;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > 1000) {
      throw new UsageException("--limit must be between 1 and 1000, not " + limit);
    }
    String query = String.join(" ", words);
    if (query.isBlank()) {
      throw new UsageException("search needs words to look for, for example: search hallucination");
    }
    if (query.length() > MAX_QUERY) {
      throw new UsageException(
          "search words are at most "
              + MAX_QUERY
              + " characters in all, and these have "
              + query.length());
    }
    var results = search.search(query, limit);
    if (results.hits().isEmpty()) {
      throw NoMatchException.forQuery(query.strip());
    }
    output.print(r -> r.searchResults(results));
    return ExitCode.OK;
  }
}
