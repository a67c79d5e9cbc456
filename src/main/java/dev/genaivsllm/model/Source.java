package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * One bibliography entry from {@code sources.yaml}.
 *
 * @param authors "Family, Given" names, or an organisation's name as is
 * @param etal whether the work has more authors than are listed
 * @param unverified the elements not confirmed in a primary source (for example "venue")
 * @param living whether the work is living documentation, whose {@code year} is the year it was
 *     consulted rather than written; such a source never shows that an entry is current
 */
public record Source(
    String key,
    String title,
    List<String> authors,
    boolean etal,
    int year,
    Optional<String> venue,
    Optional<String> arxiv,
    Optional<String> doi,
    Optional<String> url,
    List<String> unverified,
    Optional<String> note,
    boolean living) {

  public Source {
    authors = List.copyOf(authors);
    unverified = List.copyOf(unverified);
  }

  /** The family name of the first author, or the organisation. */
  public String firstAuthorFamily() {
    return familyName(authors.get(0));
  }

  private static String familyName(String author) {
    int comma = author.indexOf(',');
    return comma < 0 ? author : author.substring(0, comma).strip();
  }

  /**
   * A short citation: {@code Vaswani et al. 2017, arXiv:1706.03762}; a work without an arXiv id or
   * DOI is named by its title instead ({@code OpenAI 2019, GPT-2 model card}).
   */
  public String shortCite() {
    StringBuilder cite = new StringBuilder(firstAuthorFamily());
    if (authors.size() == 2 && !etal) {
      cite.append(" & ").append(familyName(authors.get(1)));
    } else if (authors.size() > 1 || etal) {
      cite.append(" et al.");
    }
    cite.append(' ').append(year).append(", ");
    if (arxiv.isPresent() || doi.isPresent()) {
      cite.append(locator().orElseThrow());
    } else {
      cite.append(title);
    }
    return cite.toString();
  }

  /** The most specific way to find the work: arXiv id, then DOI, then URL. */
  public Optional<String> locator() {
    if (arxiv.isPresent()) {
      return Optional.of("arXiv:" + arxiv.get());
    }
    if (doi.isPresent()) {
      return Optional.of("doi:" + doi.get());
    }
    return url;
  }
}
