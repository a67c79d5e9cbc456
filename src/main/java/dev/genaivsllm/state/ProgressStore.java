package dev.genaivsllm.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The progress file, kept safe: every change is made under a lock (so two quizzes finishing at once
 * both keep their results), read fresh, and written to a temporary file in the same folder that
 * then replaces the old one in a single move (so an interrupted write leaves the old file whole;
 * the next save removes what it left). An unreadable file is set aside under a name no other file
 * has, never deleted, and only when saving: reading never writes. A folder that cannot be written
 * only costs a warning. Only regular files of the user's own, in a folder of the user's own that
 * others cannot write, are ever read, created or replaced ({@link OwnedFiles}); anything else is an
 * {@link UnsafeStateException}.
 */
public final class ProgressStore {
  /** Overrides the progress file's location. */
  public static final String ENV_FILE = "GENAI_VS_LLM_PROGRESS";

  private static final long LOCK_WAIT_MILLIS = 10_000;

  /** Said when no place for progress is known: progress is neither read nor saved. */
  public static final String NOWHERE =
      "quiz progress is not kept: HOME is not set to an absolute path (nor XDG_STATE_HOME);"
          + " set HOME, or "
          + ENV_FILE
          + " to a file of your own";

  /** The progress file; null when there is no place for one (no HOME). */
  private final Path file;

  private final Clock clock;
  private final OwnedFiles owned;
  private final List<String> warnings = new ArrayList<>();

  /** The warning read() gave about an unreadable file; replaced by the set-aside's own. */
  private String unreadableWarning;

  private boolean toldNowhere;

  public ProgressStore(Path file, Clock clock) {
    this(file, clock, OwnedFiles.ofCurrentUser());
  }

