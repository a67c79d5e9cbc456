package dev.genaivsllm.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where something stands in a pack file's text, for problems found after mapping: records keep no
 * positions, so the text is searched. Positions are 1-based line and column; 0, 0 when the text
 * does not say (the problem then names the file alone).
 */
final class TextPositions {
  private static final int[] NOWHERE = {0, 0};

  private TextPositions() {}

  /** The first line that contains the needle. */
  static int[] of(Path file, String needle) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(needle);
      if (column >= 0) {
        return new int[] {i + 1, column + 1};
      }
    }
    return NOWHERE.clone();
  }

  /** An id in a pack.yaml's {@code order} list: its first whole-word use from the order line on. */
  static int[] ofOrderEntry(Path packYaml, String id) {
    List<String> lines = lines(packYaml);
    boolean inOrder = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      inOrder |= line.startsWith("order:");
      int column = inOrder ? wordAt(line, id) : -1;
      if (column >= 0) {
        return new int[] {i + 1, column + 1};
      }
    }
    return NOWHERE.clone();
  }

  /** The lines of a file that was parsed before; nothing of anything that is not a file. */
  private static List<String> lines(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 16L * 1024 * 1024) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Where the id stands as a whole word (not inside a longer id), or -1. */
  private static int wordAt(String line, String id) {
    for (int at = line.indexOf(id); at >= 0; at = line.indexOf(id, at + 1)) {
      int end = at + id.length();
      if ((at == 0 || !idChar(line.charAt(at - 1)))
          && (end == line.length() || !idChar(line.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean idChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }
}
