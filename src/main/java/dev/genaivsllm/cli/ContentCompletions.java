package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentException;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Completion candidates read from the content in use, for the shell completion script. picocli
 * makes one for every argument that names one at start-up, so the content is read only when the
 * candidates are listed (by {@code completion}); a pack that cannot be read offers none.
 */
abstract class ContentCompletions implements Iterable<String> {
  private final Supplier<List<String>> ids;

  private ContentCompletions(Supplier<List<String>> ids) {
    this.ids = ids;
  }

  @Override
  public Iterator<String> iterator() {
    try {
      return ids.get().iterator();
    } catch (ContentException | UsageException e) {
      return List.<String>of().iterator();
    }
  }

  /** Dimension ids, for {@code compare}. */
  static final class Dimensions extends ContentCompletions {
    Dimensions(ContentRepository content) {
      super(content::dimensionIds);
    }
  }

  /** Concept ids, for {@code explain}. */
  static final class Concepts extends ContentCompletions {
    Concepts(ContentRepository content) {
      super(content::conceptIds);
    }
  }

  /** Dimension and concept ids, for {@code quiz --topic}. */
  static final class Topics extends ContentCompletions {
    Topics(ContentRepository content) {
      super(
          () -> {
            List<String> all = new ArrayList<>(content.dimensionIds());
            all.addAll(content.conceptIds());
            return all;
          });
    }
  }

  /** Cite keys, for {@code sources}. */
  static final class SourceKeys extends ContentCompletions {
    SourceKeys(ContentRepository content) {
      super(() -> content.bibliography().all().stream().map(Source::key).toList());
    }
  }
}
