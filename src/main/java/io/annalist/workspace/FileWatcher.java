package io.annalist.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Watches the open file and calls back on the FX thread when it changes on disk, once per
 * burst of writes (an editor often writes a file in several steps). One file at a time.
 */
final class FileWatcher implements AutoCloseable {
    private final Runnable onChange;
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));
    private WatchService service;
    private Thread thread;
    private Path watched;

    FileWatcher(Runnable onChange) {
        this.onChange = onChange;
        settle.setOnFinished(e -> this.onChange.run());
    }

    /** Watches {@code file} from now on (null stops watching). Call on the FX thread. */
    void watch(Path file) {
        Path abs = file == null ? null : file.toAbsolutePath().normalize();
        if (abs != null && abs.equals(watched)) {
            return;
        }
        close();
        watched = abs;
        if (abs == null || abs.getParent() == null) {
            return;
        }
        try {
            service = FileSystems.getDefault().newWatchService();
            abs.getParent().register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            // No watching on this file system: reloading stays available by hand (F5).
            service = null;
            return;
        }
        WatchService ws = service;
        Path name = abs.getFileName();
        thread = new Thread(() -> loop(ws, name), "annalist-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(WatchService ws, Path name) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (name.equals(ev.context())) {
                        ours = true;
                    }
                }
                key.reset();
                if (ours) {
                    Platform.runLater(settle::playFromStart);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Watching stopped: the window closed or another file was opened.
        }
    }

    @Override
    public void close() {
        settle.stop();
        watched = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // Closing a watch service only releases it.
            }
            service = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
