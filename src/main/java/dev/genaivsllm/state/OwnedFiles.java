package dev.genaivsllm.state;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the progress store may touch: regular files owned by the user, in a folder owned by the user
 * that no one else can write. Anything else (a device such as {@code /dev/null}, a FIFO, a socket,
 * a symbolic link, another user's file or folder, a folder others can write) is refused with an
 * {@link UnsafeStateException} before a byte is read or written. Once the folder is the user's own
 * and closed to others, nobody else can swap a file between a check and its use.
 */
final class OwnedFiles {
  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private final OptionalInt uid;

  /**
   * @param uid the user's numeric id; empty where the platform has none (Windows), which leaves
   *     only the file-type checks
   */
  OwnedFiles(OptionalInt uid) {
    this.uid = uid;
  }

  /** The checks for the user running this program. */
  static OwnedFiles ofCurrentUser() {
    return new OwnedFiles(currentUid());
  }

  private static OptionalInt currentUid() {
    try {
      return OptionalInt.of((int) new com.sun.security.auth.module.UnixSystem().getUid());
    } catch (LinkageError | RuntimeException notUnix) {
      return OptionalInt.empty();
    }
  }

  /**
   * Makes sure {@code dir} exists and is safe to write in: missing folders are created readable by
   * the user alone (0700, whatever the umask); an existing one is checked.
   */
  void prepareFolder(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    List<Path> missing = new ArrayList<>();
    for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      try {
        Files.createDirectory(p);
        if (uid.isPresent()) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
      } catch (FileAlreadyExistsException raced) {
        // made by a second run at the same moment; checked below like any existing folder
      }
    }
    checkFolder(absolute);
  }

  /** Refuses a folder that is not a folder, is another user's, or that others can write. */
  void checkFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UnsafeStateException(dir + " is not a folder");
    }
    if (uid.isEmpty()) {
      return;
    }
    int owner = (Integer) Files.getAttribute(dir, "unix:uid");
    if (owner != uid.getAsInt()) {
      throw new UnsafeStateException(
          "folder " + dir + " belongs to another user (uid " + owner + "), so it is not used");
    }
    if (othersCanWrite(dir)) {
      throw new UnsafeStateException(
          "folder " + dir + " can be written by other users; run 'chmod go-w " + dir + "'");
    }
  }

  /** Whether group or others may write this file or folder; false where there are no such modes. */
  static boolean othersCanWrite(Path p, LinkOption... options) throws IOException {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix")
        && Files.getPosixFilePermissions(p, options).stream().anyMatch(OTHERS_WRITE::contains);
  }

  /**
   * Refuses a path that exists but is not a regular file of the user's own: a link, a device, a
   * FIFO, a socket, a folder or another user's file. A missing file passes.
   *
   * @param what what the file is for, for the message ("progress file")
   */
  void checkFile(Path file, String what) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException absent) {
      return;
    }
    if (!attributes.isRegularFile()) {
      throw new UnsafeStateException(
          what
              + " "
              + file
              + " is "
              + kind(attributes)
              + ", not a regular file, so it is not used");
    }
    if (uid.isPresent()) {
      int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      if (owner != uid.getAsInt()) {
        throw new UnsafeStateException(
            what + " " + file + " belongs to another user (uid " + owner + "), so it is not used");
      }
    }
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (attributes.isDirectory()) {
      return "a folder";
    }
    return "a device, FIFO or socket";
  }
}
