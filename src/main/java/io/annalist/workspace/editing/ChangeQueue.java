package io.annalist.workspace.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import io.annalist.editing.EditedData;
import io.annalist.editing.FieldProblem;
import io.annalist.model.EventStore;
import io.annalist.model.Severity;
import javafx.concurrent.Task;

/**
 * The changes asked for and not yet on screen. Each is worked out on a worker — the next edited
 * data and the same made ready for the store, the per-event work that would stall the window on
 * a large file — from the data the one before it left, and put on screen in the order asked, so
 * the result is the one the same steps give one by one (Undo pressed twice undoes two steps).
 * FX thread.
 */
final class ChangeQueue {
    /** Where the changes go. */
    interface Screen {
        /** The edited data on screen (or null). */
        EditedData current();

        /** Puts {@code next} on screen: its data ({@code prepared}, null when the store keeps what it shows), kept when {@code keep}. */
        void put(EditedData next, EventStore.Prepared prepared, boolean keep);

        /** Runs the work through the task tracker. */
        void run(Task<?> task);

        void tell(String message);
    }

    /**
     * A change waiting to go on screen: the next data worked out from the data it follows
     * ({@code how}, on a worker; it throws {@link Refused} to change nothing), whether its data
     * replaces what the store shows ({@code shows}, told the data before and after), whether its
     * overrides and trail go into the workspace ({@code keep}, when they differ), and what to do
     * once it is on screen ({@code done}).
     */
    record Step(UnaryOperator<EditedData> how, BiPredicate<EditedData, EditedData> shows, boolean keep,
                BiConsumer<EditedData, EditedData> done) {
        /** A change of the analyst's: shown when it changed anything, and kept. */
        static Step change(UnaryOperator<EditedData> how, BiConsumer<EditedData, EditedData> done) {
            return new Step(how, (was, now) -> was != now, true, done);
        }

        /** Data worked out already, or read again: shown whatever the store holds now. */
        static Step always(UnaryOperator<EditedData> how, boolean keep) {
            return new Step(how, (was, now) -> true, keep, (was, now) -> { });
        }
    }

    /** A change the edited data refused, in the reader's words. */
    static final class Refused extends RuntimeException {
        Refused(List<FieldProblem> problems) {
            super(problems.stream().filter(p -> p.severity() == Severity.ERROR).map(FieldProblem::message)
                    .findFirst().orElse("the change was refused"), null, false, false);
        }
    }

    /** The next data and the same, prepared for the store (null when the data on screen stays). */
    private record Applied(EditedData next, EventStore.Prepared prepared) {
    }

    private final Screen screen;
    private final ArrayDeque<Step> waiting = new ArrayDeque<>();
    private final List<Runnable> whenDone = new ArrayList<>();
    private boolean busy;
    /** Counts the times everything was dropped: a change worked out before is never shown after. */
    private int opening;

    ChangeQueue(Screen screen) {
        this.screen = screen;
    }

    /** True while a change is being worked out or waits its turn. */
    boolean busy() {
        return busy;
    }

    /** Which opening of data this is: what was asked under another is not shown. */
    int opening() {
        return opening;
    }

    /** Runs {@code then} once every change asked for so far is on screen: at once when none is under way. */
    void whenDone(Runnable then) {
        if (busy) {
            whenDone.add(then);
        } else {
            then.run();
        }
    }

    void add(Step step) {
        waiting.add(step);
        if (!busy) {
            busy = true;
            next();
        }
    }

    /** Everything waiting, and under way, dropped: another file is opening, or the window closing. */
    void forget() {
        opening++;
        waiting.clear();
        whenDone.clear();
        busy = false;
    }

    private void next() {
        Step step = waiting.poll();
        if (step == null) {
            busy = false;
            List<Runnable> then = List.copyOf(whenDone);
            whenDone.clear();
            then.forEach(Runnable::run);
            return;
        }
        EditedData from = screen.current();
        int asked = opening;
        Task<Applied> task = new Task<>() {
            {
                updateMessage("Applying the change…");
            }

            @Override
            protected Applied call() {
                EditedData to = step.how().apply(from);
                return new Applied(to, step.shows().test(from, to) ? EventStore.prepare(to.data()) : null);
            }
        };
        task.setOnSucceeded(e -> {
            if (asked != opening) {
                return;
            }
            Applied a = task.getValue();
            if (a.next() != from || a.prepared() != null) {
                screen.put(a.next(), a.prepared(), step.keep());
            }
            step.done().accept(from, a.next());
            next();
        });
        task.setOnFailed(e -> {
            if (asked != opening) {
                return;
            }
            Throwable t = task.getException();
            screen.tell(t instanceof Refused ? "Not changed: " + t.getMessage() + "."
                    : "Could not apply the change: " + (t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage()) + " — the data is as it was.");
            next();
        });
        // Cancelled only when the window closes: nothing more goes on screen.
        task.setOnCancelled(e -> {
            if (asked == opening) {
                forget();
            }
        });
        screen.run(task);
    }
}
