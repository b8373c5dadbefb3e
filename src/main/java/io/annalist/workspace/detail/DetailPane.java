package io.annalist.workspace.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.annalist.model.Event;
import io.annalist.model.Source;
import io.annalist.model.DateText;
import io.annalist.model.Precision;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand pane: everything known about the selected event, in a view built for its
 * kind, then its date and how precisely it is known, its actors (click to filter), sources
 * (links open in the browser, http and https only), confidence and tags. Previous and next
 * step through the events shown, in time order.
 */
public final class DetailPane extends BorderPane {
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final Supplier<DetailContext> context;
    private final Button previous = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private final ScrollPane scroll = new ScrollPane();
    private final DetailHeader bar;
    private java.util.function.Function<Event, javafx.scene.Node> marksView;
    private final List<java.util.function.Function<Event, javafx.scene.Node>> endViews = new ArrayList<>();
    private Runnable onPrevious = () -> { };
    private Runnable onNext = () -> { };

    public DetailPane(Supplier<DetailContext> context) {
        this.context = context;
        setId("detailPane");
        getStyleClass().add("detail-pane");
        previous.setId("detailPrevious");
        next.setId("detailNext");
        previous.setTooltip(new Tooltip("The event before this one (Left on the timeline)"));
        next.setTooltip(new Tooltip("The event after this one (Right on the timeline)"));
        previous.setOnAction(e -> onPrevious.run());
        next.setOnAction(e -> onNext.run());
        Button copy = new Button("Copy");
        copy.setTooltip(new Tooltip("Copy this event's details as text"));
        copy.setOnAction(e -> copy());
        bar = new DetailHeader(previous, next, copy);
        setTop(bar);
        scroll.setId("detailScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        event.addListener((obs, o, n) -> refresh());
        refresh();
        setMinWidth(220);
        setPrefWidth(380);
    }

    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    /** Adds {@code n} to the header, before Copy (the star toggle). */
    public void addToHeader(javafx.scene.Node n) {
        bar.add(n);
    }

    /** What the analyst put on the event (their tags and notes), shown under its title. */
    public void setMarksView(java.util.function.Function<Event, javafx.scene.Node> view) {
        marksView = view;
        refresh();
    }

    /** A section shown last, after the fields the file does not know (the event's changes); null from it shows nothing. */
    public void addEndView(java.util.function.Function<Event, javafx.scene.Node> view) {
        endViews.add(view);
        refresh();
    }

    public void setOnPrevious(Runnable r) {
        onPrevious = r;
    }

    public void setOnNext(Runnable r) {
        onNext = r;
    }

    /** Rebuilds the view (the event, or the highlight, changed). */
    public void refresh() {
        Event e = event.get();
        previous.setDisable(e == null);
        next.setDisable(e == null);
        if (e == null) {
            Label empty = new Label("Select an event on the timeline or in the table to read about it here.");
            empty.setWrapText(true);
            empty.getStyleClass().add("hint");
            empty.setId("detailEmpty");
            VBox box = new VBox(empty);
            box.setPadding(new Insets(16));
            scroll.setContent(box);
            return;
        }
        DetailContext ctx = context.get();
        DetailBuilder b = new DetailBuilder(ctx.highlight());
        Label kind = DetailBuilder.badge(e.kind().label(), "badge-kind");
        kind.setId("detailKind");
        b.node(kind);
        var marks = ValueSources.marks(e);
        if (marks != null) {
            b.node(marks);
        }
        b.title(e.displayTitle());
        if (marksView != null) {
            b.node(marksView.apply(e));
        }
        b.fieldNode("When", b.value(e.when().writtenAndRead(), "detail-emphasis"));
        b.optional("Precision", precision(e));
        b.optional("Date note", e.when().note());
        if (e.where() != null && !(e.details() instanceof io.annalist.model.MissileTest)) {
            b.optional("Where", ClashDetails.where(e.where()));
        }
        b.paragraph(e.summary());
        KindDetails.fill(b, e, ctx);
        b.heading("Actors");
        List<Hyperlink> actors = new ArrayList<>();
        for (String id : e.actors()) {
            actors.add(DetailBuilder.link(ctx.actorName(id), "Show only events involving " + ctx.actorName(id),
                    () -> ctx.filterByActor().accept(id)));
        }
        b.node(actors.isEmpty() ? new Label("none named") : DetailBuilder.links(actors));
        b.heading("Sources");
        for (String id : e.sources()) {
            b.node(source(ctx.sources().get(id), id, ctx));
        }
        ValueSources.fill(b, e, ctx);
        b.heading("Assessment");
        b.field("Confidence", e.confidence() == null ? null : e.confidence().jsonName());
        b.optional("Tags", e.tags().isEmpty() ? null : String.join(", ", e.tags()));
        b.optional("In the file", e.line() > 0 ? "event “" + e.id() + "”, line " + e.line() : "event “" + e.id() + "”");
        OtherFields.fill(b, e);
        for (var v : endViews) {
            javafx.scene.Node n = v.apply(e);
            if (n != null) {
                b.node(n);
            }
        }
        scroll.setContent(b.build());
        scroll.setVvalue(0);
    }

    /**
     * How precisely the date is known, in words. A span of exactly one day whose ends are not UTC
     * midnights is a day in another time zone (the missile database's Korean dates run from 15:00
     * UTC): its ends are minutes, but no minute of it is known.
     */
    static String precision(io.annalist.model.Event e) {
        var w = e.when();
        String zoneDay = dayInAnotherZone(w);
        if (zoneDay != null) {
            return zoneDay + (w.isApproximate() ? "; approximate" : "");
        }
        String a = w.startPrecision().name().toLowerCase(java.util.Locale.ROOT);
        String z = w.endPrecision().name().toLowerCase(java.util.Locale.ROOT);
        String text = w.isSpan() && w.startPrecision() != w.endPrecision() ? "start to the " + a + ", end to the " + z
                : "to the " + a;
        return text + (w.isApproximate() ? "; approximate" : "");
    }

    private static String dayInAnotherZone(io.annalist.model.When w) {
        final long day = 86_400_000L;
        boolean subDay = w.startPrecision().compareTo(io.annalist.model.Precision.DAY) > 0;
        if (!w.isSpan() || !subDay || w.end() - w.start() != day) {
            return null;
        }
        long minuteOfDay = Math.floorMod(w.start(), day) / 60_000L;
        if (minuteOfDay == 0) {
            return null;
        }
        long offset = minuteOfDay >= 720 ? 1440 - minuteOfDay : -minuteOfDay;
        String zone = "UTC" + (offset > 0 ? "+" : "−") + Math.abs(offset) / 60
                + (Math.abs(offset) % 60 == 0 ? "" : String.format(":%02d", Math.abs(offset) % 60));
        return "to the day, in " + zone + "; time of day unknown";
    }

    private VBox source(Source s, String id, DetailContext ctx) {
        VBox box = new VBox(2);
        box.getStyleClass().add("detail-source");
        if (s == null) {
            box.getChildren().add(new Label(id + " (not defined in the file)"));
            return box;
        }
        DetailBuilder b = new DetailBuilder(ctx.highlight());
        String meta = (s.publisher() == null ? "" : s.publisher())
                + (s.published() == null ? "" : (s.publisher() == null ? "" : ", ")
                + DateText.human(s.published().start(), s.published().precision()));
        box.getChildren().add(b.wideText(s.title(), "detail-emphasis"));
        if (!meta.isBlank()) {
            box.getChildren().add(b.wideText(meta, "detail-muted"));
        }
        if (s.url() != null && io.annalist.io.Links.isWebLink(s.url())) {
            Hyperlink link = DetailBuilder.link(s.url(), "Open in the web browser", () -> ctx.openLink().accept(s.url()));
            link.getStyleClass().add("source-link");
            box.getChildren().add(link);
        }
        if (s.note() != null) {
            box.getChildren().add(b.wideText(s.note(), "detail-muted"));
        }
        return box;
    }

    private void copy() {
        Event e = event.get();
        if (e == null) {
            return;
        }
        DetailContext ctx = context.get();
        StringBuilder t = new StringBuilder(e.displayTitle()).append('\n')
                .append(e.kind().label()).append(" · ").append(e.when().label());
        if (!e.when().label().equals(e.when().describe())) {
            t.append(" (").append(e.when().describe()).append(')');
        }
        t.append('\n');
        if (e.summary() != null) {
            t.append(e.summary()).append('\n');
        }
        t.append("Actors: ").append(e.actors().stream().map(ctx::actorName).reduce((a, b) -> a + ", " + b).orElse(""))
                .append('\n');
        for (String id : e.sources()) {
            Source s = ctx.sources().get(id);
            if (s != null) {
                t.append("Source: ").append(s.title()).append(s.publisher() == null ? "" : ", " + s.publisher())
                        .append(s.url() == null ? "" : " <" + s.url() + ">").append('\n');
            }
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(t.toString());
        Clipboard.getSystemClipboard().setContent(c);
    }

}
