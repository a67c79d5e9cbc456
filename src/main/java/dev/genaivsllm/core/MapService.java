package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.FieldMap;
import java.util.LinkedHashSet;
import java.util.Set;

/** Answers {@code map}: the map of the field with the concepts it names and its sources. */
public final class MapService {
  private final ContentRepository content;

  public MapService(ContentRepository content) {
    this.content = content;
  }

  public FieldMapView map() {
    FieldMap map = content.fieldMap();
    Set<String> keys = new LinkedHashSet<>();
    map.regions().forEach(r -> keys.addAll(r.sources()));
    map.members().forEach(m -> keys.addAll(m.sources()));
    return new FieldMapView(
        content.pack(),
        map,
        map.ids().stream().map(content::concept).toList(),
        content.bibliography().resolve(keys));
  }
}
