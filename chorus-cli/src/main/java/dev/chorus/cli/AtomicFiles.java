package dev.chorus.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a crash or a concurrent reader never sees a half-written one: the
 * text goes to a hidden temporary file next to the target, which is then moved into place
 * atomically. The temporary file gets the default permissions of any new file (unlike {@link
 * Files#createTempFile}'s owner-only ones). Thread-safe for distinct targets.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /** What writes the content. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8 to {@code file}, creating its parent directories. */
  static void writeString(Path file, CharSequence text) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    // One write of the whole text needs no buffer (issue #5: a batch wrote thousands of files,
    // each with a fresh 8 KiB buffer).
    write(file, out -> out.write(bytes), false);
  }

  /** Writes {@code content} to {@code file}, creating its parent directories. */
  static void write(Path file, Content content) throws IOException {
    write(file, content, true);
  }

  private static void write(Path file, Content content, boolean buffered) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    // One stat when the directory exists (the usual case: a batch writes thousands of files into
    // one), instead of createDirectories' failed mkdir and stat per file (issue #5).
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    boolean moved = false;
    try {
      OutputStream stream = Files.newOutputStream(temp);
      try (OutputStream out = buffered ? new BufferedOutputStream(stream) : stream) {
        content.writeTo(out);
      }
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
