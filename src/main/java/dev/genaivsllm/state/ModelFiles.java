package dev.genaivsllm.state;

import dev.genaivsllm.learn.ModelStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Trained classifiers kept in the user's cache folder, beside the launcher's start-up archives:
 * {@code $XDG_CACHE_HOME/genai-vs-llm}, else {@code $HOME/.cache/genai-vs-llm}. As for the
 * archives, the folder is trusted only when it is the user's own and closed to others ({@link
 * OwnedFiles}); otherwise nothing is read or written and every run trains. A cache: any failure is
 * quiet, the newest {@link #KEPT} files stay and older ones go, and {@code
 * GENAI_VS_LLM_NO_MODEL_CACHE=1} turns it off.
 */
public final class ModelFiles implements ModelStore {
  /** Set (to anything) to keep no classifier between runs. */
  public static final String ENV_OFF = "GENAI_VS_LLM_NO_MODEL_CACHE";

  /** How many classifiers stay: ask's and recommend's for two sets of packs. */
  static final int KEPT = 4;

  private static final String PREFIX = "learned-";

  /** The names this store writes: learned-KIND-KEY.bin, the key 24 hexadecimal digits. */
  private static final Pattern OURS = Pattern.compile("learned-[a-z]+-[0-9a-f]{24}\\.bin");

  /** Far above any classifier's size; a bigger file is not read. */
  private static final long MOST_BYTES = 512L << 20;

  /** A temporary file this old was left by a run that was killed while writing. */
  private static final Duration LEFT_BEHIND = Duration.ofHours(1);

  private final Path folder;
  private final Clock clock;
  private final OwnedFiles owned;

  ModelFiles(Path folder, Clock clock, OwnedFiles owned) {
    this.folder = folder.toAbsolutePath();
    this.clock = clock;
    this.owned = owned;
  }

  /** The user's cache folder, or {@link ModelStore#NONE} when there is none or it is turned off. */
  public static ModelStore forUser(Map<String, String> env, Clock clock) {
    if (!env.getOrDefault(ENV_OFF, "").isEmpty()) {
      return NONE;
    }
    return Folders.base(env, "XDG_CACHE_HOME", ".cache")
        .<ModelStore>map(
            b -> new ModelFiles(b.resolve("genai-vs-llm"), clock, OwnedFiles.ofCurrentUser()))
        .orElse(NONE);
  }

  /** The folder the classifiers are kept in. */
  Path folder() {
    return folder;
  }

  @Override
  public Optional<ByteBuffer> find(String name) {
    Path file = folder.resolve(checked(name));
    try {
      if (!trusted()) {
        return Optional.empty();
      }
      owned.checkFile(file, "kept classifier");
      if (OwnedFiles.othersCanWrite(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      // read, not mapped: a file mapped while someone else cuts it short would crash the JVM
      byte[] bytes;
      try (FileChannel in =
          FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.size() > MOST_BYTES ? new byte[0] : readAll(in);
      }
      touch(file);
      return Optional.of(ByteBuffer.wrap(bytes));
    } catch (IOException | RuntimeException unusable) {
      return Optional.empty();
    }
  }

  /**
   * Whether the folder may be used, as the launcher decides for its archives: a folder (not a link)
   * of the user's own that others cannot write, in a parent others cannot write unless it is sticky
   * (as /tmp is, where no one else can rename what is the user's).
   */
  private boolean trusted() throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    owned.checkFolder(folder);
    Path parent = folder.getParent();
    return parent == null
        || !OwnedFiles.othersCanWrite(parent, LinkOption.NOFOLLOW_LINKS)
        || sticky(parent);
  }

  private static boolean sticky(Path p) {
    try {
      return ((Integer) Files.getAttribute(p, "unix:mode") & 01000) != 0;
    } catch (IOException | RuntimeException noUnixModes) {
      return false;
    }
  }

  private static byte[] readAll(FileChannel in) throws IOException {
    ByteBuffer all = ByteBuffer.allocate((int) in.size());
    while (all.hasRemaining() && in.read(all) >= 0) {
      // a file cut short since its size was read ends early; the codec refuses it
    }
    return all.position() == all.capacity() ? all.array() : new byte[0];
  }

  /**
   * The newest use decides which files stay; on a read-only file system, the file is still used.
   */
  private void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    } catch (IOException | RuntimeException readOnly) {
      // kept as it is
    }
  }

  @Override
  public void keep(String name, byte[] bytes) {
    Path file = folder.resolve(checked(name));
    try {
      owned.prepareFolder(folder);
      // a link where the folder should be is neither read nor written through
      if (!trusted()) {
        return;
      }
      owned.checkFile(file, "kept classifier");
      // a cache need not survive a power cut: no sync; the program's clock, as for a use (find),
      // decides which files are newest
      Folders.replace(file, "." + name + "-", bytes, false, FileTime.from(clock.instant()));
      prune(file);
    } catch (IOException | RuntimeException unusable) {
      // a cache: the next run trains again
    }
  }

  /** Removes all but the newest {@link #KEPT} classifiers, and temporaries left long ago. */
  private void prune(Path kept) throws IOException {
    List<Path> models = new ArrayList<>();
    FileTime stale = FileTime.from(clock.instant().minus(LEFT_BEHIND));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (OURS.matcher(name).matches()) {
          models.add(p);
        } else if (name.startsWith("." + PREFIX)
            && name.endsWith(".tmp")
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(stale) < 0) {
          Files.deleteIfExists(p);
        }
      }
    }
    models.sort(Comparator.comparing(ModelFiles::modified).reversed());
    models.remove(kept);
    for (Path old : models.subList(Math.min(KEPT - 1, models.size()), models.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  /** A name of this store's own, never a path elsewhere. */
  private static String checked(String name) {
    if (!OURS.matcher(name).matches()) {
      throw new IllegalArgumentException("not a classifier's file name: " + name);
    }
    return name;
  }
}
