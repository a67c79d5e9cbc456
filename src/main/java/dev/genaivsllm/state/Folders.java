package dev.genaivsllm.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the progress store and the kept classifiers share about the user's folders and files. */
final class Folders {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private Folders() {}

  /**
   * A folder an environment variable names, only when it is an absolute path: the XDG spec says to
   * ignore a relative one, and a home folder that is not absolute names no place.
   */
  static Optional<Path> absolute(String value) {
    try {
      return value == null || value.isBlank()
          ? Optional.empty()
          : Optional.of(Path.of(value)).filter(Path::isAbsolute);
    } catch (InvalidPathException notAPath) {
      return Optional.empty();
    }
  }

  /**
   * The user's folder of one XDG kind: {@code $XDG_...} (say {@code XDG_CACHE_HOME}), else {@code
   * $HOME/<homeRelative>} (on Windows, which sets no HOME, under {@code USERPROFILE}); empty when
   * none of them is an absolute path.
   */
  static Optional<Path> base(Map<String, String> env, String xdgVariable, String homeRelative) {
    return absolute(env.get(xdgVariable))
        .or(() -> absolute(env.get("HOME")).map(h -> h.resolve(homeRelative)))
        // Windows sets no HOME but USERPROFILE, which Unix systems do not set
        .or(() -> absolute(env.get("USERPROFILE")).map(h -> h.resolve(homeRelative)));
  }

  /**
   * Replaces {@code file} with these bytes: written to a temporary file beside it (readable by the
   * user alone), then renamed over it, atomically where the file system can, so that a reader sees
   * the old file or the new one, never part of one.
   *
   * @param temporaryPrefix how the temporary file's name starts
   * @param durable whether to sync the bytes to the disk before the rename
   * @param modified the modification time to give the new file, or null for now
   */
  static void replace(
      Path file, String temporaryPrefix, byte[] bytes, boolean durable, FileTime modified)
      throws IOException {
    Path temp = Files.createTempFile(file.getParent(), temporaryPrefix, ".tmp", ownerOnly(file));
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer all = ByteBuffer.wrap(bytes);
        while (all.hasRemaining()) {
          out.write(all);
        }
        if (durable) {
          out.force(true);
        }
      }
      if (modified != null) {
        Files.setLastModifiedTime(temp, modified);
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

  /** Readable and writable by the user alone, where the file system has such permissions. */
  static FileAttribute<?>[] ownerOnly(Path place) {
    return place.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }
}
