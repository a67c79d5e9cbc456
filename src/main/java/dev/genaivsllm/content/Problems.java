package dev.genaivsllm.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Where checks report what they find. Loading for a command is strict: the first problem stops it,
 * so nothing half-read is ever used. {@code lint} collects: every problem is kept and the checks go
 * on with a stand-in value.
 */
final class Problems {
  private final boolean strict;
  private final List<Problem> found = new ArrayList<>();

  private Problems(boolean strict) {
    this.strict = strict;
  }

  static Problems strict() {
    return new Problems(true);
  }

  static Problems collecting() {
    return new Problems(false);
  }

  void add(Problem problem) {
    if (strict && !problem.rule().warning()) {
      throw new ContentException(problem);
    }
    found.add(problem);
  }

  List<Problem> list() {
    return List.copyOf(found);
  }
}
