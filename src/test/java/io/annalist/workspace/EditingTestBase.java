package io.annalist.workspace;

import java.util.concurrent.TimeUnit;

import io.annalist.editing.EditedData;
import io.annalist.model.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of editing events in the whole window: the edited data, an event by id, a shortcut
 * pressed where the analyst has just chosen an event, an event retitled through its form, and
 * the waits for the file to be ready to edit and for a change to be on screen.
 */
@org.junit.jupiter.api.Tag("toolkit")
abstract class EditingTestBase extends WindowTestBase {
    protected EditedData edited() {
        return window.edits().book().data();
    }

    protected Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Waits until the data on screen is read for editing and its workspace is in. */
    protected void readyToEdit() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edited() != null
                && !window.tasks().isRunning(TaskTracker.Kind.EDIT_READ)
                && !window.tasks().isRunning(TaskTracker.Kind.WORKSPACE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until every change asked for is applied and on screen. */
    protected void applied() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(
                    () -> window.edits().book().isApplying()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a change was still being applied after 10 seconds", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A shortcut pressed with the timeline in focus, where the analyst has just chosen an event. */
    protected void shortcut(KeyCode... keys) {
        interact(() -> window.timeline().requestFocus());
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        push(all);
        WaitForAsyncUtils.waitForFxEvents();
        applied();
    }

    /** Selects the event {@code id}, opens its form with F2, gives it {@code title} and saves it. */
    protected void retitle(String id, String title) {
        interact(() -> window.timeline().setSelectedEvent(event(id)));
        interact(() -> window.timeline().requestFocus());
        push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#form-title").queryAs(TextField.class).setText(title));
        clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();
        applied();
    }
}
