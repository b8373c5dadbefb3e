package io.annalist.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.annalist.Version;
import io.annalist.export.pdf.PdfPages;
import io.annalist.export.svg.SvgSurface;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import javafx.application.Platform;

/**
 * Snapshots as vectors, drawn by the same painter as the window and the PNG: a PDF brief on
 * A4 or Letter pages (one snapshot, or several saved views one after the other), and an SVG
 * of the picture the PNG would show. Laid out and drawn on the FX thread, written on
 * {@code writer}'s thread to a temporary file moved into place when complete.
 */
public final class VectorExport {
    /** One snapshot of a brief: what to show, the lanes it is drawn from and the colours. */
    public record Section(SnapshotSpec spec, Lanes lanes, Palette palette) {
    }

    /** What was written. */
    public record Done(Path file, String what, int eventsShown, Counted counted) {
        /** As the PNG's: the events drawn as their own mark, and apart those only counted (badges, crowded lanes). */
        public String summary() {
            return file + ": " + what + ", " + String.format("%,d", eventsShown)
                    + (eventsShown == 1 ? " event drawn" : " events drawn")
                    + counted.phrase();
        }
    }

    private VectorExport() {
    }

    private static <T> CompletableFuture<T> onFx(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** The brief's pages for {@code sections} on {@code format}. FX thread. */
    public static BriefPages pages(List<Section> sections, BriefPages.Format format) {
        List<SnapshotRenderer> renderers = new ArrayList<>();
        for (Section s : sections) {
            SnapshotSpec spec = s.spec().autoHeight() ? s.spec()
                    : s.spec().withSize(s.spec().width(), SnapshotSpec.AUTO_HEIGHT, 1);
            renderers.add(new SnapshotRenderer(spec, s.lanes(), s.palette()));
        }
        return BriefPages.of(renderers, format);
    }

    /** {@code work} on the FX thread, or at once on this thread when {@code here} (a task's, which Cancel interrupts). */
    private static <T> CompletableFuture<T> laidOut(boolean here, Supplier<T> work) {
        if (!here) {
            return onFx(work);
        }
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Writes {@code sections} as one PDF, each starting on a new page. Call from any thread but the FX one. */
    public static CompletableFuture<Done> pdf(List<Section> sections, BriefPages.Format format, Path out,
                                              Executor writer) {
        return pdf(sections, format, out, writer, false);
    }

    /**
     * As {@link #pdf(List, BriefPages.Format, Path, Executor)}; with {@code here}, laid out and drawn
     * on the calling thread (the window's export task: the window stays responsive, Cancel stops it).
     */
    public static CompletableFuture<Done> pdf(List<Section> sections, BriefPages.Format format, Path out,
                                              Executor writer, boolean here) {
        return laidOut(here, () -> {
            PdfPages pdf = new PdfPages();
            try {
                BriefPages brief = pages(sections, format);
                for (BriefPages.Page page : brief.pages()) {
                    page.draw(pdf.page(format.widthPt(), format.heightPt(), BriefPages.Format.MARGIN,
                            BriefPages.Format.MARGIN, page.scale()));
                }
                pdf.endPage();
                SnapshotSpec first = sections.get(0).spec();
                List<String> subjects = new ArrayList<>();
                for (Section s : sections) {
                    subjects.add((sections.size() > 1 ? s.spec().title() + ": " : "") + s.spec().caption());
                }
                pdf.info(first.title(), String.join(" | ", subjects), "Annalist " + Version.get());
                return new Object[]{pdf, brief};
            } catch (RuntimeException | Error e) {
                try {
                    pdf.close();
                } catch (IOException ignored) {
                    // Closing a document that failed to draw frees its memory; nothing to report beyond the failure.
                }
                throw e;
            }
        }).thenApplyAsync(r -> {
            PdfPages pdf = (PdfPages) r[0];
            BriefPages brief = (BriefPages) r[1];
            try (pdf) {
                int pages = pdf.pages();
                pdf.save(out);
                return new Done(out, pages + (pages == 1 ? " page" : " pages") + " (" + format.paper().name()
                        + (format.landscape() ? ", landscape" : "") + ")", brief.eventsShown(), brief.counted());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, writer);
    }

    /** Writes the picture {@code section} describes as an SVG, as tall as the PNG would be. */
    public static CompletableFuture<Done> svg(Section section, Path out, Executor writer) {
        return svg(section, out, writer, false);
    }

    /** As {@link #svg(Section, Path, Executor)}; with {@code here}, laid out on the calling thread. */
    public static CompletableFuture<Done> svg(Section section, Path out, Executor writer, boolean here) {
        return laidOut(here, () -> {
            SnapshotSpec spec = section.spec();
            SnapshotRenderer r = SnapshotRenderer.fitted(spec, section.lanes(), section.palette());
            SnapshotSpec fitted = r.spec();
            SvgSurface svg = new SvgSurface(fitted.width(), fitted.height());
            var frame = r.paint(svg);
            String text = svg.document(fitted.title(), fitted.caption() + (fitted.footer().isBlank() ? ""
                    : " · " + fitted.footer()));
            var tally = frame.tally();
            return new Object[]{text, new Done(out, fitted.width() + " × " + fitted.height() + " px",
                    tally.marked().size(), r.counted(frame))};
        }).thenApplyAsync(r -> {
            try {
                io.annalist.io.AtomicFile.write(out, temp -> Files.writeString(temp, (String) r[0],
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
            return (Done) r[1];
        }, writer);
    }
}
