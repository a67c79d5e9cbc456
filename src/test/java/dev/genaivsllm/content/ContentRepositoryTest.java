package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.Packs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRepositoryTest {
  @TempDir Path dir;

  @Test
  void listsIdsInPackOrderThenAlphabetically() {
    var repo = new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT);
    assertEquals(List.of("relationship", "architecture", "data"), repo.dimensionIds());
  }

  @Test
  void readsOnlyTheFilesAskedFor() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/data.yaml", "title: [broken\n");
    var repo = new ContentRepository(pack, ContentLimits.DEFAULT);
    assertEquals("Architecture", repo.dimension("architecture").title());
    ContentException e = assertThrows(ContentException.class, repo::dimensions);
    assertEquals(pack.resolve("dimensions/data.yaml").toString(), e.file());
  }

  @Test
  void orderNamingAMissingDimensionIsAContentError() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(
        pack,
        "pack.yaml",
        "name: p\nversion: '1'\nschemaVersion: 1\nlanguage: en\n"
            + "reviewed: 2026-01-01\n# ghost town\norder:\n  - architecture\n  - ghost-town\n"
            + "  - ghost\n");
    var ids = new ContentRepository(pack, ContentLimits.DEFAULT).dimensionIds();
    ContentException e = assertThrows(ContentException.class, ids::size);
    assertTrue(e.getMessage().contains("'ghost-town' is not a dimension"), e::getMessage);
    assertEquals(pack.resolve("pack.yaml").toString(), e.file());
    assertEquals(9, e.line(), "at the list item, not the comment that mentions it");
    assertEquals(5, e.column());
    assertEquals(10, TextPositions.ofOrderEntry(pack.resolve("pack.yaml"), "ghost")[0]);
  }

  @Test
  void anOrderProblemPointsAtThePackThatListsTheId() {
    Path bundled = Packs.copy(Packs.fixture(), dir.resolve("bundled"));
    Path mine = dir.resolve("mine");
    Packs.copy(Packs.fixture(), mine);
    Packs.write(
        mine,
        "pack.yaml",
        "name: mine\nversion: '1'\nschemaVersion: 1\nlanguage: en\n"
            + "reviewed: 2026-01-01\norder: [data, ghost]\n");
    var ids =
        ContentRepository.layered(
                () -> List.of(bundled, mine), ContentLimits.DEFAULT, NodeCache.NONE)
            .dimensionIds();
    ContentException e = assertThrows(ContentException.class, ids::size);
    assertEquals(mine.resolve("pack.yaml").toString(), e.file());
    assertEquals(6, e.line());
    assertEquals(15, e.column());
  }

  @Test
  void fileNameThatIsNotAnIdIsRefused() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/Bad Name.yaml", "title: x\n");
    var ids = new ContentRepository(pack, ContentLimits.DEFAULT).dimensionIds();
    ContentException e = assertThrows(ContentException.class, ids::size);
    assertTrue(e.file().endsWith("dimensions/Bad Name.yaml"), e::getMessage);
    assertEquals(Rule.BAD_ID, e.rule());
  }

  /**
   * Looking up one id looks for its file and does not list the folder, so it costs the same in any
   * size of pack; the folder's problems surface when the list is read (as lint always does).
   */
  @Test
  void oneIdIsFoundWithoutListingTheFolder() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/Bad Name.yaml", "title: x\n");
    var repo = new ContentRepository(pack, ContentLimits.DEFAULT);
    assertTrue(repo.dimensionIds().contains("architecture"));
    assertTrue(!repo.dimensionIds().contains("ghost"));
    assertTrue(!repo.dimensionIds().contains("Bad Name"));
    assertTrue(!repo.dimensionIds().contains("../concepts/gan"));
    assertEquals("Architecture", repo.dimension("architecture").title());
    assertThrows(ContentException.class, repo.dimensionIds()::size);
  }

  @Test
  void onceListedTheIdsAreTheFilesInTeachingOrder() {
    var repo = new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT);
    assertEquals(java.util.List.of("relationship", "architecture", "data"), repo.dimensionIds());
    assertTrue(repo.conceptIds().contains("gan"));
    assertTrue(!repo.conceptIds().contains("architecture"));
  }

  @Test
  void missingPackFolderIsAContentError() {
    ContentException e =
        assertThrows(
            ContentException.class,
            new ContentRepository(dir.resolve("none"), ContentLimits.DEFAULT)::pack);
    assertTrue(e.getMessage().endsWith("content pack folder not found"), e::getMessage);
  }
}
