package io.annalist.editing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A data file as it was when it was read: its size, when it was last modified and the SHA-256
 * of its bytes. Save compares the file on disk with it, so that a file changed by someone else
 * since it was read is never written over without asking.
 */
public record FileStamp(long size, long modified, String sha256) {

    /** The stamp of {@code file} as it is now. */
    public static FileStamp of(Path file) throws IOException {
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        return new FileStamp(size, modified, digest(file));
    }

    /** True when {@code file} still holds the bytes it held when stamped. */
    public boolean matches(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        // The same size and time is not proof enough: a quick rewrite can keep both.
        return digest(file).equals(sha256);
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
