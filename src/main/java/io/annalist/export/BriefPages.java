package io.annalist.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.draw.Surface;
import io.annalist.model.Event;
import io.annalist.timeline.Frame;
import io.annalist.timeline.FrameLayout;
import io.annalist.timeline.Palette;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * A brief laid out on paper, for the PDF and for printing: one or more snapshots (a saved view
 * each), each starting on a new page with its title and the caption of its filters; the
 * timeline continues over as many pages as its lanes need — lanes are never split, and each
 * page repeats the axis, the lane names and the legend — then the sources, what is shown and
 * the shortened titles in full, numbered once for the whole snapshot, flowing onto further
 * pages when long. Each page names the brief and its number. Laid out on the FX thread
 * (text is measured); a page can then be drawn on any surface by the thread that owns it.
 */
public final class BriefPages {
    /** Paper sizes, in points. */
    public enum Paper {
        A4(595.28, 841.89), LETTER(612, 792);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }
    }

    /** The paper, its orientation and the margins (half an inch). */
    public record Format(Paper paper, boolean landscape) {
        public static final double MARGIN = 36;
        /** Points per logical pixel for a snapshot whose width was not chosen: text of 12 px prints at 9 pt. */
        public static final double DEFAULT_SCALE = 0.75;

        public double widthPt() {
            return landscape ? paper.height : paper.width;
        }

        public double heightPt() {
            return landscape ? paper.width : paper.height;
        }

        /** The width a snapshot gets on this paper when none is chosen, in logical pixels. */
        public int defaultWidth() {
            return (int) Math.round((widthPt() - 2 * MARGIN) / DEFAULT_SCALE);
        }
    }

    /** One page: drawn in logical pixels at {@code scale} points each, from the top-left of the margins. */
    public interface Page {
        double scale();

        void draw(Surface s);
    }

    private final Format format;
    private final List<PageImpl> pages = new ArrayList<>();
    private int eventsShown;
    private Counted counted = Counted.NONE;

    private BriefPages(Format format) {
        this.format = format;
    }

    /** Lays out {@code sections} (one snapshot each) on {@code format}'s pages. FX thread. */
    public static BriefPages of(List<SnapshotRenderer> sections, Format format) {
        BriefPages b = new BriefPages(format);
        for (SnapshotRenderer r : sections) {
            b.add(r);
        }
        for (int i = 0; i < b.pages.size(); i++) {
            b.pages.get(i).number = i + 1;
            b.pages.get(i).of = b.pages.size();
        }
        return b;
    }

    public List<? extends Page> pages() {
        return pages;
    }

    public Format format() {
        return format;
    }

    /** Events shown, counted once per snapshot. */
    public int eventsShown() {
        return eventsShown;
    }

    /** The events of the time shown only counted, in badges or crowded lanes, on every page. */
    public Counted counted() {
        return counted;
    }

    /** Something drawn at a height on a page. */
    private interface Item {
        void draw(Surface s);
    }

    private final class PageImpl implements Page {
        final double scale;
        final double heightPx;
        final String title;
        final Palette palette;
        final List<Item> items = new ArrayList<>();
        double used;
        int number;
        int of;

        PageImpl(double scale, double heightPx, String title, Palette palette) {
            this.scale = scale;
            this.heightPx = heightPx;
            this.title = title;
            this.palette = palette;
        }

        @Override
        public double scale() {
            return scale;
        }

        @Override
        public void draw(Surface s) {
            double m = Format.MARGIN / scale;
            s.save();
            s.setFill(palette.background());
            s.fillRect(-m, -m, format.widthPt() / scale, format.heightPt() / scale);
            for (Item item : items) {
                item.draw(s);
            }
            s.setFont(palette.font());
            s.setFill(palette.mutedText());
            s.setTextBaseline(VPos.BOTTOM);
            s.setTextAlign(TextAlignment.RIGHT);
            double width = (format.widthPt() - 2 * Format.MARGIN) / scale;
            s.fillText(title + " · page " + number + " of " + of, width, heightPx);
            s.setTextAlign(TextAlignment.LEFT);
            s.restore();
        }
    }

    private void add(SnapshotRenderer r) {
        SnapshotSpec spec = r.spec();
        Palette p = r.palette();
        double width = spec.width();
        double contentW = format.widthPt() - 2 * Format.MARGIN;
        double contentH = format.heightPt() - 2 * Format.MARGIN;
        double scale = contentW / width;
        double pageH = contentH / scale;
        double line = r.textLineHeight();
        double foot = line + 6;
        Frame whole = r.wholeFrame();
        Frame.Tally tally = whole.tally();
        eventsShown += tally.marked().size();
        counted = counted.plus(r.counted(whole));
        Map<Event, Integer> numbers = whole.titleNumbers();
        FrameLayout l = r.painter().layoutFor(r.request(1000, 0));
        double chrome = l.lanesTop() + l.legendHeight() + 2;
        String title = spec.title();

        PageImpl page = new PageImpl(scale, pageH, title, p);
        pages.add(page);
        page.items.add(g -> r.header(g, width));
        page.used = r.headerHeight();
        List<Frame.LaneBounds> lanes = whole.lanes();
        int i = 0;
        while (true) {
            double room = pageH - page.used - chrome - foot;
            int first = i;
            double h = 0;
            while (i < lanes.size() && (h + lanes.get(i).height() <= room || i == first)) {
                h += lanes.get(i).height();
                i++;
            }
            double scroll = first < lanes.size() ? lanes.get(first).top() : 0;
            double timelineH = chrome + (lanes.isEmpty() ? 2 * l.rowHeight() : h);
            double top = page.used;
            double drawScale = 1;
            if (top + timelineH + foot > pageH) {
                // One lane taller than a page: this page is drawn smaller, so the lane stays whole.
                drawScale = (pageH - top - foot) / timelineH;
            }
            double s = drawScale;
            page.items.add(g -> {
                g.save();
                g.translate(0, top);
                g.scale(s, s);
                r.painter().paint(g, r.request(timelineH, scroll), numbers);
                g.restore();
            });
            page.used = top + timelineH * s;
            if (i >= lanes.size()) {
                break;
            }
            page = continuation(r, scale, pageH, title, p, line);
        }
        flowFooter(r, page, scale, pageH, title, p, line, foot, width);
    }

    /** A page after the first of a snapshot: its title, continued, in a line above. */
    private PageImpl continuation(SnapshotRenderer r, double scale, double pageH, String title, Palette p,
                                  double line) {
        PageImpl page = new PageImpl(scale, pageH, title, p);
        pages.add(page);
        page.items.add(g -> {
            g.setFont(p.font());
            g.setFill(p.mutedText());
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(title + " (continued)", 12, 2);
        });
        page.used = line + 4;
        return page;
    }

    /** The footer's lines, then the shortened titles in full, from where the timeline ends, onto new pages as needed. */
    private void flowFooter(SnapshotRenderer r, PageImpl last, double scale, double pageH, String title, Palette p,
                            double line, double foot, double width) {
        if (!r.spec().showFooter()) {
            return;
        }
        List<String[]> lines = new ArrayList<>();
        for (String s : r.footerLines()) {
            lines.add(new String[]{s, "muted", "0"});
        }
        for (List<String> note : r.starNotesWrapped(width - 24 - 14)) {
            for (int k = 0; k < note.size(); k++) {
                boolean heading = StarredList.HEADING.equals(note.get(0));
                lines.add(new String[]{note.get(k), heading ? "text" : "muted", k == 0 ? "0" : "14"});
            }
        }
        List<List<String>> notes = r.notesWrapped(width - 24 - 14);
        if (!notes.isEmpty()) {
            for (String heading : r.notesHeading(width - 24)) {
                lines.add(new String[]{heading, "text", "0"});
            }
            for (List<String> note : notes) {
                for (int k = 0; k < note.size(); k++) {
                    lines.add(new String[]{note.get(k), "muted", k == 0 ? "0" : "14"});
                }
            }
        }
        double limit = pageH - foot;
        double first = last.used + p.font().getSize() * 0.5;
        double next = line + 4;
        List<Integer> counts = breaks(lines, first, next, limit, line);
        double[] spacing = new double[counts.size()];
        java.util.Arrays.fill(spacing, line);
        int n = counts.size();
        if (n > 1 && counts.get(n - 1) < KEPT_TOGETHER) {
            // A line or two alone on a page of their own: set the page before a little closer to take them, or,
            // when that would crowd it, carry a few of its lines over to keep them company.
            int together = counts.get(n - 2) + counts.get(n - 1);
            double top = n == 2 ? first : next;
            double closer = (limit - top - line) / (together - 1);
            if (together > 1 && limit - top >= line && closer >= line * CLOSEST) {
                counts.set(n - 2, together);
                counts.remove(n - 1);
                spacing[n - 2] = Math.min(line, closer);
            } else if (counts.get(n - 2) - (KEPT_TOGETHER - counts.get(n - 1)) >= KEPT_TOGETHER) {
                counts.set(n - 2, counts.get(n - 2) - (KEPT_TOGETHER - counts.get(n - 1)));
                counts.set(n - 1, KEPT_TOGETHER);
            }
        }
        PageImpl page = last;
        double y = first;
        boolean rule = true;
        int at0 = 0;
        for (int c = 0; c < counts.size(); c++) {
            if (c > 0) {
                page = continuation(r, scale, pageH, title, p, line);
                y = page.used;
                rule = false;
            }
            for (int k = at0; k < at0 + counts.get(c); k++) {
                String[] ln = lines.get(k);
                double at = y;
                boolean drawRule = rule;
                rule = false;
                page.items.add(g -> {
                    if (drawRule) {
                        g.setStroke(p.separator());
                        g.setLineWidth(1);
                        g.strokeLine(0, at - p.font().getSize() * 0.5 + 0.5, width,
                                at - p.font().getSize() * 0.5 + 0.5);
                    }
                    g.setFont(p.font());
                    g.setFill("text".equals(ln[1]) ? p.text() : p.mutedText());
                    g.setTextBaseline(VPos.TOP);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.fillText(ln[0], 12 + Double.parseDouble(ln[2]), at);
                });
                y += spacing[c];
                page.used = y;
            }
            at0 += counts.get(c);
        }
    }

    /** The fewest lines a page of the footer holds alone: fewer are set closer on the page before or joined by some of its own. */
    static final int KEPT_TOGETHER = 3;
    /** The closest the footer's lines are set to take a line or two that would be alone, as a share of their usual spacing. */
    private static final double CLOSEST = 0.85;

    /**
     * How many of {@code lines} go on each page: the first page's from {@code first}, the others' from {@code next},
     * each down to {@code limit}; a heading never ends a page, it goes over with the lines it heads.
     */
    private static List<Integer> breaks(List<String[]> lines, double first, double next, double limit, double line) {
        List<Integer> counts = new ArrayList<>();
        int i = 0;
        double top = first;
        while (i < lines.size()) {
            int fit = (int) Math.max(0, Math.floor((limit - top) / line));
            if (!counts.isEmpty() && fit < 1) {
                fit = 1;
            }
            int take = Math.min(fit, lines.size() - i);
            while (i + take < lines.size() && take > 1 && "text".equals(lines.get(i + take - 1)[1])) {
                take--;
            }
            counts.add(take);
            i += take;
            top = next;
        }
        return counts;
    }
}
