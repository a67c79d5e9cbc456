package dev.genaivsllm.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every source of a pack, by cite key, in file order. */
public final class Bibliography {
  private final Map<String, Source> byKey;

  public Bibliography(List<Source> sources) {
    Map<String, Source> map = new LinkedHashMap<>();
    sources.forEach(s -> map.put(s.key(), s));
    this.byKey = map;
  }

  public Optional<Source> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public boolean contains(String key) {
    return byKey.containsKey(key);
  }

  /** The sources for these keys, in the given order; keys must resolve. */
  public List<Source> resolve(Collection<String> keys) {
    return keys.stream().map(byKey::get).toList();
  }

  public Collection<Source> all() {
    return byKey.values();
  }
}
