package dev.genaivsllm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out nested and overlapping regions in a given width. Every box takes the full width of what
 * holds it; a pair of overlapping regions is drawn side by side when its three parts (the first
 * alone, the overlap, the second alone) fit across, and one above the other, shifted, when they do
 * not. Labels stay whole while they can; only when nothing else fits do they break after a hyphen,
 * and when even that does not fit, there is no drawing and the caller says it another way.
 */
public final class MapLayout {
  private final Metrics m;
  private final boolean breakLabels;
  private final MapWidths widths;
  private final List<Drawing.Box> boxes = new ArrayList<>();
  private final List<Drawing.Text> texts = new ArrayList<>();
  private final List<Drawing.Band> bands = new ArrayList<>();

  private MapLayout(Metrics m, boolean breakLabels) {
    this.m = m;
    this.breakLabels = breakLabels;
    this.widths = new MapWidths(m, breakLabels);
  }

  /** The picture of these regions, one under another, {@code width} wide; empty if too narrow. */
  public static Optional<Drawing> draw(List<Region> roots, int width, Metrics m) {
    Zone top = new Zone("", List.of(), roots, Optional.empty(), List.of());
    for (boolean breakLabels : new boolean[] {false, true}) {
      MapLayout layout = new MapLayout(m, breakLabels);
      if (layout.widths.zoneMin(top) <= width) {
        int height = layout.zone(top, 0, 0, width);
        return Optional.of(new Drawing(width, height, layout.boxes, layout.texts, layout.bands));
      }
    }
    return Optional.empty();
  }

  /** The narrowest width the regions can be drawn in, labels whole. */
  public static int minWidth(List<Region> roots, Metrics m) {
    return new MapWidths(m, false)
        .zoneMin(new Zone("", List.of(), roots, Optional.empty(), List.of()));
  }

  // Placing. Each method places what it is given at (x, y) in width w and returns its height.

  private int zone(Zone z, int x, int y, int w) {
    int cy = y;
    boolean first = true;
    if (!z.note().isEmpty()) {
      for (String line : Wrap.lines(z.note(), w, m.textWidth())) {
        texts.add(new Drawing.Text("", Drawing.Kind.REGION_NOTE, x, cy, line, false));
        cy += m.line();
      }
      first = false;
    }
    if (!z.labels().isEmpty()) {
      cy += first ? 0 : m.gapY();
      cy += labels(z.labels(), x, cy, w);
      first = false;
    }
    for (Region r : z.regions()) {
      cy += first ? 0 : m.gapY();
      cy += region(r, x, cy, w);
      first = false;
    }
    if (z.pair().isPresent()) {
      cy += first ? 0 : m.gapY();
      Pair p = z.pair().get();
      cy += widths.sideBySideMin(p) <= w ? sideBySide(p, x, cy, w) : stacked(p, x, cy, w);
      first = false;
    }
    for (Label b : z.bands()) {
      cy += first ? 0 : m.gapY();
      cy += band(b, x, cy, w);
      first = false;
    }
    return cy - y;
  }

  /** Labels in rows, left to right; a label with a note ends its row. */
  private int labels(List<Label> labels, int x, int y, int w) {
    int cx = x;
    int cy = y;
    int rowHeight = 0;
    boolean rowHasNote = false;
    for (Label l : labels) {
      List<String> lines = new ArrayList<>();
      int markWidth = l.marked() ? m.mark() : 0;
      lines.addAll(Wrap.label(l.id(), w - markWidth, breakLabels, m.labelWidth()));
      int width = markWidth;
      for (String line : lines) {
        width = Math.max(width, markWidth + m.labelWidth().applyAsInt(line));
      }
      List<String> note = l.note().isEmpty() ? List.of() : Wrap.lines(l.note(), w, m.textWidth());
      for (String line : note) {
        width = Math.max(width, m.textWidth().applyAsInt(line));
      }
      boolean breakRow = cx > x && (cx + width > x + w || rowHasNote || !note.isEmpty());
      if (breakRow) {
        cy += rowHeight + (rowHasNote ? m.noteGap() : m.gapY());
        cx = x;
        rowHeight = 0;
        rowHasNote = false;
      }
      int ly = cy;
      for (int i = 0; i < lines.size(); i++) {
        Drawing.Kind kind = i == 0 ? Drawing.Kind.LABEL : Drawing.Kind.LABEL_CONTINUED;
        texts.add(
            new Drawing.Text(
                l.id(),
                kind,
                cx + (i == 0 ? 0 : markWidth),
                ly,
                lines.get(i),
                i == 0 && l.marked()));
        ly += m.line();
      }
      for (String line : note) {
        texts.add(new Drawing.Text(l.id(), Drawing.Kind.NOTE, cx, ly, line, false));
        ly += m.line();
      }
      rowHeight = Math.max(rowHeight, ly - cy);
      rowHasNote |= !note.isEmpty();
      cx += width + m.gapX();
    }
    return cy + rowHeight - y;
  }

