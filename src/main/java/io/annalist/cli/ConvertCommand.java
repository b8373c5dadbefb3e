package io.annalist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.annalist.io.EventFileWriter;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist convert IN --out OUT.json [--format ...]}: any format we read, written as annalist/1. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a TimelineJS, ACLED or CSV file (or our own) into an Annalist event file.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IN", description = "file to read")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.json", description = "event file to write")
    Path out;

    @Option(names = "--format", paramLabel = "auto|annalist|timelinejs|acled|csv", converter = FormatOption.class,
            description = "the format of IN (default: detected)")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Format f = format;
        LoadResult r = Formats.read(in, f);
        if (r.failed()) {
            err.println("annalist: " + r.report().problems().get(0).format());
            return Cli.FAILED;
        }
        try {
            new EventFileWriter().write(r.dataset(), r.dataset().events(), out);
        } catch (IOException e) {
            err.println("annalist: " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(out + ": " + r.report().summary()
                + (r.report().problems().isEmpty() ? "" : " (see: annalist validate --format " + (f == null ? "auto"
                : f.option()) + " " + in + ")"));
        return r.report().rejected() > 0 ? Cli.REJECTED : Cli.OK;
    }
}