  ProgressStore(Path file, Clock clock, OwnedFiles owned) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.clock = clock;
    this.owned = owned;
  }

  /** The user's progress, where {@link #locate} puts it; kept nowhere when it finds no place. */
  public static ProgressStore forUser(Map<String, String> env, Clock clock) {
    return new ProgressStore(locate(env).orElse(null), clock);
  }

  /**
   * Where progress lives: {@code $GENAI_VS_LLM_PROGRESS}, else {@code
   * $XDG_STATE_HOME/genai-vs-llm/progress.json}, else {@code
   * $HOME/.local/state/genai-vs-llm/progress.json} (on Windows, where there is no {@code HOME},
   * under {@code USERPROFILE}); nowhere when none of them is set. As the launcher does for its
   * cache, {@code XDG_STATE_HOME} and {@code HOME} count only as absolute paths (the XDG spec says
   * to ignore a relative one), and the home folder is {@code $HOME}, not the password database's: a
   * user without an entry there gets no made-up folder (Java's {@code user.home} is then {@code ?},
   * a folder relative to wherever the program runs).
   */
  public static Optional<Path> locate(Map<String, String> env) {
    String explicit = env.getOrDefault(ENV_FILE, "");
    if (!explicit.isBlank()) {
      return Optional.of(Path.of(explicit));
    }
    return Folders.base(env, "XDG_STATE_HOME", ".local/state")
        .map(b -> b.resolve("genai-vs-llm").resolve("progress.json"));
  }

  /** The progress file; empty when progress is kept nowhere. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The one-line warnings gathered since the last call (a file set aside, a save that failed,
   * progress kept nowhere), for stderr; each is handed out once.
   */
  public List<String> takeWarnings() {
    List<String> taken = List.copyOf(warnings);
    warnings.clear();
    return taken;
  }

  /** Notes once that progress is kept nowhere; true when it is. */
  private boolean nowhere() {
    if (file == null && !toldNowhere) {
      toldNowhere = true;
      warnings.add(NOWHERE);
    }
    return file == null;
  }

  /**
   * The recorded progress; empty when there is none or it cannot be read. Writes nothing: an
   * unreadable file is only reported, and set aside by the next save.
   *
   * @throws UnsafeStateException when the file or its folder must not be touched
   */
  public Progress read() {
    if (nowhere()) {
      return Progress.empty();
    }
    try {
      if (!Files.exists(file.getParent())) {
        return Progress.empty();
      }
      owned.checkFolder(file.getParent());
      owned.checkFile(file, "progress file");
      Unreadable unreadable = parse();
      if (unreadable.progress() == null) {
        unreadableWarning =
            "progress file "
                + file
                + " cannot be read because "
                + unreadable.why()
                + "; the next saved answer sets it aside and starts afresh";
        warnings.add(unreadableWarning);
        return Progress.empty();
      }
      return unreadable.progress();
    } catch (UnsafeStateException e) {
      throw withHint(e);
    } catch (IOException e) {
      warnings.add("cannot read progress from " + file + ": " + e.getMessage());
      return Progress.empty();
    }
  }

  /**
   * Applies a change to the recorded progress, atomically and under the lock.
   *
   * @return whether the change was saved (a warning says why not)
   */
  public boolean update(UnaryOperator<Progress> change) {
    if (nowhere()) {
      return false;
    }
    try {
      owned.prepareFolder(file.getParent());
      owned.checkFile(file, "progress file");
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      owned.checkFile(lockFile, "lock file");
      try (FileChannel channel =
              FileChannel.open(
                  lockFile,
                  Set.of(
                      StandardOpenOption.CREATE,
                      StandardOpenOption.WRITE,
                      LinkOption.NOFOLLOW_LINKS),
                  Folders.ownerOnly(file));
          FileLock lock = acquire(channel)) {
        if (lock == null) {
          warnings.add("progress not saved: " + file + " stayed locked by another run");
          return false;
        }
        removeLeftTemporaries();
        write(change.apply(parseOrSetAside()));
        return true;
      }
    } catch (UnsafeStateException e) {
      throw withHint(e);
    } catch (IOException | RuntimeException e) {
      warnings.add("progress not saved to " + file + ": " + describe(e));
      return false;
    }
  }

  /** Forgets every recorded answer; true when saved. */
  public boolean reset() {
    return update(p -> Progress.empty());
  }

  /** The parsed file, or why it could not be parsed (then {@code progress} is null). */
  private record Unreadable(Progress progress, String why) {}

  private Unreadable parse() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Unreadable(Progress.empty(), "");
    } catch (java.nio.charset.MalformedInputException e) {
      return new Unreadable(null, "it is not UTF-8 text");
    }
    try {
      return new Unreadable(ProgressCodec.read(text), "");
    } catch (IllegalArgumentException e) {
      return new Unreadable(null, "it is not a progress file (" + e.getMessage() + ")");
    }
  }

  private Progress parseOrSetAside() throws IOException {
    Unreadable parsed = parse();
    return parsed.progress() != null ? parsed.progress() : setAside(parsed.why());
  }

  /**
   * Moves the unreadable file to {@code <name>.unreadable-<time>}, adding {@code -2}, {@code -3}...
   * when that name is taken (two bad files in one second): a move never replaces another file.
   */
  private Progress setAside(String why) throws IOException {
    String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    String base = file.getFileName() + ".unreadable-" + stamp;
    Path aside = file.resolveSibling(base);
    for (int n = 2; ; n++) {
      try {
        Files.move(file, aside);
        break;
      } catch (FileAlreadyExistsException taken) {
        aside = file.resolveSibling(base + "-" + n);
      }
    }
    warnings.remove(unreadableWarning);
    warnings.add(
        "progress file "
            + file
            + " was set aside as "
            + aside.getFileName()
            + " because "
            + why
            + "; starting afresh");
    return Progress.empty();
  }

  /**
   * Temporary files a save left when it was killed before its move. Only saves make them, and only
   * under the lock this run now holds, so none of them is in use.
   */
  private void removeLeftTemporaries() throws IOException {
    String prefix = temporaryPrefix();
    try (DirectoryStream<Path> left =
        Files.newDirectoryStream(
            file.getParent(),
            p -> {
              String name = p.getFileName().toString();
              return name.endsWith(".tmp")
                  && (name.startsWith(prefix) || name.startsWith(".progress-"));
            })) {
      for (Path temp : left) {
        if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  private String temporaryPrefix() {
    return "." + file.getFileName() + "-";
  }

  private void write(Progress progress) throws IOException {
    Folders.replace(
        file,
        temporaryPrefix(),
        ProgressCodec.write(progress).getBytes(StandardCharsets.UTF_8),
        true,
        null);
  }

  private static UnsafeStateException withHint(UnsafeStateException e) {
    return new UnsafeStateException(
        e.getMessage() + " (" + ENV_FILE + " can name a file in a folder of your own)");
  }

  private static FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
    while (true) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
        lock = null; // another thread of this program holds it: wait like for another process
      }
      if (lock != null || System.nanoTime() > deadline) {
        return lock;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private static String describe(Exception e) {
    String kind =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e instanceof java.nio.file.FileSystemException ? "cannot write" : e.toString();
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
