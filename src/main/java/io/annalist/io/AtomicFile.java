package io.annalist.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all or nothing: the content goes to a temporary file beside the target,
 * which is moved into place only when complete. A failure — no permission, a full disk, a
 * folder gone — leaves no partial file, keeps the previous file as it was, and is reported
 * as "cannot write FILE: why".
 */
public final class AtomicFile {
    /** Writes the content into the file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + out + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + out + ": it is a folder");
        }
        Path temp;
        try {
            temp = createBeside(dir, target.getFileName().toString());
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + out + ": permission denied in " + dir);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write " + out + ": the folder " + dir + " is gone");
        } catch (IOException e) {
            throw new IOException("cannot write " + out + ": " + reason(e), e);
        }
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write " + out + ": " + reason(e), e);
        }
    }

    /**
     * A new empty file beside the target. Made with the ordinary permissions, which the user's
     * umask narrows (a temporary file would be readable by its owner only, and so would the
     * file it becomes).
     */
    private static Path createBeside(Path dir, String name) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "-" + Long.toUnsignedString(random.nextLong(), 36) + ".part");
            try {
                return Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    static String reason(Exception e) {
        // Encoders wrap the failure ("I/O error writing PNG file!"): the cause says what happened.
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof IOException io && c.getMessage() != null
                    && (c.getMessage().contains("No space left") || c.getMessage().contains("Read-only file system"))) {
                return reason(io);
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (m.contains("No space left") || m.contains("Disk quota exceeded")) {
            return "the disk is full";
        }
        if (m.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return m;
    }
}
