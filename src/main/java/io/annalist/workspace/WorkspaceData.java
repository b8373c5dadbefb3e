package io.annalist.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

import io.annalist.marks.Workspace;

/** How a workspace file names the data its marks belong to, and the data such a name leads back to. */
final class WorkspaceData {
    private WorkspaceData() {
    }

    /** How the workspace at {@code ws} names the data at {@code where}: relative to its folder where it can. */
    static String dataName(DataLocation where, Path ws) {
        if (where instanceof DataLocation.Bundled b) {
            return "bundled:" + b.data().fileName();
        }
        if (where instanceof DataLocation.OnDisk d) {
            Path data = d.file().toAbsolutePath().normalize();
            Path dir = ws.toAbsolutePath().normalize().getParent();
            try {
                return dir == null ? data.toString() : dir.relativize(data).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                // Another drive: only the whole path reaches it.
                return data.toString();
            }
        }
        return null;
    }

    /** The data a workspace file names, or null when it names none that is there. */
    static DataLocation dataOf(Workspace w, Path ws) {
        String d = w.data();
        if (d == null || d.isBlank()) {
            return null;
        }
        if (d.startsWith("bundled:")) {
            String name = d.substring("bundled:".length());
            for (BundledData b : BundledData.all()) {
                if (b.fileName().equals(name) || b.name().equals(name)) {
                    return new DataLocation.Bundled(b);
                }
            }
            return null;
        }
        Path dir = ws.toAbsolutePath().getParent();
        Path data = dir == null ? Path.of(d) : dir.resolve(d);
        return Files.isRegularFile(data) ? new DataLocation.OnDisk(data.normalize()) : null;
    }
}
