package dev.genaivsllm.layout;

/**
 * How wide the parts of a map must be (their minimum, labels whole or broken after hyphens) and
 * would like to be, and how a pair's three parts share the width they get. {@link MapLayout} asks
 * before it places anything.
 */
final class MapWidths {
  private final Metrics m;
  private final boolean breakLabels;

  MapWidths(Metrics m, boolean breakLabels) {
    this.m = m;
    this.breakLabels = breakLabels;
  }

  int inset() {
    return 2 * (m.edge() + m.pad());
  }

  int zoneMin(Zone z) {
    int min = z.note().isEmpty() ? 0 : Wrap.widest(z.note(), false, m.textWidth());
    for (Label l : z.labels()) {
      min = Math.max(min, labelMin(l));
    }
    for (Region r : z.regions()) {
      min = Math.max(min, regionMin(r));
    }
    if (z.pair().isPresent()) {
      min = Math.max(min, Math.min(sideBySideMin(z.pair().get()), stackedMin(z.pair().get())));
    }
    for (Label b : z.bands()) {
      min = Math.max(min, bandMin(b));
    }
    return min;
  }

  int labelMin(Label l) {
    int label = (l.marked() ? m.mark() : 0) + Wrap.widest(l.id(), breakLabels, m.labelWidth());
    return Math.max(label, l.note().isEmpty() ? 0 : Wrap.widest(l.note(), false, m.textWidth()));
  }

  int bandMin(Label b) {
    return Math.max(
        m.labelWidth().applyAsInt(b.id()) + m.labelInset() + (b.marked() ? m.mark() : 0),
        b.note().isEmpty() ? 0 : Wrap.widest(b.note(), false, m.textWidth()) + m.labelInset());
  }

  int regionMin(Region r) {
    return Math.max(zoneMin(r.zone()) + inset(), titleMin(r));
  }

  int titleMin(Region r) {
    return m.labelWidth().applyAsInt(r.id()) + m.labelInset();
  }

  int[] zoneMins(Pair p) {
    return new int[] {zoneMin(p.first().zone()), zoneMin(p.both()), zoneMin(p.second().zone())};
  }

  int sideBySideMin(Pair p) {
    int[] z = zoneMins(p);
    // The second region's label sits on its top edge inside the first region.
    z[1] = Math.max(z[1], titleMin(p.second()) - inset());
    z[0] = Math.max(z[0], titleMin(p.first()) - z[1] - 3 * m.edge() - 4 * m.pad());
    return z[0] + z[1] + z[2] + 4 * m.edge() + 6 * m.pad();
  }

  int stackedMin(Pair p) {
    int[] z = zoneMins(p);
    return Math.max(
        Math.max(z[0] + m.shift() + inset(), z[1] + 2 * m.shift() + inset()),
        Math.max(
            z[2] + m.shift() + inset(),
            Math.max(titleMin(p.first()), titleMin(p.second())) + m.shift()));
  }

  /**
   * The widths of the three parts of a pair: each gets its minimum; what is left is poured in
   * evenly, a part stopping when it has what it wants; what is left after that goes to the last.
   */
  static int[] share(int[] min, int[] pref, int extra) {
    int[] w = min.clone();
    int left = extra;
    while (left > 0) {
      int neediest = -1;
      for (int i = 0; i < 3; i++) {
        if (w[i] < pref[i] && (neediest < 0 || w[i] - min[i] < w[neediest] - min[neediest])) {
          neediest = i;
        }
      }
      if (neediest < 0) {
        break;
      }
      w[neediest]++;
      left--;
    }
    int third = left / 3;
    w[0] += third;
    w[1] += third;
    w[2] += left - 2 * third;
    return w;
  }

  /** How wide a zone would like to be: its note on one line, its labels in one row. */
  int zonePref(Zone z) {
    int pref = z.note().isEmpty() ? 0 : m.textWidth().applyAsInt(z.note());
    int row = 0;
    for (Label l : z.labels()) {
      int label = (l.marked() ? m.mark() : 0) + m.labelWidth().applyAsInt(l.id());
      if (!l.note().isEmpty()) {
        pref = Math.max(pref, Math.max(label, m.textWidth().applyAsInt(l.note())));
      } else {
        row += (row > 0 ? m.gapX() : 0) + label;
      }
    }
    pref = Math.max(pref, row);
    for (Region r : z.regions()) {
      pref = Math.max(pref, zonePref(r.zone()) + inset());
    }
    if (z.pair().isPresent()) {
      Pair p = z.pair().get();
      pref =
          Math.max(
              pref,
              zonePref(p.first().zone())
                  + zonePref(p.both())
                  + zonePref(p.second().zone())
                  + 4 * m.edge()
                  + 6 * m.pad());
    }
    return Math.max(pref, zoneMin(z));
  }
}
