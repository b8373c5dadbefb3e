package io.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.annalist.io.LoadResult;
import io.annalist.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist validate FILE...}: prints each problem as {@code FILE:LINE:COL: error|warning:
 * message}, then a summary per file. Exit 0 when nothing was rejected, 1 when events were
 * rejected, 2 when a file could not be read or parsed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check event files and list every problem with its line and column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every event loaded", "1:some events were rejected",
                "2:a file could not be read or parsed, or bad arguments"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "event files in any format Annalist reads")
    List<Path> files;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT",
            converter = FormatOption.class, description = "the format of the files: auto (the default: detected),"
                    + " annalist, timelinejs, acled, gdelt, ucdp, icews or csv")
    io.annalist.io.Format format;

    @CommandLine.Mixin
    ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        io.annalist.io.Format f = format;
        int code = Cli.OK;
        for (Path file : files) {
            LoadResult result = io.annalist.io.Formats.read(file, f, importOptions.options(),
                    io.annalist.io.ReadProgress.NONE);
            for (Problem p : result.report().problems()) {
                out.println(p.format());
            }
            if (result.failed()) {
                out.println(file + ": not loaded");
                code = Cli.FAILED;
            } else {
                out.println(file + ": " + result.report().summary());
                if (result.report().rejected() > 0 && code == Cli.OK) {
                    code = Cli.REJECTED;
                }
            }
        }
        return code;
    }
}
