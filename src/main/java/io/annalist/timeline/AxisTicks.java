package io.annalist.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The time axis at any zoom: a lower row of ticks in a readable unit (hours, days, weeks,
 * months, quarters, years, decades, centuries) and an upper row naming the larger unit they
 * belong to (the day, the month, the year, the decade). The finest unit whose labels fit
 * without overlapping is chosen; labels in each row never overlap. Pure: text is measured
 * through the function given, so it runs without a toolkit. All times are UTC.
 */
public final class AxisTicks {
    /** Space kept between two labels of one row, in pixels. */
    public static final double LABEL_GAP = 8;
    /** Ticks closer than this are noise even when their labels would fit (52 weeks across a year). */
    public static final double MIN_TICK_SPACING = 40;

    /** One tick: its time, its x, and its label (null when the label is left out). */
    public record Tick(long time, double x, String label, double labelX, double labelWidth) {
    }

    /** The two rows. {@code unitName} says what the lower row counts ("month", "year"). */
    public record Rows(List<Tick> minor, List<Tick> major, String unitName, List<TimeScale.Break> breaks) {
    }

    private enum Big {
        DAY, MONTH, YEAR, DECADE, CENTURY, MILLENNIUM
    }

    private record Step(String name, ChronoUnit unit, int amount, Big major, List<Function<ZonedDateTime, String>> formats) {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private static final List<Step> STEPS = List.of(
            new Step("hour", ChronoUnit.HOURS, 1, Big.DAY, List.of(AxisTicks::hhmm)),
            new Step("3 hours", ChronoUnit.HOURS, 3, Big.DAY, List.of(AxisTicks::hhmm)),
            new Step("6 hours", ChronoUnit.HOURS, 6, Big.DAY, List.of(AxisTicks::hhmm)),
            new Step("12 hours", ChronoUnit.HOURS, 12, Big.DAY, List.of(AxisTicks::hhmm)),
            new Step("day", ChronoUnit.DAYS, 1, Big.MONTH,
                    List.of(t -> DAYS[t.getDayOfWeek().getValue() - 1] + " " + t.getDayOfMonth(),
                            t -> Integer.toString(t.getDayOfMonth()))),
            new Step("week", ChronoUnit.WEEKS, 1, Big.MONTH, List.of(t -> Integer.toString(t.getDayOfMonth()))),
            new Step("month", ChronoUnit.MONTHS, 1, Big.YEAR,
                    List.of(t -> MONTHS[t.getMonthValue() - 1], t -> MONTHS[t.getMonthValue() - 1].substring(0, 3),
                            t -> MONTHS[t.getMonthValue() - 1].substring(0, 1))),
            new Step("quarter", ChronoUnit.MONTHS, 3, Big.YEAR, List.of(t -> "Q" + ((t.getMonthValue() - 1) / 3 + 1))),
            new Step("year", ChronoUnit.YEARS, 1, Big.DECADE, List.of(AxisTicks::year, t -> "'" + String.format("%02d",
                    Math.floorMod(t.getYear(), 100)))),
            new Step("2 years", ChronoUnit.YEARS, 2, Big.DECADE, List.of(AxisTicks::year)),
            new Step("5 years", ChronoUnit.YEARS, 5, Big.CENTURY, List.of(AxisTicks::year)),
            new Step("decade", ChronoUnit.YEARS, 10, Big.CENTURY, List.of(t -> t.getYear() > 0 ? year(t) + "s"
                    : year(t), AxisTicks::year)),
            new Step("20 years", ChronoUnit.YEARS, 20, Big.CENTURY, List.of(AxisTicks::year)),
            new Step("50 years", ChronoUnit.YEARS, 50, Big.MILLENNIUM, List.of(AxisTicks::year)),
            new Step("century", ChronoUnit.YEARS, 100, Big.MILLENNIUM, List.of(AxisTicks::year)),
            new Step("500 years", ChronoUnit.YEARS, 500, Big.MILLENNIUM, List.of(AxisTicks::year)),
            new Step("millennium", ChronoUnit.YEARS, 1000, Big.MILLENNIUM, List.of(AxisTicks::year)));

    private AxisTicks() {
    }

    private static String hhmm(ZonedDateTime t) {
        return String.format("%02d:00", t.getHour());
    }

    private static String year(ZonedDateTime t) {
        return t.getYear() > 0 ? Integer.toString(t.getYear()) : (1 - t.getYear()) + " BCE";
    }

    private static ZonedDateTime utc(double millis) {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli((long) Math.floor(millis)), ZoneOffset.UTC);
    }

    /** The rows for {@code scale}, measuring every label with {@code textWidth}. */
    public static Rows compute(TimeScale scale, ToDoubleFunction<String> textWidth) {
        return compute(scale, textWidth, textWidth);
    }

