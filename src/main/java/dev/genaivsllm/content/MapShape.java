package dev.genaivsllm.content;

import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.MapRegion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the map of all packs together can be drawn: regions nest in regions without a loop, two
 * regions overlap only when they lie in the same region (and a region holds at most one such pair),
 * and a member sits in one region, in the overlap of a pair, or runs under a pair as a backbone.
 * Each problem points at the entry that causes it.
 */
final class MapShape {
  private final Map<String, MapMapper.Entry<MapRegion>> regions = new HashMap<>();

  /** Each region's partner, both ways. */
  private final Map<String, String> partner = new HashMap<>();

  private MapShape(List<MapMapper.Entry<MapRegion>> regions) {
    regions.forEach(r -> this.regions.put(r.id(), r));
  }

  static void check(
      List<MapMapper.Entry<MapRegion>> regions, List<MapMapper.Entry<MapMember>> members) {
    MapShape shape = new MapShape(regions);
    regions.forEach(shape::overlap);
    regions.forEach(shape::nesting);
    members.forEach(shape::member);
  }

  private void nesting(MapMapper.Entry<MapRegion> r) {
    for (int i = 0; i < r.value().in().size(); i++) {
      String parent = r.value().in().get(i);
      if (!regions.containsKey(parent)) {
        r.at().report("in", i, Rule.UNKNOWN_REFERENCE, "'" + parent + "' is not a region");
        return;
      }
    }
    List<String> in = r.value().in();
    if (in.size() == 2 && !in.get(1).equals(partner.get(in.get(0)))) {
      r.at()
          .report(
              "in", Rule.MAP_SHAPE, "'" + in.get(0) + "' and '" + in.get(1) + "' do not overlap");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (List<String> up1 = in; !up1.isEmpty(); ) {
      String up = up1.get(0);
      if (up.equals(r.id()) || !seen.add(up)) {
        r.at().report("in", Rule.MAP_SHAPE, "region '" + r.id() + "' ends up inside itself");
        return;
      }
      var parent = regions.get(up);
      up1 = parent == null ? List.of() : parent.value().in();
    }
  }

  private void overlap(MapMapper.Entry<MapRegion> r) {
    if (r.value().overlaps().isEmpty()) {
      return;
    }
    String other = r.value().overlaps().get();
    var o = regions.get(other);
    if (o == null) {
      r.at().report("overlaps", Rule.UNKNOWN_REFERENCE, "'" + other + "' is not a region");
    } else if (other.equals(r.id()) || !o.value().in().equals(r.value().in())) {
      r.at()
          .report(
              "overlaps",
              Rule.MAP_SHAPE,
              "'" + other + "' does not lie in the same region, so they cannot overlap");
    } else if (!other.equals(partner.getOrDefault(r.id(), other))
        || !r.id().equals(partner.getOrDefault(other, r.id()))) {
      r.at().report("overlaps", Rule.MAP_SHAPE, "a region overlaps at most one other");
    } else if (!partner.containsKey(r.id()) && pairIn(r.value().in())) {
      r.at()
          .report(
              "overlaps", Rule.MAP_SHAPE, "a region holds at most one pair of overlapping regions");
    } else {
      partner.put(r.id(), other);
      partner.put(other, r.id());
    }
  }

  private boolean pairIn(List<String> in) {
    return partner.keySet().stream().anyMatch(id -> regions.get(id).value().in().equals(in));
  }

  private void member(MapMapper.Entry<MapMember> m) {
    MapMember member = m.value();
    if (member.in().isEmpty() == member.under().isEmpty()) {
      m.at()
          .report(
              member.in().isEmpty() ? "in" : "under",
              Rule.MAP_SHAPE,
              "a member needs either 'in' (where it sits) or 'under' (a backbone), not both");
      return;
    }
    if (regions.containsKey(m.id())) {
      m.at().report("id", Rule.DUPLICATE_ID, "'" + m.id() + "' is a region already");
      return;
    }
    String field = member.backbone() ? "under" : "in";
    List<String> ids = member.backbone() ? member.under() : member.in();
    for (int i = 0; i < ids.size(); i++) {
      if (!regions.containsKey(ids.get(i))) {
        m.at().report(field, i, Rule.UNKNOWN_REFERENCE, "'" + ids.get(i) + "' is not a region");
        return;
      }
    }
    if (member.backbone() && ids.size() != 2) {
      m.at().report("under", Rule.MAP_SHAPE, "a backbone runs under two overlapping regions");
    } else if (ids.size() == 2 && !ids.get(1).equals(partner.get(ids.get(0)))) {
      m.at()
          .report(
              field,
              Rule.MAP_SHAPE,
              "'" + ids.get(0) + "' and '" + ids.get(1) + "' do not overlap");
    }
  }
}
