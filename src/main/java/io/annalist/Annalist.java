package io.annalist;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.annalist.cli.Cli;
import io.annalist.workspace.AnnalistApp;

/**
 * Entry point. With no arguments, or a single file, it opens the window; with a subcommand
 * ({@code validate}, ...) or an option ({@code --help}) it runs the command line. A word that
 * is no file but close to a command is taken for a mistyped command ("did you mean
 * validate?"); without a display, the window is not tried, and one line says what works
 * instead. This class is not a JavaFX {@code Application}, so the app also starts from a
 * plain class path.
 */
public final class Annalist {
    /** What is said when the window cannot be shown. */
    static final String NO_DISPLAY = "annalist: no display: use `annalist export …` for images without a window"
            + " (annalist --help lists the commands)";

    private Annalist() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int refused = refuse(args, Annalist::exists, hasDisplay(System.getenv()), err);
        if (refused != 0) {
            System.exit(refused);
        }
        if (opensWindow(args)) {
            try {
                AnnalistApp.launchWith(args.length == 0 ? null : args[0]);
            } catch (RuntimeException | Error e) {
                err.println(startFailure(e));
                System.exit(Cli.FAILED);
            }
            return;
        }
        System.exit(Cli.run(args));
    }

    /**
     * One line for a window that could not start: "no display" only when the display is what
     * failed ("Unable to open DISPLAY" and its kind), otherwise the cause in its own words.
     */
    static String startFailure(Throwable e) {
        String cause = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("display")) {
                return NO_DISPLAY;
            }
            if (m != null && !m.isBlank()) {
                cause = m.strip().lines().findFirst().orElse(m);
            } else if (cause == null) {
                cause = t.getClass().getSimpleName();
            }
        }
        return "annalist: the window could not start: " + cause;
    }

    static boolean opensWindow(String[] args) {
        Set<String> commands = Cli.commandNames();
        return args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !commands.contains(args[0]));
    }

    /**
     * Whether the arguments must be refused before anything starts, and why: a mistyped
     * command, or a window asked for where there is no display. Returns the exit code (2), or 0
     * when the arguments may go on.
     */
    static int refuse(String[] args, Predicate<String> exists, boolean hasDisplay, PrintWriter err) {
        if (args.length > 1 && !args[0].startsWith("-") && !Cli.commandNames().contains(args[0])
                && !exists.test(args[0])) {
            // "annalist valdate events.csv": the first word is no command and no file.
            String meant = closestCommand(args[0]);
            if (meant != null) {
                err.println("annalist: unknown command '" + args[0] + "' — did you mean " + meant + "?");
                return Cli.FAILED;
            }
        }
        if (!opensWindow(args)) {
            return 0;
        }
        if (args.length == 1 && !exists.test(args[0])) {
            String meant = closestCommand(args[0]);
            if (meant != null) {
                err.println("annalist: unknown command '" + args[0] + "' — did you mean " + meant + "?");
                return Cli.FAILED;
            }
        }
        if (!hasDisplay) {
            err.println(NO_DISPLAY);
            return Cli.FAILED;
        }
        return 0;
    }

    /**
     * Whether a window can be shown: on Linux and the other X11 or Wayland systems only when
     * {@code DISPLAY} or {@code WAYLAND_DISPLAY} names one; Windows and macOS always have one.
     */
    static boolean hasDisplay(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The command {@code word} is most likely a slip for, or null when it is close to none. */
    static String closestCommand(String word) {
        if (word.contains("/") || word.contains("\\") || word.contains(".")) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : Cli.commandNames()) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        // One slip in a short word, two in a longer one: "valdate", "exprot", "convrt".
        int allowed = word.length() <= 4 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
