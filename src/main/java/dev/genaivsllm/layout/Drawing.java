package dev.genaivsllm.layout;

import java.util.List;

/**
 * A laid-out picture: boxes outermost first, texts and bands, all in the medium's unit. Renderers
 * draw it without deciding where anything goes.
 */
public record Drawing(int width, int height, List<Box> boxes, List<Text> texts, List<Band> bands) {
  public Drawing {
    boxes = List.copyOf(boxes);
    texts = List.copyOf(texts);
    bands = List.copyOf(bands);
  }

  /** A region's box; its label goes at the top left. */
  public record Box(String id, int x, int y, int w, int h) {}

  /** What a line of text is, so that a renderer can style it. */
  public enum Kind {
    /** A concept id; the first line of a label. */
    LABEL,
    /** The rest of a label broken after a hyphen. */
    LABEL_CONTINUED,
    /** A note under a label. */
    NOTE,
    /** The note of a region. */
    REGION_NOTE
  }

  /**
   * One line of text at its top-left corner.
   *
   * @param id the concept it belongs to
   * @param marked whether a mark goes before it (only on a label's first line; its width is kept
   *     free at {@code x})
   */
  public record Text(String id, Kind kind, int x, int y, String text, boolean marked) {}

  /** A band that runs under an overlapping pair, with its note lines. */
  public record Band(String id, boolean marked, int x, int y, int w, int h, List<String> note) {
    public Band {
      note = List.copyOf(note);
    }
  }
}
