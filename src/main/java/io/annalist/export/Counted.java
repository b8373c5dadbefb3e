package io.annalist.export;

import io.annalist.timeline.Frame;

/**
 * The events of the time shown that a picture does not draw one by one: counted in badges
 * ("+12"), counted in lanes drawn collapsed or, crowded, as a histogram, and off the picture
 * (only in lanes a fixed height left out) — told apart, as the footer tells them apart.
 */
public record Counted(int inBadges, int inLanes, int offPicture) {
    public static final Counted NONE = new Counted(0, 0, 0);

    /** What a frame counts; {@code offPicture}: the events of the time shown only in lanes it leaves out. */
    public static Counted of(Frame.Tally t, int offPicture) {
        return new Counted(t.inBadges().size(), t.inBins().size(), offPicture);
    }

    public Counted plus(Counted other) {
        return new Counted(inBadges + other.inBadges, inLanes + other.inLanes, offPicture + other.offPicture);
    }

    /** The events counted rather than drawn (those off the picture are neither). */
    public int total() {
        return inBadges + inLanes;
    }

    /**
     * ", 53 counted in badges, 12 in collapsed or crowded lanes, 4 only in lanes left out", as far
     * as there are any.
     */
    public String phrase() {
        String s = inBadges > 0 ? String.format(", %,d counted in badges", inBadges) : "";
        if (inLanes > 0) {
            s += String.format(inBadges > 0 ? ", %,d in collapsed or crowded lanes"
                    : ", %,d counted in collapsed or crowded lanes", inLanes);
        }
        if (offPicture > 0) {
            s += String.format(", %,d only in lanes left out", offPicture);
        }
        return s;
    }
}
