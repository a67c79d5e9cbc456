package dev.genaivsllm.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The geometry of nested and overlapping regions, with made-up ids and no content at all. */
class MapLayoutTest {
  private static final Metrics CELLS = Metrics.cells();

  private static Zone zone(Label... labels) {
    return new Zone("", List.of(labels), List.of(), Optional.empty(), List.of());
  }

  private static Label label(String id) {
    return new Label(id, "", false);
  }

  /** outer ⊃ (left overlapping right, a label in each part and one in both) + a band. */
  private static List<Region> venn() {
    Pair pair =
        new Pair(
            new Region("left", zone(label("aa"), label("bb"))),
            new Region("right", zone(new Label("cc", "a note of words", false))),
            zone(new Label("both-of-them", "", true)));
    return List.of(
        new Region(
            "outer",
            new Zone("", List.of(), List.of(), Optional.of(pair), List.of(label("band")))));
  }

  private static Drawing.Box box(Drawing d, String id) {
    return d.boxes().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
  }

  private static Drawing.Text text(Drawing d, String text) {
    return d.texts().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  private static boolean inside(Drawing.Text t, Drawing.Box b) {
    return t.x() > b.x()
        && t.x() + t.text().length() < b.x() + b.w() - 1
        && t.y() > b.y()
        && t.y() < b.y() + b.h() - 1;
  }

  @Test
  void wideEnoughThePairSitsSideBySideAndTheirEdgesCross() {
    Drawing d = MapLayout.draw(venn(), 80, CELLS).orElseThrow();
    Drawing.Box left = box(d, "left");
    Drawing.Box right = box(d, "right");
    assertTrue(left.x() < right.x() && right.x() < left.x() + left.w(), "overlap across");
    assertTrue(left.x() + left.w() < right.x() + right.w(), "right sticks out to the right");
    assertTrue(right.y() > left.y() && right.y() < left.y() + left.h(), "right starts inside left");
    assertTrue(right.y() + right.h() > left.y() + left.h(), "and ends below it");
    Drawing.Text both = text(d, "both-of-them");
    assertTrue(inside(both, left) && inside(both, right), "the shared label is in both");
    assertTrue(both.marked());
    assertTrue(inside(text(d, "aa"), left) && !inside(text(d, "aa"), right));
    assertTrue(inside(text(d, "cc"), right) && !inside(text(d, "cc"), left));
    assertEquals(
        List.of("outer", "left", "right"), d.boxes().stream().map(Drawing.Box::id).toList());
  }

  @Test
  void narrowThePairIsStackedAndStillOverlaps() {
    Drawing d = MapLayout.draw(venn(), 30, CELLS).orElseThrow();
    Drawing.Box left = box(d, "left");
    Drawing.Box right = box(d, "right");
    assertTrue(right.y() > left.y() && right.y() < left.y() + left.h(), "right starts inside left");
    assertTrue(right.y() + right.h() > left.y() + left.h());
    assertTrue(right.x() > left.x() && right.x() + right.w() > left.x() + left.w(), "shifted");
    Drawing.Text both = text(d, "both-of-them");
    assertTrue(inside(both, left) && inside(both, right));
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 30, 40, 60, 80, 100, 120})
  void nothingLeavesItsBoxOrTheWidth(int width) {
    Drawing d = MapLayout.draw(venn(), width, CELLS).orElseThrow();
    Drawing.Box outer = box(d, "outer");
    assertEquals(width, outer.w());
    for (Drawing.Text t : d.texts()) {
      assertTrue(inside(t, outer), () -> t + " outside at " + width);
      int right = t.x() + t.text().length() + (t.marked() ? CELLS.mark() : 0);
      assertTrue(right <= width - 2, () -> t + " past the edge at " + width);
    }
    for (Drawing.Band b : d.bands()) {
      assertTrue(b.x() + b.w() <= width - 2, b::toString);
    }
  }

  @Test
  void labelsBreakAfterAHyphenOnlyWhenNothingElseFits() {
    assertTrue(
        MapLayout.draw(venn(), 24, CELLS).orElseThrow().texts().stream()
            .anyMatch(t -> t.kind() == Drawing.Kind.LABEL_CONTINUED),
        "24 columns: both-of-them breaks");
    assertFalse(
        MapLayout.draw(venn(), 40, CELLS).orElseThrow().texts().stream()
            .anyMatch(t -> t.kind() == Drawing.Kind.LABEL_CONTINUED),
        "40 columns: whole");
  }

  @Test
  void tooNarrowForAnyBoxThereIsNoDrawing() {
    assertEquals(Optional.empty(), MapLayout.draw(venn(), 12, CELLS));
    assertTrue(MapLayout.minWidth(venn(), CELLS) > 24);
  }

  @Test
  void wordsAreNeverCut() {
    assertEquals(
        List.of("a", "longlonglong", "b c"), Wrap.lines("a longlonglong b c", 4, String::length));
    assertEquals(
        List.of("diffusion-", "language-", "model"),
        Wrap.label("diffusion-language-model", 12, true, String::length));
    assertEquals(
        List.of("diffusion-language-model"),
        Wrap.label("diffusion-language-model", 12, false, String::length));
    assertEquals(10, Wrap.widest("diffusion-language-model", true, String::length));
  }

  @Test
  void lanesShareAYearsRowsAndEmptyYearsKeepTheirPlace() {
    var placed =
        LaneLayout.layout(
            2013,
            2016,
            List.of(
                new LaneLayout.Entry(2013, 0, 2),
                new LaneLayout.Entry(2013, 1, 1),
                new LaneLayout.Entry(2013, 1, 1),
                new LaneLayout.Entry(2016, 0, 1)),
            1,
            0);
    assertEquals(0, placed.entryY()[0]);
    assertEquals(0, placed.entryY()[1], "same year, other lane: side by side");
    assertEquals(1, placed.entryY()[2], "same lane: below");
    assertEquals(List.of(0, 2, 3, 4), java.util.Arrays.stream(placed.yearY()).boxed().toList());
    assertEquals(5, placed.height());
  }
}