    /** The rows for {@code scale}; the upper row is measured apart, as it is drawn in another font (bold). */
    public static Rows compute(TimeScale scale, ToDoubleFunction<String> textWidth, ToDoubleFunction<String> majorWidth) {
        for (Step step : STEPS) {
            if (scale.pixels(approxMillis(step)) < MIN_TICK_SPACING) {
                continue;
            }
            for (Function<ZonedDateTime, String> format : step.formats()) {
                List<Tick> minor = minorTicks(scale, step, format, textWidth);
                if (minor != null) {
                    return new Rows(minor, majorTicks(scale, step.major(), majorWidth), step.name(), scale.breaks());
                }
            }
        }
        Step last = STEPS.get(STEPS.size() - 1);
        return new Rows(List.of(), majorTicks(scale, last.major(), majorWidth), last.name(), scale.breaks());
    }

    /** How the axis names its unit to a reader: "months", "every 5 years". */
    public static String describeUnit(String unitName) {
        if (Character.isDigit(unitName.charAt(0))) {
            return "every " + unitName;
        }
        return unitName.equals("century") ? "centuries" : unitName + "s";
    }

    private static double approxMillis(Step s) {
        return s.unit().getDuration().toMillis() * (double) s.amount();
    }

    /** Ticks of one step across the view, or null when their labels would overlap. */
    private static List<Tick> minorTicks(TimeScale scale, Step step, Function<ZonedDateTime, String> format,
                                         ToDoubleFunction<String> textWidth) {
        double left = scale.timeAt(scale.x0());
        double right = scale.timeAt(scale.x0() + scale.width());
        List<Tick> ticks = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        ZonedDateTime t = floor(utc(left), step.unit(), step.amount());
        for (int guard = 0; guard < 10_000; guard++) {
            long ms = t.toInstant().toEpochMilli();
            if (ms > right) {
                break;
            }
            TimeScale.Break inside = scale.breakAt(ms);
            if (inside != null) {
                // No ticks in a quiet period: go on from its end.
                t = after(inside.to(), step.unit(), step.amount());
                continue;
            }
            double x = scale.xOf(ms);
            String label = format.apply(t);
            double w = textWidth.applyAsDouble(label);
            double lx = x + 3;
            if (lx + w > nextBreakX(scale, ms) - 2) {
                // Its label would run into a break: keep the tick, leave out the label.
                ticks.add(new Tick(ms, x, null, lx, 0));
                t = t.plus(step.amount(), step.unit());
                continue;
            }
            if (lx < scale.x0()) {
                // Its label would be cut by the left edge: keep the tick, leave out the label.
                ticks.add(new Tick(ms, x, null, lx, 0));
                t = t.plus(step.amount(), step.unit());
                continue;
            }
            if (lx < lastEnd + LABEL_GAP) {
                return null;
            }
            ticks.add(new Tick(ms, x, label, lx, w));
            lastEnd = lx + w;
            t = t.plus(step.amount(), step.unit());
        }
        return ticks;
    }

    /** The first step boundary at or after {@code millis}. */
    private static ZonedDateTime after(long millis, ChronoUnit unit, int amount) {
        ZonedDateTime t = floor(utc(millis), unit, amount);
        while (t.toInstant().toEpochMilli() < millis) {
            t = t.plus(amount, unit);
        }
        return t;
    }

    /** Where the first break after {@code millis} begins, or the right edge. */
    private static double nextBreakX(TimeScale scale, long millis) {
        for (TimeScale.Break b : scale.breaks()) {
            if (b.from() > millis) {
                return b.x();
            }
        }
        return scale.x0() + scale.width();
    }

    /**
     * The year at or before {@code year} (ISO: 0 is 1 BCE) that a step of {@code amount} years starts
     * on: a multiple of it, counted as readers count — 2010 and, before the era, 560 BCE (ISO -559),
     * never 561 BCE.
     */
    static int alignYear(int year, int amount) {
        return year > 0 ? Math.floorDiv(year, amount) * amount : Math.floorDiv(year - 1, amount) * amount + 1;
    }

    /** Rounds down to a multiple of the step: weeks start on Monday, 5-year steps on years divisible by 5. */
    static ZonedDateTime floor(ZonedDateTime t, ChronoUnit unit, int amount) {
        return switch (unit) {
            case HOURS -> t.truncatedTo(ChronoUnit.DAYS).plusHours(t.getHour() / amount * amount);
            case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
            case WEEKS -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
                    .withMonth((t.getMonthValue() - 1) / amount * amount + 1);
            case YEARS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(alignYear(t.getYear(), amount));
            default -> throw new IllegalArgumentException(unit.toString());
        };
    }

