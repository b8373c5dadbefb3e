package io.annalist;

import java.util.Set;

import io.annalist.cli.Cli;
import io.annalist.workspace.AnnalistApp;

/**
 * Entry point. With no arguments, or a single file, it opens the window; with a subcommand
 * ({@code validate}, ...) or an option ({@code --help}) it runs the command line. This class
 * is not a JavaFX {@code Application}, so the app also starts from a plain class path.
 */
public final class Annalist {
    private Annalist() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            AnnalistApp.launchWith(args.length == 0 ? null : args[0]);
            return;
        }
        System.exit(Cli.run(args));
    }

    static boolean opensWindow(String[] args) {
        Set<String> commands = Cli.commandNames();
        return args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !commands.contains(args[0]));
    }
}
