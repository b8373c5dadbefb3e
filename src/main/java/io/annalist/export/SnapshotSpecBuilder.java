package io.annalist.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.MarkLookup;
import io.annalist.model.Source;
import io.annalist.timeline.EventIndex;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;

/**
 * The one way a {@link SnapshotSpec} is made, for the window's Export snapshot and for
 * {@code annalist export} alike: from the events the filters let through, it works out the
 * time shown (a given window, or the whole range of those events with optional bounds), the
 * title, the caption of the filters and the footer of the sources, so both give the same
 * picture of the same choices. Defaults: the whole range, 1600 × 900 at 1×, lanes by actor,
 * light, everything included. Pure: no UI, any thread.
 */
public final class SnapshotSpecBuilder {
    private static final long YEAR = 365L * 86_400_000L;

    private final Dataset dataset;
    private final List<Event> shown;
    private final EventFilter filter;
    private final Map<String, String> actorNames;
    private TimeWindow visible;
    private boolean wholeRange = true;
    private Long from;
    private Long to;
    private int width = 1600;
    private int height = 900;
    private int scale = 1;
    private LaneMode lanes = LaneMode.ACTOR;
    private Set<String> collapsed = Set.of();
    private String title;
    private String fallbackTitle = "Timeline";
    private boolean dark;
    private boolean[] includes = {true, true, true, true, true, true};
    private Set<String> onlyLanes = Set.of();
    private boolean compress = true;
    private MarkLookup marks = MarkLookup.NONE;
    private boolean starNotes;
    private String notLoaded = "";

    private SnapshotSpecBuilder(Dataset dataset, List<Event> shown, EventFilter filter, Map<String, String> names) {
        this.dataset = dataset;
        this.shown = shown;
        this.filter = filter;
        this.actorNames = names;
    }

    /**
     * A snapshot of {@code shown}, the events of {@code dataset} that {@code filter} lets
     * through; {@code actorNames} names the actors in the caption.
     */
    public static SnapshotSpecBuilder of(Dataset dataset, List<Event> shown, EventFilter filter,
                                         Map<String, String> actorNames) {
        return new SnapshotSpecBuilder(dataset, shown, filter, actorNames);
    }

    /** Shows exactly {@code w} (the window's visible time); null keeps the whole range. */
    public SnapshotSpecBuilder window(TimeWindow w) {
        visible = w;
        wholeRange = w == null;
        return this;
    }

    /**
     * Shows the whole range of the events, fitted with a margin; {@code from} and {@code to}
     * (epoch ms, either may be null) replace its start and its end. {@code fallback} is shown
     * when there are no events and no bounds (null: a year from 1970).
     */
    public SnapshotSpecBuilder wholeRange(Long from, Long to, TimeWindow fallback) {
        wholeRange = true;
        this.from = from;
        this.to = to;
        visible = fallback;
        return this;
    }