    private static List<Tick> majorTicks(TimeScale scale, Big big, ToDoubleFunction<String> textWidth) {
        double left = scale.timeAt(scale.x0());
        double right = scale.timeAt(scale.x0() + scale.width());
        double edge = scale.x0() + scale.width();
        List<ZonedDateTime> starts = new ArrayList<>();
        ZonedDateTime t = floorBig(utc(left), big);
        for (int guard = 0; guard < 10_000 && t.toInstant().toEpochMilli() <= right; guard++) {
            TimeScale.Break inside = scale.breakAt(t.toInstant().toEpochMilli());
            if (inside != null) {
                // The unit that a quiet period ends in is named again after it.
                ZonedDateTime resume = floorBig(utc(inside.to()), big);
                if (!starts.isEmpty() && resume.isAfter(starts.get(starts.size() - 1)) || starts.isEmpty()) {
                    starts.add(resume);
                }
                t = nextBig(resume, big);
                continue;
            }
            starts.add(t);
            t = nextBig(t, big);
        }
        // One wording for the whole row: the longest that fits every unit on screen (the first
        // and last may be cut by the edges and are left out of that choice).
        int formats = bigLabels(starts.isEmpty() ? utc(left) : starts.get(0), big).size();
        int chosen = formats - 1;
        for (int f = 0; f < formats; f++) {
            boolean fits = true;
            for (int i = 1; i + 1 < starts.size() && fits; i++) {
                double x = scale.xOf(starts.get(i).toInstant().toEpochMilli());
                double nextX = scale.xOf(starts.get(i + 1).toInstant().toEpochMilli());
                fits = x + 3 + textWidth.applyAsDouble(bigLabels(starts.get(i), big).get(f)) <= nextX - 2;
            }
            if (fits) {
                chosen = f;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < starts.size(); i++) {
            ZonedDateTime s = starts.get(i);
            long ms = s.toInstant().toEpochMilli();
            double x = scale.xOf(ms);
            double nextX = Math.min(nextBreakX(scale, ms), i + 1 < starts.size()
                    ? scale.xOf(starts.get(i + 1).toInstant().toEpochMilli()) : edge);
            // The label sticks to the left edge while its unit is partly scrolled off, and to a break's right.
            double lx = Math.max(x, scale.x0()) + 3;
            TimeScale.Break in = scale.breakAt(ms);
            if (in != null) {
                lx = Math.max(lx, in.x() + in.w() + 3);
            }
            lx = Math.max(lx, lastEnd + LABEL_GAP);
            String label = null;
            double w = 0;
            List<String> candidates = bigLabels(s, big);
            for (int f = Math.min(chosen, candidates.size() - 1); f < candidates.size(); f++) {
                double cw = textWidth.applyAsDouble(candidates.get(f));
                if (lx + cw <= Math.min(nextX, edge) - 2) {
                    label = candidates.get(f);
                    w = cw;
                    break;
                }
            }
            ticks.add(new Tick(ms, x, label, lx, w));
            if (label != null) {
                lastEnd = lx + w;
            }
        }
        return ticks;
    }

    private static ZonedDateTime floorBig(ZonedDateTime t, Big big) {
        ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
        return switch (big) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> day.withDayOfYear(1).withYear(alignYear(t.getYear(), 10));
            case CENTURY -> day.withDayOfYear(1).withYear(alignYear(t.getYear(), 100));
            case MILLENNIUM -> day.withDayOfYear(1).withYear(alignYear(t.getYear(), 1000));
        };
    }

    private static ZonedDateTime nextBig(ZonedDateTime t, Big big) {
        return switch (big) {
            case DAY -> t.plusDays(1);
            case MONTH -> t.plusMonths(1);
            case YEAR -> t.plusYears(1);
            case DECADE -> t.plusYears(10);
            case CENTURY -> t.plusYears(100);
            case MILLENNIUM -> t.plusYears(1000);
        };
    }

    private static List<String> bigLabels(ZonedDateTime t, Big big) {
        String month = MONTHS[t.getMonthValue() - 1];
        return switch (big) {
            case DAY -> List.of(DAYS[t.getDayOfWeek().getValue() - 1] + " " + t.getDayOfMonth() + " " + month + " "
                    + year(t), t.getDayOfMonth() + " " + month.substring(0, 3) + " " + year(t),
                    t.getDayOfMonth() + " " + month.substring(0, 3));
            case MONTH -> List.of(month + " " + year(t), month.substring(0, 3) + " " + year(t), month.substring(0, 3));
            case YEAR -> List.of(year(t));
            case DECADE, MILLENNIUM -> List.of(t.getYear() > 0 ? year(t) + "s" : year(t));
            // "2000s" would read as a decade: a century says so ("21st century", the years 2000–2099).
            case CENTURY -> t.getYear() >= 0 ? List.of(ordinal(t.getYear() / 100 + 1) + " century",
                    ordinal(t.getYear() / 100 + 1) + " c.")
                    // 600–501 BCE: the 6th century BCE.
                    : List.of(ordinal((100 - t.getYear()) / 100) + " century BCE",
                    ordinal((100 - t.getYear()) / 100) + " c. BCE", year(t));
        };
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
