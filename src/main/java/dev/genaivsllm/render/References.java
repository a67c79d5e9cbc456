package dev.genaivsllm.render;

import dev.genaivsllm.model.Source;
import java.util.Optional;

/** Full references, as text and as markdown, for every renderer that lists sources. */
final class References {
  private References() {}

  /** Where to read the work online: the arXiv abstract, the DOI resolver, or its URL. */
  static Optional<String> link(Source s) {
    if (s.arxiv().isPresent()) {
      return Optional.of("https://arxiv.org/abs/" + s.arxiv().get());
    }
    if (s.doi().isPresent()) {
      return Optional.of("https://doi.org/" + s.doi().get());
    }
    return s.url();
  }

  /**
   * {@code Vaswani, Ashish, et al. 2017. Attention Is All You Need. NIPS 2017. arXiv:1706.03762
   * <https://arxiv.org/abs/1706.03762>}: an identifier when the work has one, and its link, always
   * in angle brackets.
   */
  static String text(Source s) {
    StringBuilder ref = new StringBuilder(authors(s)).append(". ").append(s.year()).append(". ");
    ref.append(s.title()).append('.');
    s.venue().ifPresent(v -> ref.append(' ').append(v).append('.'));
    identifier(s).ifPresent(i -> ref.append(' ').append(i));
    link(s).ifPresent(l -> ref.append(" <").append(l).append('>'));
    if (!s.unverified().isEmpty()) {
      ref.append(" (unverified: ").append(String.join(", ", s.unverified())).append(')');
    }
    return ref.toString();
  }

  /** arXiv:1706.03762 or doi:10.6028/..., when the work has one (a URL is a link, not this). */
  static Optional<String> identifier(Source s) {
    return s.arxiv().isPresent() || s.doi().isPresent() ? s.locator() : Optional.empty();
  }

  /**
   * A reference line under a comparison: the short citation, then the title unless the short
   * citation is already the title (a work with no arXiv id or DOI is cited by its title).
   */
  static String cite(Source s, Glyphs glyphs) {
    return identifier(s).isPresent()
        ? s.shortCite() + " " + glyphs.dash() + " " + s.title()
        : s.shortCite();
  }

  static String markdown(Source s) {
    StringBuilder ref =
        new StringBuilder(Markdown.escape(authors(s))).append(". ").append(s.year()).append(". *");
    ref.append(Markdown.escape(s.title())).append("*.");
    s.venue().ifPresent(v -> ref.append(' ').append(Markdown.escape(v)).append('.'));
    link(s)
        .ifPresent(
            l -> ref.append(" [").append(s.locator().orElse(l)).append("](").append(l).append(')'));
    if (!s.unverified().isEmpty()) {
      ref.append(" (unverified: ").append(String.join(", ", s.unverified())).append(')');
    }
    return ref.toString();
  }

  private static String authors(Source s) {
    String names = String.join("; ", s.authors());
    return s.etal() ? names + ", et al" : names;
  }
}
