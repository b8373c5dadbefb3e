package io.annalist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.annalist.io.EventGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annalist generate --events N --seed S --out FILE}: a synthetic event file for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic event file (all kinds, 500 actors, 50 years) for scale tests.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, paramLabel = "N", description = "how many events")
    int events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE}); the same seed gives the same file")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 0 || events > 50_000_000) {
            spec.commandLine().getErr().println("annalist: --events must be between 0 and 50,000,000");
            return Cli.FAILED;
        }
        try {
            new EventGenerator(seed).write(out, events);
        } catch (IOException e) {
            spec.commandLine().getErr().println("annalist: cannot write " + out + ": " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(out + ": " + Counts.of(events, "event", "events"));
        return Cli.OK;
    }
}
