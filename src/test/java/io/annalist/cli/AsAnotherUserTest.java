package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An unreadable file and a read-only folder, met by a user whom permissions stop. Tests run
 * as root are not stopped by permissions, so there this runs the command line as the user
 * "nobody" (with setpriv) on a copy of the classes it needs; elsewhere AtomicFileTest checks
 * the same in-process.
 */
class AsAnotherUserTest {
    private static final String[] JARS = {"jackson-core", "jackson-databind", "jackson-annotations",
        "jackson-dataformat-csv", "picocli", "RoaringBitmap", "jsoup"};
    private static Path root;
    private static String classPath;

    @BeforeAll
    static void copyTheCommandLine() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "permissions already apply");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv");
        root = Files.createTempDirectory("annalist-nobody");
        open(root);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            String name = from.getFileName().toString();
            if (entry.endsWith("target" + File.separator + "classes")) {
                Path to = root.resolve("classes");
                try (Stream<Path> all = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        Path target = to.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                            open(target);
                        } else {
                            Files.copy(p, target);
                        }
                    }
                }
                entries.add(to.toString());
            } else if (Stream.of(JARS).anyMatch(name::startsWith)) {
                Path to = root.resolve(name);
                Files.copy(from, to);
                entries.add(to.toString());
            }
        }
        classPath = String.join(File.pathSeparator, entries);
    }

    private static void open(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void remove() throws IOException {
        if (root != null) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                    Files.delete(p);
                }
            }
        }
    }

    /** Runs the command line as nobody; returns its exit code, then everything it printed. */
    private static List<String> asNobody(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "io.annalist.Annalist"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return List.of(String.valueOf(p.exitValue()), out);
    }

    @Test
    void anUnreadableFileIsNamedAsSuchInEveryFormat() throws Exception {
        Path secret = root.resolve("secret.json");
        Files.writeString(secret, "{}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        for (String format : new String[] {"auto", "annalist", "timelinejs", "acled", "csv"}) {
            List<String> r = asNobody("validate", "--format=" + format, secret.toString());
            assertNotEquals("0", r.get(0));
            assertTrue(r.get(1).contains(secret + ": error: cannot be read: permission denied"), format + ": "
                    + r.get(1));
        }
    }

    @Test
    void convertingIntoAReadOnlyFolderIsRefusedAndWritesNothing() throws Exception {
        Path in = root.resolve("in.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), in);
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rw-r--r--"));
        Path ro = Files.createDirectory(root.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> r = asNobody("convert", in.toString(), "--out=" + ro.resolve("out.json"));
        assertNotEquals("0", r.get(0));
        assertTrue(r.get(1).contains("permission denied"), r.get(1));
        try (Stream<Path> left = Files.list(ro)) {
            assertEquals(0, left.count());
        }
        assertFalse(Files.exists(ro.resolve("out.json")));
    }
}
