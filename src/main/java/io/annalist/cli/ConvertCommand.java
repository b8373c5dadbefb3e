package io.annalist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.annalist.io.CsvEventWriter;
import io.annalist.io.EventFileWriter;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.LoadResult;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.MarkFacet;
import io.annalist.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist convert IN --out OUT.json|OUT.csv [--format ...] [--starred] [--tagged T]
 * [--with-notes] [--workspace W] [import options]}: any format we read, written as annalist/1 or as CSV, with
 * the analyst's marks from the workspace written with each event, optionally keeping only the
 * starred events, those with some tags of the analyst's, or those with notes.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a TimelineJS, ACLED, GDELT, UCDP, ICEWS or CSV file (or our own) into an Annalist event file,"
                        + " or into CSV.",
                "The analyst's stars, tags and notes from the workspace go with the events written."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IN", description = "file to read")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.json|OUT.csv",
            description = "file to write: our JSON, or CSV when its name ends in .csv")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = "the format of IN: auto (the default: detected), annalist, timelinejs, acled, gdelt,"
                    + " ucdp, icews or csv")
    Format format;

    @Option(names = "--starred", description = "write only the events the analyst starred")
    boolean starred;

    @Option(names = "--tagged", paramLabel = "TAG", description = "write only events with this tag of the analyst's"
            + " (repeatable: any of them)")
    List<String> tagged = new ArrayList<>();

    @Option(names = "--with-notes", description = "write only events the analyst wrote notes on")
    boolean withNotes;

    @CommandLine.Mixin
    WorkspaceOption workspace;

    @CommandLine.Mixin
    ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Format f = format;
        LoadResult r = Formats.read(in, f, importOptions.options(), io.annalist.io.ReadProgress.NONE);
        if (r.failed()) {
            err.println("annalist: " + r.report().problems().get(0).format());
            return Cli.FAILED;
        }
        Dataset d = r.dataset();
        WorkspaceOption.Loaded marks;
        try {
            marks = workspace.load(in, d);
        } catch (IllegalArgumentException e) {
            err.println("annalist: " + e.getMessage());
            return Cli.FAILED;
        }
        MarkFacet only = new MarkFacet(starred, Set.copyOf(tagged), withNotes);
        List<Event> events = d.events();
        if (!only.isEmpty()) {
            var test = EventFilter.NONE.withMarks(only).predicate(java.util.Map.of(), java.util.Map.of(), marks.marks());
            events = events.stream().filter(test).toList();
        }
        try {
            if (out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                java.util.Map<String, String> names = new java.util.HashMap<>();
                d.actors().forEach(a -> names.put(a.id(), a.name()));
                java.util.Map<String, Source> sources = d.sourcesById();
                new CsvEventWriter().write(events, names, sources, marks.marks()::markOf, out);
            } else {
                new EventFileWriter().write(d, events, marks.marks()::markOf, out);
            }
        } catch (IOException e) {
            err.println("annalist: " + e.getMessage());
            return Cli.FAILED;
        }
        String kept = only.isEmpty() ? "" : "; " + events.size() + " written (" + describe(only) + ")";
        spec.commandLine().getOut().println(out + ": " + r.report().summary() + kept
                + (r.report().problems().isEmpty() ? "" : " (see: annalist validate --format " + (f == null ? "auto"
                : f.option()) + " " + in + ")"));
        if (!marks.marks().orphans().isEmpty()) {
            err.println("annalist: note: " + marks.marks().orphanSummary() + " (kept in " + marks.file() + ")");
        }
        return r.report().rejected() > 0 ? Cli.REJECTED : Cli.OK;
    }

    private static String describe(MarkFacet only) {
        List<String> parts = new ArrayList<>();
        if (only.starred()) {
            parts.add("starred");
        }
        if (!only.tags().isEmpty()) {
            parts.add("tagged " + String.join(" or ", new java.util.TreeSet<>(only.tags())));
        }
        if (only.withNotes()) {
            parts.add("with notes");
        }
        return "only " + String.join(", ", parts);
    }
}
