package io.annalist.workspace;

import java.util.List;
import java.util.Locale;

import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import io.annalist.timeline.TimeWindow;

/**
 * The file name an export proposes: the data's title without the years it names (those of the
 * whole file), the name of the saved view on screen if there is one, and the time the picture
 * covers, as precisely as its length calls for — {@code
 * russia-north-korea-military-cooperation-summits-2018-2019.png}, {@code
 * north-korea-missile-tests-2022-03-to-2022-11.pdf}. So a snapshot of a narrower view is not
 * named after the whole file's range.
 */
final class ExportName {
    private static final long DAY = 86_400_000L;

    private ExportName() {
    }

    /**
     * The name for a picture of {@code covered} (null: none said), with {@code ending}
     * ({@code .png}, {@code -map.png}).
     *
     * @param title    the data's title, may be blank
     * @param viewName the saved view on screen, or null
     */
    static String of(String title, String viewName, TimeWindow covered, String ending) {
        StringBuilder b = new StringBuilder(slug(withoutYears(title == null ? "" : title)));
        if (b.isEmpty()) {
            b.append("timeline");
        }
        String view = viewName == null ? "" : slug(viewName);
        if (!view.isEmpty()) {
            b.append('-').append(view);
        }
        if (covered != null) {
            b.append('-').append(dates(covered));
        }
        return b + ending;
    }

    /**
     * What a picture covers: {@code window} (null for the whole filtered range), kept to the
     * events shown ({@code shown}, in time order) within the filter's date range — the margin
     * Fit all leaves around them names no year of its own.
     */
    static TimeWindow covered(TimeWindow window, List<Event> shown, EventFilter filter) {
        TimeWindow events = null;
        if (!shown.isEmpty()) {
            long start = shown.get(0).when().start();
            long end = start + 1;
            for (Event e : shown) {
                end = Math.max(end, e.when().end());
            }
            events = new TimeWindow(start, end);
        }
        TimeWindow kept = events == null ? null : events.within(filter.from(), filter.to());
        kept = kept == null ? events : kept;
        if (window == null || kept == null) {
            return window == null ? kept : window;
        }
        TimeWindow both = window.within(kept.start(), kept.end());
        return both == null ? window : both;
    }

    /**
     * "2018-2025", "2023-03-to-2025-03", "2024-06-19": years for two years or more or whole
     * years, months for two months or more or whole months, else days.
     */
    static String dates(TimeWindow w) {
        long last = w.end() - 1;
        if (w.duration() >= 2 * 365 * DAY || whole(w, Precision.YEAR)) {
            String a = DateText.iso(w.start(), Precision.YEAR);
            String z = DateText.iso(last, Precision.YEAR);
            return a.equals(z) ? a : a + "-" + z;
        }
        Precision p = w.duration() >= 60 * DAY || whole(w, Precision.MONTH) ? Precision.MONTH : Precision.DAY;
        String a = DateText.iso(w.start(), p);
        String z = DateText.iso(last, p);
        return a.equals(z) ? a : a + "-to-" + z;
    }

    /** True when {@code w} runs from the start of a {@code unit} to the start of another. */
    private static boolean whole(TimeWindow w, Precision unit) {
        return PartialDate.parse(DateText.iso(w.start(), unit)).start() == w.start()
                && PartialDate.parse(DateText.iso(w.end(), unit)).start() == w.end();
    }

    /**
     * The title without the years it ends with: "…cooperation, 2018–2025" is "…cooperation". Only a whole
     * number of four digits is a year: "Synthetic events (200000)" keeps its number.
     */
    private static String withoutYears(String title) {
        String t = title.replaceFirst(
                "[\\s,;:–—-]*(\\(\\d{4}(\\s*[–—-]\\s*\\d{4})?\\)|(?<![\\d(])\\d{4}(\\s*[–—-]\\s*\\d{4})?)\\s*$",
                "");
        return t.isBlank() ? title : t;
    }

    private static String slug(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }
}