  private int region(Region r, int x, int y, int w) {
    int at = boxes.size();
    int inner =
        zone(r.zone(), x + m.edge() + m.pad(), y + m.header() + m.padY(), w - widths.inset());
    int h = m.header() + (inner > 0 ? m.padY() + inner : 0) + m.padY() + m.edge();
    boxes.add(at, new Drawing.Box(r.id(), x, y, w, h));
    return h;
  }

  /**
   * The first region on the left, the second on the right and one line lower, their edges crossing:
   * the first's right edge runs through the second's top, the second's left edge through the
   * first's bottom.
   */
  private int sideBySide(Pair p, int x, int y, int w) {
    int[] z = widths.zoneMins(p);
    z[1] = Math.max(z[1], widths.titleMin(p.second()) - widths.inset());
    z[0] = Math.max(z[0], widths.titleMin(p.first()) - z[1] - 3 * m.edge() - 4 * m.pad());
    int[] parts =
        MapWidths.share(
            z,
            new int[] {
              widths.zonePref(p.first().zone()),
              widths.zonePref(p.both()),
              widths.zonePref(p.second().zone())
            },
            w - widths.sideBySideMin(p));
    int wa = parts[0];
    int wo = parts[1];
    int wb = parts[2];
    int e = m.edge();
    int pad = m.pad();
    int at = boxes.size();
    int bx = x + e + pad + wa + pad;
    int aRight = bx + e + pad + wo + pad;
    int top = m.header() + m.padY();
    int by = y + top + m.line();
    int ha = zone(p.first().zone(), x + e + pad, y + top, wa);
    int ho = zone(p.both(), bx + e + pad, by + top, wo);
    int hb = zone(p.second().zone(), aRight + e + pad, by + top, wb);
    int aBottom = Math.max(y + top + ha, by + top + ho) + m.padY() + e;
    int bBottom = Math.max(aBottom + m.line() + e, by + top + hb + m.padY() + e);
    boxes.add(at, new Drawing.Box(p.second().id(), bx, by, x + w - bx, bBottom - by));
    boxes.add(at, new Drawing.Box(p.first().id(), x, y, aRight + e - x, aBottom - y));
    return bBottom - y;
  }

  /** The first region on top, the second below it and shifted right, their edges crossing. */
  private int stacked(Pair p, int x, int y, int w) {
    int s = m.shift();
    int e = m.edge();
    int pad = m.pad();
    int top = m.header() + m.padY();
    int at = boxes.size();
    int ha = zone(p.first().zone(), x + e + pad, y + top, w - s - widths.inset());
    int by = y + top + (ha > 0 ? ha + m.padY() : 0);
    int ho = zone(p.both(), x + s + e + pad, by + top, w - 2 * s - widths.inset());
    int aBottom = by + top + (ho > 0 ? ho + m.padY() : 0) + m.padY() + e;
    int hb = zone(p.second().zone(), x + s + e + pad, aBottom + m.padY(), w - s - widths.inset());
    int bBottom = aBottom + m.padY() + (hb > 0 ? hb + m.padY() : 0) + e;
    boxes.add(at, new Drawing.Box(p.second().id(), x + s, by, w - s, bBottom - by));
    boxes.add(at, new Drawing.Box(p.first().id(), x, y, w - s, aBottom - y));
    return bBottom - y;
  }

  private int band(Label b, int x, int y, int w) {
    List<String> note =
        b.note().isEmpty() ? List.of() : Wrap.lines(b.note(), w - m.labelInset(), m.textWidth());
    int h = m.header() + note.size() * m.line() + m.padY();
    bands.add(new Drawing.Band(b.id(), b.marked(), x, y, w, h, note));
    return h;
  }
}
