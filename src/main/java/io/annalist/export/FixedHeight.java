package io.annalist.export;

import java.util.List;

import io.annalist.timeline.Frame;

/**
 * Settles a snapshot at a fixed height: the rows each lane gets, the lanes that fit whole, the
 * caption and the footer that say so, and the room left below the legend. Each depends on the
 * others — the lanes that fit on the room the caption and the footer take, what they say on the
 * lanes that fit — so they are tried in turn until they agree (a few passes at most).
 */
final class FixedHeight {
    /** Rows tried in turn when a height cannot hold every lane at {@link SnapshotRenderer#EXPORT_ROWS}. */
    private static final int[] FEWER_ROWS = {8, 4, 2, 1};
    private static final int PASSES = 4;
    /** The share of a fixed height the notes on titles left out may take. */
    static final double NOTE_SHARE = 0.25;

    private final SnapshotRenderer r;
    private final double height;

    private final boolean asked;

    /** {@code asked}: the height was asked for, not fitted to every lane and note (then no note gives way). */
    FixedHeight(SnapshotRenderer r, boolean asked) {
        this.r = r;
        this.asked = asked;
        this.height = r.spec().height();
    }

    /** Settles the renderer's rows, caption, footer and slack; returns the lanes drawn whole. */
    int settle() {
        // Titles left out are listed in full only as far as a quarter of the height holds them: the rest are
        // counted, so that hundreds of notes never take the room of the lanes they speak of.
        if (asked) {
            r.noteRoom(height * NOTE_SHARE);
        }
        Frame f = withFooterFor();
        int lanes = r.lanesTotal();
        // A height too small for every lane at its rows first gives the lanes fewer rows (what does not fit
        // them is counted in badges), so that something is drawn; only then are lanes left out.
        for (int fewer : FEWER_ROWS) {
            if (f.lanesShown() >= lanes) {
                break;
            }
            int before = r.rows();
            r.rows(fewer);
            Frame g = withFooterFor();
            if (g.lanesShown() > f.lanesShown()) {
                f = g;
            } else if (g.lanesShown() < f.lanesShown()) {
                r.rows(before);
            }
        }
        // What the caption and the footer say depends on the lanes that fit and on what they show, and the
        // lanes that fit on the room the caption and the footer take: settle both on the frame that is drawn.
        List<String> caption = r.captionCopy();
        double header = r.headerHeight();
        Frame fewest = f;
        for (int pass = 0; pass < PASSES; pass++) {
            r.sayWhatFits(caption, header, f);
            Frame g = r.dryRun(room());
            if (g.lanesShown() == f.lanesShown()) {
                double footer = r.footerHeight();
                // The footer now speaks of the frame drawn; if it takes the same room, drawing gives that frame.
                r.layOutFooter(g);
                if (r.footerHeight() == footer) {
                    fewest = g;
                    break;
                }
            }
            fewest = g.lanesShown() <= fewest.lanesShown() ? g : fewest;
            f = g;
        }
        // Words and room that never agree (a footer that grows with the lanes it names) settle on the fewer
        // lanes; the room left over goes below the legend, so no lane is drawn that the words leave out.
        f = fewest;
        r.sayWhatFits(caption, header, f);
        if (f.lanesShown() > 0 && f.lanesShown() < lanes) {
            // The legend explains what is drawn: the lanes left out take the kinds only they hold with them.
            int shown = f.lanesShown();
            r.drawOnly(shown);
            Frame g = r.dryRun(room());
            if (g.lanesShown() == shown) {
                f = g;
                r.sayWhatFits(caption, header, f);
            } else {
                r.drawOnly(lanes);
            }
        }
        double needed = r.neededFor(f);
        double slack = 0;
        if (needed < room()) {
            slack = room() - needed;
            if (r.dryRun(room() - slack).lanesShown() != f.lanesShown()) {
                slack = 0;
            }
        }
        r.slack(slack);
        return r.dryRun(room() - slack).lanesShown();
    }

    /** The timeline's room between the header and the footer as they stand. */
    private double room() {
        return height - r.headerHeight() - r.footerHeight();
    }

    /**
     * The frame at the room left by the footer laid out for the frame drawn with the sources alone
     * below it: the footer's notes depend on what the timeline shows, and its height on the notes.
     */
    private Frame withFooterFor() {
        r.layOutFooter(null);
        r.layOutFooter(r.dryRun(room()));
        return r.dryRun(room());
    }
}
