package dev.genaivsllm.content;

import org.yaml.snakeyaml.nodes.Node;

/** Where a YAML node is, and what kind it is, in the words error messages use. */
final class Nodes {
  private Nodes() {}

  /** 1-based line, or 0 when unknown. */
  static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }

  /** 1-based column, or 0 when unknown. */
  static int column(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
  }

  static String describe(Node node) {
    return switch (node.getNodeId()) {
      case mapping -> "a map";
      case sequence -> "a list";
      default -> "a single value";
    };
  }
}