    /** Logical size and pixels per point (2 for high-DPI). */
    public SnapshotSpecBuilder size(int width, int height, int scale) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        return this;
    }

    public SnapshotSpecBuilder lanes(LaneMode mode, Set<String> collapsedLanes) {
        lanes = mode;
        collapsed = Set.copyOf(collapsedLanes);
        return this;
    }

    /**
     * The title: {@code title} when it has words, else the dataset's title, else
     * {@code fallback} (the file's name).
     */
    public SnapshotSpecBuilder title(String title, String fallback) {
        this.title = title;
        if (fallback != null && !fallback.isBlank()) {
            fallbackTitle = fallback;
        }
        return this;
    }

    public SnapshotSpecBuilder dark(boolean dark) {
        this.dark = dark;
        return this;
    }

    /** What the picture includes besides the lanes. */
    public SnapshotSpecBuilder includes(boolean title, boolean caption, boolean legend, boolean axis,
                                        boolean laneNames, boolean footer) {
        includes = new boolean[]{title, caption, legend, axis, laneNames, footer};
        return this;
    }

    /**
     * Shows only the lanes {@code keys} (all when empty): the caption names them, and the footer
     * cites the sources of their events only. Quiet periods compressed or not.
     */
    public SnapshotSpecBuilder onlyLanes(Set<String> keys, boolean compressQuiet) {
        onlyLanes = Set.copyOf(keys);
        compress = compressQuiet;
        return this;
    }

    /**
     * The analyst's marks, drawn as the window draws them (a star on a starred event);
     * {@code notes}: the starred marks numbered and their titles listed at the foot.
     */
    public SnapshotSpecBuilder marks(MarkLookup m, boolean notes) {
        marks = m == null ? MarkLookup.NONE : m;
        starNotes = notes;
        return this;
    }

    /**
     * The file had {@code events} events that were not loaded (rejected by the reader): the footer
     * says so, and {@code why} says where the reasons are ("annalist validate FILE lists why").
     */
    public SnapshotSpecBuilder notLoaded(int events, String why) {
        notLoaded = events <= 0 ? "" : String.format("%,d %s of the file not loaded and not in this picture (%s)",
                events, events == 1 ? "event" : "events", why);
        return this;
    }

    /** The events the picture is of: those the filters let through, in the lanes chosen when lanes are chosen. */
    private List<Event> pictured() {
        if (onlyLanes.isEmpty()) {
            return shown;
        }
        io.annalist.timeline.Lanes only = io.annalist.timeline.Lanes.build(shown, lanes, actorNames).only(onlyLanes);
        List<Event> in = new java.util.ArrayList<>();
        for (int i = 0; i < only.all().size(); i++) {
            in.add(only.all().get(i));
        }
        return in;
    }

    /** The time the snapshot shows, as {@link #build()} works it out. */
    public TimeWindow timeShown() {
        if (!wholeRange && visible != null) {
            return visible;
        }
        if (from != null && to != null && to > from) {
            return new TimeWindow(from, to);
        }
        TimeWindow range = EventIndex.of(pictured()).range();
        TimeWindow fitted = range != null ? TimeScale.fit(range) : visible != null ? visible : new TimeWindow(0, YEAR);
        long start = from != null ? from : fitted.start();
        long end = to != null ? to : fitted.end();
        return end > start ? new TimeWindow(start, end) : fitted;
    }

    /** @throws IllegalArgumentException when the size or scale is outside what a snapshot may be */
    public SnapshotSpec build() {
        TimeWindow w = timeShown();
        String heading = title != null && !title.isBlank() ? title.strip()
                : !dataset.title().isBlank() ? dataset.title() : fallbackTitle;
        // The footer cites the sources of the events in the time shown, not of every event filtered.
        List<Event> cited = shown.stream().filter(e -> e.when().start() < w.end() && e.when().end() > w.start())
                .toList();
        String caption = wholeRange && from == null && to == null
                ? FilterCaption.ofWholeRange(filter, actorNames, pictured())
                : FilterCaption.of(filter, actorNames, w);
        if (!(wholeRange && from == null && to == null) && cited.isEmpty()) {
            caption += " · No events match";
        }
        String sources;
        if (onlyLanes.isEmpty()) {
            sources = FilterCaption.sources(sourcesOf(cited));
        } else {
            io.annalist.timeline.Lanes only = io.annalist.timeline.Lanes.build(shown, lanes, actorNames)
                    .only(onlyLanes);
            List<String> names = only.lanes().stream().map(io.annalist.timeline.Lanes.Lane::label).toList();
            String named = (names.size() == 1 ? "Lane: " : "Lanes: ") + String.join(", ", names);
            caption = named + " · " + caption;
            List<Event> inLanes = new java.util.ArrayList<>();
            only.all().forEachOverlapping(w.start(), w.end(), i -> inLanes.add(only.all().get(i)));
            String cites = FilterCaption.sources(sourcesOf(inLanes));
            sources = cites.isEmpty() ? "" : (names.size() == 1 ? "Lane " : "Lanes ") + String.join(", ", names)
                    + " — " + cites;
        }
        String footer = Exporter.footer(notLoaded.isEmpty() ? sources
                : sources.isEmpty() ? notLoaded : notLoaded + " · " + sources);
        return new SnapshotSpec(w, width, height, scale, lanes, collapsed, heading, caption, footer, dark,
                includes[0], includes[1], includes[2], includes[3], includes[4], includes[5])
                .withLanesShown(onlyLanes, compress).withMarks(marks, starNotes);
    }

    /** The sources the events cite, each once, in the order first cited. */
    private List<Source> sourcesOf(List<Event> events) {
        Map<String, Source> byId = dataset.sourcesById();
        Set<Source> used = new LinkedHashSet<>();
        for (Event e : events) {
            for (String id : e.sources()) {
                Source s = byId.get(id);
                if (s != null) {
                    used.add(s);
                }
            }
        }
        return List.copyOf(used);
    }
}
