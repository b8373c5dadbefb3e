package io.annalist.export;

import io.annalist.timeline.Frame;

/**
 * The events of the time shown that a picture counts instead of drawing one by one: in badges
 * ("+12"), and in lanes drawn collapsed or, crowded, as a histogram — told apart, as the footer
 * tells them apart.
 */
public record Counted(int inBadges, int inLanes) {
    public static final Counted NONE = new Counted(0, 0);

    public static Counted of(Frame.Tally t) {
        return new Counted(t.inBadges().size(), t.inBins().size());
    }

    public Counted plus(Counted other) {
        return new Counted(inBadges + other.inBadges, inLanes + other.inLanes);
    }

    public int total() {
        return inBadges + inLanes;
    }

    /** ", 53 counted in badges, 12 in collapsed or crowded lanes", as far as there are any. */
    public String phrase() {
        String s = inBadges > 0 ? String.format(", %,d counted in badges", inBadges) : "";
        if (inLanes > 0) {
            s += String.format(inBadges > 0 ? ", %,d in collapsed or crowded lanes"
                    : ", %,d counted in collapsed or crowded lanes", inLanes);
        }
        return s;
    }
}
