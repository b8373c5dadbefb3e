package io.annalist.model;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count known exactly or as a range: "10,000 to 12,000 troops" is {@code Estimate(10000, 12000)}.
 * The range is kept as reported; it is never collapsed to a midpoint. Where the source also
 * gives a best estimate inside the range (UCDP's fatalities: low, best, high), {@code best}
 * keeps it; otherwise it is null.
 */
public record Estimate(long min, long max, Long best) {

    public Estimate {
        if (min < 0) {
            throw new IllegalArgumentException("a count cannot be negative (" + min + ")");
        }
        if (min > max) {
            throw new IllegalArgumentException("the lower bound " + min + " is above the upper bound " + max);
        }
        if (best != null && (best < min || best > max)) {
            throw new IllegalArgumentException("the best estimate " + best + " is outside " + min + "–" + max);
        }
        if (min == max) {
            // An exact count is its own best estimate.
            best = null;
        }
    }

    /** A range without a best estimate. */
    public Estimate(long min, long max) {
        this(min, max, null);
    }

    public static Estimate exactly(long n) {
        return new Estimate(n, n);
    }

    public boolean isExact() {
        return min == max;
    }

    /** Adds two estimates bound by bound: a running total of ranges stays a range. */
    public Estimate plus(Estimate other) {
        return new Estimate(Math.addExact(min, other.min), Math.addExact(max, other.max));
    }

    /** "10,000–12,000", "10,000", or "12–30, best 17". */
    public String describe() {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String range = isExact() ? f.format(min) : f.format(min) + "–" + f.format(max);
        return best == null || isExact() ? range : range + ", best " + f.format(best);
    }

    @Override
    public String toString() {
        return describe();
    }
}
