package dev.genaivsllm.state;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** What the progress store and the kept classifiers share about the user's folders. */
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

  /** Readable and writable by the user alone, where the file system has such permissions. */
  static FileAttribute<?>[] ownerOnly(Path place) {
    return place.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }
}
