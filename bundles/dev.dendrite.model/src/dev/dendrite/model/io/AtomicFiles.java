package dev.dendrite.model.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder and a rename, so that a reader (or a
 * crash) sees the old content or the new one, never half of one: a failed save never destroys
 * the user's previous file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes content produced as a stream (large weights, say), which may fail part-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, out -> out.write(content));
    }

    /** Streams {@code content} into a temporary file and renames it over {@code file} only when all of it was written. */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = createSibling(dir, file);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            keepPermissions(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * An empty temporary file beside {@code file}, created like any new file (the process's umask
     * decides its mode): {@code createTempFile} would make it owner-only, and every save would
     * then leave the user's file unreadable to the group and to others.
     */
    private static Path createSibling(Path dir, Path file) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0;; attempt++) {
            Path candidate = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions (group-writable, read-only to others, ...), as an editor's save would. */
    private static void keepPermissions(Path file, Path temporary) throws IOException {
        if (!Files.isRegularFile(file) || !Files.getFileStore(temporary).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
    }
}
