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
            + "reviewed: 2026-01-01\norder: [ghost]\n");
    ContentException e =
        assertThrows(
            ContentException.class,
            new ContentRepository(pack, ContentLimits.DEFAULT)::dimensionIds);
    assertTrue(e.getMessage().contains("'ghost' is not a dimension"), e::getMessage);
  }

  @Test
  void fileNameThatIsNotAnIdIsRefused() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/Bad Name.yaml", "title: x\n");
    ContentException e =
        assertThrows(
            ContentException.class,
            new ContentRepository(pack, ContentLimits.DEFAULT)::dimensionIds);
    assertTrue(e.file().endsWith("dimensions/Bad Name.yaml"), e::getMessage);
    assertEquals(Rule.BAD_ID, e.rule());
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
