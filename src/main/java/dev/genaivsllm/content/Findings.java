package dev.genaivsllm.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code lint}'s cross-file checks put what they find. The checks work on records, which have
 * no positions, so a problem is pointed at the first line of the right file that contains a needle
 * (a field name, an alias, a cite key), or at the whole file when no line does.
 */
final class Findings {
  private final ContentRepository repo;
  private final List<Problem> problems;

  /**
   * @param problems where each finding is added
   */
  Findings(ContentRepository repo, List<Problem> problems) {
    this.repo = repo;
    this.problems = problems;
  }

  /** In the file the entry is read from, the topmost pack's; nowhere when no pack has one. */
  void inEntry(String folder, String id, String needle, Rule rule, String message) {
    repo.fileOf(folder, id).ifPresent(file -> problems.add(at(file, needle, rule, message)));
  }

  /** At a source's key, in the topmost sources.yaml that defines it. */
  void inSources(String key, Rule rule, String message) {
    problems.add(at(sourcesFileOf(key), key + ":", rule, message));
  }

  /** In the topmost pack's copy of a file every pack may have, at the line with the needle. */
  void inLayeredFile(String relative, String needle, Rule rule, String message) {
    Path top = null;
    for (int i = repo.roots().size() - 1; i >= 0 && top == null; i--) {
      Path file = repo.roots().get(i).resolve(relative);
      if (Files.exists(file) && TextPositions.of(file, needle)[0] > 0) {
        top = file;
      }
    }
    problems.add(
        at(
            top == null ? repo.roots().get(repo.roots().size() - 1).resolve(relative) : top,
            needle,
            rule,
            message));
  }

  void inFile(Path file, String needle, Rule rule, String message) {
    problems.add(at(file, needle, rule, message));
  }

  private Path sourcesFileOf(String key) {
    for (int i = repo.roots().size() - 1; i >= 0; i--) {
      Path file = repo.roots().get(i).resolve(ContentRepository.SOURCES);
      if (Files.exists(file) && TextPositions.of(file, key + ":")[0] > 0) {
        return file;
      }
    }
    return repo.roots().get(0).resolve(ContentRepository.SOURCES);
  }

  /** A problem at the first line of the file that contains the needle (else the whole file). */
  private static Problem at(Path file, String needle, Rule rule, String message) {
    int[] where = TextPositions.of(file, needle);
    return new Problem(file.toString(), where[0], where[1], "", rule, message);
  }
}
