package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.core.Orientation;

/** Output for people: wrapped to the terminal, coloured when the theme says so. */
final class TextRenderer implements Renderer {
  private final RenderContext ctx;

  TextRenderer(RenderContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String comparison(Comparison comparison) {
    return comparison.overview()
        ? new OverviewText(ctx).render(comparison)
        : new ComparisonText(ctx).render(comparison);
  }

  @Override
  public String dimensionList(DimensionList list) {
    return new DimensionListText(ctx).render(list);
  }

  @Override
  public String orientation(Orientation orientation) {
    return new OrientationText(ctx).render(orientation);
  }
}
