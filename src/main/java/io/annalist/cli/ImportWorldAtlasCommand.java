package io.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.annalist.map.WorldAtlasConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist import-world-atlas DIR --out FILE}: rebuilds the bundled base map from Natural Earth's borders. */
@Command(name = "import-world-atlas", mixinStandardHelpOptions = true,
        description = "Convert Natural Earth's 1:50m country borders (DIR/world-atlas/countries-50m.json, with the"
                + " ISO codes in DIR/iso-3166/1-n-to-1-a2.js) into the base map Annalist bundles.")
final class ImportWorldAtlasCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folder holding world-atlas/ and iso-3166/ (data/sources)")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "base map file to write")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String name : new String[]{"world-atlas/countries-50m.json", "iso-3166/1-n-to-1-a2.js"}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                spec.commandLine().getErr().println("annalist: " + dir.resolve(name) + ": no such file");
                return Cli.FAILED;
            }
        }
        try {
            new WorldAtlasConverter().convert(dir, out);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("annalist: " + dir + ": " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(out);
        return Cli.OK;
    }
}
