package dev.genaivsllm.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The progress file, kept safe: every change is made under a lock (so two quizzes finishing at once
 * both keep their results), read fresh, and written to a temporary file in the same folder that
 * then replaces the old one in a single move (so an interrupted write leaves the old file whole).
 * An unreadable file is set aside, never deleted; a folder that cannot be written only costs a
 * warning.
 */
public final class ProgressStore {
  /** Overrides the progress file's location. */
  public static final String ENV_FILE = "GENAI_VS_LLM_PROGRESS";

  private static final long LOCK_WAIT_MILLIS = 10_000;

  private final Path file;
  private final Clock clock;
  private final List<String> warnings = new ArrayList<>();

  public ProgressStore(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /**
   * Where progress lives: {@code $GENAI_VS_LLM_PROGRESS}, else {@code
   * $XDG_STATE_HOME/genai-vs-llm/progress.json}, else {@code
   * ~/.local/state/genai-vs-llm/progress.json}.
   */
  public static Path locate(Map<String, String> env, Path home) {
    String explicit = env.getOrDefault(ENV_FILE, "");
    if (!explicit.isBlank()) {
      return Path.of(explicit);
    }
    String state = env.getOrDefault("XDG_STATE_HOME", "");
    Path base = state.isBlank() ? home.resolve(".local/state") : Path.of(state);
    return base.resolve("genai-vs-llm").resolve("progress.json");
  }

  public Path file() {
    return file;
  }

  /** One-line warnings gathered so far (a file set aside, a save that failed), for stderr. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The recorded progress; empty when there is none or it cannot be read. */
  public Progress read() {
    try {
      return parseOrSetAside();
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
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = acquire(channel)) {
        if (lock == null) {
          warnings.add("progress not saved: " + file + " stayed locked by another run");
          return false;
        }
        write(change.apply(parseOrSetAside()));
        return true;
      }
    } catch (IOException | RuntimeException e) {
      warnings.add("progress not saved to " + file + ": " + describe(e));
      return false;
    }
  }

  /** Forgets every recorded answer; true when saved. */
  public boolean reset() {
    return update(p -> Progress.empty());
  }

  private Progress parseOrSetAside() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Progress.empty();
    } catch (java.nio.charset.MalformedInputException e) {
      return setAside("it is not UTF-8 text");
    }
    try {
      return ProgressCodec.read(text);
    } catch (IllegalArgumentException e) {
      return setAside("it is not a progress file (" + e.getMessage() + ")");
    }
  }

  private Progress setAside(String why) throws IOException {
    String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
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

  private void write(Progress progress) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".progress-", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        out.write(StandardCharsets.UTF_8.encode(ProgressCodec.write(progress)));
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
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
