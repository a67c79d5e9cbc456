package dev.genaivsllm.model;

import java.util.List;

/** One column of a comparison: a one-line summary and the points behind it. */
public record Side(String summary, List<Statement> points) {
  public Side {
    points = List.copyOf(points);
  }
}
