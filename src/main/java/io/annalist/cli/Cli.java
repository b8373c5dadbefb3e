package io.annalist.cli;

import java.io.PrintWriter;
import java.util.Set;

import io.annalist.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code annalist validate FILE...}, {@code annalist import-cns ...}, and
 * {@code --help}/{@code --version}. Exit codes: 0 fine, 1 events rejected, 2 bad arguments or
 * an unreadable file. No stack trace reaches the user.
 */
@Command(name = "annalist", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = {"A timeline viewer for diplomatic and military events.",
                "With no arguments, opens the window on the bundled data; with FILE, opens the window on FILE."},
        subcommands = {ValidateCommand.class, ExportCommand.class, ConvertCommand.class, GenerateCommand.class,
                BenchCommand.class, ImportCnsCommand.class, ImportWorldAtlasCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Names of the subcommands, so the launcher can tell a command from a file to open. */
    public static Set<String> commandNames() {
        return new CommandLine(new Cli()).getSubcommands().keySet();
    }

    /** Runs the command line with the process's standard streams. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** A kind as our files write it (missile_test), or as the enum names it in any case. */
    static io.annalist.model.EventKind kind(String word) {
        io.annalist.model.EventKind k = io.annalist.model.EventKind.fromJson(word.strip().toLowerCase(
                java.util.Locale.ROOT).replace('-', '_'));
        if (k == null) {
            throw new CommandLine.TypeConversionException("\"" + word + "\" is not a kind; the kinds are "
                    + java.util.Arrays.stream(io.annalist.model.EventKind.values())
                            .map(io.annalist.model.EventKind::jsonName).collect(java.util.stream.Collectors.joining(", ")));
        }
        return k;
    }

    /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        // Options that take a word from a list (--lanes kind, --kind missile_test, --theme dark) are enums.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(io.annalist.model.EventKind.class, Cli::kind);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("annalist: " + ex.getMessage() + " (try: annalist " + commandPath(ex.getCommandLine())
                    + "--help)");
            return FAILED;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            err.println("annalist: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Readers answer this themselves; anything else that runs out ends here, as one line.
            err.println("annalist: not enough memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB for Java):"
                    + " start it with more (java -Xmx4g …, or -Xmx in the launcher's annalist/lib/app/annalist.cfg)");
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return name.equals("annalist") ? "" : name + " ";
    }

    /** Reads the version Maven stamped into the jar. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"annalist " + Version.get()};
        }
    }
}
