package io.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.annalist.io.CnsMissileImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist import-cns DIR --out FILE [--corrections FILE]}: rebuilds the bundled
 * missile-test dataset from the CNS files and the corrections kept beside them.
 */
@Command(name = "import-cns", mixinStandardHelpOptions = true,
        description = "Convert the CNS North Korea missile-test files (test.en.json, missile.en.json,"
                + " facility.en.json) in DIR into an Annalist event file.")
final class ImportCnsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folder holding the three CNS files")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "event file to write")
    Path out;

    @Option(names = "--corrections", paramLabel = "FILE", description = "corrections to apply, each with its"
            + " sources (default: DIR-corrections.json beside DIR, when it exists)")
    Path corrections;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String name : new String[]{"test.en.json", "missile.en.json", "facility.en.json"}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                spec.commandLine().getErr().println("annalist: " + dir.resolve(name) + ": no such file");
                return Cli.FAILED;
            }
        }
        try {
            if (corrections != null) {
                new CnsMissileImporter().write(dir, corrections, out);
            } else {
                new CnsMissileImporter().write(dir, out);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("annalist: " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(out);
        return Cli.OK;
    }
}
