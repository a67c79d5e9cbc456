package dev.genaivsllm.content;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The ids of one kind of entry across the packs, listed only when something needs them all. Whether
 * one id is there is answered by looking for its file, so looking up one entry costs the same in a
 * pack of ten entries or ten thousand (bench/README.md); once listed, membership is a hash lookup,
 * which keeps lint's cross-checks linear.
 */
final class IdList extends AbstractList<String> implements RandomAccess {
  private final Supplier<List<String>> listing;
  private final Predicate<String> hasFile;
  private List<String> ids;
  private Set<String> members;

  /**
   * @param listing every id, in display order (lists folders, may record problems)
   * @param hasFile whether one well-formed id has a file in some pack
   */
  IdList(Supplier<List<String>> listing, Predicate<String> hasFile) {
    this.listing = listing;
    this.hasFile = hasFile;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String id)) {
      return false;
    }
    if (members != null) {
      return members.contains(id);
    }
    return ScalarReader.ID.matcher(id).matches()
        && id.length() <= ScalarReader.MAX_ID
        && hasFile.test(id);
  }

  @Override
  public String get(int index) {
    return all().get(index);
  }

  @Override
  public int size() {
    return all().size();
  }

  private List<String> all() {
    if (ids == null) {
      ids = List.copyOf(listing.get());
      members = new HashSet<>(ids);
    }
    return ids;
  }
}
