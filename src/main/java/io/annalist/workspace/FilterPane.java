package io.annalist.workspace;

import java.util.function.Supplier;

import io.annalist.model.Confidence;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.model.FacetCounts;
import io.annalist.timeline.Palette;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filters on the left: text, actors, kinds, dates and confidence (the chips of the active
 * filters are above the timeline, where they move nothing the analyst is about to click).
 * Every control writes one immutable {@link io.annalist.model.EventFilter} into the store,
 * and follows it when it changes elsewhere (a chip removed, Clear all, a restored session).
 */
final class FilterPane extends ScrollPane {
    private final TextField text = TextFields.createClearableTextField();
    private final ActorFilter actors;
    private VBox box;

    FilterPane(Session session, TaskTracker tasks, Supplier<Palette> palette) {
        EventStore store = session.store();
        setId("filterPane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        text.setId("textFilter");
        text.setPromptText("Search titles, summaries, places, actors, quotes (Ctrl+F)");
        text.setTooltip(new Tooltip("Shows only events whose words match; matches are highlighted in the details"));
        // A field of one line drops tabs and line breaks: rows copied from the table would paste as
        // one run-together word, so they become spaces first.
        text.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange()) {
                change.setText(change.getText().replaceAll("[\\t\\r\\n]+", " "));
            }
            return change;
        }));
        PauseTransition typing = new PauseTransition(Duration.millis(200));
        typing.setOnFinished(e -> session.setFilter(session.getFilter().withText(text.getText())));
        text.textProperty().addListener((obs, o, n) -> typing.playFromStart());
        session.filterProperty().addListener((obs, o, f) -> {
            if (!f.text().equals(text.getText().strip())) {
                text.setText(f.text());
            }
        });

        FacetCounting counting = new FacetCounting(store, tasks);
        actors = new ActorFilter(session, counting.countsProperty());
        CheckGroup<EventKind> kinds = new CheckGroup<>(EventKind.class, "kind-", EventKind::label,
                k -> KindIcon.of(k, palette.get()));
        kinds.setOnChange(() -> session.setFilter(session.getFilter().withKinds(kinds.checked(EventKind.class))));
        CheckGroup<Confidence> confidence = new CheckGroup<>(Confidence.class, "confidence-", Confidence::jsonName,
                null);
        confidence.setOnChange(() -> session.setFilter(session.getFilter()
                .withConfidences(confidence.checked(Confidence.class))));
        session.filterProperty().addListener((obs, o, f) -> {
            kinds.setChecked(f.kinds());
            confidence.setChecked(f.confidences());
        });
        Runnable counts = () -> {
            FacetCounts shown = counting.countsProperty().get();
            boolean filtered = shown.events() < store.allEvents().size();
            kinds.setCounts(shown.kinds(), store.kindCounts(), filtered);
            confidence.setCounts(shown.confidences(), store.confidenceCounts(), filtered);
        };
        store.datasetProperty().addListener((obs, o, d) -> counts.run());
        counting.countsProperty().addListener((obs, o, c) -> counts.run());
        counts.run();

        TitledPane actorPane = new TitledPane("Actors", actors);
        TitledPane kindPane = new TitledPane("Kinds", kinds);
        TitledPane datePane = new TitledPane("Dates", new DateFilter(session));
        TitledPane confidencePane = new TitledPane("Confidence", confidence);
        confidencePane.setExpanded(false);
        Label hint = new Label("Nothing checked in a group means no restriction.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        box = new VBox(8, text, actorPane, kindPane, datePane, confidencePane, hint);
        box.setPadding(new Insets(8));
        setContent(box);
        setPrefWidth(280);
        setMinWidth(180);
    }

    /** Adds a section of another part of the window (the analyst's marks, the saved views) under the filters. */
    void addSection(javafx.scene.Node section) {
        box.getChildren().add(box.getChildren().size() - 1, section);
    }

    /** Puts the caret in the search field (Ctrl+F). */
    void focusSearch() {
        text.requestFocus();
        text.selectAll();
    }
}
